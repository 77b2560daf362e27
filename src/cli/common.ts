// What the sub-commands share: the input options (files, batches, per-input outlet and date,
// size and time limits), turning them into ingest options, colour, and the streaming loop that
// extract and analyze both run (each input read, processed and printed as it comes).

import type { Command } from "commander";
import { exitCode, extractSafely, type IngestOptions, readInputs } from "../1-ingest/index.ts";
import { useColor } from "../6-report/terminal.ts";
import { fail, formatIssue } from "../errors.ts";
import type { Article } from "../types.ts";

export interface InputFlags {
  batch?: string[];
  outlet?: string[];
  published?: string[];
  maxSize?: string;
  timeout?: string;
}

// No default value, so help does not print `(default: [])`; an absent list is undefined.
const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** Adds the inputs argument and the options every command reads inputs with. */
export function addInputOptions(command: Command): Command {
  return command
    .argument("[inputs...]", "files, directories, globs, URLs, or - for standard input")
    .option(
      "--batch <file>",
      "a JSON Lines batch of {id, url?, file?, outlet?, published?, title?, text? | html?} (repeatable)",
      collect,
    )
    .option(
      "--outlet <name>",
      "the outlet: once for all inputs, or once per input in order",
      collect,
    )
    .option(
      "--published <date>",
      "publication date YYYY-MM-DD: once for all, or once per input",
      collect,
    )
    .option("--max-size <MB>", "refuse inputs larger than this many megabytes (default 20)")
    .option("--timeout <seconds>", "give up on a URL after this many seconds (default 15)");
}

/** Checks there is something to read and turns the flags into ingest options. */
export function ingestOptions(command: string, inputs: string[], flags: InputFlags): IngestOptions {
  if (inputs.length === 0 && !flags.batch?.length)
    fail(
      "bad_option",
      command,
      "give at least one input: a file, a URL, - for standard input, or --batch FILE",
    );
  const options: IngestOptions = {
    batch: flags.batch ?? [],
    outlet: flags.outlet ?? [],
    published: flags.published ?? [],
  };
  if (flags.maxSize !== undefined)
    options.maxBytes = positive(flags.maxSize, "--max-size") * 1024 * 1024;
  if (flags.timeout !== undefined) options.timeoutMs = positive(flags.timeout, "--timeout") * 1000;
  return options;
}

function positive(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    fail("bad_option", option, `'${value}' is not a positive number`);
  return n;
}

export interface Style {
  bold: (s: string) => string;
  dim: (s: string) => string;
}

/** Bold and dim for standard output, plain when it is not a terminal or NO_COLOR is set. */
export function styler(color = useColor(process.stdout)): Style {
  const wrap = (open: string, close: string) => (s: string) =>
    color ? `\u001b[${open}m${s}\u001b[${close}m` : s;
  return { bold: wrap("1", "22"), dim: wrap("2", "22") };
}

export interface StreamFlags extends InputFlags {
  json?: boolean;
  jsonl?: boolean;
}

/**
 * Reads each input, extracts it and prints what `show` makes of it: the readable view, one JSON
 * array (`--json`) or one JSON line per input as it is read (`--jsonl`). A failed input is
 * reported on stderr and the run goes on; returns the exit code.
 */
export async function streamEach(
  command: string,
  inputs: string[],
  flags: StreamFlags,
  show: (article: Article, style: Style) => { record: () => unknown; view: () => string },
): Promise<number> {
  if (flags.json && flags.jsonl) fail("bad_option", "--json", "choose one of --json and --jsonl");
  const options = ingestOptions(command, inputs, flags);
  const out = (s: string) => process.stdout.write(s);
  const style = styler();
  const collected: unknown[] = [];
  let read = 0;
  let failed = 0;
  for await (const item of readInputs(inputs, options)) {
    const result = "failure" in item ? item : extractSafely(item.input);
    if ("failure" in result) {
      failed++;
      process.stderr.write(`parallax: ${formatIssue(result.failure)}\n`);
      continue;
    }
    read++;
    const shown = show(result.article, style);
    if (flags.jsonl) out(`${JSON.stringify(shown.record())}\n`);
    else if (flags.json) collected.push(shown.record());
    else out(`${read > 1 ? "\n" : ""}${shown.view()}`);
  }
  if (flags.json) out(`${JSON.stringify(collected, null, 2)}\n`);
  if (failed > 0) process.stderr.write(`parallax: ${read} read, ${failed} failed\n`);
  return exitCode(read, failed);
}
