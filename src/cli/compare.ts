// `parallax compare`: reads several reports of one story, analyses each and prints the story
// record — a terminal summary by default, `--json` or `--md`, and `--html FILE` for one page with
// the reports side by side. Progress goes to stderr; inputs that fail are listed and the run goes
// on as long as there is something to compare.

import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { exitCode, loadArticles } from "../1-ingest/index.ts";
import { html } from "../6-report/html.ts";
import { json } from "../6-report/json.ts";
import { markdown } from "../6-report/markdown.ts";
import { terminal, useColor } from "../6-report/terminal.ts";
import { analyze } from "../analyze.ts";
import { compare } from "../compare.ts";
import { fail, formatIssue } from "../errors.ts";
import { addInputOptions, type InputFlags, ingestOptions } from "./common.ts";

export interface CompareFlags extends InputFlags {
  json?: boolean;
  md?: boolean;
  html?: string;
  summary?: boolean;
  quiet?: boolean;
}

export function registerCompare(program: Command): void {
  addInputOptions(
    program
      .command("compare")
      .description(
        "compare several reports of one story: shared quotes, variants, coverage, voices, timeline",
      ),
  )
    .option("--json", "print the story record as JSON (schema/story.schema.json)")
    .option("--md", "print a Markdown report")
    .option(
      "--html <file>",
      "write one self-contained HTML page to FILE (then stdout stays empty unless --summary)",
    )
    .option("--summary", "with --html: print the terminal summary on stdout as well")
    .option("-q, --quiet", "no progress (nor `wrote FILE`) on stderr")
    .addHelpText(
      "after",
      `
Output:
  (default)         the terminal summary on stdout
  --json | --md     the record as JSON or a Markdown report on stdout
  --html FILE       the page is written to FILE and \`parallax: wrote FILE\` goes to stderr;
                    stdout gets nothing, unless --json, --md or --summary asks for it
Progress and per-input errors always go to stderr.`,
    )
    .action(async (inputs: string[], flags: CompareFlags) => {
      process.exitCode = await runCompare(inputs, flags);
    });
}

export async function runCompare(inputs: string[], flags: CompareFlags): Promise<number> {
  if (flags.json && flags.md) fail("bad_option", "--json", "choose one of --json and --md");
  if (flags.summary && (flags.json || flags.md))
    fail(
      "bad_option",
      "--summary",
      "--summary prints the terminal summary: not with --json or --md",
    );
  if (flags.html !== undefined && !flags.html.trim())
    fail("bad_option", "--html", "give the file to write the page to");
  const progress = (s: string) => {
    if (!flags.quiet) process.stderr.write(`parallax: ${s}\n`);
  };
  const options = ingestOptions("compare", inputs, flags);
  progress("reading inputs…");
  const { articles, failures } = await loadArticles(inputs, options);
  for (const f of failures) process.stderr.write(`parallax: ${formatIssue(f)}\n`);
  if (articles.length === 0) {
    process.stderr.write("parallax: nothing to compare: no input could be read\n");
    return 2;
  }
  const analyses = articles.map((article, i) => {
    progress(`analysing ${i + 1}/${articles.length}: ${article.meta.outlet ?? article.id}`);
    return analyze(article);
  });
  progress(`comparing ${analyses.length} reports…`);
  const record = compare(analyses);

  if (flags.html) {
    const path = resolve(flags.html);
    try {
      writeFileSync(path, html(record));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? "write failed";
      fail("unreadable", flags.html, `cannot write the HTML page here (${reason})`);
    }
    progress(`wrote ${flags.html}`);
  }
  // The page is what was asked for: the summary is printed beside it only on request, so
  // `--html FILE` in a script or a terminal leaves stdout quiet.
  if (flags.json) process.stdout.write(json(record));
  else if (flags.md) process.stdout.write(markdown(record));
  else if (!flags.html || flags.summary)
    process.stdout.write(terminal(record, { color: useColor(process.stdout) }));
  if (failures.length) progress(`${articles.length} read, ${failures.length} failed`);
  return exitCode(articles.length, failures.length);
}
