import assert from "node:assert/strict";
import { test } from "node:test";
import type { FoundStatement } from "../types.ts";
import { analyze } from "../analyze.ts";
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

test("the agency in a dateline published the story: it is none of its actors", () => {
  // `Jonas` is a given name, so the agency read as a person and took `the minister`
  const text =
    "Bridge to reopen\n\nKORVEL (Jonas Press) - Two mayors have asked the ministry to reopen the bridge, and " +
    'the minister answered that work was "already under way."\n\nMayor Ilse Brandt said it would reopen in May.';
  const names = analyze(article(text)).actors.map((a) => a.name);
  assert.ok(names.includes("Ilse Brandt"), names.join(", "));
  assert.ok(!names.some((n) => n.includes("Jonas")), names.join(", "));
});

test("a dateline is never a speaker; a participle's speaker is the name opening the sentence", () => {
  const text =
    "BRAMPTON (Wire) — Transport Minister Ola Berg on Monday halted the rail tender, saying the bids were “far too high.”";
  const at = text.indexOf("BRAMPTON");
  const result = resolveSpeakers(article(text), [
    {
      id: "s1",
      kind: "partial",
      content: { start: text.indexOf("far"), end: text.indexOf("high") + 4, text: "far too high" },
      quote: { start: text.indexOf("far"), end: text.indexOf("high") + 4, text: "far too high" },
      cue: { start: text.indexOf("saying"), end: text.indexOf("saying") + 6, text: "saying" },
      speakerMention: { start: at, end: at + 8, text: "BRAMPTON" },
      channel: "unknown",
      confidence: 0.8,
    },
  ]);
  assert.equal(result.statements[0]?.speaker?.name, "Ola Berg");
});

test("a lede's `A federal judge` is the judge the next sentence names", () => {
  const text =
    "A federal judge on Friday jailed a former mayor, calling the bribes “shameless.” U.S. District Judge Nora Quill said the sentence was fair.";
  const result = resolveSpeakers(
    article(text),
    hand(text, [{ quote: "shameless.", mention: "A federal judge", kind: "partial" }]),
  );
  assert.equal(result.statements[0]?.speaker?.name, "Nora Quill");
});

test("an organisation named by what it is and then by name takes the name", () => {
  const text = "The state nurses’ union, the Care Workers Alliance, said it would strike.";
  const result = resolveSpeakers(
    article(text),
    hand(text, [
      { quote: "it would strike", mention: "The state nurses’ union", kind: "indirect" },
    ]),
  );
  const actor = result.actors.find((a) => a.id === result.statements[0]?.speaker?.actorId);
  assert.equal(actor?.name, "Care Workers Alliance");
  assert.equal(actor?.type, "organisation");
});

test("trailing clauses are trimmed from speaker phrases; `a report by X` is X's report", () => {
  const text =
    "A staff report presented at the meeting estimated costs. A 2024 report by the Audit Office found gaps.";
  const result = resolveSpeakers(
    article(text),
    hand(text, [
      { quote: "costs", mention: "A staff report presented at the meeting", kind: "indirect" },
      { quote: "gaps", mention: "the Audit Office", kind: "indirect" },
    ]),
  );
  const names = new Map(result.actors.map((a) => [a.id, a]));
  const first = names.get(result.statements[0]?.speaker?.actorId ?? "");
  const second = names.get(result.statements[1]?.speaker?.actorId ?? "");
  assert.equal(first?.type, "document");
  assert.equal(first?.name, "staff report");
  // the report speaks for the office that wrote it, as a letter for its signers
  assert.equal(second?.type, "document");
  const writers = result.statements[1]?.speaker?.resolvedActorIds.map((id) => names.get(id)?.name);
  assert.deepEqual(writers, ["Audit Office"]);
});

test("a role phrase set off after a name is that person: `Sofia Brandt, a reviewer who …`", () => {
  const text = "Ana Ruiz, a reviewer who tested it, wrote that it “fell apart.”";
  assert.deepEqual(
    speakersOf(text, [{ quote: "fell apart.", mention: "a reviewer", kind: "partial" }]),
    [["Ana Ruiz"]],
  );
});

