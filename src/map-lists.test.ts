import assert from "node:assert/strict";
import { test } from "node:test";
import { pushTo } from "./map-lists.ts";

test("pushTo makes a key's list on first use and appends in order after", () => {
  const map = new Map<string, number[]>();
  pushTo(map, "a", 1);
  pushTo(map, "b", 2);
  pushTo(map, "a", 3);
  assert.deepEqual(
    [...map],
    [
      ["a", [1, 3]],
      ["b", [2]],
    ],
  );
});
