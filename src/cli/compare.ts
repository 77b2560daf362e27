// `parallax compare`: placeholder until its issue lands; the helper who owns this file replaces it.

import type { Command } from "commander";

export function registerCompare(program: Command): void {
  program
    .command("compare")
    .description("(not built yet)")
    .action(() => {
      process.stderr.write("parallax compare: not built yet\n");
      process.exitCode = 2;
    });
}
