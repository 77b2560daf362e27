import assert from "node:assert/strict";
import { test } from "node:test";
import { isPictureAgency, suggestOutlet } from "./04-outlet.ts";

test("a dateline agency suggests the outlet first", () => {
  const d = { start: 0, end: 10, text: "X (KXYZ) -", place: "X", agency: "KXYZ" };
  assert.equal(suggestOutlet(d, ["The Example Times"]), "KXYZ");
});

test("staff credits suggest the outlet; wire and picture agencies do not", () => {
  assert.equal(
    suggestOutlet(undefined, ["AP", "The Example Times", "Getty Images"]),
    "The Example Times",
  );
  assert.equal(suggestOutlet(undefined, ["AP", "Reuters"]), undefined);
  assert.ok(isPictureAgency("AFP/Getty Images"));
  assert.ok(!isPictureAgency("The Example Times"));
});

test("a copyright holder is the last resort", () => {
  assert.equal(suggestOutlet(undefined, [], ["The Daily Example"]), "The Daily Example");
  assert.equal(suggestOutlet(undefined, ["The Example Times"], ["Other"]), "The Example Times");
});

test("a copyright holder that contains the short name found gives the full name", () => {
  assert.equal(suggestOutlet(undefined, ["Ledger"], ["The Corran Ledger"]), "The Corran Ledger");
  const d = { start: 0, end: 10, text: "X (Tribune) -", place: "X", agency: "Tribune" };
  assert.equal(suggestOutlet(d, [], ["Lembara Daily Tribune"]), "Lembara Daily Tribune");
  assert.equal(suggestOutlet(d, [], ["The Tribunes Group"]), "Tribune");
});
