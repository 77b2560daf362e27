import assert from "node:assert/strict";
import { test } from "node:test";
import { UniqueIds } from "./unique-ids.ts";

test("an id taken again gets the first number free", () => {
  const ids = new UniqueIds();
  assert.deepEqual(
    ["a", "a", "a-2", "a", "b", "a-4", "a"].map((id) => ids.take(id)),
    ["a", "a-2", "a-2-2", "a-3", "b", "a-4", "a-5"],
  );
});

test("thousands sharing one id are numbered in turn", () => {
  const ids = new UniqueIds();
  const given = Array.from({ length: 20_000 }, () => ids.take("story"));
  assert.equal(new Set(given).size, 20_000);
  assert.equal(given.at(-1), "story-20000");
});
