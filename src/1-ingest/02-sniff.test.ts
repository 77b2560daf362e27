import assert from "node:assert/strict";
import { test } from "node:test";
import { looksLikeHtml } from "./02-sniff.ts";

test("HTML by extension or by its opening tags", () => {
  assert.ok(looksLikeHtml("just words", "page.html"));
  assert.ok(looksLikeHtml("\ufeff  <!-- saved --> <!DOCTYPE html><html>", "page.txt"));
  assert.ok(looksLikeHtml("<html lang=en><body>", undefined));
  assert.ok(looksLikeHtml("<div class=x>text</div>", "page"));
});

test("plain text, even with angle brackets inside, is not HTML", () => {
  assert.ok(!looksLikeHtml("WASHINGTON (AP) \u2014 The <b>vote</b>", "a.txt"));
  assert.ok(!looksLikeHtml("<div> in a .txt file is text", "notes.txt"));
  assert.ok(!looksLikeHtml("2 < 3 and 4 > 1", undefined));
});
