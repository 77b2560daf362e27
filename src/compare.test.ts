import assert from "node:assert/strict";
import { test } from "node:test";
import { synthetic } from "./5-compare/synthetic.ts";
import { compare } from "./compare.ts";

const actors = [
  { id: "o", name: "Maria L. Ortiz", role: "Governor" },
  { id: "h", name: "Paul Hart", role: "Mayor" },
];

test("compare builds a versioned story record from analyses", () => {
  const a = synthetic({
    id: "a",
    text: "Maria L. Ortiz called the sale “deeply reckless” on Friday. Paul Hart said nothing.",
    published: "2021-06-11",
    actors,
    statements: [{ quote: "deeply reckless", speaker: "o", kind: "partial" }],
  });
  const b = synthetic({
    id: "b",
    text: "“Selling the reservoir is deeply reckless,” Maria Ortiz said.",
    published: "2021-06-11",
    actors: [{ id: "x", name: "Maria Ortiz" }],
    statements: [{ quote: "Selling the reservoir is deeply reckless,", speaker: "x" }],
  });
  const r = compare([a, b]);
  assert.equal(r.schema, "parallax.story/1");
  assert.equal(r.articles.length, 2);
  const ortiz = r.actors.find((x) => x.name === "Maria L. Ortiz");
  assert.deepEqual(ortiz?.perArticle, { a: ["o"], b: ["x"] });
  assert.equal(r.alignments[0]?.kind, "same words");
  assert.deepEqual(r.alignments[0]?.sourceIds, [ortiz?.id]);
  assert.equal(r.timeline[0]?.when, "2021-06-11");
  assert.deepEqual(
    r.onlyIn.a?.filter((x) => x.kind === "actor").map((x) => x.text),
    ["Paul Hart (Mayor)"],
  );
  assert.equal(r.voices.b?.[0]?.name, "Maria L. Ortiz");
  assert.deepEqual(r.warnings, []);
});

test("missing dates, duplicate ids and a lone article are warnings, not failures", () => {
  const a = synthetic({ id: "a", text: "Nothing happened on Friday." });
  const r = compare([a]);
  assert.deepEqual(r.warnings.map((w) => w.ruleId).sort(), ["no-published-date", "single-article"]);
  assert.equal(r.timeline[0]?.resolved, false);
  const r2 = compare([a, a]);
  assert.ok(r2.warnings.some((w) => w.ruleId === "duplicate-id"));
});

test("pathological inputs stay linear: thousands of dates in one sentence, one phrase quoted over and over", () => {
  const dates = "Friday, ".repeat(20_000);
  const quote = "the reservoir stays public";
  const parts = Array.from({ length: 3_000 }, (_, i) => `“${quote} ${i}” he said.`);
  const text = `${dates}end. ${parts.join(" ")}`;
  const statements = parts.map((_, i) => ({ quote: `${quote} ${i}` }));
  const a = synthetic({ id: "a", text, published: "2021-06-11", statements });
  const b = synthetic({ id: "b", text, published: "2021-06-11", statements });
  const r = compare([a, b]);
  assert.ok(r.timeline.length >= 1);
  assert.ok(r.alignments.length >= 1);
});
