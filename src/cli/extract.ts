// `parallax extract`: reads each input and prints its clean text and metadata — a readable view
// by default, `--json` (one array) or `--jsonl` (one Article per line, written as each is read).
// Inputs that fail are reported on stderr and the run goes on; the exit code says how it went.

import type { Command } from "commander";
import { formatDiagnostic } from "../errors.ts";
import type { Article } from "../types.ts";
import { addInputOptions, type StreamFlags, type Style, streamEach } from "./common.ts";

export function registerExtract(program: Command): void {
  addInputOptions(
    program
      .command("extract")
      .description("clean article text and metadata from files, URLs, standard input or batches"),
  )
    .option("--json", "print a JSON array of Articles")
    .option("--jsonl", "print one Article per line as JSON, as each is read")
    .action(async (inputs: string[], flags: StreamFlags) => {
      process.exitCode = await runExtract(inputs, flags);
    });
}

export function runExtract(inputs: string[], flags: StreamFlags): Promise<number> {
  return streamEach("extract", inputs, flags, (article, style) => ({
    record: () => article,
    view: () => renderArticle(article, style),
  }));
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
