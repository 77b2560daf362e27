import assert from "node:assert/strict";
import { test } from "node:test";
import type { FoundStatement } from "../types.ts";
import { resolveSpeakers } from "./index.ts";
import { article, hand, speakersOf } from "./testing.ts";

test("a continuation takes the speaker of the statement it continues", () => {
  const text = "“First point,” said Nora Quist, a teacher. “Second point.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "First point,", mention: "Nora Quist" },
      { quote: "Second point.", continues: true },
    ]),
    [["Nora Quist"], ["Nora Quist"]],
  );
});

test("a quote opening a sentence with no cue carries on the statement before it in its paragraph", () => {
  const text =
    "Dr. Ivo Brandt said the drug was safe. “Trials showed no harm.”\n\nA “miracle” cure, some called it.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the drug was safe", mention: "Dr. Ivo Brandt", kind: "indirect" },
      { quote: "Trials showed no harm." },
      { quote: "miracle", kind: "partial" },
    ]),
    [["Ivo Brandt"], ["Ivo Brandt"], []],
  );
});

test("actors get ids in order of first mention and speakers point at them", () => {
  const text =
    "Coach Lila Grant praised the team. Senator Max Ebert disagreed. “We lost,” Ebert said. “We tried,” Grant said.";
  const result = resolveSpeakers(
    article(text),
    hand(text, [
      { quote: "We lost,", mention: "Ebert" },
      { quote: "We tried,", mention: "Grant" },
    ]),
  );
  assert.deepEqual(
    result.actors.map((a) => [a.id, a.name, a.role]),
    [
      ["a1", "Lila Grant", "Coach"],
      ["a2", "Max Ebert", "Senator"],
    ],
  );
  assert.deepEqual(
    result.statements.map((s) => [s.speaker?.actorId, s.speaker?.mention?.text]),
    [
      ["a2", "Ebert"],
      ["a1", "Grant"],
    ],
  );
  assert.deepEqual(result.actors[1]?.aliases, ["Senator Max Ebert", "Ebert"]);
});

test("an unresolvable pronoun leaves the statement without a speaker and says so", () => {
  const text = "“It is over,” she said.";
  const result = resolveSpeakers(
    article(text),
    hand(text, [{ quote: "It is over,", mention: "she" }]),
  );
  assert.equal(result.statements[0]?.speaker, undefined);
  assert.equal(result.warnings[0]?.ruleId, "speaker-unresolved");
  assert.equal(result.warnings[0]?.fatal, false);
});

test("a long article full of names, quotes and pronouns is resolved (no quadratic blow-up)", () => {
  const paragraph =
    "Governor Helen Ruiz and Mayor Tom Hale met. “We agree,” she said. “We do,” they said. The letter said “no.”\n\n";
  const text = paragraph.repeat(2000);
  const found = hand(paragraph, [
    { quote: "We agree,", mention: "she" },
    { quote: "We do,", mention: "they" },
    { quote: "no.", mention: "The letter", kind: "partial" },
  ]);
  const all: FoundStatement[] = [];
  for (let i = 0; i < 2000; i++)
    for (const f of found) {
      const shift = i * paragraph.length;
      const move = <T extends { start: number; end: number }>(s: T): T => ({
        ...s,
        start: s.start + shift,
        end: s.end + shift,
      });
      const g: FoundStatement = { ...f, id: `s${all.length + 1}`, content: move(f.content) };
      if (f.quote) g.quote = move(f.quote);
      if (f.speakerMention) g.speakerMention = move(f.speakerMention);
      all.push(g);
    }
  const result = resolveSpeakers(article(text), all);
  assert.equal(result.statements.length, 6000);
  assert.ok(result.statements.every((s, i) => i % 3 === 2 || s.speaker));
  assert.equal(result.actors.filter((a) => a.type === "person").length, 2);
});

test("a name that only modifies the speaker phrase is not the speaker: `the Hale campaign`", () => {
  const text = "Mayor Tom Hale spoke. Later the Hale campaign said the figures were wrong.";
  const result = resolveSpeakers(
    article(text),
    hand(text, [
      { quote: "the figures were wrong", mention: "the Hale campaign", kind: "indirect" },
    ]),
  );
  assert.notEqual(result.statements[0]?.speaker?.name, "Tom Hale");
});

test("a possessive name is no antecedent for he: `Scott's hands`", () => {
  const text =
    "Chief Kerr Lane said the video did not show Scott's hands clearly, but “we will release it,” he said.";
  const fullText = `Ray Scott died on Tuesday. ${text}`;
  assert.deepEqual(speakersOf(fullText, [{ quote: "we will release it,", mention: "he" }]), [
    ["Kerr Lane"],
  ]);
});
