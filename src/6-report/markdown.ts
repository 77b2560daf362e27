// `--md`: the story record as a Markdown report (for notes, issues and wikis). Article text is
// escaped so a quote can never turn into a link, an image or raw HTML.

import { categoryShares } from "../5-compare/04-voices.ts";
import type { StoryRecord } from "../types.ts";
import {
  actorNames,
  creditLine,
  articleById,
  excerpt,
  memberText,
  outletOf,
  statementAlignments,
  whenLabel,
} from "./common.ts";

/** Inline metacharacters: emphasis, code, links and images (`[`/`]`), tables, strikethrough, HTML. */
const INLINE = /[\\`*_[\]|<>&~]/g;
/** What makes a line a heading, list item or setext underline when it opens the line. */
const LINE_START = /^( ?)([#+\-=]|\d{1,9}(?=[.)]))/;

/**
 * Escapes Markdown and HTML metacharacters, and keeps a table cell on one line. Only what Markdown
 * would read as syntax is escaped, so dates, names and initials stay as written (`2017-03-31`,
 * `John F. Kelly`): a link needs `](`, so escaping the brackets is enough; a fragment may open a
 * line, so a leading block marker is escaped too.
 */
export function md(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(INLINE, (ch) =>
      ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : ch === "&" ? "&amp;" : `\\${ch}`,
    )
    .replace(LINE_START, (_, space: string, mark: string) =>
      /\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
    );
}

export function markdown(record: StoryRecord): string {
  const out: string[] = [];
  const byId = articleById(record);
  const outlet = (id: string) => {
    const a = byId.get(id);
    return md(a ? outletOf(a) : id);
  };
  out.push(`# ${md(record.articles[0]?.article.meta.title ?? "One story, several reports")}`, "");
  out.push("| # | outlet | title | published | statements | actors |", "|---|---|---|---|---|---|");
  record.articles.forEach((a, i) => {
    const m = a.article.meta;
    out.push(
      `| ${i + 1} | ${md(outletOf(a))} | ${md(m.title ?? "")} | ${md(m.published ?? "unknown")} | ${a.statements.length} | ${a.actors.length} |`,
    );
  });

  out.push("", "## Shared passages", "");
  const aligned = statementAlignments(record);
  const words = memberText(record);
  const names = actorNames(record);
  const credit = creditLine(names);
  if (!aligned.length) out.push("None found.");
  for (const al of aligned) {
    out.push(`- **${md(al.kind)}** — ${md(names(al.sourceIds))}`);
    const credited = credit(al);
    for (const m of al.members)
      out.push(`  - ${outlet(m.articleId)}: ${md(words(m, 200))}${md(credited(m))}`);
    if (al.diff)
      out.push(
        `  - diff: ${al.diff
          .map((d) =>
            d.op === "=" ? md(d.text) : d.op === "-" ? `~~${md(d.text)}~~` : `**${md(d.text)}**`,
          )
          .join(" ")}`,
      );
  }

  for (const a of record.articles) {
    out.push("", `## Only in ${md(outletOf(a))}`, "");
    const items = record.onlyIn[a.article.id] ?? [];
    if (!items.length) out.push("Nothing.");
    for (const x of items) out.push(`- _${x.kind}_: ${md(excerpt(x.text, 200))}`);
  }

  out.push("", "## Voices", "");
  out.push("| outlet | who | category | statements | quoted words |", "|---|---|---|---|---|");
  for (const a of record.articles)
    for (const v of record.voices[a.article.id] ?? [])
      out.push(
        `| ${md(outletOf(a))} | ${md(v.name)} | ${md(v.category)} | ${v.statements} | ${v.quotedWords} |`,
      );
  for (const a of record.articles) {
    const shares = categoryShares(record.voices[a.article.id] ?? []);
    if (shares.length)
      out.push(
        "",
        `${md(outletOf(a))}: ${shares.map((s) => `${md(s.category)} ${Math.round(s.share * 100)}%`).join(", ")}`,
      );
  }

  out.push("", "## Timeline", "");
  if (!record.timeline.length) out.push("No dates found.");
  else out.push("| when | event | said as |", "|---|---|---|");
  for (const e of record.timeline) {
    const where = [e.expression, ...(e.others ?? [])]
      .map((x) => `${outlet(x.articleId)}: “${md(x.text)}”`)
      .join("; ");
    out.push(
      `| ${md(e.resolved ? whenLabel(e.when) : "unresolved")} | ${md(excerpt(e.event, 160))} | ${where} |`,
    );
  }
  return `${out.join("\n")}\n`;
}
