// The terminal summary of a story record: one header per outlet, the quotes they share (with
// sources), variants as word diffs, paraphrases, what only each carries, voices and the timeline.
// Colour is plain ANSI, used only when asked (the CLI asks when stdout is a TTY and NO_COLOR unset).

import { categoryShares } from "../5-compare/04-voices.ts";
import type { Alignment, StoryRecord } from "../types.ts";
import {
  actorNames,
  articleById,
  excerpt,
  memberText,
  outletOf,
  statementAlignments,
  whenLabel,
} from "./common.ts";

/** Items shown per only-in list. */
const LIST_MAX = 10;

export interface TerminalOptions {
  color?: boolean;
}

export function useColor(
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  return Boolean(stream.isTTY) && env.NO_COLOR === undefined && env.TERM !== "dumb";
}

type Paint = (s: string) => string;

function palette(on: boolean) {
  const wrap =
    (open: number, close: number): Paint =>
    (s) =>
      on ? `\u001b[${open}m${s}\u001b[${close}m` : s;
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
  };
}

// Control characters in article text must not reach the terminal as escape sequences.
// Control characters in article text must not reach the terminal as escape sequences.
const clean = (s: string) => s.replace(/\p{Cc}/gu, (ch) => (ch === "\n" || ch === "\t" ? ch : ""));

