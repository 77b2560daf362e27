import assert from "node:assert/strict";
import { test } from "node:test";
import type { Analysis } from "../types.ts";
import { mergeActors } from "./01-actors.ts";
import { align, buildUnits, factSentences, wordDiff } from "./02-align.ts";
import { synthetic } from "./synthetic.ts";

const people = [
  { id: "o", name: "Maria Ortiz", role: "Governor" },
  { id: "h", name: "Paul Hart", role: "Mayor" },
  { id: "both", name: "the two officials", type: "group" as const, members: ["o", "h"] },
];

function run(analyses: Analysis[]) {
  const m = mergeActors(analyses);
  const texts = new Map(analyses.map((a) => [a.article.id, a.article.text]));
  return align(buildUnits(analyses, m.storyId), texts);
}

test("a partial quote inside another outlet's longer quote is the same words, despite punctuation", () => {
  const a = synthetic({
    id: "a",
    text: "Ortiz called the plan “deeply reckless,” aides said.",
    actors: people,
    statements: [{ quote: "deeply reckless,", speaker: "o", kind: "partial" }],
  });
  const b = synthetic({
    id: "b",
    text: '"Frankly this budget plan is DEEPLY   reckless and unfair", Maria Ortiz said.',
    actors: people,
    statements: [
      { quote: "Frankly this budget plan is DEEPLY   reckless and unfair", speaker: "o" },
    ],
  });
  const al = run([a, b]).filter((x) => x.id.startsWith("q"));
  assert.equal(al.length, 1);
  assert.equal(al[0]?.kind, "same words");
  assert.deepEqual(
    al[0]?.members.map((m) => m.articleId),
    ["a", "b"],
  );
});

test("the same words given to one signer by one outlet and to both by the other: speaker differs", () => {
  const words = "we will not allow the reservoir to be drained for private profit";
  const a = synthetic({
    id: "a",
    text: `The two officials wrote that “${words}.”`,
    actors: people,
    statements: [{ quote: `${words}.`, speaker: "both" }],
  });
  const b = synthetic({
    id: "b",
    text: `“${words},” Hart wrote.`,
    actors: people,
    statements: [{ quote: `${words},`, speaker: "h" }],
  });
  const al = run([a, b]).filter((x) => x.id.startsWith("q"));
  assert.equal(al[0]?.kind, "same words, speaker differs");
});

test("the same passage quoted with different words is a variant, with a word diff", () => {
  const a = synthetic({
    id: "a",
    text: "“The reservoir will stay public as long as I am governor of this state,” Ortiz said.",
    actors: people,
    statements: [
      {
        quote: "The reservoir will stay public as long as I am governor of this state,",
        speaker: "o",
      },
    ],
  });
  const b = synthetic({
    id: "b",
    text: "“The reservoir will remain public as long as I am governor of this state,” Ortiz said.",
    actors: people,
    statements: [
      {
        quote: "The reservoir will remain public as long as I am governor of this state,",
        speaker: "o",
      },
    ],
  });
  const al = run([a, b]).filter((x) => x.id.startsWith("q"));
  assert.equal(al[0]?.kind, "variant wording");
  assert.deepEqual(
    al[0]?.diff?.filter((d) => d.op !== "="),
    [
      { op: "-", text: "stay" },
      { op: "+", text: "remain" },
    ],
  );
});

test("indirect reports of the same point pair up; unrelated statements do not", () => {
  const a = synthetic({
    id: "a",
    text: "Ortiz said the drought made rationing necessary for farms in the valley. She also said she liked jazz.",
    actors: people,
    statements: [
      { content: "the drought made rationing necessary for farms in the valley", speaker: "o" },
      { content: "she liked jazz", speaker: "o" },
    ],
  });
  const b = synthetic({
    id: "b",
    text: "Valley farms are required to ration water because of the drought, the governor argued. “Water is life,” Hart said.",
    actors: people,
    statements: [
      { content: "Valley farms are required to ration water because of the drought", speaker: "o" },
      { quote: "Water is life,", speaker: "h" },
    ],
  });
  const al = run([a, b]).filter((x) => x.id.startsWith("p"));
  assert.equal(al.length, 1);
  assert.equal(al[0]?.kind, "paraphrase");
  assert.deepEqual(
    al[0]?.members.map((m) => m.statementId),
    ["s1", "s1"],
  );
});

