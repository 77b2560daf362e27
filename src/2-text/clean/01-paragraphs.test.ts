import assert from "node:assert/strict";
import { test } from "node:test";
import { splitParagraphs } from "./01-paragraphs.ts";

test("blank lines separate paragraphs; single newlines inside a paragraph are kept", () => {
  const text = "  First line\nstill first.\n\n\u00a0\nSecond one. \r\n\r\nThird";
  const ps = splitParagraphs(text);
  assert.deepEqual(
    ps.map((p) => p.text),
    ["First line\nstill first.", "Second one.", "Third"],
  );
  for (const p of ps) assert.equal(text.slice(p.start, p.end), p.text);
});

test("inside a blank-line text, lines that each end a sentence are paragraphs", () => {
  const text =
    "The vote was close.\nREAD MORE: Another story\n\nThis paragraph is hard\nwrapped at a narrow width\nand stays whole.";
  assert.deepEqual(
    splitParagraphs(text).map((p) => p.text),
    [
      "The vote was close.",
      "READ MORE: Another story",
      "This paragraph is hard\nwrapped at a narrow width\nand stays whole.",
    ],
  );
});

test("a text without blank lines uses single newlines as breaks", () => {
  const ps = splitParagraphs("One.\nTwo.\r\nThree.");
  assert.deepEqual(
    ps.map((p) => p.text),
    ["One.", "Two.", "Three."],
  );
});

test("empty and white-space-only texts have no paragraphs", () => {
  assert.deepEqual(splitParagraphs(""), []);
  assert.deepEqual(splitParagraphs(" \n\n \t"), []);
});

test("a long text of newlines is split in linear time", () => {
  const text = "a\n\n".repeat(200_000);
  assert.equal(splitParagraphs(text).length, 200_000);
});

test("every kind of line break ends a line, with or without a \\r in the text", () => {
  for (const br of ["\n", "\r", "\r\n"]) {
    const text = `One.${br}Two.${br}${br}Three.`;
    assert.deepEqual(
      splitParagraphs(text).map((p) => p.text),
      ["One.", "Two.", "Three."],
      JSON.stringify(br),
    );
  }
  for (const br of ["\u2028", "\u2029"])
    assert.deepEqual(
      splitParagraphs(`One.${br}${br}Two.\r\n\r\nThree.`).map((p) => p.text),
      ["One.", "Two.", "Three."],
    );
});
