import assert from "node:assert/strict";
import { test } from "node:test";
import { inRegions, quoteRegions, sentenceIndex, sentenceStarts, tokenize } from "./text.ts";

test("tokens keep initials' and titles' dots and split off possessives", () => {
  const tokens = tokenize("Sen. Mary K. O’Neil’s aide left.");
  assert.deepEqual(
    tokens.map((t) => t.text),
    ["Sen.", "Mary", "K.", "O’Neil", "aide", "left"],
  );
  assert.equal(tokens[3]?.possessive, true);
  assert.equal(tokens[3]?.end, 19);
});

test("sentences do not end at initials or abbreviations", () => {
  const text = "Dr. Ann B. Cole spoke. Then she left.\nNew line";
  const starts = sentenceStarts(text, tokenize(text));
  assert.deepEqual(starts, [0, 23, 38]);
  assert.equal(sentenceIndex(starts, 30), 1);
});

test("quote regions pair curly and straight quotes within a paragraph", () => {
  const text = 'He said “yes” and "no".\n\n“unclosed\n\nlater';
  const regions = quoteRegions(text);
  assert.deepEqual(regions, [
    [9, 12],
    [19, 21],
  ]);
  assert.equal(inRegions(regions, 10), true);
  assert.equal(inRegions(regions, 14), false);
});

test("a pathological run of capitals and quotes is handled in one pass", () => {
  const text = "A ".repeat(50_000) + "“".repeat(10_000) + "B. ".repeat(20_000);
  const tokens = tokenize(text);
  assert.equal(tokens.length, 70_000);
  assert.ok(sentenceStarts(text, tokens).length >= 1);
  assert.deepEqual(quoteRegions(text), []);
});

test("mixed curly and straight marks still pair around a quote", () => {
  const text = '“Deals are bad," Chair Ann Cole said, calling them "like candy."';
  const regions = quoteRegions(text);
  assert.equal(inRegions(regions, text.indexOf("Ann")), false);
  assert.equal(inRegions(regions, text.indexOf("Deals")), true);
  assert.equal(inRegions(regions, text.indexOf("candy")), true);
});
