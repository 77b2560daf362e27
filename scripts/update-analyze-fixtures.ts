// Regenerates test/fixtures/analyze-*/expected.json (who said what in invented news texts) with
// the current statement and actor rules. Run after a deliberate rule change, then read the diff
// before committing: every line is a claim about who said something.
// Usage: npx tsx scripts/update-analyze-fixtures.ts

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../src/2-text/article.ts";
import { analyze } from "../src/analyze.ts";
import type { Analysis } from "../src/types.ts";

export const fixturesDir = fileURLToPath(new URL("../test/fixtures/", import.meta.url));

/** Who said what, by name: the part of an analysis the golden files pin down. */
export function analyzeView(analysis: Analysis): unknown {
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  return {
    statements: analysis.statements.map((s) => ({
      kind: s.kind,
      channel: s.channel,
      text: (s.quote ?? s.content).text,
      speaker: s.speaker?.name ?? null,
      via: s.speaker?.mention?.text ?? null,
      people: s.speaker?.resolvedActorIds.map((id) => names.get(id)) ?? [],
    })),
    actors: analysis.actors.map((a) => ({
      id: a.id,
      type: a.type,
      name: a.name,
      role: a.role ?? null,
      organisation: a.organisation ?? null,
      members: a.members?.map((id) => names.get(id)) ?? [],
    })),
  };
}

export function analyzeCases(): string[] {
  return readdirSync(fixturesDir).filter((d) => d.startsWith("analyze-"));
}

export function runAnalyzeCase(name: string): unknown {
  const text = readFileSync(join(fixturesDir, name, "input.txt"), "utf8");
  return analyzeView(analyze(extract({ id: name, source: `${name}/input.txt`, text })));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const name of analyzeCases()) {
    writeFileSync(
      join(fixturesDir, name, "expected.json"),
      `${JSON.stringify(runAnalyzeCase(name), null, 2)}\n`,
    );
    process.stdout.write(`wrote ${name}/expected.json\n`);
  }
}
