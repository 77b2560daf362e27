// Locks the public surface: adding or removing an export must be a deliberate change here too.

import assert from "node:assert/strict";
import { test } from "node:test";
import * as parallax from "./index.ts";

test("the public API exports exactly these values", () => {
  assert.deepEqual(Object.keys(parallax).sort(), [
    "ParallaxError",
    "analyze",
    "compare",
    "extract",
    "formatDiagnostic",
    "formatIssue",
    "isParallaxError",
    "loadArticles",
    "readInputs",
    "toAnalysisJson",
    "toHtml",
    "toMarkdown",
    "toStoryJson",
    "toTerminal",
  ]);
});

test("extract → analyze → compare works end to end through the public API (articles or analyses)", () => {
  const a = parallax.extract({
    source: "a.txt",
    outlet: "Outlet A",
    published: "2020-05-01",
    text: 'The mayor said the bridge would reopen Friday.\n\n"We are proud of the crews," Mayor Ann Lee said.',
  });
  const b = parallax.extract({
    source: "b.txt",
    outlet: "Outlet B",
    published: "2020-05-01",
    text: '"We are proud of the crews," said Lee, who took office in January.',
  });
  const story = parallax.compare([parallax.analyze(a), b]);
  assert.equal(story.schema, "parallax.story/1");
  assert.equal(story.articles.length, 2);
  const lee = story.actors.find((actor) => actor.name.includes("Lee"));
  assert.ok(lee, "Ann Lee is an actor of the story");
  assert.equal(Object.keys(lee.perArticle).length, 2, "Lee merged across both outlets");
  assert.ok(
    story.alignments.some((al) => al.kind === "same words" && al.members.length === 2),
    "the shared quote is aligned as the same words",
  );
});