export function terminal(input: StoryRecord, options: TerminalOptions = {}): string {
  // Clean every string of the record once, so only our own colour codes reach the terminal.
  const record: StoryRecord = JSON.parse(JSON.stringify(input), (_k, v) =>
    typeof v === "string" ? clean(v) : v,
  );
  const c = palette(options.color ?? false);
  const out: string[] = [];
  const line = (s = "") => out.push(s);
  const byId = articleById(record);
  const names = actorNames(record);
  const outlet = (articleId: string) => {
    const a = byId.get(articleId);
    return a ? outletOf(a) : articleId;
  };
  const section = (title: string) => {
    line();
    line(c.bold(c.cyan(title)));
  };

  line(
    c.bold(
      `Parallax: ${record.articles.length} report${record.articles.length === 1 ? "" : "s"} of one story`,
    ),
  );
  record.articles.forEach((a, i) => {
    const m = a.article.meta;
    const words = a.article.text.split(/\s+/).filter(Boolean).length;
    line();
    line(c.bold(`[${i + 1}] ${outletOf(a)}`) + c.dim(`  (${a.article.id})`));
    if (m.title) line(`    ${excerpt(m.title, 100)}`);
    const facts = [
      m.published ? `published ${m.published}` : "no publication date",
      m.byline.length ? `by ${m.byline.join(", ")}` : undefined,
      `${words} words`,
      `${a.statements.length} statements`,
      `${a.actors.length} actors`,
    ].filter(Boolean);
    line(c.dim(`    ${facts.join(" · ")}`));
  });

  const aligned = statementAlignments(record);
  const quotes = aligned.filter(
    (a) => a.kind === "same words" || a.kind === "same words, speaker differs",
  );
  const variants = aligned.filter((a) => a.kind === "variant wording");
  const paraphrases = aligned.filter((a) => a.kind.startsWith("paraphrase"));
  // The longest of the lengths, by a fold: spreading 100,000+ items into Math.max overflows the stack.
  const longest = <T>(xs: T[], length: (x: T) => number) =>
    xs.reduce((m, x) => Math.max(m, length(x)), Number.NEGATIVE_INFINITY);
  const width = Math.min(
    28,
    longest(record.articles, (a) => outletOf(a).length),
  );
  const words = memberText(record);
  const members = (al: Alignment) => {
    for (const m of al.members) {
      const q = words(m, 100);
      const who = m.speakerIds.length ? c.dim(` — ${names(m.speakerIds)}`) : "";
      line(`     ${c.yellow(outlet(m.articleId).slice(0, width).padEnd(width))} ${q}${who}`);
    }
  };

  section(`Shared quotes (${quotes.length})`);
  if (!quotes.length) line(c.dim("  none: the outlets quote no words in common"));
  quotes.forEach((al, i) => {
    const flag = al.kind === "same words" ? "" : c.red(`  [${al.kind}]`);
    line(`  ${i + 1}. ${c.bold(names(al.sourceIds))}${flag}`);
    members(al);
  });

  section(`Variant wording (${variants.length})`);
  if (!variants.length)
    line(c.dim("  none: where outlets quote the same passage, they quote it alike"));
  variants.forEach((al, i) => {
    line(`  ${i + 1}. ${c.bold(names(al.sourceIds))}`);
    members(al);
    const diff = (al.diff ?? [])
      .map((d) =>
        d.op === "=" ? d.text : d.op === "-" ? c.red(`[-${d.text}-]`) : c.green(`{+${d.text}+}`),
      )
      .join(" ");
    line(`     ${c.dim("diff:")} ${excerpt(diff, 400)}`);
  });

  section(`Paraphrases (${paraphrases.length})`);
  if (!paraphrases.length) line(c.dim("  none found"));
  paraphrases.forEach((al, i) => {
    line(`  ${i + 1}. ${c.bold(names(al.sourceIds))} ${c.dim(`[${al.kind}]`)}`);
    members(al);
  });

  for (const a of record.articles) {
    const items = record.onlyIn[a.article.id] ?? [];
    section(`Only in ${outletOf(a)} (${items.length})`);
    for (const kind of ["statement", "actor", "fact"] as const) {
      const xs = items.filter((x) => x.kind === kind);
      if (!xs.length) continue;
      line(
        `  ${c.bold(`${kind === "statement" ? "Statements" : kind === "actor" ? "People and organisations" : "Facts"}:`)}`,
      );
      // A summary, not the record: the rest is one flag away.
      for (const x of xs.slice(0, LIST_MAX)) line(`   • ${excerpt(x.text, 120)}`);
      if (xs.length > LIST_MAX)
        line(c.dim(`   … and ${xs.length - LIST_MAX} more (--md or --json lists them all)`));
    }
    if (!items.length) line(c.dim("  nothing: everything here is also in another report"));
  }

  section("Voices");
  for (const a of record.articles) {
    const vs = record.voices[a.article.id] ?? [];
    line(`  ${c.bold(outletOf(a))}`);
    if (!vs.length) {
      line(c.dim("    nobody is quoted or reported"));
      continue;
    }
    const w = Math.min(
      34,
      longest(vs, (v) => v.name.length),
    );
    line(c.dim(`    ${"who".padEnd(w)}  ${"category".padEnd(13)}  statements  quoted words`));
    for (const v of vs)
      line(
        `    ${excerpt(v.name, w).padEnd(w)}  ${v.category.padEnd(13)}  ${String(v.statements).padStart(10)}  ${String(v.quotedWords).padStart(12)}`,
      );
    const shares = categoryShares(vs)
      .map((s) => `${s.category} ${Math.round(s.share * 100)}%`)
      .join(", ");
    line(c.dim(`    share of statements: ${shares}`));
  }

  section(`Timeline (${record.timeline.length})`);
  if (!record.timeline.length) line(c.dim("  no dates found"));
  for (const e of record.timeline) {
    const where = [e.expression, ...(e.others ?? [])]
      .map((x) => `${outlet(x.articleId)}: “${x.text}”`)
      .join("; ");
    const when = (e.resolved ? whenLabel(e.when) : "unresolved").padEnd(25);
    line(`  ${e.resolved ? c.bold(when) : c.red(when)} ${excerpt(e.event, 100)}`);
    line(c.dim(`  ${"".padEnd(25)} ${where}`));
  }

  if (record.warnings.length) {
    section("Warnings");
    for (const w of record.warnings) line(c.dim(`  ${w.source}: ${w.reason} [${w.ruleId}]`));
  }
  return `${out.join("\n")}\n`;
}
