// `parallax analyze`: placeholder until its issue lands; the helper who owns this file replaces it.

import type { Command } from "commander";

export function registerAnalyze(program: Command): void {
  program
    .command("analyze")
    .description("(not built yet)")
    .action(() => {
      process.stderr.write("parallax analyze: not built yet\n");
      process.exitCode = 2;
    });
}