test("the same source's report in two outlets pairs on two rare words shared", () => {
  const a = synthetic({
    id: "a",
    text: "Ortiz said the letter had been passed to the safety engineers.",
    actors: people,
    statements: [{ content: "the letter had been passed to the safety engineers", speaker: "o" }],
  });
  const b = synthetic({
    id: "b",
    text: "Ortiz said the office had received a letter from the union but that engineers had checked it. Ortiz said the union should call.",
    actors: people,
    statements: [
      {
        content:
          "the office had received a letter from the union but that engineers had checked it",
        speaker: "o",
      },
      { content: "the union should call", speaker: "o" },
    ],
  });
  const al = run([a, b]).filter((x) => x.id.startsWith("p"));
  assert.deepEqual(
    al.map((x) => x.members.map((m) => m.statementId)),
    [["s1", "s1"]],
  );
  // Another speaker's report of it is no paraphrase of hers.
  const c = synthetic({
    id: "c",
    text: "Hart said the office had received a letter but that engineers had checked it.",
    actors: people,
    statements: [
      {
        content: "the office had received a letter but that engineers had checked it",
        speaker: "h",
      },
    ],
  });
  assert.equal(run([a, c]).filter((x) => x.id.startsWith("p")).length, 0);
});

test("one outlet's quote reported in the other's own words is a paraphrase of a quote", () => {
  const a = synthetic({
    id: "a",
    text: "Another concern, Ortiz said, is cost: pumping groundwater from deep wells is expensive for farmers.",
    actors: people,
    statements: [
      {
        content:
          "Another concern, Ortiz said, is cost: pumping groundwater from deep wells is expensive for farmers",
        speaker: "o",
      },
    ],
  });
  const b = synthetic({
    id: "b",
    text: "“Farmers cannot afford the expensive pumping of groundwater from wells that deep,” Ortiz said.",
    actors: people,
    statements: [
      {
        quote: "Farmers cannot afford the expensive pumping of groundwater from wells that deep,",
        speaker: "o",
      },
    ],
  });
  const al = run([a, b]).filter((x) => x.id.startsWith("p"));
  assert.equal(al[0]?.kind, "paraphrase of a quote");
});

test("the same fact sentence in two outlets is aligned for coverage", () => {
  const fact = "The reservoir supplies water to four million people in three counties.";
  const a = synthetic({ id: "a", text: `${fact} Officials met on Monday.` });
  const b = synthetic({ id: "b", text: `Nobody came. ${fact}` });
  const al = run([a, b]).filter((x) => x.id.startsWith("f"));
  assert.equal(al.length, 1);
  assert.equal(al[0]?.kind, "same words");
  assert.equal(al[0]?.members[1]?.span.text, fact);
});

test("a point one outlet tells as fact and another credits to a source is a paraphrase", () => {
  const a = synthetic({
    id: "a",
    text: "The reservoir fell to a record low of nine percent this summer, the water agency said. Hart liked jazz.",
    actors: [{ id: "w", name: "the water agency", type: "organisation" }],
    statements: [
      { content: "The reservoir fell to a record low of nine percent this summer", speaker: "w" },
    ],
  });
  const b = synthetic({
    id: "b",
    text: "Nobody came. This summer the reservoir dropped to a record low, at nine percent.",
  });
  const al = run([a, b]).filter((x) => x.id.startsWith("p"));
  assert.equal(al.length, 1);
  assert.equal(al[0]?.kind, "paraphrase");
  assert.deepEqual(al[0]?.sourceIds, ["the-water-agency"]);
  assert.deepEqual(
    al[0]?.members.map((m) => m.statementId ?? "fact"),
    ["s1", "fact"],
  );
});

test("word diff marks removed and added words in order", () => {
  assert.deepEqual(wordDiff(["a", "b", "c"], ["a", "x", "c"]), [
    { op: "=", text: "a" },
    { op: "-", text: "b" },
    { op: "+", text: "x" },
    { op: "=", text: "c" },
  ]);
});

test("many copies of one article align into one group per passage (bounded postings)", () => {
  const copies = Array.from({ length: 150 }, (_, i) =>
    synthetic({
      id: `c${i}`,
      text: "“The reservoir will stay public as long as I am governor,” Ortiz said.",
      actors: people,
      statements: [
        { quote: "The reservoir will stay public as long as I am governor,", speaker: "o" },
      ],
    }),
  );
  const al = run(copies).filter((x) => x.id.startsWith("q"));
  assert.equal(al.length, 1);
  assert.equal(al[0]?.members.length, 150);
});

