// `parallax extract`: placeholder until its issue lands; the helper who owns this file replaces it.

import type { Command } from "commander";

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("(not built yet)")
    .action(() => {
      process.stderr.write("parallax extract: not built yet\n");
      process.exitCode = 2;
    });
}
