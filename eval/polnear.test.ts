import assert from "node:assert/strict";
import { test } from "node:test";
import { parseAnn, plainArticle, score } from "./polnear.ts";

const ANN = [
  "T1\tSource 30 34\tKing",
  "T2\tCue 35 39\tsaid",
  "T3\tContent 0 28;41 60\t\u201cWe are done,\u201d \u201cIt is over.\u201d",
  "T4\tAttribution 35 39\tsaid",
  "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
  "T5\tDiscard 0 3\tRea",
].join("\n");

test("parseAnn ties Source, Cue and split Content spans through E lines", () => {
  const [rel, ...rest] = parseAnn(ANN);
  assert.equal(rest.length, 0);
  assert.deepEqual(rel?.content, [
    [0, 28],
    [41, 60],
  ]);
  assert.deepEqual(rel?.source, [[30, 34]]);
  assert.deepEqual(rel?.cue, [[35, 39]]);
  assert.equal(rel?.sourceText, "King");
});

test("plainArticle: paragraphs are blank-line separated runs with exact offsets", () => {
  const text = "Title line\n\nFirst para\nwraps here.\n\n\nSecond.";
  const a = plainArticle("x", text);
  assert.deepEqual(
    a.paragraphs.map((p) => text.slice(p.start, p.end)),
    ["Title line", "First para\nwraps here.", "Second."],
  );
});

test("score: a quote and its continuation count as one relation, with the source right", () => {
  const text = '"We are done," King said. "It is over."\n\nThe sky is blue, officials said.';
  const gold = parseAnn(
    [
      "T1\tSource 15 19\tKing",
      "T2\tCue 20 24\tsaid",
      'T3\tContent 0 14;26 39\t"We are done," "It is over."',
      "E1\tCue:T2 Source:T1 Content:T3",
      "T4\tSource 58 67\tofficials",
      "T5\tCue 68 72\tsaid",
      "T6\tContent 41 57\tThe sky is blue,",
      "E2\tCue:T5 Source:T4 Content:T6",
    ].join("\n"),
  );
  const r = score([{ name: "t", text, gold }]);
  assert.equal(r.quotes.gold, 1);
  assert.equal(r.quotes.predicted, 1);
  assert.equal(r.quotes.strict.f1, 1);
  assert.equal(r.attributions.gold, 2);
  assert.equal(r.attributions.lenient.recall, 1);
  assert.equal(r.source.accuracy, 1);
  assert.equal(r.source.named.n, 1);
});

test("score: a prediction covering under 30% of the gold does not match", () => {
  const text =
    'He said it was "fine" and that the whole plan, every part of it, would go ahead next year.';
  const gold = parseAnn(
    [
      "T1\tSource 0 2\tHe",
      "T2\tCue 3 7\tsaid",
      `T3\tContent 8 90\t${text.slice(8, 90)}`,
      "E1\tCue:T2 Source:T1 Content:T3",
    ].join("\n"),
  );
  // the whole clause is predicted, so it matches at both levels
  const r = score([{ name: "t", text, gold }]);
  assert.equal(r.quotes.lenient.recall, 1);
  // a gold that lies elsewhere is not matched
  const far = parseAnn(
    ["T1\tSource 0 2\tHe", "T3\tContent 0 7\tHe said", "E1\tSource:T1 Content:T3"].join("\n"),
  );
  const r2 = score([{ name: "t", text, gold: far }]);
  assert.equal(r2.attributions.lenient.recall, 0);
});
