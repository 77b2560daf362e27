import assert from "node:assert/strict";
import { test } from "node:test";
import { synthetic } from "../5-compare/synthetic.ts";
import { compare } from "../compare.ts";
import { terminal, useColor } from "./terminal.ts";

const people = [{ id: "o", name: "Maria Ortiz", role: "Governor" }];
const record = compare([
  synthetic({
    id: "a",
    text: "“The reservoir will stay public as long as I am governor of this state,” Ortiz said on Friday.",
    outlet: "Daily A",
    published: "2021-06-11",
    actors: people,
    statements: [
      {
        quote: "The reservoir will stay public as long as I am governor of this state,",
        speaker: "o",
      },
    ],
  }),
  synthetic({
    id: "b",
    text: "“The reservoir will remain public as long as I am governor of this state,” Ortiz said.\u001b[31m",
    outlet: "Weekly B",
    actors: people,
    statements: [
      {
        quote: "The reservoir will remain public as long as I am governor of this state,",
        speaker: "o",
      },
    ],
  }),
]);

test("the summary has a header per outlet, variants with a word diff, voices and the timeline", () => {
  const out = terminal(record);
  assert.match(out, /\[1\] Daily A/);
  assert.match(out, /\[2\] Weekly B/);
  assert.match(out, /Variant wording \(1\)/);
  assert.match(out, /\[-stay-\] \{\+remain\+\}/);
  assert.match(out, /Maria Ortiz\s+officials\s+1\s+14/);
  assert.match(out, /2021-06-11\s+.*Ortiz said on Friday/);
  assert.match(out, /no publication date/);
});

test("colour only when asked, and article text cannot smuggle escape sequences", () => {
  assert.ok(!terminal(record).includes("\u001b"));
  const coloured = terminal(record, { color: true });
  assert.ok(coloured.includes("\u001b[1m"));
  assert.equal(useColor({ isTTY: true }, {}), true);
  assert.equal(useColor({ isTTY: true }, { NO_COLOR: "1" }), false);
  assert.equal(useColor({ isTTY: false }, {}), false);
});

test("an outlet with 200,000 voices is listed without overflowing the call stack", () => {
  const many = structuredClone(record);
  many.voices.a = Array.from({ length: 200_000 }, (_, i) => ({
    actorId: `v${i}`,
    name: i === 7 ? "The longest name of all the voices here" : `Voice ${i}`,
    statements: 1,
    quotedWords: i === 7 ? 5 : 0,
    category: "other",
  }));
  const lines = terminal(many).split("\n");
  assert.ok(lines.some((l) => l.startsWith("    The longest name of all the voice…  other")));
  assert.ok(lines.some((l) => l.startsWith(`    ${"Voice 199999".padEnd(34)}  other`)));
});
