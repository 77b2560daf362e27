import assert from "node:assert/strict";
import { test } from "node:test";
import { isHeadline } from "./05-title.ts";

test("headlines: no closing stop, or headline capitals", () => {
  assert.ok(isHeadline("Senate passes budget after long night", 5));
  assert.ok(isHeadline("Trump Says He's Unlikely To Have A Good Relationship With Cameron.", 5));
  assert.ok(isHeadline("Poll: Wealthy Voters Abandon Republican Party for Clinton.", 5));
});

test("sentences, labels and lone lines are not headlines", () => {
  assert.ok(!isHeadline("The Senate passed the budget on Friday after a long night.", 5));
  assert.ok(!isHeadline("Senate passes budget after long night", 1));
  assert.ok(!isHeadline("In other news:", 5));
  assert.ok(
    !isHeadline(
      "WASHINGTON (AP) \u2014 The Senate passed the budget on Friday after a long night.",
      5,
    ),
  );
});
