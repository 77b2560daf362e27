// Tests for the walk over a sentence's cues (index.ts): labels, `according to`, and where one
// attribution's content ends at the next, read through the whole stage.

import assert from "node:assert/strict";
import { test } from "node:test";
import { rows } from "../testing.ts";
import { speakerOf } from "./testing.ts";

test('a dash, a name and a colon before a quotation label it (`Pollsters agree - Carl Bialik: "…"`)', () => {
  assert.equal(
    speakerOf(
      "Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one: keep on contacting voters.”",
      "biggest lessons",
    ),
    "Carl Bialik",
  );
  // (no dash: `Update: "…"` is no label)
  assert.ok(rows('Update: "The vote was moved to Friday."').every((r) => r.cue !== ":"));
});

test("a quotation set off by a colon or a dash before a tail clause is the tail clause's", () => {
  const list = rows(
    "After the murder, Trump asserted that France had lost its identity: “France is no longer France,” he claimed.",
  );
  const quote = list.find((r) => r.quote?.includes("no longer France"));
  assert.deepEqual([quote?.who, quote?.kind], ["he", "direct"]);
  assert.equal(
    speakerOf(
      'Clinton suggested that the plan was unserious - "Again, we need to get into the details," she said - and charged that it would cost too much.',
      "get into the details",
    ),
    "she",
  );
});

test("`according to` right after another cue's clause tells where that report comes from", () => {
  const list = rows(
    '"We cannot argue about the arithmetic," Demirel said, according to a translation provided by his office.',
  );
  assert.deepEqual(
    list.map((r) => [r.who, r.cue]),
    [["Demirel", "said"]],
  );
  // Opening the sentence it still reports.
  assert.equal(speakerOf("According to the Post, the mayor will resign.", "resign"), "the Post");
});

test("a participle phrase after `according to X` describes the source, not the content", () => {
  const list = rows(
    "According to a police report obtained by the Gazette, the driver had been drinking.",
  );
  assert.equal(list[0]?.who, "a police report");
  assert.equal(list[0]?.what, "the driver had been drinking");
});

test("an `as` aside by another speaker after a report reports nothing; by the same one it does", () => {
  const brief = rows(
    'The brief argued that the rule did not go beyond its authority, as the alliance claims, because Congress gave it power over "any person that collects consumer information."',
  );
  assert.deepEqual(
    brief.map((r) => r.who),
    ["The brief"],
  );
  const same = rows(
    'He thought that rates were too low and that the result, as he later explained, was an "economic bubble" that could turn into a recession.',
  );
  assert.equal(same.find((r) => r.quote === "economic bubble")?.cue, "explained");
});

test("a thing's cue inside the words an inverted tail clause reports is part of them", () => {
  const list = rows(
    'The rejection of the treaty signals "the beginning of the end" for the EU, said Geert Wilders, founder of the party.',
  );
  assert.deepEqual(
    list.map((r) => [r.who, r.quote]),
    [["Geert Wilders", "the beginning of the end"]],
  );
  // A person's report stays (`Trump says …`), and so does one before a participle.
  assert.equal(rows("Trump says the plan is dead, said Smith.").length, 2);
});

test("a naming cue whose quotation comes only after a later verb set off by a comma names nothing", () => {
  const list = rows(
    'Professor Alan Whitcombe of the business school, one of the nine who voted no, called the resolution "a tantrum dressed as governance."',
  );
  assert.deepEqual(
    list.map((r) => [r.who, r.cue]),
    [["Professor Alan Whitcombe of the business school", "called"]],
  );
});

test("a content that only refuses to speak reports nothing (`said it would not comment`)", () => {
  assert.deepEqual(
    rows("A spokesman for the institute said it would not comment beyond the report."),
    [],
  );
  assert.deepEqual(rows("She said she had no comment."), []);
  // (a refusal beside something said keeps the report)
  assert.equal(
    speakerOf(
      "A spokeswoman said the company had not been served and would not comment on tenants.",
      "had not been served",
    ),
    "A spokeswoman",
  );
});

test("a report after `and that` is inside the earlier cue's content: its quote is the earlier speaker's", () => {
  assert.equal(
    speakerOf(
      'Ruslan Tokhtarov said the letter had been passed to engineers and that they had found "no immediate danger."',
      "no immediate danger",
    ),
    "Ruslan Tokhtarov",
  );
  assert.equal(
    speakerOf(
      'The ruling said the app docked riders and that the contracts riders signed described a freedom "that existed only on paper."',
      "only on paper",
    ),
    "The ruling",
  );
});
