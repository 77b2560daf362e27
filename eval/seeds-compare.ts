// Seeds section 'seeds-compare': placeholder until its owner replaces it.

import type { EvalArgs } from "./lib/args.ts";

export const describe = "seeds-compare (not built yet)";

export async function run(_args: EvalArgs): Promise<void> {
  process.stdout.write("not built yet\n");
}
