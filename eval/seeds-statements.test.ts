// Tests for the statements scorer's placement of gold texts (seeds-statements.ts).

import assert from "node:assert/strict";
import { test } from "node:test";
import { locate } from "./seeds-statements.ts";

test("gold items with the same words take distinct occurrences (a deck's quote and the body's)", () => {
  const text =
    'Agency says review is "on schedule". Its reply said the review was "on schedule" and fine.';
  const taken = new Set<number>();
  const first = locate(text, "on schedule", taken);
  const second = locate(text, "on schedule", taken);
  assert.deepEqual(first, [23, 34]);
  assert.deepEqual(second, [68, 79]);
  // (a third has none left of its own: the best occurrence again)
  assert.deepEqual(locate(text, "on schedule", taken), [23, 34]);
  // one set off by marks is still preferred over a bare one
  assert.deepEqual(locate('on time, and "on time"', "on time", new Set()), [14, 21]);
});