test("a one-word quote joins the passage whose neighbouring words agree, even from another speaker", () => {
  const a = synthetic({
    id: "a",
    text: "The two officials rejected her claim that agents were “stalking” undocumented residents at clinics.",
    actors: people,
    statements: [{ quote: "stalking", speaker: "h", kind: "partial" }],
  });
  const b = synthetic({
    id: "b",
    text: "Ortiz wrote that agents were “stalking undocumented residents” at clinics. “Stalking is a crime with a legal meaning,” Hart and Ortiz replied.",
    actors: people,
    statements: [
      { quote: "stalking undocumented residents", speaker: "o", kind: "partial" },
      { quote: "Stalking is a crime with a legal meaning,", speaker: "h" },
    ],
  });
  const al = run([a, b]).filter((x) => x.id.startsWith("q"));
  assert.equal(al.length, 1);
  assert.deepEqual(
    al[0]?.members.map((m) => m.span.text),
    ["stalking", "stalking undocumented residents"],
  );
  // Wholly different speakers: one outlet quoting the other's words back, not a disputed speaker.
  assert.equal(al[0]?.kind, "same words");
});

test("a huge repetitive quote is compared without blowing up", () => {
  const long = Array.from({ length: 20_000 }, (_, i) => (i % 7 === 0 ? "water" : "public")).join(
    " ",
  );
  const a = synthetic({
    id: "a",
    text: `“${long}” Ortiz said.`,
    actors: people,
    statements: [{ quote: long, speaker: "o" }],
  });
  const b = synthetic({
    id: "b",
    text: `“${long} x” Ortiz said.`,
    actors: people,
    statements: [{ quote: `${long} x`, speaker: "o" }],
  });
  const al = run([a, b]).filter((x) => x.id.startsWith("q"));
  assert.equal(al[0]?.kind, "same words");
});

test("a whole passage given to wholly different speakers is a disputed speaker", () => {
  const words = "the reservoir will stay public for as long as this council sits";
  const a = synthetic({
    id: "a",
    text: `“${words},” Ortiz said.`,
    actors: people,
    statements: [{ quote: `${words},`, speaker: "o" }],
  });
  const b = synthetic({
    id: "b",
    text: `“${words},” Hart said.`,
    actors: people,
    statements: [{ quote: `${words},`, speaker: "h" }],
  });
  assert.equal(run([a, b]).find((x) => x.id.startsWith("q"))?.kind, "same words, speaker differs");
});

test("reported speech copied word for word is shared wording, not a paraphrase", () => {
  const said = "the reservoir sale was cancelled after the vote on Monday";
  const a = synthetic({
    id: "a",
    text: `Ortiz said ${said}.`,
    actors: people,
    statements: [{ content: said, speaker: "o" }],
  });
  const b = synthetic({
    id: "b",
    text: `Ortiz said ${said}.`,
    actors: people,
    statements: [{ content: said, speaker: "o" }],
  });
  assert.deepEqual(
    run([a, b])
      .filter((x) => x.id.startsWith("p"))
      .map((x) => x.kind),
    ["same words"],
  );
});

test("one fragment given to a single signer is not a dispute when the outlet names both elsewhere", () => {
  const a = synthetic({
    id: "a",
    text: "The two officials called it “deeply reckless,” and left.",
    actors: people,
    statements: [{ quote: "deeply reckless,", speaker: "both", kind: "partial" }],
  });
  const b = synthetic({
    id: "b",
    text: "Hart called it “deeply reckless.” “Selling the reservoir now is deeply reckless,” the two officials wrote.",
    actors: people,
    statements: [
      { quote: "deeply reckless.", speaker: "h", kind: "partial" },
      { quote: "Selling the reservoir now is deeply reckless,", speaker: "both" },
    ],
  });
  const al = run([a, b]).filter((x) => x.id.startsWith("q"));
  assert.equal(al[0]?.members.length, 3);
  assert.equal(al[0]?.kind, "same words");
});

