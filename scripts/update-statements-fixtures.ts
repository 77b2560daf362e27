// Regenerates test/fixtures/statements-*/expected.json (the statements found in invented news
// texts: direct, partial and reported speech, their cue, the words naming the speaker and the
// medium) with the current rules. Run after a deliberate rule change and read the diff.
// Usage: npx tsx scripts/update-statements-fixtures.ts

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { findStatements } from "../src/3-statements/index.ts";
import { article } from "../src/3-statements/testing.ts";

export const fixturesDir = fileURLToPath(new URL("../test/fixtures/", import.meta.url));

export function statementCases(): string[] {
  return readdirSync(fixturesDir).filter((d) => d.startsWith("statements-"));
}

/** The statements of a case as readable rows (ids kept so `continues` can be followed). */
export function runStatementCase(name: string): unknown {
  const text = readFileSync(join(fixturesDir, name, "input.txt"), "utf8");
  const { statements, warnings } = findStatements(article(text, `${name}/input.txt`));
  return {
    statements: statements.map((s) => ({
      id: s.id,
      kind: s.kind,
      quote: s.quote?.text ?? null,
      content: s.content.text,
      cue: s.cue?.text ?? null,
      speakerMention: s.speakerMention?.text ?? null,
      continues: s.continues ?? null,
      channel: s.channel,
    })),
    warnings: warnings.map((w) => `${w.line}:${w.column} ${w.ruleId}`),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const name of statementCases()) {
    writeFileSync(
      join(fixturesDir, name, "expected.json"),
      `${JSON.stringify(runStatementCase(name), null, 2)}\n`,
    );
    process.stdout.write(`wrote ${name}/expected.json\n`);
  }
}
