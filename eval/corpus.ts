// Evaluation set 'corpus': the invented, hand-labelled articles of test/corpus/ (seeds gold format),
// scored exactly as the seeds' statements are, to show whether the rules generalise.

import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { EvalArgs } from "./lib/args.ts";
import { run as scoreStatements } from "./seeds-statements.ts";

export const describe = "statements and speakers on the invented corpus in test/corpus/";

const corpusGold = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "test",
  "corpus",
  "gold.json",
);

export async function run(args: EvalArgs): Promise<unknown> {
  return scoreStatements({ ...args, path: args.path ?? corpusGold });
}
