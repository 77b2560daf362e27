// `parallax analyze`: who said what in each input — statements grouped by speaker by default,
// `--json` (one array of parallax.analysis/1 records) or `--jsonl` (one record per line, written
// as each input is read). Inputs that fail are reported on stderr and the run goes on.

import type { Command } from "commander";
import { analyze, toAnalysisJson } from "../analyze.ts";
import { formatDiagnostic } from "../errors.ts";
import type { Actor, Analysis, Statement } from "../types.ts";
import { addInputOptions, type StreamFlags, type Style, streamEach } from "./common.ts";

export function registerAnalyze(program: Command): void {
  addInputOptions(
    program
      .command("analyze")
      .description(
        "who said what: quotes and reported speech, attributed to people, groups and documents",
      ),
  )
    .option("--json", "print a JSON array of analyses (schema parallax.analysis/1)")
    .option("--jsonl", "print one analysis per line as JSON, as each input is read")
    .action(async (inputs: string[], flags: StreamFlags) => {
      process.exitCode = await runAnalyze(inputs, flags);
    });
}

export function runAnalyze(inputs: string[], flags: StreamFlags): Promise<number> {
  return streamEach("analyze", inputs, flags, (article, style) => {
    const analysis = analyze(article);
    return {
      record: () => toAnalysisJson(analysis),
      view: () => renderAnalysis(analysis, style),
    };
  });
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
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  const speakers = groups.size - (groups.has("") ? 1 : 0);
  lines.push(
    style.dim(
      `${counted(analysis.statements.length, "statement")}, ${counted(speakers, "speaker")}`,
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

/** `1 statement`, `3 statements`. */
const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
