import assert from "node:assert/strict";
import { test } from "node:test";
import { normalize, squash } from "./normalize.ts";

test("curly quotes, odd spaces and dashes become ASCII without moving offsets", () => {
  const input = "\u201cHe\u2019s here,\u201d she said\u00a0\u2014 twice\u2009\u2013 ok";
  const out = normalize(input);
  assert.equal(out, '"He\'s here," she said - twice - ok');
  assert.equal(out.length, input.length);
});

test("text with nothing to change is returned as is", () => {
  assert.equal(normalize("plain text"), "plain text");
});

test("squash collapses white space for comparison", () => {
  assert.equal(squash("  a\u00a0\n\n b  "), "a b");
});

test("other characters past ASCII are kept: only the mapped ones change", () => {
  assert.equal(
    normalize("caf\u00e9 \u00ab`na\u00efve`\u00bb \u4e2d\u2014\u00e0"),
    "caf\u00e9 \"'na\u00efve'\" \u4e2d-\u00e0",
  );
});

test("text in another script maps the same once it is read character by character", () => {
  const cyrillic =
    "\u00ab\u042d\u0442\u043e \u043d\u0435\u043f\u0440\u0430\u0432\u0434\u0430\u00bb \u2014 ";
  const text = `${cyrillic.repeat(3)}\u201cend\u2019s\u201d`;
  const out = normalize(text);
  assert.equal(out.length, text.length);
  assert.ok(out.endsWith('"end\'s"'));
  assert.equal(
    out.slice(0, cyrillic.length),
    '"\u042d\u0442\u043e \u043d\u0435\u043f\u0440\u0430\u0432\u0434\u0430" - ',
  );
});
