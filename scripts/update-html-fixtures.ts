// Regenerates test/fixtures/html-*/expected.json from each case's input.html with the current
// HTML extractor (main text, paragraphs, metadata). Run after a deliberate change to the
// extractor, then read the diff before committing.
// Usage: npx tsx scripts/update-html-fixtures.ts

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractHtml } from "../src/2-text/html/index.ts";

export const fixturesDir = fileURLToPath(new URL("../test/fixtures/", import.meta.url));

export function htmlCases(): string[] {
  return readdirSync(fixturesDir).filter((d) => d.startsWith("html-"));
}

/** What the golden files pin down: paragraphs (with kinds), metadata and warnings. */
export function runHtmlCase(name: string): unknown {
  const html = readFileSync(join(fixturesDir, name, "input.html"), "utf8");
  const r = extractHtml(html, { source: `${name}/input.html` });
  return {
    paragraphs: r.paragraphs.map((p) => [p.kind, p.text]),
    meta: r.meta,
    warnings: r.warnings,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const name of htmlCases()) {
    writeFileSync(
      join(fixturesDir, name, "expected.json"),
      `${JSON.stringify(runHtmlCase(name), null, 2)}\n`,
    );
    process.stdout.write(`wrote ${name}/expected.json\n`);
  }
}
