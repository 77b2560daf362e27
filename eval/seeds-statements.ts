// Seeds section 'seeds-statements': statements and their speakers on the two seed articles,
// against the gold quotes, reported-speech anchors and negatives in seeds.gold.json.
// Quote matching is the Gender Gap Tracker's rule: a prediction matches a gold quote when it
// covers ≥ 30% (lenient) or ≥ 80% (strict) of the gold quote's characters, white space
// normalised, greedily one-to-one. Predicted quotes are the quote spans of direct and partial
// statements (and the content of an indirect one that carries quotation marks); plain reported
// speech is scored by indirect recall instead. Predicted actors are mapped to gold actors by
// normalised alias overlap, never by a table of names.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { extract } from "../src/2-text/article.ts";
import { analyze } from "../src/analyze.ts";
import type { Actor, Analysis, Statement } from "../src/types.ts";
import { dataPath, type EvalArgs, printTable, requireData, writeJson } from "./lib/args.ts";

export const describe =
  "seeds-statements: quotes, speakers, reported speech (targets F1@80 ≥ 0.97, strict speaker ≥ 0.95, indirect recall ≥ 0.85, 0 negatives)";

type Score = "required" | "optional" | "negative";
interface GoldActor {
  name: string;
  aliases: string[];
}
interface GoldQuote {
  doc: string;
  text: string;
  speakers: string[];
  also_ok?: string[][];
  score: Score;
  /** The medium the text gives for the quote (`letter`, `statement`, …), where labelled. */
  channel?: string;
}
interface GoldIndirect {
  doc: string;
  anchor: string;
  speakers: string[];
  score: Score;
}
interface Gold {
  documents: Record<string, { file: string; outlet?: string; published?: string }>;
  actors: Record<string, GoldActor>;
  quotes: GoldQuote[];
  indirect: GoldIndirect[];
}

/** Text with white-space runs collapsed, and the original offset of every normalised index. */
export function normaliseWithMap(text: string): {
  norm: string;
  toOrig: number[];
  toNorm: number[];
} {
  let norm = "";
  const toOrig: number[] = [];
  const toNorm: number[] = new Array(text.length + 1);
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    toNorm[i] = norm.length;
    const c = text[i] as string;
    if (/\s/u.test(c)) {
      if (inSpace) continue;
      inSpace = true;
      norm += " ";
    } else {
      inSpace = false;
      norm += c;
    }
    toOrig.push(i);
  }
  toNorm[text.length] = norm.length;
  return { norm, toOrig, toNorm };
}

