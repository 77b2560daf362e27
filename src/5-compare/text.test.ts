import assert from "node:assert/strict";
import { test } from "node:test";
import { concept, contentConcepts, sentences, stem, tokens } from "./text.ts";

test("tokens fold case and typographic apostrophes and keep offsets", () => {
  const text = "The Mayor’s “Plan” isn't new";
  const ts = tokens(text);
  assert.deepEqual(
    ts.map((t) => t.norm),
    ["the", "mayor's", "plan", "isn't", "new"],
  );
  assert.equal(text.slice(ts[2]?.start, ts[2]?.end), "Plan");
});

test("stems meet across plural and tense, synonyms fold onto one concept", () => {
  assert.equal(stem("arrests"), stem("arrested"));
  assert.equal(stem("arresting"), stem("arrest"));
  assert.equal(stem("died"), stem("die"));
  assert.equal(concept("died"), concept("death"));
  assert.equal(stem("tied"), stem("ties"));
  assert.equal(concept("required"), concept("necessary"));
  assert.equal(concept("agents"), concept("officers"));
  assert.notEqual(concept("weapon"), concept("court"));
  assert.deepEqual(contentConcepts("the of and"), []);
});

test("sentences end at stops but not after initials or abbreviations", () => {
  const text =
    "Gov. Jane Q. Public spoke on Monday. “We will act,” she said. Then the U.S. team left!\n\nNew para";
  const ss = sentences(text).map((s) => s.text);
  assert.deepEqual(ss, [
    "Gov. Jane Q. Public spoke on Monday.",
    "“We will act,” she said.",
    "Then the U.S. team left!",
    "New para",
  ]);
  for (const s of sentences(text)) assert.equal(text.slice(s.start, s.end), s.text);
});

test("a pathological run of stops and spaces is split in one pass", () => {
  const text = `${"Stop. ".repeat(50_000)}${". ".repeat(50_000)}${"a.".repeat(50_000)}`;
  const ss = sentences(text);
  assert.equal(ss.length, 50_000);
});
