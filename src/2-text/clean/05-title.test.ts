import assert from "node:assert/strict";
import { test } from "node:test";
import { isHeadline, opensOnCapital, opensOnLetterOrQuote } from "./05-title.ts";

test("headlines: no closing stop, or headline capitals", () => {
  assert.ok(isHeadline("Senate passes budget after long night", 5));
  assert.ok(isHeadline("Trump Says He's Unlikely To Have A Good Relationship With Cameron.", 5));
  assert.ok(isHeadline("Poll: Wealthy Voters Abandon Republican Party for Clinton.", 5));
  // A closing quote that closes no stop ends a headline, not a sentence.
  assert.ok(
    isHeadline(
      'Mayors press state board over cancelled rail line; chair says money "is not there"',
      5,
    ),
  );
  assert.ok(isHeadline("Board chair fires back (video)", 5));
});

test("sentences, labels and lone lines are not headlines", () => {
  assert.ok(!isHeadline("The Senate passed the budget on Friday after a long night.", 5));
  assert.ok(!isHeadline("Senate passes budget after long night", 1));
  assert.ok(!isHeadline("In other news:", 5));
  assert.ok(!isHeadline('The mayor said the board had "broken its promise."', 5));
  assert.ok(!isHeadline("The mayor said the board had \u201cbroken its promise,\u201d", 5));
  assert.ok(!isHeadline("The board met on Thursday (its third meeting.)", 5));
  assert.ok(
    !isHeadline(
      "WASHINGTON (AP) \u2014 The Senate passed the budget on Friday after a long night.",
      5,
    ),
  );
});

test("a word's first character read by its code answers as the patterns do", () => {
  const words = [
    "Trump",
    "trump",
    "'Trump",
    '"trump',
    "''A",
    "'",
    "\u00c9lys\u00e9e",
    "\u00e9t\u00e9",
    "'\u00c9t\u00e9",
    "\ud835\udc00bc",
    "3D",
    "-A",
    "",
  ];
  for (const w of words) {
    assert.equal(opensOnLetterOrQuote(w), /^[\p{L}'"]/u.test(w), w);
    assert.equal(opensOnCapital(w), /^['"]?\p{Lu}/u.test(w), w);
  }
});
