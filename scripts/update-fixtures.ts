// Regenerates every golden case in test/fixtures/ (one script per stage, run in pipeline order).
// Run after a deliberate change of behaviour, then read `git diff test/fixtures` before committing:
// each changed line is a claim the program now makes differently.
// Usage: npm run fixtures

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const stages = ["extract", "html", "statements", "analyze", "compare"];

for (const stage of stages) {
  const script = fileURLToPath(new URL(`./update-${stage}-fixtures.ts`, import.meta.url));
  const run = spawnSync(process.execPath, ["--import", "tsx", script], { stdio: "inherit" });
  if (run.status !== 0) {
    process.stderr.write(`update-fixtures: ${stage} failed\n`);
    process.exit(run.status ?? 1);
  }
}
