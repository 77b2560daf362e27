// `parallax extract`: reads each input and prints its clean text and metadata — a readable view
// by default, `--json` (one array) or `--jsonl` (one Article per line, written as each is read).
// Inputs that fail are reported on stderr and the run goes on; the exit code says how it went.

import type { Command } from "commander";
import { exitCode, extractSafely, type IngestOptions, readInputs } from "../1-ingest/index.ts";
import { fail, formatDiagnostic, formatIssue, type Issue } from "../errors.ts";
import type { Article } from "../types.ts";

interface ExtractFlags {
  batch?: string[];
  outlet?: string[];
  published?: string[];
  json?: boolean;
  jsonl?: boolean;
  maxSize?: string;
  timeout?: string;
}

// No default value, so help does not print `(default: [])`; an absent list is undefined.
const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("clean article text and metadata from files, URLs, standard input or batches")
    .argument("[inputs...]", "files, directories, globs, URLs, or - for standard input")
    .option(
      "--batch <file>",
      "a JSON Lines batch of {id, url?, file?, text?, html?, …} (repeatable)",
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
    .option("--json", "print a JSON array of Articles")
    .option("--jsonl", "print one Article per line as JSON, as each is read")
    .option("--max-size <MB>", "refuse inputs larger than this many megabytes (default 20)")
    .option("--timeout <seconds>", "give up on a URL after this many seconds (default 15)")
    .action(async (inputs: string[], flags: ExtractFlags) => {
      process.exitCode = await runExtract(inputs, flags);
    });
}

export async function runExtract(inputs: string[], flags: ExtractFlags): Promise<number> {
  if (flags.json && flags.jsonl) fail("bad_option", "--json", "choose one of --json and --jsonl");
  if (inputs.length === 0 && !flags.batch?.length)
    fail(
      "bad_option",
      "extract",
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

  const out = (s: string) => process.stdout.write(s);
  const style = styler(Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
  const collected: Article[] = [];
  const failures: Issue[] = [];
  let read = 0;
  for await (const item of readInputs(inputs, options)) {
    const result = "failure" in item ? item : extractSafely(item.input);
    if ("failure" in result) {
      failures.push(result.failure);
      process.stderr.write(`parallax: ${formatIssue(result.failure)}\n`);
      continue;
    }
    read++;
    if (flags.jsonl) out(`${JSON.stringify(result.article)}\n`);
    else if (flags.json) collected.push(result.article);
    else out(`${read > 1 ? "\n" : ""}${renderArticle(result.article, style)}`);
  }
  if (flags.json) out(`${JSON.stringify(collected, null, 2)}\n`);
  if (failures.length > 0)
    process.stderr.write(`parallax: ${read} read, ${failures.length} failed\n`);
  return exitCode(read, failures.length);
}

function positive(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    fail("bad_option", option, `'${value}' is not a positive number`);
  return n;
}

type Style = { bold: (s: string) => string; dim: (s: string) => string };

function styler(color: boolean): Style {
  const wrap = (open: string, close: string) => (s: string) =>
    color ? `\u001b[${open}m${s}\u001b[${close}m` : s;
  return { bold: wrap("1", "22"), dim: wrap("2", "22") };
}

/** Header of metadata, the clean paragraphs, then (dimmed) what was removed and the warnings. */
export function renderArticle(article: Article, style: Style): string {
  const { meta } = article;
  const lines: string[] = [];
  const from = (key: keyof typeof meta.provenance) =>
    meta.provenance[key] ? style.dim(` (${meta.provenance[key]})`) : "";
  lines.push(style.bold(`── ${article.id}`) + style.dim(`  ${article.source} · ${article.format}`));
  if (meta.title) lines.push(`title:     ${meta.title}${from("title")}`);
  if (meta.outlet) lines.push(`outlet:    ${meta.outlet}${from("outlet")}`);
  if (meta.published) lines.push(`published: ${meta.published}${from("published")}`);
  if (meta.byline.length) lines.push(`byline:    ${meta.byline.join(", ")}${from("byline")}`);
  if (meta.dateline)
    lines.push(
      `dateline:  ${meta.dateline.place}${meta.dateline.agency ? ` (${meta.dateline.agency})` : ""}`,
    );
  if (meta.url) lines.push(`url:       ${meta.url}`);
  lines.push("");
  for (const p of article.paragraphs) lines.push(p.text.replace(/\s*\n\s*/g, " "), "");
  if (article.removals.length) {
    lines.push(style.dim(`removed (${article.removals.length}):`));
    for (const r of article.removals)
      lines.push(style.dim(`  ${r.reason} [${r.ruleId}] ${JSON.stringify(shorten(r.text, 90))}`));
  }
  for (const w of article.warnings) lines.push(style.dim(formatDiagnostic(w)));
  return `${lines.join("\n").trimEnd()}\n`;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
