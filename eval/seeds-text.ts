// Seeds section 'seeds-text': placeholder until its owner replaces it.

import type { EvalArgs } from "./lib/args.ts";

export const describe = "seeds-text (not built yet)";

export async function run(_args: EvalArgs): Promise<void> {
  process.stdout.write("not built yet\n");
}