const squash = (s: string) => s.replace(/\s+/gu, " ").trim();
const OPEN = /["“‘']\s*$/u;
const CLOSE = /^\s*["”’']/u;

/**
 * Where a gold text sits, in normalised offsets: prefer an occurrence set off by quote marks, and
 * one no earlier gold item of the document took (`taken`: their starts, added to), so that words
 * quoted twice (in a deck and in the body) put each gold item on its own occurrence.
 */
export function locate(
  norm: string,
  needle: string,
  taken: Set<number> = new Set(),
): [number, number] | undefined {
  const n = squash(needle);
  let best: [number, number] | undefined;
  let bestScore = -1;
  for (let at = norm.indexOf(n); at >= 0; at = norm.indexOf(n, at + 1)) {
    const score =
      (taken.has(at) ? 0 : 4) +
      (OPEN.test(norm.slice(Math.max(0, at - 2), at)) ? 2 : 0) +
      (CLOSE.test(norm.slice(at + n.length, at + n.length + 2)) ? 1 : 0);
    if (score > bestScore) {
      best = [at, at + n.length];
      bestScore = score;
    }
  }
  if (best) taken.add(best[0]);
  return best;
}

/** `The city's top lawyers` → `city's top lawyers`. */
export function normaliseName(s: string): string {
  return squash(s)
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, "")
    .replace(/[.,;:]+$/, "");
}

/** Gold actor ids a predicted actor stands for: the gold actors sharing most normalised aliases. */
export function mapActor(actor: Actor, gold: Record<string, GoldActor>): string | undefined {
  const mine = new Set([actor.name, ...actor.aliases].map(normaliseName));
  let best: string | undefined;
  let bestCount = 0;
  for (const [id, g] of Object.entries(gold)) {
    const count = [g.name, ...g.aliases].map(normaliseName).filter((a) => mine.has(a)).length;
    if (count > bestCount) {
      best = id;
      bestCount = count;
    }
  }
  return best;
}

interface Pred {
  doc: string;
  statement: Statement;
  span: [number, number];
  speakers: Set<string>;
  hasSpeaker: boolean;
}

const sameSet = (a: Set<string>, b: string[]) => a.size === b.length && b.every((x) => a.has(x));
const overlaps = (a: Set<string>, b: string[]) => b.some((x) => a.has(x));

function coverage(p: [number, number], g: [number, number]): number {
  const o = Math.min(p[1], g[1]) - Math.max(p[0], g[0]);
  return o > 0 ? o / (g[1] - g[0]) : 0;
}

interface LevelResult {
  level: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  speakerStrict: number;
  speakerLenient: number;
  matchedRequired: number;
  /** Matched required quotes whose gold gives a channel, and how many of them we gave it. */
  channelTotal: number;
  channelRight: number;
  misses: string[];
  falsePositives: string[];
  wrongSpeakers: string[];
  wrongChannels: string[];
}

function scoreQuotes(
  preds: Pred[],
  golds: { q: GoldQuote; span: [number, number] }[],
  level: number,
): LevelResult {
  const pairs: { p: number; g: number; c: number }[] = [];
  preds.forEach((p, pi) => {
    golds.forEach((g, gi) => {
      if (g.q.doc !== p.doc) return;
      const c = coverage(p.span, g.span);
      if (c >= level) pairs.push({ p: pi, g: gi, c });
    });
  });
  pairs.sort((a, b) => b.c - a.c);
  const predOf = new Map<number, number>();
  const goldOf = new Map<number, number>();
  for (const { p, g } of pairs) {
    if (predOf.has(p) || goldOf.has(g)) continue;
    predOf.set(p, g);
    goldOf.set(g, p);
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let strict = 0;
  let lenient = 0;
  let matchedRequired = 0;
  const misses: string[] = [];
  const falsePositives: string[] = [];
  const wrongSpeakers: string[] = [];
  const wrongChannels: string[] = [];
  let channelTotal = 0;
  let channelRight = 0;
  preds.forEach((p, pi) => {
    const g = predOf.get(pi);
    if (g === undefined || golds[g]?.q.score === "negative") {
      fp++;
      falsePositives.push(`${p.doc}: ${p.statement.quote?.text ?? p.statement.content.text}`);
    }
  });
  golds.forEach(({ q }, gi) => {
    const pi = goldOf.get(gi);
    if (q.score === "negative") return;
    if (pi === undefined) {
      if (q.score === "required") {
        fn++;
        misses.push(`${q.doc}: ${q.text}`);
      }
      return;
    }
    tp++;
    if (q.score !== "required") return;
    matchedRequired++;
    const p = preds[pi] as Pred;
    const ok = sameSet(p.speakers, q.speakers);
    if (ok) strict++;
    else
      wrongSpeakers.push(
        `${q.doc}: "${q.text.slice(0, 50)}" gold [${q.speakers}] got [${[...p.speakers]}]`,
      );
    if (
      overlaps(p.speakers, q.speakers) ||
      (q.also_ok ?? []).some((set) => sameSet(p.speakers, set))
    )
      lenient++;
    if (q.channel) {
      channelTotal++;
      if (p.statement.channel === q.channel) channelRight++;
      else
        wrongChannels.push(
          `${q.doc}: "${q.text.slice(0, 50)}" gold ${q.channel} got ${p.statement.channel}`,
        );
    }
  });
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    level,
    tp,
    fp,
    fn,
    precision,
    recall,
    f1,
    speakerStrict: matchedRequired ? strict / matchedRequired : 1,
    speakerLenient: matchedRequired ? lenient / matchedRequired : 1,
    matchedRequired,
    channelTotal,
    channelRight,
    misses,
    falsePositives,
    wrongSpeakers,
    wrongChannels,
  };
}

export async function run(args: EvalArgs): Promise<unknown> {
  const goldPath = dataPath(args, "gold/seeds.gold.json");
  if (!requireData(goldPath, "seeds-statements")) return undefined;
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as Gold;
  // The seeds gold sits in shared/gold/ beside shared/seeds/; other gold files sit beside their texts.
  const firstFile = Object.values(gold.documents)[0]?.file ?? "";
  const seedsDir = existsSync(join(dirname(goldPath), firstFile))
    ? dirname(goldPath)
    : join(dirname(goldPath), "..", "seeds");

  const preds: Pred[] = [];
  const allStatements: Pred[] = [];
  const golds: { q: GoldQuote; span: [number, number] }[] = [];
  const anchors: { a: GoldIndirect; span: [number, number] }[] = [];
  const unlocated: string[] = [];
  for (const [doc, info] of Object.entries(gold.documents)) {
    const path = join(seedsDir, info.file);
    if (!requireData(path, `seeds-statements ${doc}`)) continue;
    const text = readFileSync(path, "utf8");
    const article = extract({ source: path, text });
    const analysis: Analysis = analyze(article);
    const { norm, toNorm } = normaliseWithMap(article.text);
    const byId = new Map(analysis.actors.map((a) => [a.id, a]));
    // Gold actor ids are global across a gold file: map only to the actors this document's labels use.
    const docActorIds = new Set(
      [...gold.quotes, ...gold.indirect]
        .filter((x) => x.doc === doc)
        .flatMap((x) => [...x.speakers, ...("also_ok" in x ? (x.also_ok ?? []).flat() : [])]),
    );
    const docActors = Object.fromEntries(
      Object.entries(gold.actors).filter(([id]) => docActorIds.has(id)),
    );
    for (const s of analysis.statements) {
      const speakers = new Set<string>();
      for (const id of s.speaker?.resolvedActorIds ?? []) {
        const actor = byId.get(id);
        const g = actor && mapActor(actor, docActors);
        speakers.add(g ?? `?${actor?.name ?? id}`);
      }
      const span = s.quote ?? s.content;
      const pred: Pred = {
        doc,
        statement: s,
        span: [toNorm[span.start] as number, toNorm[span.end] as number],
        speakers,
        hasSpeaker: !!s.speaker,
      };
      allStatements.push({
        ...pred,
        span: [toNorm[s.content.start] as number, toNorm[s.content.end] as number],
      });
      // Quote predictions are the quoted spans; an indirect statement that merely contains a
      // scare-quoted term is reported speech, scored with the indirect anchors.
      if (s.quote) preds.push(pred);
    }
    const quoted = new Set<number>();
    for (const q of gold.quotes.filter((x) => x.doc === doc)) {
      const span = locate(norm, q.text, quoted);
      if (span) golds.push({ q, span });
      else unlocated.push(`${doc}: ${q.text}`);
    }
    const anchored = new Set<number>();
    for (const a of gold.indirect.filter((x) => x.doc === doc)) {
      const span = locate(norm, a.anchor, anchored);
      if (span) anchors.push({ a, span });
      else unlocated.push(`${doc}: ${a.anchor}`);
    }
  }

  const levels = [0.3, 0.8].map((l) => scoreQuotes(preds, golds, l));

  // reported speech: an anchor covered by an indirect or partial statement with the right speaker
  let indirectHit = 0;
  let indirectLenient = 0;
  let indirectTotal = 0;
  const indirectMisses: string[] = [];
  for (const { a, span } of anchors) {
    if (a.score === "negative") continue;
    const covering = allStatements.filter(
      (p) =>
        p.doc === a.doc &&
        (p.statement.kind === "indirect" || p.statement.kind === "partial") &&
        coverage(p.span, span) >= 0.8,
    );
    const right = covering.some((p) => sameSet(p.speakers, a.speakers));
    const near = covering.some((p) => overlaps(p.speakers, a.speakers));
    if (a.score === "required" || right) indirectTotal++;
    if (right) indirectHit++;
    if (near) indirectLenient++;
    if (!right && a.score === "required")
      indirectMisses.push(
        `${a.doc}: "${a.anchor}" gold [${a.speakers}] ${covering.length ? `got [${covering.map((p) => [...p.speakers].join("+")).join(" / ")}]` : "not found"}`,
      );
  }

  // negatives: no statement with a speaker may cover them
  const negativeHits: string[] = [];
  const negatives = [
    ...golds
      .filter((g) => g.q.score === "negative")
      .map((g) => ({ doc: g.q.doc, text: g.q.text, span: g.span })),
    ...anchors
      .filter((x) => x.a.score === "negative")
      .map((x) => ({ doc: x.a.doc, text: x.a.anchor, span: x.span })),
  ];
  for (const n of negatives) {
    // A negative is reported when a statement with a speaker *is* it: the statement's span
    // covers at least 30% of the negative and the negative makes up most of the statement.
    // (A real statement that merely contains a quoted term is not that term reported.)
    const isIt = (p: Pred) => coverage(p.span, n.span) >= 0.3 && coverage(n.span, p.span) >= 0.5;
    const hit = [...preds, ...allStatements].some(
      (p) => p.doc === n.doc && p.hasSpeaker && isIt(p),
    );
    if (hit) negativeHits.push(`${n.doc}: ${n.text}`);
  }

  const rows: (string | number)[][] = [
    ["match", "tp", "fp", "fn", "P", "R", "F1", "speaker strict", "speaker lenient", "n"],
  ];
  for (const l of levels)
    rows.push([
      `≥${Math.round(l.level * 100)}%`,
      l.tp,
      l.fp,
      l.fn,
      l.precision,
      l.recall,
      l.f1,
      l.speakerStrict,
      l.speakerLenient,
      l.matchedRequired,
    ]);
  printTable(rows);
  const indirectRecall = indirectTotal ? indirectHit / indirectTotal : 1;
  process.stdout.write(
    `indirect recall ${indirectRecall.toFixed(3)} (${indirectHit}/${indirectTotal}; speaker overlap ${indirectLenient})\n` +
      `negatives reported with a speaker: ${negativeHits.length}/${negatives.length}\n`,
  );
  const strict = levels[1] as LevelResult;
  const channelAccuracy = strict.channelTotal ? strict.channelRight / strict.channelTotal : 1;
  process.stdout.write(
    `channel accuracy (80%) ${channelAccuracy.toFixed(3)} (${strict.channelRight}/${strict.channelTotal} matched quotes whose gold names a channel)\n`,
  );
  const show = (title: string, items: string[]) => {
    if (items.length) process.stdout.write(`${title}:\n${items.map((x) => `  ${x}`).join("\n")}\n`);
  };
  show("missed quotes (80%)", strict.misses);
  show("false positives (80%)", strict.falsePositives);
  show("wrong speakers (80%)", strict.wrongSpeakers);
  show("wrong channels (80%)", strict.wrongChannels);
  show("reported speech not credited", indirectMisses);
  show("negatives reported", negativeHits);
  show("gold text not found in the article", unlocated);
  const result = {
    quotes: levels,
    indirect: {
      recall: indirectRecall,
      hit: indirectHit,
      total: indirectTotal,
      misses: indirectMisses,
    },
    negatives: { reported: negativeHits.length, total: negatives.length, hits: negativeHits },
    channel: { accuracy: channelAccuracy, right: strict.channelRight, total: strict.channelTotal },
    targets: {
      quoteF1at80: { target: 0.97, value: strict.f1, met: strict.f1 >= 0.97 },
      speakerStrict: {
        target: 0.95,
        value: strict.speakerStrict,
        met: strict.speakerStrict >= 0.95,
      },
      indirectRecall: { target: 0.85, value: indirectRecall, met: indirectRecall >= 0.85 },
      negatives: { target: 0, value: negativeHits.length, met: negativeHits.length === 0 },
    },
  };
  writeJson(args, result);
  return result;
}
