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

test("a state's short form ends a sentence before a quotation or a sentence opener", () => {
  assert.deepEqual(
    split('"I saw it," she said from her home in Bloomington, Minn. "Then the captain came on."'),
    ['"I saw it," she said from her home in Bloomington, Minn.', '"Then the captain came on."'],
  );
  assert.deepEqual(split("He grew up in Flint, Mich. She did not. Wash. Gov. Jay Inslee spoke."), [
    "He grew up in Flint, Mich.",
    "She did not.",
    "Wash. Gov. Jay Inslee spoke.",
  ]);
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

test("the terminator search is right whichever text or paragraph is asked, in any order", () => {
  // Two texts of the same length whose terminators sit in different places, asked alternately and
  // from paragraphs out of order: the remembered last answer must never leak between them.
  const a = "One two. Three four five six seven.";
  const b = "One two three four. Five six seven.";
  const parts = (t: string, s: number, e: number) =>
    splitSentences(t, s, e).map((r) => t.slice(r.start, r.end));
  assert.deepEqual(parts(a, 0, a.length), ["One two.", "Three four five six seven."]);
  assert.deepEqual(parts(b, 0, b.length), ["One two three four.", "Five six seven."]);
  assert.deepEqual(parts(a, 9, a.length), ["Three four five six seven."]);
  assert.deepEqual(parts(a, 0, a.length), ["One two.", "Three four five six seven."]);
  // Many paragraphs with no terminator before one at the very end: each is one sentence.
  const paras = Array.from({ length: 20000 }, (_, i) => `word${i} more`);
  const text = `${paras.join("\n\n")}.`;
  let at = 0;
  let count = 0;
  for (const p of paras) {
    count += splitSentences(text, at, at + p.length).length;
    at += p.length + 2;
  }
  assert.equal(count, paras.length);
});

test("each of . ! ? … ends a sentence, in any order, and a stretch asked again gets the same", () => {
  const text = "One\u2026 Two! Three? Four. Five";
  const norm = normalise(text);
  const parts = (s: number, e: number) =>
    splitSentences(norm, s, e).map((r) => text.slice(r.start, r.end));
  const all = ["One\u2026", "Two!", "Three?", "Four.", "Five"];
  assert.deepEqual(parts(0, norm.length), all);
  // a later stretch, then an earlier one: the remembered marks must not skip any
  assert.deepEqual(parts(10, norm.length), ["Three?", "Four.", "Five"]);
  assert.deepEqual(parts(0, norm.length), all);
});

test("a number's short form (`No. 9`) is one only before a digit; `was no.` ends the sentence", () => {
  assert.deepEqual(split("The answer was no. The response came later."), [
    "The answer was no.",
    "The response came later.",
  ]);
  assert.deepEqual(split("They waited outside School No. 9 in Zheltau."), [
    "They waited outside School No. 9 in Zheltau.",
  ]);
});