test("a lone given name as speaker is a person", () => {
  const text = "The crowd cheered. “I would,” Melanie said to the TV.";
  const result = resolveSpeakers(
    article(text),
    hand(text, [{ quote: "I would,", mention: "Melanie" }]),
  );
  const actor = result.actors.find((a) => a.id === result.statements[0]?.speaker?.actorId);
  assert.equal(actor?.type, "person");
});

test("Q&A: a quote after an unquoted question, and one continuing it, is the interviewee's, not the last speaker's", () => {
  const text = [
    "Dr. Sunniva Aaltonen spent a year on a glacier. She spoke with us by video.",
    "Prof. Edmund Kessler said it proved little. “One year is one year,” he said.",
    "What surprised you most?",
    "“The sound. It groans all night.",
    "“And the speed.”",
  ].join("\n\n");
  assert.deepEqual(
    speakersOf(text, [
      { quote: "One year is one year,", mention: "he" },
      { quote: "The sound. It groans all night." },
      { quote: "And the speed.", continues: true },
    ]),
    [["Edmund Kessler"], ["Sunniva Aaltonen"], ["Sunniva Aaltonen"]],
  );
});

test("a participle's speaker is the organisation opening the sentence: `The Bank of Nordmark kept …, saying`, `The Obama administration …, acknowledging`", () => {
  const speakerOf = (text: string, content: string, cue: string) => {
    const c = text.indexOf(content);
    const k = text.indexOf(cue);
    return resolveSpeakers(article(text), [
      {
        id: "s1",
        kind: "indirect",
        content: { start: c, end: c + content.length, text: content },
        cue: { start: k, end: k + cue.length, text: cue },
        channel: "unknown",
        confidence: 0.8,
      },
    ]).statements[0]?.speaker?.name;
  };
  assert.equal(
    speakerOf(
      "KARSVIK (AFP) - The Bank of Nordmark kept its rate, saying inflation was cooling.",
      "inflation was cooling",
      "saying",
    ),
    "Bank of Nordmark",
  );
  assert.equal(
    speakerOf(
      "The Obama administration announced plans on Tuesday, acknowledging that the system had failed.",
      "the system had failed",
      "acknowledging",
    ),
    "Obama administration",
  );
});

test("an interview of thousands of answers and no person named is resolved, each answer", () => {
  const pair = "The city and the county spoke.\n\nWhy?\n\n“Because.”\n\n";
  const text = pair.repeat(3000);
  const all: FoundStatement[] = [];
  const offset = pair.indexOf("Because.");
  for (let i = 0; i < 3000; i++) {
    const start = i * pair.length + offset;
    const span = { start, end: start + 8, text: "Because." };
    all.push({
      id: `s${i + 1}`,
      kind: "direct",
      content: span,
      quote: span,
      channel: "unknown",
      confidence: 0.9,
    });
  }
  const result = resolveSpeakers(article(text), all);
  assert.equal(result.statements.length, 3000);
});

test("a group named by its roles is the pair named next with those roles", () => {
  const text =
    "The state's top environmental official and its attorney general asked for an inspection, saying the review “cannot be the last word.”\n\n" +
    "In a letter, Environmental Secretary Marguerite Hartigan and Attorney General Samuel Tremaine wrote that the agency had failed.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "cannot be the last word.",
        mention: "The state's top environmental official",
        kind: "partial",
      },
    ]),
    [["Marguerite Hartigan", "Samuel Tremaine"]],
  );
});

test("`The Westmarch Orthopedic Society called …` is an organisation, not a person", () => {
  const text = "The Harlow Orthopedic Society called the order “a warning to every surgeon.”";
  const result = resolveSpeakers(
    article(text),
    hand(text, [
      {
        quote: "a warning to every surgeon.",
        mention: "The Harlow Orthopedic Society",
        kind: "partial",
      },
    ]),
  );
  assert.deepEqual(
    result.actors.map((a) => [a.name, a.type]),
    [["Harlow Orthopedic Society", "organisation"]],
  );
});
