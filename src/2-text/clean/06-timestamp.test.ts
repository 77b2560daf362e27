import assert from "node:assert/strict";
import { test } from "node:test";
import { parseDate, readStamp } from "./06-timestamp.ts";

test("publication stamps give the date; update stamps do not", () => {
  assert.deepEqual(readStamp("Published March 31, 2017"), {
    published: "2017-03-31",
    isUpdate: false,
  });
  assert.deepEqual(readStamp("Posted: 2017-03-31 14:05"), {
    published: "2017-03-31",
    isUpdate: false,
  });
  assert.deepEqual(readStamp("Published 9:14 AM EDT, Fri March 31, 2017"), {
    published: "2017-03-31",
    isUpdate: false,
  });
  assert.deepEqual(readStamp("Updated 3:45 p.m. ET"), { isUpdate: true });
  assert.deepEqual(readStamp("Last updated on 2 April 2017"), { isUpdate: true });
});

test("sentences that begin like a stamp are not stamps", () => {
  assert.equal(
    readStamp("Published reports said the vote was delayed until March 31, 2017."),
    undefined,
  );
  assert.equal(readStamp("Updated figures show 12 deaths"), undefined);
  assert.equal(readStamp("Posted guards stood at the door"), undefined);
});

test("dates in common written forms", () => {
  assert.equal(parseDate("Mar. 31, 2017"), "2017-03-31");
  assert.equal(parseDate("31 March 2017"), "2017-03-31");
  assert.equal(parseDate("February 30, 2017"), undefined);
  assert.equal(parseDate("Maybe 3, 2017"), undefined);
});
