// Evaluation set 'polnear': attribution relations in US political news (brat standoff), scored the
// Gender Gap Tracker's way. Some articles were labelled by several annotators (two dev articles
// have six files each): by default the first file by name is the gold; `--annotators all` scores
// the article once against each file instead (each file counts as a document).

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findStatements } from "../src/3-statements/index.ts";
import type { Article, FoundStatement } from "../src/types.ts";
import { dataPath, type EvalArgs, printTable, requireData, writeJson } from "./lib/args.ts";

export const describe =
  "PolNeAR attributions: quote and attribution P/R/F1 at 30%/80% overlap, source accuracy";

type Ranges = [number, number][];

export interface GoldRelation {
  content: Ranges;
  source: Ranges;
  cue: Ranges;
  contentText: string;
  sourceText: string;
}

/** Parses a brat `.ann` file into attribution relations (E lines tying Source, Cue and Content). */
export function parseAnn(ann: string): GoldRelation[] {
  const spans = new Map<string, { type: string; ranges: Ranges; text: string }>();
  const events: string[] = [];
  for (const line of ann.split("\n")) {
    if (line.startsWith("T")) {
      const [id, def, text = ""] = line.split("\t");
      if (!id || !def) continue;
      const sp = def.indexOf(" ");
      const type = def.slice(0, sp);
      const ranges = def
        .slice(sp + 1)
        .split(";")
        .map((r) => r.trim().split(" ").map(Number) as [number, number]);
      spans.set(id, { type, ranges, text });
    } else if (line.startsWith("E")) events.push(line.split("\t")[1] ?? "");
  }
  const out: GoldRelation[] = [];
  for (const e of events) {
    const rel: GoldRelation = { content: [], source: [], cue: [], contentText: "", sourceText: "" };
    for (const part of e.split(" ")) {
      const [role, ref] = part.split(":");
      const sp = ref ? spans.get(ref) : undefined;
      if (!sp || !role) continue;
      const r = role.replace(/\d+$/, "");
      if (r === "Content") {
        rel.content.push(...sp.ranges);
        rel.contentText += sp.text;
      } else if (r === "Source") {
        rel.source.push(...sp.ranges);
        rel.sourceText += sp.text;
      } else if (r === "Cue") rel.cue.push(...sp.ranges);
    }
    if (rel.content.length > 0) out.push(rel);
  }
  return out;
}

/** Paragraphs of a plain-text file: runs of lines separated by blank lines. */
export function plainArticle(id: string, text: string): Article {
  const paragraphs: Article["paragraphs"] = [];
  const re = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (const m of text.matchAll(re)) {
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) paragraphs.push({ start: s, end: e, text: text.slice(s, e) });
  }
  return {
    id,
    source: id,
    format: "text",
    text,
    paragraphs,
    removals: [],
    meta: { byline: [], provenance: {} },
    warnings: [],
  };
}

