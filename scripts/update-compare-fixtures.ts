// Regenerates test/fixtures/compare-*/expected.json (the story record of invented reports of one
// story: what the outlets share, how their quotes differ, what only one carries, the timeline)
// with the current rules of every stage. Run after a deliberate change, then read the diff before
// committing: every line is a claim about how two outlets covered the story.
// Usage: npx tsx scripts/update-compare-fixtures.ts

import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadArticles } from "../src/1-ingest/index.ts";
import { analyze } from "../src/analyze.ts";
import { compare } from "../src/compare.ts";
import type { StoryRecord } from "../src/types.ts";

export const fixturesDir = fileURLToPath(new URL("../test/fixtures/", import.meta.url));

/** The part of a story record the golden files pin down, by outlet and text rather than offsets. */
export function compareView(record: StoryRecord): unknown {
  const names = new Map(record.actors.map((a) => [a.id, a.name]));
  return {
    actorsInSeveral: record.actors
      .filter((a) => Object.keys(a.perArticle).length > 1)
      .map((a) => ({ name: a.name, type: a.type, in: Object.keys(a.perArticle) })),
    alignments: record.alignments.map((al) => ({
      kind: al.kind,
      sources: al.sourceIds.map((id) => names.get(id)),
      members: al.members.map((m) => `${m.articleId}: ${m.span.text}`),
      ...(al.diff ? { diff: al.diff.map((d) => `${d.op}${d.text}`).join(" ") } : {}),
    })),
    onlyIn: Object.fromEntries(
      Object.entries(record.onlyIn).map(([id, items]) => [
        id,
        items.map((x) => `${x.kind}: ${x.text}`),
      ]),
    ),
    voices: Object.fromEntries(
      Object.entries(record.voices).map(([id, vs]) => [
        id,
        vs.map(
          (v) => `${v.name} (${v.category}): ${v.statements} statements, ${v.quotedWords} words`,
        ),
      ]),
    ),
    timeline: record.timeline.map((e) => ({
      when: e.when ?? null,
      said: [e.expression, ...(e.others ?? [])].map((x) => `${x.articleId}: ${x.text}`),
      event: e.event,
    })),
  };
}

export function compareCases(): string[] {
  return readdirSync(fixturesDir).filter((d) => d.startsWith("compare-"));
}

export async function runCompareCase(name: string): Promise<unknown> {
  const { articles, failures } = await loadArticles([], {
    batch: [join(fixturesDir, name, "batch.jsonl")],
  });
  if (failures.length) throw new Error(`${name}: ${failures.map((f) => f.message).join("; ")}`);
  return compareView(compare(articles.map(analyze)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const name of compareCases()) {
    const view = await runCompareCase(name);
    writeFileSync(join(fixturesDir, name, "expected.json"), `${JSON.stringify(view, null, 2)}\n`);
    process.stdout.write(`wrote ${name}/expected.json\n`);
  }
}
