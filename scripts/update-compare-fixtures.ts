// Regenerates test/fixtures/compare-*/ (invented reports of one story): analyses.json, what the
// earlier stages make of the reports today, and expected.json, the story record compare() builds
// from them (what the outlets share, how their quotes differ, what only one carries, the
// timeline). The golden test feeds analyses.json to compare(), so it pins the compare stage alone.
// Run after a deliberate change, then read the diff: every line is a claim about the coverage.
// Usage: npx tsx scripts/update-compare-fixtures.ts

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadArticles } from "../src/1-ingest/index.ts";
import { analyze } from "../src/analyze.ts";
import { compare } from "../src/compare.ts";
import type { Analysis, StoryRecord } from "../src/types.ts";

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

/** What the earlier stages make of a case's batch today. */
export async function analyseCase(name: string): Promise<Analysis[]> {
  const { articles, failures } = await loadArticles([], {
    batch: [join(fixturesDir, name, "batch.jsonl")],
  });
  if (failures.length) throw new Error(`${name}: ${failures.map((f) => f.message).join("; ")}`);
  return articles.map(analyze);
}

/** The compare view of a case, from its frozen analyses. */
export function runCompareCase(name: string): unknown {
  const analyses = JSON.parse(
    readFileSync(join(fixturesDir, name, "analyses.json"), "utf8"),
  ) as Analysis[];
  return compareView(compare(analyses));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const name of compareCases()) {
    const analyses = await analyseCase(name);
    // Sources relative to the fixtures folder, so the file is the same on every machine.
    const frozen = JSON.stringify(analyses).replaceAll(
      JSON.stringify(fixturesDir).slice(1, -1),
      "",
    );
    writeFileSync(join(fixturesDir, name, "analyses.json"), `${frozen}\n`);
    const view = runCompareCase(name);
    writeFileSync(join(fixturesDir, name, "expected.json"), `${JSON.stringify(view, null, 2)}\n`);
    process.stdout.write(`wrote ${name}/analyses.json and expected.json\n`);
  }
}
