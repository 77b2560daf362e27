import assert from "node:assert/strict";
import { test } from "node:test";
import { endsInLy, normalise, tokenise } from "./text.ts";

test("normalise keeps the length and straightens quotes and spaces", () => {
  const text = "\u201cHi,\u201d she said\u00a0\u2018sweeps\u2019 \u2014 ok";
  const norm = normalise(text);
  assert.equal(norm.length, text.length);
  assert.equal(norm, "\"Hi,\" she said 'sweeps' \u2014 ok");
});

test("normalise returns the same string when nothing changes", () => {
  const text = "plain ascii text";
  assert.equal(normalise(text), text);
});

test("tokenise keeps joined words and splits punctuation", () => {
  const text = "Cantil-Sakauye's U.S. 9/11 AT&T, don't.";
  const words = tokenise(text, 0, text.length).map((t) => text.slice(t.start, t.end));
  assert.deepEqual(words, ["Cantil-Sakauye's", "U.S", ".", "9/11", "AT&T", ",", "don't", "."]);
  assert.equal(tokenise(text, 0, text.length)[0]?.cap, true);
});

test("a doubled apostrophe is a double quote, and the length is kept", () => {
  const text = "''It's over,'' he said.";
  const norm = normalise(text);
  assert.equal(norm.length, text.length);
  assert.equal(norm, ' "It\'s over,"  he said.');
});

test("normalise: single apostrophes stay, doubled ones pair up from the left, around any space", () => {
  assert.equal(normalise("don't ''stop,'' it's"), `don't  "stop,"  it's`);
  assert.equal(normalise("'''Good,'' x"), ` "'Good,"  x`);
  assert.equal(normalise("a\u2019\u2019b\u2019c"), `a" b'c`);
  assert.equal(normalise("\u00a0''x''\u00a0"), ` " x"  `);
});

test("tokenise lists the words that may be reporting cues", () => {
  const text = "He said, according to officials, and SAYS it \u2014 Told.";
  const cueWords: number[] = [];
  const tokens = tokenise(text, 0, text.length, cueWords);
  const marked = cueWords.map((i) => tokens[i]?.lower);
  // every cue word is marked (a few others may be; most are not)
  for (const w of ["said", "according", "says", "told"]) assert.ok(marked.includes(w), w);
  for (const w of ["he", "to", "officials", "and", "it"]) assert.ok(!marked.includes(w), w);
  assert.equal(tokens.find((t) => t.start === text.indexOf("\u2014"))?.lower, "\u2014");
});

test("tokenise lists the cue words by their indices, in order", () => {
  const text = "Kelly said, according to officials, that it added more.";
  const cueWords: number[] = [];
  const tokens = tokenise(text, 0, text.length, cueWords);
  const words = cueWords.map((i) => tokens[i]?.lower);
  assert.deepEqual(
    words.filter((w) => w === "said" || w === "according" || w === "added"),
    ["said", "according", "added"],
  );
  assert.deepEqual(
    cueWords,
    [...cueWords].sort((a, b) => a - b),
  );
});

test("a word outside ASCII is lower-cased whole and may be a cue", () => {
  const text = "\u00c9COLE Stra\u00dfe \u00c9ric";
  const cueWords: number[] = [];
  const tokens = tokenise(text, 0, text.length, cueWords);
  assert.deepEqual(
    tokens.map((t, i) => [t.lower, t.cap, cueWords.includes(i)]),
    [
      ["\u00e9cole", true, true],
      ["stra\u00dfe", true, true],
      ["\u00e9ric", true, true],
    ],
  );
});

test("a comma joins digits, with three more characters to come; elsewhere it is a token", () => {
  const text = "40,000 people, 3,5 and 7,1";
  const words = tokenise(text, 0, text.length).map((t) => text.slice(t.start, t.end));
  assert.deepEqual(words, ["40,000", "people", ",", "3,5", "and", "7", ",", "1"]);
});

test("every punctuation character is its own token, with its text as lower case", () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    const [t] = tokenise(ch, 0, 1);
    if (t && !t.word) assert.equal(t.lower, ch, `U+${c.toString(16)}`);
  }
});

test("an -ly word is one of five letters or more (`quickly`, `family`, not `only`, `July`)", () => {
  assert.deepEqual(["quickly", "family", "rally", "only", "july", "lyric"].map(endsInLy), [
    true,
    true,
    true,
    false,
    false,
    false,
  ]);
});
