import assert from "node:assert/strict";
import { test } from "node:test";
import { findQuotes, promoteSingleQuotes } from "./02-quotes.ts";
import { normalise } from "./text.ts";

function paragraphsOf(text: string) {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\n]+/g))
    out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function quotes(text: string) {
  const norm = normalise(text);
  const r = findQuotes(norm, text, paragraphsOf(text), "t.txt");
  return {
    texts: r.quotes.map((q) => text.slice(q.start, q.end)),
    quotes: r.quotes,
    warnings: r.warnings,
  };
}

test("pairs curly and straight quotes and keeps nested single quotes inside", () => {
  const r = quotes(
    '\u201cWe are not on ICE\u2019s \u2018sensitive areas\u2019 list,\u201d she said, "really."',
  );
  assert.deepEqual(r.texts, [
    "We are not on ICE\u2019s \u2018sensitive areas\u2019 list,",
    "really.",
  ]);
  assert.equal(r.warnings.length, 0);
});

test("a quote running over paragraphs: each reopens, only the last closes", () => {
  const r = quotes('"First part.\n"Second part.\n"Last part," he said.');
  assert.deepEqual(r.texts, ["First part.", "Second part.", "Last part,"]);
  assert.deepEqual(
    r.quotes.map((q) => [q.reopens, q.runsOn]),
    [
      [false, true],
      [true, true],
      [true, false],
    ],
  );
  assert.equal(r.warnings.length, 0);
});

test("a quote that never closes warns quote-unclosed and ends with its paragraph", () => {
  const r = quotes('He said "this never ends\nNext paragraph.');
  assert.deepEqual(r.texts, ["this never ends"]);
  assert.equal(r.quotes[0]?.unclosed, true);
  assert.equal(r.warnings[0]?.ruleId, "quote-unclosed");
  assert.equal(r.warnings[0]?.line, 1);
  assert.equal(r.warnings[0]?.column, 9);
});

test("a stray closing mark and apostrophes are not quotes", () => {
  const r = quotes("It's the dogs' toys\u201d and rock 'n' roll.");
  assert.deepEqual(r.texts, []);
});

test("200k alternating quote marks pair up correctly in one pass", () => {
  const n = 100_000;
  const text = '"a'.repeat(2 * n);
  const r = quotes(text);
  // `"a"a"a…`: every mark after a letter closes, every other opens: n quotes of one letter.
  assert.equal(r.quotes.length, n);
  assert.ok(r.texts.every((t) => t === "a"));
});

test("unclosed warnings are capped with a count of the rest", () => {
  const text = Array.from({ length: 30 }, () => 'x "open').join("\n");
  const r = quotes(text);
  assert.equal(r.quotes.length, 30);
  assert.equal(r.warnings.length, 21);
  assert.match(r.warnings[20]?.reason ?? "", /10 more/);
});

test("single-quote outlets: quotation marks become double, apostrophes stay", () => {
  const text = "'We will win,' the players' union said of the '90s. 'It's a golden age,' he added.";
  const norm = promoteSingleQuotes(normalise(text), [{ start: 0, end: text.length }]);
  assert.equal(norm.length, text.length);
  assert.equal(
    norm,
    '"We will win," the players\' union said of the \'90s. "It\'s a golden age," he added.',
  );
});

test("single marks are left alone when the text has double quotes", () => {
  const text = "He said \"yes\" and 'no'.";
  assert.equal(promoteSingleQuotes(text, [{ start: 0, end: text.length }]), text);
});

test("a closing-shaped mark that opens its paragraph opens a quote", () => {
  const r = quotes(
    "\u201d \u2026 they are so not like him,\u201d she said.\n\u202a\u201dIsis will burn!!!\u201d wrote Pete.",
  );
  assert.deepEqual(r.texts, ["\u2026 they are so not like him,", "Isis will burn!!!"]);
  assert.equal(r.warnings.length, 0);
});

test("a mark glued to the punctuation ending an open quote closes it", () => {
  const r = quotes('\u201cIt has been surprising,\u201dClinton said. "We won."Then he left.');
  assert.deepEqual(r.texts, ["It has been surprising,", "We won."]);
  assert.equal(r.warnings.length, 0);
});

test("a doubled opening mark opens once; a spaced mark after closing punctuation closes", () => {
  const r = quotes(
    '"\u201cYou don\u2019t win by states,\u201d Rubio said." \u201cIt could create problems here,\u201c said Jim Clyburn.',
  );
  assert.deepEqual(r.texts, ["You don\u2019t win by states,", "It could create problems here,"]);
});
