import assert from "node:assert/strict";
import { test } from "node:test";
import { splitSentences } from "./01-sentences.ts";
import { normalise } from "./text.ts";

function split(text: string, protect: { start: number; end: number }[] = []): string[] {
  const norm = normalise(text);
  return splitSentences(norm, 0, norm.length, protect).map((r) => text.slice(r.start, r.end));
}

test("abbreviations and initials do not end sentences", () => {
  assert.deepEqual(
    split(
      "Homeland Security Secretary John F. Kelly and Sen. Dianne Feinstein met Mr. Trump on Jan. 5. They talked.",
    ),
    [
      "Homeland Security Secretary John F. Kelly and Sen. Dianne Feinstein met Mr. Trump on Jan. 5.",
      "They talked.",
    ],
  );
});

test("U.S. ends a sentence only before a sentence opener", () => {
  assert.deepEqual(split("The U.S. Attorney spoke. He left the U.S. The end."), [
    "The U.S. Attorney spoke.",
    "He left the U.S.",
    "The end.",
  ]);
});

test("a sentence ends after a closing quote mark", () => {
  assert.deepEqual(split('"It is over." She left? Yes!'), ['"It is over."', "She left?", "Yes!"]);
});

test("never splits inside a protected quotation", () => {
  const text = '"It is. It was," she said. Then he spoke.';
  assert.deepEqual(split(text, [{ start: 0, end: 17 }]), [
    '"It is. It was," she said.',
    "Then he spoke.",
  ]);
});

test("lower-case after a period does not start a sentence", () => {
  assert.deepEqual(split("It cost 3.5 million vs. last year. OK."), [
    "It cost 3.5 million vs. last year.",
    "OK.",
  ]);
});

test("text with no sentence punctuation is one sentence; blank text none", () => {
  assert.deepEqual(split("no punctuation at all"), ["no punctuation at all"]);
  assert.deepEqual(split("   \n  "), []);
});
