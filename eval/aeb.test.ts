import assert from "node:assert/strict";
import { test } from "node:test";
import { aggregate, precision, recall, scoreDoc, shingles } from "./aeb.ts";

test("shingles are 4-token multisets; short texts are one shingle, empty ones none", () => {
  assert.deepEqual(
    [...shingles("a b c d e")],
    [
      ["a b c d", 1],
      ["b c d e", 1],
    ],
  );
  assert.deepEqual(
    [...shingles("a b a b a b a")].find(([k]) => k === "a b a b"),
    ["a b a b", 2],
  );
  assert.deepEqual([...shingles("Só três")], [["Só três", 1]]);
  assert.equal(shingles("— … !").size, 0);
});

test("per-document scores count multiset overlaps", () => {
  const s = scoreDoc("one two three four five", "one two three four six");
  assert.deepEqual(s, { tp: 1, fp: 1, fn: 1 });
  assert.equal(precision(s), 0.5);
  assert.equal(recall(s), 0.5);
  assert.deepEqual(scoreDoc("same text here now", "same text here now"), { tp: 1, fp: 0, fn: 0 });
  assert.equal(precision({ tp: 0, fp: 0, fn: 0 }), 1);
});

test("precision averages documents that predicted something; F1 is of the two means", () => {
  const empty = scoreDoc("w x y z", "");
  const perfect = scoreDoc("a b c d e", "a b c d e");
  const r = aggregate([empty, perfect]);
  assert.equal(r.p, 1);
  assert.equal(r.r, 0.5);
  assert.ok(Math.abs(r.f1 - 2 / 3) < 1e-9);
});
