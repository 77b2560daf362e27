// The `parallax` command: parses the command line, runs one sub-command, and turns a user's
// mistake into a one-line message and a non-zero exit (a stack trace only for our own bugs).

import { Command, CommanderError } from "commander";
import { formatIssue, isParallaxError } from "../errors.ts";
import { registerAnalyze } from "./analyze.ts";
import { registerCompare } from "./compare.ts";
import { registerExtract } from "./extract.ts";

export function buildProgram(): Command {
  const program = new Command("parallax")
    .description(
      "See how different outlets report the same story: who said what, and where reports differ.",
    )
    .version("0.1.0")
    .showHelpAfterError()
    .exitOverride();
  registerExtract(program);
  registerAnalyze(program);
  registerCompare(program);
  return program;
}

/** Runs the CLI and returns the exit code: 0 done, 1 some inputs failed, 2 the run failed. */
export async function main(argv: string[]): Promise<number> {
  try {
    const code = await buildProgram().parseAsync(argv, { from: "user" });
    return typeof code === "number" ? code : ((process.exitCode as number | undefined) ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (isParallaxError(error)) {
      process.stderr.write(`parallax: ${formatIssue(error.issue)}\n`);
      return 2;
    }
    throw error;
  }
}

const invokedDirectly =
  process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"));
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
