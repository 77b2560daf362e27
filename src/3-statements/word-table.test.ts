import assert from "node:assert/strict";
import { test } from "node:test";
import { tokenise } from "./text.ts";
import { WordTable } from "./word-table.ts";

test("a word table finds a token's lower case, as a Map would", () => {
  const map = new Map([
    ["said", 1],
    ["told", 2],
    ["according", 3],
    ["ärger", 4],
  ]);
  const table = new WordTable(map);
  const text = "He SAID, Told sai saids according Ärger x";
  const found = tokenise(text, 0, text.length).map((t) => table.get(t));
  assert.deepEqual(found, [undefined, 1, undefined, 2, undefined, undefined, 3, 4, undefined]);
});

test("a word table tells apart many words", () => {
  const words = Array.from({ length: 500 }, (_, i) => `w${i}x`);
  const table = new WordTable(new Map(words.map((w, i) => [w, i])));
  const text = words.join(" ").toUpperCase();
  const tokens = tokenise(text, 0, text.length);
  assert.deepEqual(
    tokens.map((t) => table.get(t)),
    words.map((_, i) => i),
  );
});
