// Evaluation set 'seeds': the flagship story against ../shared/gold/seeds.gold.json, one section
// per pipeline stage (text cleaning, statements and speakers, the cross-outlet record).

import type { EvalArgs } from "./lib/args.ts";

export const describe = "the two seed articles against ../shared/gold/seeds.gold.json";

const sections = [
  () => import("./seeds-text.ts"),
  () => import("./seeds-statements.ts"),
  () => import("./seeds-compare.ts"),
];

export async function run(args: EvalArgs): Promise<void> {
  for (const load of sections) {
    const section = await load();
    process.stdout.write(`\n### ${section.describe}\n`);
    await section.run(args);
  }
}