test("quoted words inside a reported clause align like the statement's own quote", () => {
  const a = synthetic({
    id: "a",
    text: "The two officials said the “reckless” plan to sell the reservoir was “deeply flawed,” aides said.",
    actors: people,
    statements: [
      {
        content: "the “reckless” plan to sell the reservoir was “deeply flawed,”",
        quote: "deeply flawed,",
        speaker: "both",
        kind: "partial",
      },
    ],
  });
  const b = synthetic({
    id: "b",
    text: "“A reckless plan,” the two officials wrote.",
    actors: people,
    statements: [{ quote: "A reckless plan,", speaker: "both" }],
  });
  const al = run([a, b]).filter((x) => x.id.startsWith("q"));
  assert.deepEqual(
    al[0]?.members.map((m) => [m.statementId, m.span.text]),
    [
      ["s1", "reckless"],
      ["s1", "A reckless plan,"],
    ],
  );
});

test("two statements sharing one reported clause (one per quote) give each quote once", () => {
  const clause =
    "she was “gravely worried” that “agents are following tenants into the housing court.”";
  const a = synthetic({
    id: "a",
    text: `Ortiz wrote that ${clause} Aides agreed.`,
    actors: people,
    statements: [
      { content: clause, quote: "gravely worried", speaker: "o", kind: "partial" },
      {
        content: clause,
        quote: "agents are following tenants into the housing court.",
        speaker: "o",
        kind: "partial",
      },
    ],
  });
  const b = synthetic({
    id: "b",
    text: "“I am gravely worried that agents are following tenants into the housing court,” Maria Ortiz wrote.",
    actors: people,
    statements: [
      {
        quote: "I am gravely worried that agents are following tenants into the housing court,",
        speaker: "o",
      },
    ],
  });
  const m = mergeActors([a, b]);
  const units = buildUnits([a, b], m.storyId);
  const spans = units.filter((u) => u.kind !== "fact").map((u) => `${u.articleId}:${u.span.start}`);
  assert.equal(new Set(spans).size, spans.length, "a span of text is one unit");
  // Each quote is its own statement's unit, not the other statement's fragment.
  assert.deepEqual(
    units
      .filter((u) => u.articleId === "a" && u.kind !== "fact")
      .map((u) => [u.statementId, u.span.text]),
    [
      ["s1", "gravely worried"],
      ["s2", "agents are following tenants into the housing court."],
    ],
  );
  const al = run([a, b]).filter((x) => x.id.startsWith("q"));
  assert.equal(al.length, 1);
  const keys = al[0]?.members.map((x) => `${x.articleId}:${x.span.start}`) ?? [];
  assert.equal(keys.length, 3);
  assert.equal(new Set(keys).size, keys.length, "no member twice");
});

test("a word quoted back in a reply does not chain the reply to the passage it came from", () => {
  const full = "inspectors appear to be hounding elderly tenants in their homes.";
  const a = synthetic({
    id: "a",
    text: `Hart wrote that calling the inspectors “hounding” elderly tenants at home was unfair. Earlier, Ortiz wrote that she was “gravely worried” that “${full}”`,
    actors: people,
    statements: [
      { quote: "hounding", speaker: "h", kind: "partial" },
      { quote: "gravely worried", speaker: "o", kind: "partial" },
      { quote: full, speaker: "o", kind: "partial" },
    ],
  });
  const b = synthetic({
    id: "b",
    text: "Hart objected that Ortiz described the inspectors as “hounding elderly tenants” at home. “I am gravely worried that inspectors appear to be hounding elderly tenants in their homes,” Ortiz wrote.",
    actors: people,
    statements: [
      { quote: "hounding elderly tenants", speaker: "o", kind: "partial" },
      {
        quote:
          "I am gravely worried that inspectors appear to be hounding elderly tenants in their homes,",
        speaker: "o",
      },
    ],
  });
  const al = run([a, b]).filter((x) => x.id.startsWith("q"));
  assert.deepEqual(
    al.map((x) => x.members.map((m) => `${m.articleId}:${m.span.text.slice(0, 12)}`)),
    [
      ["a:hounding", "b:hounding eld"],
      ["a:gravely worr", "a:inspectors a", "b:I am gravely"],
    ],
  );
  // The quoted-back word is Ortiz's: no group names both people as its source.
  for (const x of al) assert.equal(x.sourceIds.length, 1, x.sourceIds.join());
});

