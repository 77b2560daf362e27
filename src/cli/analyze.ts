// `parallax analyze`: who said what in each input — statements grouped by speaker by default,
// `--json` (one array of parallax.analysis/1 records) or `--jsonl` (one record per line, written
// as each input is read). Inputs that fail are reported on stderr and the run goes on.

import type { Command } from "commander";
import { exitCode, extractSafely, type IngestOptions, readInputs } from "../1-ingest/index.ts";
import { analyze, toAnalysisJson } from "../analyze.ts";
import { fail, formatDiagnostic, formatIssue, type Issue } from "../errors.ts";
import type { Actor, Analysis, Statement } from "../types.ts";

interface AnalyzeFlags {
  batch: string[];
  outlet: string[];
  published: string[];
  json?: boolean;
  jsonl?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerAnalyze(program: Command): void {
  program
    .command("analyze")
    .description(
      "who said what: quotes and reported speech, attributed to people, groups and documents",
    )
    .argument("[inputs...]", "files, directories, globs, URLs, or - for standard input")
    .option(
      "--batch <file>",
      "a JSON Lines batch of {id, url?, file?, text?, html?, …} (repeatable)",
      collect,
      [],
    )
    .option(
      "--outlet <name>",
      "the outlet: once for all inputs, or once per input in order",
      collect,
      [],
    )
    .option(
      "--published <date>",
      "publication date YYYY-MM-DD: once for all, or once per input",
      collect,
      [],
    )
    .option("--json", "print a JSON array of analyses (schema parallax.analysis/1)")
    .option("--jsonl", "print one analysis per line as JSON, as each input is read")
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      process.exitCode = await runAnalyze(inputs, flags);
    });
}

export async function runAnalyze(inputs: string[], flags: AnalyzeFlags): Promise<number> {
  if (flags.json && flags.jsonl) fail("bad_option", "--json", "choose one of --json and --jsonl");
  if (inputs.length === 0 && flags.batch.length === 0)
    fail(
      "bad_option",
      "analyze",
      "give at least one input: a file, a URL, - for standard input, or --batch FILE",
    );
  const options: IngestOptions = {
    batch: flags.batch,
    outlet: flags.outlet,
    published: flags.published,
  };
  const out = (s: string) => process.stdout.write(s);
  const style = styler(Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
  const collected: unknown[] = [];
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
    const analysis = analyze(result.article);
    if (flags.jsonl) out(`${JSON.stringify(toAnalysisJson(analysis))}\n`);
    else if (flags.json) collected.push(toAnalysisJson(analysis));
    else out(`${read > 1 ? "\n" : ""}${renderAnalysis(analysis, style)}`);
  }
  if (flags.json) out(`${JSON.stringify(collected, null, 2)}\n`);
  if (failures.length > 0)
    process.stderr.write(`parallax: ${read} read, ${failures.length} failed\n`);
  return exitCode(read, failures.length);
}

type Style = { bold: (s: string) => string; dim: (s: string) => string };

function styler(color: boolean): Style {
  const wrap = (open: string, close: string) => (s: string) =>
    color ? `\u001b[${open}m${s}\u001b[${close}m` : s;
  return { bold: wrap("1", "22"), dim: wrap("2", "22") };
}

const flat = (s: string) => s.replace(/\s+/gu, " ").trim();

/** Statements grouped by speaker, speakers in order of their first statement; unattributed last. */
export function renderAnalysis(analysis: Analysis, style: Style): string {
  const { article } = analysis;
  const lines: string[] = [];
  const meta = [article.meta.outlet, article.meta.published].filter(Boolean).join(" · ");
  lines.push(
    style.bold(`── ${article.id}`) + style.dim(`  ${article.source}${meta ? ` · ${meta}` : ""}`),
  );
  const actors = new Map(analysis.actors.map((a) => [a.id, a]));
  const groups = new Map<string, Statement[]>();
  for (const s of analysis.statements) {
    const key = s.speaker?.actorId ?? "";
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  lines.push(
    style.dim(
      `${analysis.statements.length} statements, ${groups.size - (groups.has("") ? 1 : 0)} speakers`,
    ),
  );
  const ordered = [...groups.entries()].sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : 0));
  for (const [id, statements] of ordered) {
    lines.push("");
    lines.push(id ? speakerLine(actors.get(id), actors, style) : style.bold("(no speaker found)"));
    for (const s of statements) {
      const text = flat((s.quote ?? s.content).text);
      const shown = s.quote ? `“${text}”` : text;
      const via = s.speaker?.mention ? style.dim(` ← ${flat(s.speaker.mention.text)}`) : "";
      lines.push(`  ${style.dim(`[${s.kind}, ${s.channel}]`)} ${shown}${via}`);
    }
  }
  for (const w of analysis.warnings) lines.push(style.dim(formatDiagnostic(w)));
  return `${lines.join("\n").trimEnd()}\n`;
}

function speakerLine(actor: Actor | undefined, actors: Map<string, Actor>, style: Style): string {
  if (!actor) return style.bold("(unknown)");
  const about = [actor.role, actor.organisation].filter(Boolean).join(", ");
  const members = actor.members?.map((m) => actors.get(m)?.name).filter(Boolean) ?? [];
  const extra = [actor.type, about, members.length ? `for ${members.join(", ")}` : ""]
    .filter(Boolean)
    .join(" · ");
  return `${style.bold(actor.name)} ${style.dim(`(${extra})`)}`;
}