const QUOTE_MARK = /["“”]/;
const PRONOUN = /^(he|she|they|i|we|it|you|him|her|them|us|me|his|their|its|who|which|this|that)$/i;

interface Pred {
  range: [number, number];
  mention?: [number, number];
}

function covered(gold: Ranges, p: [number, number]): number {
  let total = 0;
  let hit = 0;
  for (const [s, e] of gold) {
    total += e - s;
    hit += Math.max(0, Math.min(e, p[1]) - Math.max(s, p[0]));
  }
  return total === 0 ? 0 : hit / total;
}

function overlaps(a: Ranges, b: [number, number]): boolean {
  return a.some(([s, e]) => s < b[1] && b[0] < e);
}

/** Greedy one-to-one: each gold takes the unused prediction that covers most of it (≥ threshold). */
function match(gold: GoldRelation[], preds: Pred[], threshold: number): [GoldRelation, Pred][] {
  const used = new Set<Pred>();
  const pairs: [GoldRelation, Pred][] = [];
  for (const g of gold) {
    let best: Pred | undefined;
    let bestCov = threshold - 1e-9;
    for (const p of preds) {
      if (used.has(p)) continue;
      const c = covered(g.content, p.range);
      if (c > bestCov) {
        bestCov = c;
        best = p;
      }
    }
    if (best) {
      used.add(best);
      pairs.push([g, best]);
    }
  }
  return pairs;
}

/**
 * Predictions as PolNeAR relations: PolNeAR ties the pieces of one attribution into one relation
 * with split spans (`"A," X said. "B."`), so the statements sharing a cue, and continuation quotes
 * with the statement they continue, are scored as one prediction covering all their pieces.
 */
function toPreds(statements: FoundStatement[], keep: (s: FoundStatement) => boolean): Pred[] {
  const byId = new Map(statements.map((s) => [s.id, s]));
  const groups = new Map<string, Pred>();
  const out: Pred[] = [];
  for (const s of statements) {
    if (!keep(s)) continue;
    const root = s.continues ? (byId.get(s.continues) ?? s) : s;
    const key = root.cue ? `cue:${root.cue.start}` : `id:${root.id}`;
    const m = root.speakerMention ?? s.speakerMention;
    const existing = groups.get(key);
    if (existing) {
      existing.range = [
        Math.min(existing.range[0], s.content.start),
        Math.max(existing.range[1], s.content.end),
      ];
      continue;
    }
    const p: Pred = { range: [s.content.start, s.content.end] };
    if (m) p.mention = [m.start, m.end];
    groups.set(key, p);
    out.push(p);
  }
  return out;
}

interface Tally {
  gold: number;
  pred: number;
  tp30: number;
  tp80: number;
}

function prf(t: Tally, tp: number) {
  const p = t.pred ? tp / t.pred : 0;
  const r = t.gold ? tp / t.gold : 0;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export interface DocInput {
  name: string;
  text: string;
  gold: GoldRelation[];
}

export function loadSplit(root: string, split: string, everyAnnotator = false): DocInput[] {
  const textDir = join(root, split, "text");
  const annDir = join(root, split, "attributions");
  const anns = readdirSync(annDir).sort();
  const docs: DocInput[] = [];
  for (const file of readdirSync(textDir).sort()) {
    if (!file.endsWith(".txt")) continue;
    const name = file.slice(0, -4);
    const mine = anns.filter((a) => a.startsWith(`${name}_`) && a.endsWith(".ann"));
    if (mine.length === 0) continue;
    const text = readFileSync(join(textDir, file), "utf8");
    for (const ann of everyAnnotator ? mine : mine.slice(0, 1))
      docs.push({ name, text, gold: parseAnn(readFileSync(join(annDir, ann), "utf8")) });
  }
  return docs;
}

export function score(docs: DocInput[], errors = 0) {
  const quotes: Tally = { gold: 0, pred: 0, tp30: 0, tp80: 0 };
  const all: Tally = { gold: 0, pred: 0, tp30: 0, tp80: 0 };
  const source = { named: 0, namedRight: 0, pronoun: 0, pronounRight: 0, noSource: 0 };
  let shown = 0;
  for (const doc of docs) {
    const { statements } = findStatements(plainArticle(doc.name, doc.text));
    const goldQ = doc.gold.filter((g) => QUOTE_MARK.test(g.contentText));
    // Predicted direct or mixed speech: a direct or partial statement whose words carry quotation
    // marks, as the gold's (a transcript turn with none is speech, but not what this set counts).
    const marked = (st: FoundStatement) =>
      QUOTE_MARK.test(doc.text.slice(Math.max(0, st.content.start - 1), st.content.end + 1));
    const predQ = toPreds(statements, (st) => st.kind !== "indirect" && marked(st));
    const predAll = toPreds(statements, () => true);
    quotes.gold += goldQ.length;
    quotes.pred += predQ.length;
    const m30 = match(goldQ, predQ, 0.3);
    quotes.tp30 += m30.length;
    quotes.tp80 += match(goldQ, predQ, 0.8).length;
    all.gold += doc.gold.length;
    all.pred += predAll.length;
    all.tp30 += match(doc.gold, predAll, 0.3).length;
    all.tp80 += match(doc.gold, predAll, 0.8).length;
    for (const [g, p] of m30) {
      if (g.source.length === 0) {
        source.noSource++;
        continue;
      }
      const right = !!p.mention && overlaps(g.source, p.mention);
      if (PRONOUN.test(g.sourceText.trim())) {
        source.pronoun++;
        if (right) source.pronounRight++;
      } else {
        source.named++;
        if (right) source.namedRight++;
      }
      if (!right && shown < errors) {
        shown++;
        const ctx = doc.text.slice(Math.max(0, g.content[0]?.[0] ?? 0), p.range[1] + 60);
        process.stdout.write(
          `SOURCE ${doc.name}: gold "${g.sourceText}" got "${p.mention ? doc.text.slice(...p.mention) : "-"}"\n   ${ctx.replace(/\n/g, " ").slice(0, 300)}\n`,
        );
      }
    }
    if (errors > 0) {
      const matchedGold = new Set(m30.map(([g]) => g));
      const matchedPred = new Set(m30.map(([, p]) => p));
      for (const g of goldQ) {
        if (matchedGold.has(g) || shown >= errors) continue;
        shown++;
        process.stdout.write(
          `MISS ${doc.name}: ${g.contentText.replace(/\n/g, " ").slice(0, 200)}  <${g.sourceText}>\n`,
        );
      }
      for (const p of predQ) {
        if (matchedPred.has(p) || shown >= errors) continue;
        shown++;
        process.stdout.write(
          `FP ${doc.name}: ${doc.text
            .slice(...p.range)
            .replace(/\n/g, " ")
            .slice(0, 200)}\n`,
        );
      }
    }
  }
  const sourceAll = source.named + source.pronoun;
  return {
    documents: docs.length,
    quotes: {
      gold: quotes.gold,
      predicted: quotes.pred,
      lenient: prf(quotes, quotes.tp30),
      strict: prf(quotes, quotes.tp80),
    },
    attributions: {
      gold: all.gold,
      predicted: all.pred,
      lenient: prf(all, all.tp30),
      strict: prf(all, all.tp80),
    },
    source: {
      matched: sourceAll,
      accuracy: sourceAll ? (source.namedRight + source.pronounRight) / sourceAll : 0,
      named: { n: source.named, accuracy: source.named ? source.namedRight / source.named : 0 },
      pronoun: {
        n: source.pronoun,
        accuracy: source.pronoun ? source.pronounRight / source.pronoun : 0,
      },
      goldWithoutSource: source.noSource,
    },
  };
}

export async function run(args: EvalArgs): Promise<void> {
  const root = dataPath(args, "eval/polnear");
  if (!requireData(root, "polnear")) return;
  const split = typeof args.flags.split === "string" ? args.flags.split : "dev";
  if (!existsSync(join(root, split))) {
    process.stdout.write(`skipped polnear: no split '${split}' at ${root}\n`);
    return;
  }
  const errors = typeof args.flags.errors === "string" ? Number(args.flags.errors) : 0;
  const every = args.flags.annotators === "all";
  const result = score(loadSplit(root, split, every), errors);
  const q = result.quotes;
  const a = result.attributions;
  process.stdout.write(
    `split ${split}: ${result.documents} ${every ? "annotation files (every annotator)" : "articles (first annotator's file each)"}\n`,
  );
  printTable([
    ["set", "rule", "gold", "pred", "P", "R", "F1"],
    [
      "direct+mixed",
      "30%",
      q.gold,
      q.predicted,
      q.lenient.precision,
      q.lenient.recall,
      q.lenient.f1,
    ],
    ["direct+mixed", "80%", q.gold, q.predicted, q.strict.precision, q.strict.recall, q.strict.f1],
    ["all", "30%", a.gold, a.predicted, a.lenient.precision, a.lenient.recall, a.lenient.f1],
    ["all", "80%", a.gold, a.predicted, a.strict.precision, a.strict.recall, a.strict.f1],
  ]);
  const s = result.source;
  printTable([
    ["source accuracy (direct+mixed, 30% matches)", "n", "accuracy"],
    ["all", s.matched, s.accuracy],
    ["named sources", s.named.n, s.named.accuracy],
    ["pronoun sources", s.pronoun.n, s.pronoun.accuracy],
  ]);
  process.stdout.write(
    `targets: direct+mixed F1 ≥ 0.90 at 30%, source accuracy ≥ 0.90 (GGT published 0.837 F1 / 0.865)\n`,
  );
  writeJson(args, { set: "polnear", split, ...result });
}
