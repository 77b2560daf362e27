// Regenerates test/fixtures/extract-*/expected.json from each case's input.txt with the current
// cleaning rules. Run after a deliberate rule change, then read the diff before committing.
// Usage: npx tsx scripts/update-extract-fixtures.ts

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../src/2-text/article.ts";
import type { Article } from "../src/types.ts";

export const fixturesDir = fileURLToPath(new URL("../test/fixtures/", import.meta.url));

/** The parts of an Article the golden files pin down (the text itself is the input). */
export function goldenView(article: Article): unknown {
  return {
    paragraphs: article.paragraphs.map((p) => [p.start, p.end, p.text]),
    removals: article.removals.map((r) => [r.start, r.end, r.reason, r.ruleId, r.text]),
    meta: article.meta,
    warnings: article.warnings,
  };
}

export function extractCases(): string[] {
  return readdirSync(fixturesDir).filter((d) => d.startsWith("extract-"));
}

export function runCase(name: string): unknown {
  const text = readFileSync(join(fixturesDir, name, "input.txt"), "utf8");
  return goldenView(extract({ id: name, source: `${name}/input.txt`, text }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const name of extractCases()) {
    writeFileSync(
      join(fixturesDir, name, "expected.json"),
      `${JSON.stringify(runCase(name), null, 2)}\n`,
    );
    process.stdout.write(`wrote ${name}/expected.json\n`);
  }
}
