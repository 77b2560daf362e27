// Evaluation set 'heldout': the invented, hand-labelled articles of test/heldout/ (seeds gold format),
// scored exactly as the seeds' statements are. Never tune rules on it: it measures generalisation only.

import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { EvalArgs } from "./lib/args.ts";
import { run as scoreStatements } from "./seeds-statements.ts";

export const describe =
  "statements and speakers on the held-out invented corpus in test/heldout/ (measure only, never tune)";

const heldoutGold = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "test",
  "heldout",
  "gold.json",
);

export async function run(args: EvalArgs): Promise<unknown> {
  return scoreStatements({ ...args, path: args.path ?? heldoutGold });
}
