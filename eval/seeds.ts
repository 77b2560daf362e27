// Evaluation set 'seeds': the flagship story against ../shared/gold/seeds.gold.json, one section
// per pipeline stage (text cleaning, statements and speakers, the cross-outlet record).

import { type EvalArgs, writeJson } from "./lib/args.ts";

export const describe = "the two seed articles against ../shared/gold/seeds.gold.json";

const sections = {
  text: () => import("./seeds-text.ts"),
  statements: () => import("./seeds-statements.ts"),
  compare: () => import("./seeds-compare.ts"),
};

export async function run(args: EvalArgs): Promise<unknown> {
  // Each section would write its own --json file; collect them into one instead.
  const { json: _json, ...sectionArgs } = args;
  const results: Record<string, unknown> = {};
  for (const [name, load] of Object.entries(sections)) {
    const section = await load();
    process.stdout.write(`\n### ${section.describe}\n`);
    results[name] = await section.run(sectionArgs);
  }
  writeJson(args, results);
  return results;
}
