import assert from "node:assert/strict";
import { test } from "node:test";
import { rarePart, wordFinder } from "./find-word.ts";

test("the part sought first opens on the word's rarest letter and stays short", () => {
  assert.equal(rarePart("newsletter"), "wslett");
  assert.equal(rarePart("copyright"), "pyrigh");
  assert.equal(rarePart("may not be"), "y not ");
  assert.equal(rarePart("fax"), "fax");
});

test("a word finder answers as includes does", () => {
  const has = wordFinder("newsletter");
  assert.equal(has("sign up for our newsletter today"), true);
  assert.equal(has("the wsletter part alone"), false);
  assert.equal(has("news letter"), false);
  assert.equal(has(""), false);
  const words = ["may not be", "moderat", "rights reserved", "ab"];
  const texts = [
    "it may not be so",
    "moderation",
    "all rights reserved.",
    "a b",
    "rights  reserved",
  ];
  for (const w of words) {
    const find = wordFinder(w);
    for (const t of texts) assert.equal(find(t), t.includes(w), `${w} in ${t}`);
  }
});
