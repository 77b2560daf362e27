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

test("a signature line gives its name to the quotation just before it", () => {
  const list = rows(
    'The senator relies on an old figure.\n\n"Almost all new income is going to the top 1 percent."\n\n- Bernie Sanders.\n\n"The whole idea needs to stop."\n\n-Michelle Marks, Philadelphia.\n\n"A quote."\n\n– An immigrant himself –.',
  );
  assert.deepEqual(
    list.filter((r) => r.kind === "direct").map((r) => r.who),
    ["Bernie Sanders", "Michelle Marks", ""],
  );
});
