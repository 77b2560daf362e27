import assert from "node:assert/strict";
import { test } from "node:test";
import { rows } from "./testing.ts";

test("transcript turns are their speakers' statements", () => {
  const list = rows(
    'Partial transcript:\n\nWALLACE: Will Gennifer Flowers be there?\n\n"PENCE: She will not be attending the "debate" tomorrow night.\n\nWALLACE: Thank you.',
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.channel]),
    [
      ["direct", "WALLACE", "interview"],
      ["direct", "PENCE", "interview"],
      ["direct", "WALLACE", "interview"],
    ],
  );
  assert.equal(list[0]?.what, "Will Gennifer Flowers be there?");
});

test("a lone label or section labels are not a transcript", () => {
  assert.deepEqual(
    rows("CORRECTION: An earlier version misspelled a name.\n\nUPDATE: The vote was moved."),
    [],
  );
  assert.deepEqual(rows("WALLACE: Just one label here."), []);
});
