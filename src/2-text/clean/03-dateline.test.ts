import assert from "node:assert/strict";
import { test } from "node:test";
import { normalize } from "../normalize.ts";
import { findDateline } from "./03-dateline.ts";

const find = (s: string, base = 0) => findDateline(normalize(s), s, base);

test("place, agency and dash of common datelines", () => {
  const d = find("SAN FRANCISCO (CBS SF) \u2013 In a letter to the court", 10);
  assert.equal(d?.place, "SAN FRANCISCO");
  assert.equal(d?.agency, "CBS SF");
  assert.equal(d?.text, "SAN FRANCISCO (CBS SF) \u2013");
  assert.equal(d?.start, 10);
  assert.equal(d?.end, 10 + d.text.length);
  assert.deepEqual(
    [find("WASHINGTON (AP) \u2014 The Senate")?.agency, find("LONDON (Reuters) - Prices")?.place],
    ["AP", "LONDON"],
  );
});

test("region, date, and no agency", () => {
  const d = find("ST. LOUIS, Mo., March 3 (Reuters) - Prices rose");
  assert.equal(d?.place, "ST. LOUIS, Mo.");
  assert.equal(d?.agency, "Reuters");
  assert.equal(find("WASHINGTON \u2014 The Senate voted")?.place, "WASHINGTON");
  assert.equal(find("(CNN) \u2014 The Senate voted")?.agency, "CNN");
});

test("ordinary openings are not datelines", () => {
  assert.equal(find("Attorney General Jeff Sessions and Homeland Security"), undefined);
  assert.equal(find("UPDATE: the vote was delayed"), undefined);
  assert.equal(find("EXCLUSIVE \u2013 A candidate speaks"), undefined);
  assert.equal(find("POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - A column"), undefined);
  assert.equal(find("TRENTON, N.J. (AP) \u2014 Was that")?.place, "TRENTON, N.J.");
  assert.equal(find("RANGOON, Burma - Aung San")?.place, "RANGOON, Burma");
  assert.equal(find("A - the first letter"), undefined);
  assert.equal(find("In a letter (dated March 29) - they wrote"), undefined);
});
