import assert from "node:assert/strict";
import { test } from "node:test";
import { mergeActors } from "./01-actors.ts";
import { align, buildUnits } from "./02-align.ts";
import { actorLabel, coverage } from "./03-coverage.ts";
import { synthetic } from "./synthetic.ts";

test("statements, actors and facts are split into shared and only-in per outlet", () => {
  const actors = [
    { id: "o", name: "Maria Ortiz", role: "Governor" },
    { id: "w", name: "Lee Wong", role: "farmer" },
  ];
  const a = synthetic({
    id: "a",
    text: "“The reservoir stays public,” Ortiz said. Lee Wong said crops failed. Prices of almonds rose sharply in the spring season.",
    actors,
    statements: [
      { quote: "The reservoir stays public,", speaker: "o" },
      { content: "crops failed", speaker: "w" },
    ],
  });
  const b = synthetic({
    id: "b",
    text: "Maria Ortiz insisted: “The reservoir stays public.” A court hearing was set for next month in the capital.",
    actors: actors.slice(0, 1),
    statements: [{ quote: "The reservoir stays public.", speaker: "o" }],
  });
  const m = mergeActors([a, b]);
  const units = buildUnits([a, b], m.storyId);
  const textById = new Map([a, b].map((x) => [x.article.id, x.article.text]));
  const c = coverage([a, b], units, align(units, textById), m.actors);
  const texts = (xs: { kind: string; text: string }[] | undefined, kind: string) =>
    (xs ?? []).filter((x) => x.kind === kind).map((x) => x.text);
  assert.deepEqual(texts(c.shared.a, "statement"), ["Maria Ortiz: “The reservoir stays public,”"]);
  assert.deepEqual(texts(c.onlyIn.a, "statement"), ["Lee Wong: crops failed"]);
  assert.deepEqual(texts(c.onlyIn.a, "actor"), ["Lee Wong (farmer)"]);
  assert.deepEqual(texts(c.shared.b, "actor"), ["Maria Ortiz (Governor)"]);
  assert.deepEqual(texts(c.onlyIn.b, "fact"), [
    "A court hearing was set for next month in the capital.",
  ]);
  assert.deepEqual(texts(c.onlyIn.a, "fact"), [
    "Prices of almonds rose sharply in the spring season.",
  ]);
});

test("a document with no known writer is listed as a voice only where it speaks", () => {
  const a = synthetic({
    id: "a",
    text: "The review found no fault, the audit said. Lee Wong struck a similar note.",
    actors: [
      { id: "r", name: "the review", type: "document" },
      { id: "u", name: "the audit", type: "document" },
      { id: "w", name: "Lee Wong", role: "farmer" },
    ],
    statements: [{ content: "The review found no fault", speaker: "u" }],
  });
  const m = mergeActors([a]);
  const units = buildUnits([a], m.storyId);
  const c = coverage([a], units, [], m.actors);
  const actors = (c.onlyIn.a ?? []).filter((x) => x.kind === "actor").map((x) => x.text);
  assert.deepEqual(actors.sort(), ["Lee Wong (farmer)", "the audit"]);
});

test("a statement is labelled with the story's name of its speaker", () => {
  const a = synthetic({
    id: "a",
    text: "Hemi Te Rangi chairs the committee. “It is a promise,” Te Rangi said.",
    actors: [
      { id: "h", name: "Hemi Te Rangi" },
      { id: "t", name: "Te Rangi" },
    ],
    statements: [{ quote: "It is a promise,", speaker: "t" }],
  });
  const m = mergeActors([a]);
  const c = coverage([a], buildUnits([a], m.storyId), [], m.actors);
  const said = (c.onlyIn.a ?? []).filter((x) => x.kind === "statement").map((x) => x.text);
  assert.deepEqual(said, ["Hemi Te Rangi: “It is a promise,”"]);
});

test("an actor's role and organisation are shown only where they add to its name", () => {
  assert.equal(
    actorLabel({ name: "Bartholomew Ssempala", role: "Mayor" }),
    "Bartholomew Ssempala (Mayor)",
  );
  assert.equal(actorLabel({ name: "former prisoner", role: "prisoner" }), "former prisoner");
  assert.equal(
    actorLabel({ name: "agency\u2019s head", role: "head", organisation: "agency" }),
    "agency\u2019s head",
  );
  assert.equal(
    actorLabel({ name: "official at the agency", role: "spokesman", organisation: "agency" }),
    "official at the agency (spokesman)",
  );
});