test("an indirect report pairs with its best partner only, not also with a weaker-matching quote", () => {
  const cast = [...people.slice(0, 2)];
  const x = "the city had to sell the reservoir because it could no longer pay for repairs";
  const q =
    "The city cannot afford the repairs, so any sale of the reservoir will go to a public vote,";
  const y = "the city must sell the reservoir because it cannot afford to pay for the repairs";
  const a = synthetic({
    id: "a",
    text: `Ortiz said ${x}. “${q}” Ortiz said.`,
    actors: cast,
    statements: [
      { content: x, speaker: "o" },
      { quote: q, speaker: "o" },
    ],
  });
  const b = synthetic({
    id: "b",
    text: `Ortiz said ${y}. Hart said the library would open late on Tuesday. Hart said the new bridge was painted green.`,
    actors: cast,
    statements: [
      { content: y, speaker: "o" },
      { content: "the library would open late on Tuesday", speaker: "h" },
      { content: "the new bridge was painted green", speaker: "h" },
    ],
  });
  const al = run([a, b]).filter((z) => z.id.startsWith("p"));
  assert.deepEqual(
    al.map((z) => [z.kind, z.members.map((m) => m.span.text.slice(0, 16))]),
    [["paraphrase", ["the city had to ", "the city must se"]]],
  );
});

test("one passage quoted by 12,000 reports, each from its own speaker, is one group", () => {
  const quote = "We will win this fight together for the city,";
  const reports = Array.from({ length: 12_000 }, (_, i) =>
    synthetic({
      id: `r${i}`,
      text: `“${quote}” Speaker${i} said.`,
      actors: [{ id: "p", name: `Speaker${i}` }],
      statements: [{ quote, speaker: "p" }],
    }),
  );
  const groups = run(reports).filter((al) => al.id.startsWith("q"));
  assert.equal(groups.length, 1);
  assert.equal(groups[0]?.kind, "same words, speaker differs");
  assert.equal(groups[0]?.members.length, 12_000);
});

test("words one outlet credits to a text whose writer it leaves unnamed, another to a person: no dispute", () => {
  const words = "painful but necessary";
  const longer = "we did everything your department asked of us";
  const cast = [
    { id: "o", name: "Maria Ortiz", role: "Governor" },
    { id: "e", name: "the email", type: "document" as const },
  ];
  const a = synthetic({
    id: "a",
    text: `The email called the cuts “${words}” and said “${longer}.”`,
    actors: cast,
    statements: [
      { quote: words, speaker: "e", kind: "partial" },
      { quote: `${longer}.`, speaker: "e" },
    ],
  });
  const b = synthetic({
    id: "b",
    text: `Ortiz called the cuts “${words}.” “${longer},” she wrote.`,
    actors: cast,
    statements: [
      { quote: `${words}.`, speaker: "o", kind: "partial" },
      { quote: `${longer},`, speaker: "o" },
    ],
  });
  const al = run([a, b]).filter((x) => x.id.startsWith("q"));
  assert.equal(al.length, 2);
  for (const x of al) {
    // Short or long, the same rule: the person another outlet names is the source.
    assert.equal(x.kind, "same words");
    assert.deepEqual(x.sourceIds, ["maria-ortiz"]);
  }
});

test("a text whose writer is named stands for that writer: another person is a dispute", () => {
  const longer = "we did everything your department asked of us";
  const cast = [
    ...people,
    { id: "l", name: "letter from Paul Hart", type: "document" as const, members: ["h"] },
  ];
  const a = synthetic({
    id: "a",
    text: `The letter said “${longer}.”`,
    actors: cast,
    statements: [{ quote: `${longer}.`, speaker: "l" }],
  });
  const b = synthetic({
    id: "b",
    text: `“${longer},” Ortiz wrote.`,
    actors: cast,
    statements: [{ quote: `${longer},`, speaker: "o" }],
  });
  const al = run([a, b]).filter((x) => x.id.startsWith("q"));
  assert.equal(al[0]?.kind, "same words, speaker differs");
});

test("a headline is not a fact sentence: the body tells what it claims", () => {
  const head = "Governors accuse relief agency of stalling flood aid";
  const body = "The agency sent forty more inspectors to the region in August.";
  const text = `${head}\n\n${body}`;
  const a = synthetic({ id: "a", text });
  a.article.paragraphs = [
    { start: 0, end: head.length, text: head, kind: "h1" },
    { start: head.length + 2, end: text.length, text: body, kind: "text" },
  ];
  assert.deepEqual(
    factSentences(a, []).map((s) => s.text),
    [body],
  );
});
