// Aligns statements (and plain fact sentences) across outlets: the same quoted words, the same
// words given to a different speaker, the same passage quoted with different words, and the same
// point put in other words. Matching runs on normalised tokens through n-gram and word indexes,
// and every index lookup scans a bounded number of postings, so time grows with the input, not
// with the number of pairs.

import type { Actor, AlignedMember, Alignment, Analysis, Span, StatementKind } from "../types.ts";
import { contentConcepts, type Sentence, STOP, sentences, tokens } from "./text.ts";

export interface Unit {
  n: number;
  articleId: string;
  /** Position of the article in the input, for ordering. */
  articleIndex: number;
  statementId?: string;
  kind: StatementKind | "fact";
  span: Span;
  /** Normalised tokens and their surface forms. */
  toks: string[];
  surface: string[];
  /** Absolute start and end offset of each token in the article text. */
  starts: number[];
  ends: number[];
  /** Distinct content concepts (stemmed, synonyms folded). */
  concepts: string[];
  /** Story-level actor ids of the speaker; empty when unknown or a fact. */
  speakers: string[];
  /**
   * Who the speakers are, for telling whether outlets agree: a document counts as its writers, and
   * one whose writers the outlet does not name as no one known (`the email` may be the very
   * person another outlet quotes: crediting the text is no dispute over who spoke).
   */
  people: string[];
}

export type StoryIdOf = (articleId: string, actorId: string) => string | undefined;

/** At most this many postings are read per index key: a link to any of them joins the group. */
const SCAN_CAP = 64;
/** One article's postings per key: an article repeating a phrase a thousand times needs few. */
const PER_ARTICLE = 16;

/**
 * Adds a unit to a key's postings. Units arrive in article order, so one article's postings for
 * a key are consecutive: past PER_ARTICLE of them, more add nothing a lookup could use.
 */
function addPosting(index: Map<string, number[]>, key: string, u: Unit, units: Unit[]): void {
  const list = index.get(key);
  if (!list) {
    index.set(key, [u.n]);
    return;
  }
  if (list.length >= PER_ARTICLE) {
    const back = units[list[list.length - PER_ARTICLE] as number] as Unit;
    if (back.articleIndex === u.articleIndex) return;
  }
  list.push(u.n);
}

/** Story ids of the people actor ids stand for: documents give way to their writers (see Unit). */
function peopleOf(
  ids: string[],
  local: Map<string, Actor>,
  toStory: (id: string) => string | undefined,
  depth = 0,
): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const actor = local.get(id);
    if (actor?.type === "document") {
      if (depth < 4) out.push(...peopleOf(actor.members ?? [], local, toStory, depth + 1));
      continue;
    }
    const story = toStory(id);
    if (story) out.push(story);
  }
  return out;
}

export function buildUnits(analyses: Analysis[], storyId: StoryIdOf): Unit[] {
  const units: Unit[] = [];
  const push = (u: Omit<Unit, "n" | "toks" | "surface" | "concepts" | "starts" | "ends">) => {
    const ts = tokens(u.span.text);
    units.push({
      ...u,
      n: units.length,
      toks: ts.map((t) => t.norm),
      surface: ts.map((t) => u.span.text.slice(t.start, t.end)),
      starts: ts.map((t) => u.span.start + t.start),
      ends: ts.map((t) => u.span.start + t.end),
      concepts: [...new Set(contentConcepts(u.span.text))],
    });
  };
  analyses.forEach(({ article, statements, actors }, articleIndex) => {
    const local = new Map(actors.map((a) => [a.id, a]));
    const toStory = (id: string) => storyId(article.id, id);
    const covered: Span[] = [];
    // One unit per span of text: statements that share a reported clause (one per quote in it)
    // would otherwise each add the clause's other quotes, and a group would list the same words
    // twice. A span that is some statement's own quote is that statement's unit.
    const key = (sp: Span) => `${sp.start}:${sp.end}`;
    const own = new Set(statements.map((s) => key(s.quote ?? s.content)));
    const taken = new Set<string>();
    for (const s of statements) {
      const span = s.quote ?? s.content;
      covered.push(s.content);
      if (s.quote) covered.push(s.quote);
      const ids = s.speaker?.resolvedActorIds.length
        ? s.speaker.resolvedActorIds
        : s.speaker
          ? [s.speaker.actorId]
          : [];
      const speakers = [...new Set(ids.map(toStory).filter((x): x is string => !!x))];
      const people = ids.some((id) => local.get(id)?.type === "document")
        ? [...new Set(peopleOf(ids, local, toStory))]
        : speakers;
      if (!taken.has(key(span))) {
        taken.add(key(span));
        push({
          articleId: article.id,
          articleIndex,
          statementId: s.id,
          kind: s.kind,
          span,
          speakers,
          people,
        });
      }
      // Other quoted words inside the reported clause (`called the officers “stalking” people and
      // the letter “particularly troubling”`) are the same speaker's words too.
      for (const f of quotedFragments(s.content)) {
        if (s.quote && f.start < s.quote.end && s.quote.start < f.end) continue;
        if (own.has(key(f)) || taken.has(key(f))) continue;
        taken.add(key(f));
        push({
          articleId: article.id,
          articleIndex,
          statementId: s.id,
          kind: "partial",
          span: f,
          speakers,
          people,
        });
      }
    }
    for (const sentence of factSentences(analyses[articleIndex] as Analysis, covered))
      push({
        articleId: article.id,
        articleIndex,
        kind: "fact",
        span: sentence,
        speakers: [],
        people: [],
      });
  });
  return units;
}

// A pair of quotation marks around up to 600 characters: one bounded class, linear to scan.
const QUOTED = /“([^“”]{1,600})”|"([^"]{1,600})"/g;

/** Spans of the words between quotation marks inside a span, marks excluded. */
export function quotedFragments(span: Span): Span[] {
  const out: Span[] = [];
  for (const m of span.text.matchAll(QUOTED)) {
    const inner = (m[1] ?? m[2]) as string;
    const start = span.start + (m.index ?? 0) + 1;
    out.push({ start, end: start + inner.length, text: inner });
  }
  return out;
}

/** Sentences of the clean article that no statement touches. */
export function factSentences(analysis: Analysis, covered: Span[]): Sentence[] {
  const { article } = analysis;
  const paras = article.paragraphs.length
    ? article.paragraphs
    : [{ start: 0, end: article.text.length, text: article.text }];
  const sorted = [...covered].sort((a, b) => a.start - b.start);
  const out: Sentence[] = [];
  let k = 0;
  for (const p of paras) {
    // A headline or subhead labels the story or a part of it; what it claims, the body tells.
    if (isHeading(p.kind)) continue;
    for (const s of sentences(article.text.slice(p.start, p.end))) {
      const start = p.start + s.start;
      const end = p.start + s.end;
      while (k < sorted.length && (sorted[k] as Span).end <= start) k++;
      let touched = false;
      for (let j = k; j < sorted.length && (sorted[j] as Span).start < end; j++)
        if ((sorted[j] as Span).end > start) touched = true;
      if (!touched && tokens(s.text).length >= 4) out.push({ start, end, text: s.text });
    }
  }
  return out;
}

const HEADING = /^h[1-6]$/;

function isHeading(kind: string | undefined): boolean {
  return kind !== undefined && HEADING.test(kind);
}

// ---------------------------------------------------------------- union-find

class Groups {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    let j = i;
    while (this.parent[j] !== r) {
      const next = this.parent[j] as number;
      this.parent[j] = r;
      j = next;
    }
    return r;
  }
  join(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

// ---------------------------------------------------------------- word diff

export type DiffOp = { op: "=" | "-" | "+"; text: string };

/** Word-level diff by longest common subsequence; inputs past a size cap get a coarse diff. */
export function wordDiff(a: string[], b: string[], aSurface = a, bSurface = b): DiffOp[] {
  const n = a.length;
  const m = b.length;
  if (n * m > 250_000) {
    return [
      { op: "-", text: aSurface.join(" ") },
      { op: "+", text: bSurface.join(" ") },
    ];
  }
  // lcs[i][j] = LCS length of a[i..] and b[j..], in one flat array.
  const w = m + 1;
  const lcs = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * w + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * w + j + 1] as number) + 1
          : Math.max(lcs[(i + 1) * w + j] as number, lcs[i * w + j + 1] as number);
  const out: DiffOp[] = [];
  const emit = (op: DiffOp["op"], text: string) => {
    const last = out.at(-1);
    if (last && last.op === op) last.text += ` ${text}`;
    else out.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      emit("=", bSurface[j] as string);
      i++;
      j++;
    } else if ((lcs[(i + 1) * w + j] as number) >= (lcs[i * w + j + 1] as number))
      emit("-", aSurface[i++] as string);
    else emit("+", bSurface[j++] as string);
  }
  while (i < n) emit("-", aSurface[i++] as string);
  while (j < m) emit("+", bSurface[j++] as string);
  return out;
}

/** Drops changes before the first and after the last shared word: quoting less is not a variant. */
function trimDiff(diff: DiffOp[]): DiffOp[] {
  let s = 0;
  let e = diff.length;
  while (s < e && diff[s]?.op !== "=") s++;
  while (e > s && diff[e - 1]?.op !== "=") e--;
  return diff.slice(s, e);
}

// ---------------------------------------------------------------- same words and variants

export interface Pair {
  a: number;
  b: number;
  type: "same" | "variant";
  score: number;
  diff?: DiffOp[];
  /** Both in one article: joins groups, never makes one on its own. */
  intra?: boolean;
}

const GRAM = 3;

function grams(toks: string[], n: number): Map<string, number> {
  // gram → first position
  const out = new Map<string, number>();
  for (let i = 0; i + n <= toks.length; i++) {
    const g = `${n}|${toks.slice(i, i + n).join(" ")}`;
    if (!out.has(g)) out.set(g, i);
  }
  return out;
}

function overlap(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return false;
  const s = new Set(a);
  return b.some((x) => s.has(x));
}
function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
const compatible = (a: Unit, b: Unit) =>
  !a.people.length || !b.people.length || overlap(a.people, b.people);

function contains(long: string[], short: string[]): boolean {
  return ` ${long.join(" ")} `.includes(` ${short.join(" ")} `);
}

/** B's tokens around where A's words occur in it (so a short quote is diffed against its passage). */
function windowOf(
  bGrams: string[],
  aGrams: { has(g: string): boolean },
  n: number,
): [number, number] {
  let first = -1;
  let last = -1;
  for (let i = 0; i < bGrams.length; i++) {
    if (aGrams.has(bGrams[i] as string)) {
      if (first < 0) first = i;
      last = i + n;
    }
  }
  return first < 0 ? [0, bGrams.length + n - 1] : [first, last];
}

/** The n-gram keys of a token list, position by position. */
function gramKeys(toks: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= toks.length; i++) out.push(`${n}|${toks.slice(i, i + n).join(" ")}`);
  return out;
}

const CONTEXT = 3;

/** Up to three words either side of [start, end) in a text. */
function around(text: string, start: number, end: number): { left: string[]; right: string[] } {
  return {
    left: tokens(text.slice(Math.max(0, start - 80), start))
      .slice(-CONTEXT)
      .map((t) => t.norm)
      .reverse(),
    right: tokens(text.slice(end, end + 80))
      .slice(0, CONTEXT)
      .map((t) => t.norm),
  };
}

/** How many words next to the quoted words agree, outwards from them on each side. */
function contextAgreement(texts: Map<string, string>, a: Unit, b: Unit): number {
  const at = ` ${b.toks.join(" ")} `.indexOf(` ${a.toks.join(" ")} `);
  if (at < 0) return 0;
  const i = at === 0 ? 0 : ` ${b.toks.join(" ")} `.slice(0, at + 1).split(" ").length - 2;
  const ca = around(texts.get(a.articleId) ?? "", a.span.start, a.span.end);
  const cb = around(
    texts.get(b.articleId) ?? "",
    b.starts[i] as number,
    b.ends[i + a.toks.length - 1] as number,
  );
  let n = 0;
  for (const side of ["left", "right"] as const)
    for (let k = 0; k < CONTEXT && ca[side][k] !== undefined && ca[side][k] === cb[side][k]; k++)
      n++;
  return n;
}

/**
 * Identical passages (syndicated copies, a quote repeated word for word) are compared once: the
 * first is the canonical one, the others only join it. Keeps work per passage flat however many
 * reports repeat it.
 */
function dedupe(units: Unit[], key: (u: Unit) => string): { pool: Unit[]; dups: Pair[] } {
  const first = new Map<string, number>();
  const pool: Unit[] = [];
  const dups: Pair[] = [];
  for (const u of units) {
    const k = key(u);
    const c = first.get(k);
    if (c === undefined) {
      first.set(k, u.n);
      pool.push(u);
    } else dups.push({ a: c, b: u.n, type: "same", score: 1 });
  }
  return { pool, dups };
}

function quotePairs(units: Unit[], texts: Map<string, string>): Pair[] {
  const { pool: quotes, dups } = dedupe(
    units.filter((u) => u.kind !== "fact" && u.kind !== "indirect" && u.toks.length),
    (u) => u.toks.join(" "),
  );
  const index = new Map<string, number[]>();
  const gramsOf = new Map<number, Map<string, number>>();
  for (const u of quotes) {
    const all = new Map<string, number>();
    for (let n = 1; n <= GRAM; n++) for (const [g, p] of grams(u.toks, n)) all.set(g, p);
    for (const g of all.keys()) addPosting(index, g, u, units);
    gramsOf.set(u.n, grams(u.toks, Math.min(GRAM, u.toks.length)));
  }
  const pairs = new Map<string, Pair>();
  // Groups so far: a candidate already in this unit's group needs no second look, so a passage
  // quoted by every report is diffed about once per report, not once per pair of reports.
  const group = new Groups(units.length);
  const keyCache = new Map<number, string[]>();
  const keysOf = (u: Unit, n: number) => {
    let k = keyCache.get(u.n);
    if (!k) {
      k = gramKeys(u.toks, n);
      keyCache.set(u.n, k);
    }
    return k;
  };
  for (const d of dups) group.join(d.a, d.b);
  for (const a of quotes) {
    const n = Math.min(GRAM, a.toks.length);
    const own = gramsOf.get(a.n) as Map<string, number>;
    const contentWords = a.toks.filter((t) => !STOP.has(t)).length;
    if (!contentWords) continue;
    const hits = new Map<number, number>();
    for (const g of own.keys()) {
      const list = index.get(g) ?? [];
      let seen = 0;
      let read = 0;
      for (const bn of list) {
        // Postings from the unit's own article are skipped but still counted, so one article
        // repeating a phrase thousands of times cannot make this loop quadratic.
        if (++read > 4 * SCAN_CAP) break;
        const b = units[bn] as Unit;
        if (b.articleId === a.articleId) continue;
        hits.set(bn, (hits.get(bn) ?? 0) + 1);
        if (++seen >= SCAN_CAP) break;
      }
    }
    // A few words (a phrase like "stalking undocumented immigrants") can be anyone's: they join
    // only a passage given to the same speaker, and only the closest one.
    const short = a.toks.length <= 3 || contentWords <= 1;
    const found: Pair[] = [];
    const keep: Pair[] = [];
    const grouped = new Set<string>();
    // Most shared words first: the first partner found in an article is the best one there, and
    // once this unit has joined a group every other member of it is skipped without a diff.
    const keepNow = (p: Pair) => {
      keep.push(p);
      group.join(p.a, p.b);
    };
    const variantIn = new Set<string>();
    for (const [bn, h] of [...hits].sort((x, y) => y[1] - x[1])) {
      const b = units[bn] as Unit;
      if (group.find(bn) === group.find(a.n)) {
        grouped.add(b.articleId);
        continue;
      }
      const c = h / own.size;
      if (c === 1 && b.toks.length >= a.toks.length && contains(b.toks, a.toks)) {
        const p: Pair = { a: a.n, b: bn, type: "same", score: 1 };
        if (short) found.push(p);
        else keepNow(p);
        continue;
      }
      if (short || c < 0.5 || a.toks.length < 4 || variantIn.has(b.articleId)) continue;
      const bKeys = keysOf(b, n);
      const [bs, be] = windowOf(bKeys, own, n);
      const [as, ae] = windowOf(
        keysOf(a, n),
        new Set(bKeys.slice(bs, Math.max(bs, be - n + 1))),
        n,
      );
      const diff = trimDiff(
        wordDiff(
          a.toks.slice(as, ae),
          b.toks.slice(bs, be),
          a.surface.slice(as, ae),
          b.surface.slice(bs, be),
        ),
      );
      const changed = diff.some((d) => d.op !== "=");
      variantIn.add(b.articleId);
      keepNow({ a: a.n, b: bn, type: changed ? "variant" : "same", score: c, diff });
    }
    // A word or two quoted alone joins only its best match in each other article: the one whose
    // neighbouring words agree most (the same passage), then the same speaker, then the shortest.
    // Words given to a different speaker need that agreement to join at all.
    const byArticle = new Map<string, Pair[]>();
    const agree = new Map<number, number>();
    for (const p of found) {
      const b = units[p.b] as Unit;
      if (grouped.has(b.articleId)) continue;
      const n = contextAgreement(texts, a, b);
      agree.set(p.b, n);
      if (!compatible(a, b) && n < 2) continue;
      const list = byArticle.get(b.articleId);
      if (list) list.push(p);
      else byArticle.set(b.articleId, [p]);
    }
    for (const list of byArticle.values()) {
      list.sort((x, y) => {
        const bx = units[x.b] as Unit;
        const by = units[y.b] as Unit;
        return (
          (agree.get(y.b) ?? 0) - (agree.get(x.b) ?? 0) ||
          Number(overlap(a.speakers, by.speakers)) - Number(overlap(a.speakers, bx.speakers)) ||
          bx.toks.length - by.toks.length
        );
      });
      if (list[0]) keep.push(list[0]);
    }
    for (const p of keep) {
      group.join(p.a, p.b);
      const k = p.a < p.b ? `${p.a},${p.b}` : `${p.b},${p.a}`;
      const prev = pairs.get(k);
      if (!prev || (prev.type === "variant" && p.type === "same")) pairs.set(k, p);
    }
  }
  // The same outlet quoting the same words twice (a fragment, then the full passage) keeps both
  // in one group, so a reader sees every place the words appear.
  for (const a of quotes) {
    if (a.toks.length < 2 || !a.toks.some((t) => !STOP.has(t))) continue;
    const own = gramsOf.get(a.n) as Map<string, number>;
    const first = own.keys().next().value as string;
    let read = 0;
    for (const bn of index.get(first) ?? []) {
      if (++read > 4 * SCAN_CAP) break;
      const b = units[bn] as Unit;
      if (bn === a.n || b.articleId !== a.articleId || b.toks.length <= a.toks.length) continue;
      if (sameSet(a.speakers, b.speakers) && contains(b.toks, a.toks))
        pairs.set(`${a.n},${bn}`, { a: a.n, b: bn, type: "same", score: 1, intra: true });
    }
  }
  return [...pairs.values(), ...dups];
}

// ---------------------------------------------------------------- paraphrase

interface Link {
  a: number;
  b: number;
  score: number;
}

/**
 * Paraphrase links: two units in different articles that are each other's best partner in the
 * other's article, scored by the cosine of their content concepts weighted by rarity in the story
 * (words every report repeats, like the story's topic, say little about which passage is which).
 */
function paraphraseLinks(
  units: Unit[],
  which: (u: Unit) => boolean,
  ok: (a: Unit, b: Unit) => boolean,
  minShared: number,
  minScore: number,
  /** Whether a word-for-word copy in another article is a link by itself. */
  copyLinks: (u: Unit) => boolean,
): Link[] {
  const { pool, dups } = dedupe(
    units.filter((u) => which(u) && u.concepts.length),
    (u) => `${u.kind === "indirect"}|${u.speakers.join(",")}|${u.toks.join(" ")}`,
  );
  const index = new Map<string, number[]>();
  for (const u of pool) for (const c of u.concepts) addPosting(index, c, u, units);
  const idfs = new Map<string, number>();
  for (const [c, list] of index) idfs.set(c, Math.log(1 + pool.length / list.length));
  const idf = (c: string) => idfs.get(c) ?? 0;
  const norm = new Map<number, number>();
  for (const u of pool) norm.set(u.n, Math.sqrt(u.concepts.reduce((s, c) => s + idf(c) ** 2, 0)));
  // Best partner of each unit in each other article. Shared counts and weights live in flat
  // arrays indexed by unit, reset after each unit, so the inner loop allocates nothing.
  const best = new Map<number, Map<string, Link>>();
  const count = new Int32Array(units.length);
  const weight = new Float64Array(units.length);
  const touched: number[] = [];
  for (const a of pool) {
    // Rarest concepts first: when the scan budget runs out, it has been spent on the words that
    // tell passages apart.
    const concepts = [...a.concepts].sort((x, y) => idf(y) - idf(x));
    for (const c of concepts) {
      if (touched.length >= 4 * SCAN_CAP) break;
      let seen = 0;
      let read = 0;
      const w = idf(c) ** 2;
      for (const bn of index.get(c) ?? []) {
        if (++read > 4 * SCAN_CAP) break;
        if (bn === a.n || (units[bn] as Unit).articleId === a.articleId) continue;
        if (count[bn] === 0) touched.push(bn);
        count[bn] = (count[bn] as number) + 1;
        weight[bn] = (weight[bn] as number) + w;
        if (++seen >= SCAN_CAP) break;
      }
    }
    const mine = new Map<string, Link>();
    for (const bn of touched) {
      const b = units[bn] as Unit;
      const n = count[bn] as number;
      const w = weight[bn] as number;
      count[bn] = 0;
      weight[bn] = 0;
      if (n < minShared || !ok(a, b)) continue;
      const score = w / ((norm.get(a.n) as number) * (norm.get(bn) as number) || 1);
      if (score < minScore) continue;
      const prev = mine.get(b.articleId);
      if (!prev || score > prev.score) mine.set(b.articleId, { a: a.n, b: bn, score });
    }
    touched.length = 0;
    best.set(a.n, mine);
  }
  const links: Link[] = [];
  for (const [an, mine] of best)
    for (const l of mine.values()) {
      const back = best.get(l.b)?.get((units[an] as Unit).articleId);
      if (back?.b === an && an < l.b) links.push(l);
    }
  // Copies of a linked passage join its group.
  const linked = new Set(links.flatMap((l) => [l.a, l.b]));
  for (const d of dups) {
    const a = units[d.a] as Unit;
    const b = units[d.b] as Unit;
    if (linked.has(d.a) || (a.articleId !== b.articleId && copyLinks(a)))
      links.push({ a: d.a, b: d.b, score: 1 });
  }
  return links;
}

// ---------------------------------------------------------------- alignment records

function member(u: Unit): AlignedMember {
  return {
    articleId: u.articleId,
    ...(u.statementId ? { statementId: u.statementId } : {}),
    span: u.span,
    speakerIds: u.speakers,
  };
}

function components<T extends { a: number; b: number }>(units: Unit[], links: T[]): T[][] {
  const g = new Groups(units.length);
  for (const l of links) g.join(l.a, l.b);
  const byRoot = new Map<number, T[]>();
  for (const l of links) {
    const r = g.find(l.a);
    const list = byRoot.get(r);
    if (list) list.push(l);
    else byRoot.set(r, [l]);
  }
  return [...byRoot.values()];
}

function membersOf(units: Unit[], links: { a: number; b: number }[]): Unit[] {
  const ns = new Set<number>();
  for (const l of links) ns.add(l.a).add(l.b);
  return [...ns]
    .map((n) => units[n] as Unit)
    .sort((x, y) => x.articleIndex - y.articleIndex || x.span.start - y.span.start);
}

const union = (us: Unit[]) => [...new Set(us.flatMap((u) => u.speakers))];
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);

/** A few words (or one content word): anyone's, so it links weakly. */
function isShort(u: Unit): boolean {
  return u.toks.length <= 3 || u.toks.filter((t) => !STOP.has(t)).length <= 1;
}

/**
 * Groups of quote pairs, one passage each. Whole passages that share words join freely; a link
 * through a few words joins two groups only when every speaker of one is compatible with every
 * speaker of the other (the same people, or unknown). Otherwise a short phrase one speaker quotes
 * back from another (`“stalking”` in a reply) would chain the reply's passage to the original's.
 * Links are taken strongest first — whole passages, then short words whose neighbouring words
 * agree most — so each short quote lands with the passage it is best evidence for.
 */
export function passages(units: Unit[], pairs: Pair[], texts: Map<string, string>): Pair[][] {
  const strength = (p: Pair) => {
    const a = units[p.a] as Unit;
    const b = units[p.b] as Unit;
    if (!isShort(a) && !isShort(b)) return [2, p.score, 0];
    const [s, l] = a.toks.length <= b.toks.length ? [a, b] : [b, a];
    return [0, contextAgreement(texts, s, l), Number(overlap(a.speakers, b.speakers))];
  };
  const ranked = pairs
    .map((p) => ({ p, k: strength(p) }))
    .sort(
      (x, y) =>
        (y.k[0] as number) - (x.k[0] as number) ||
        (y.k[1] as number) - (x.k[1] as number) ||
        (y.k[2] as number) - (x.k[2] as number) ||
        y.p.score - x.p.score,
    );
  const g = new Groups(units.length);
  // Per group root: its members' distinct speaker sets (few), and its size.
  const sets = new Map<number, Map<string, string[]>>();
  const size = new Map<number, number>();
  const setsOf = (r: number, n: number) => {
    let m = sets.get(r);
    if (!m) {
      const sp = (units[n] as Unit).people;
      m = new Map([[[...sp].sort().join(","), sp]]);
      sets.set(r, m);
    }
    return m;
  };
  const kept: Pair[] = [];
  for (const { p, k } of ranked) {
    const ra = g.find(p.a);
    const rb = g.find(p.b);
    if (ra === rb) {
      kept.push(p);
      continue;
    }
    const sa = setsOf(ra, p.a);
    const sb = setsOf(rb, p.b);
    const single = (size.get(ra) ?? 1) === 1 && (size.get(rb) ?? 1) === 1;
    if (k[0] === 0 && !single) {
      let ok = true;
      for (const x of sa.values())
        for (const y of sb.values()) if (x.length && y.length && !overlap(x, y)) ok = false;
      if (!ok) continue;
    }
    g.join(ra, rb);
    const r = g.find(ra);
    // The smaller list joins the larger in place (copying both at every join was quadratic when
    // thousands of speakers quote one passage). Only which sets there are matters, not their order.
    const [merged, from] = sa.size >= sb.size ? [sa, sb] : [sb, sa];
    for (const [key, set] of from) if (!merged.has(key)) merged.set(key, set);
    sets.delete(ra);
    sets.delete(rb);
    sets.set(r, merged);
    size.set(r, (size.get(ra) ?? 1) + (size.get(rb) ?? 1));
    kept.push(p);
  }
  // In the order the pairs were found, so groups come in reading order.
  const keep = new Set(kept);
  return components(
    units,
    pairs.filter((p) => keep.has(p)),
  );
}

/** `texts`: each article's text by id, for the words around a short quote. */
export function align(units: Unit[], texts: Map<string, string>): Alignment[] {
  const out: Alignment[] = [];

  for (const comp of passages(units, quotePairs(units, texts), texts)) {
    const us = membersOf(units, comp);
    if (new Set(us.map((u) => u.articleId)).size < 2) continue;
    const variant = comp.filter((p) => p.type === "variant").sort((x, y) => y.score - x.score)[0];
    // The outlets disagree on the speaker when each outlet's people for the passage (all its
    // members together) are not the same, and some linked pair shows it (below); one fragment
    // given to a single signer, where the outlet elsewhere names both, is not a dispute.
    const perArticle = new Map<string, Set<string>>();
    for (const u of us) {
      const set = perArticle.get(u.articleId) ?? new Set<string>();
      for (const x of u.people) set.add(x);
      perArticle.set(u.articleId, set);
    }
    const known = [...perArticle.values()].filter((x) => x.size).map((x) => [...x]);
    const unequal = known.some((x) => !sameSet(x, known[0] as string[]));
    const differs =
      unequal &&
      comp.some((p) => {
        const a = units[p.a] as Unit;
        const b = units[p.b] as Unit;
        // Differs: both known and not the same people — overlapping (one signer vs both), or wholly
        // different for a whole passage. A few words given to someone else are one outlet quoting
        // the other's words back (a quote in a quote), not a dispute over who spoke.
        if (!a.people.length || !b.people.length || sameSet(a.people, b.people)) return false;
        return overlap(a.people, b.people) || Math.min(a.toks.length, b.toks.length) > 3;
      });
    // Words one speaker quotes back from another (a reply citing the word it objects to) are the
    // words of whoever says them in full: the fullest known member's people, not everyone's (a
    // text whose writers an outlet leaves unnamed gives way to the people another names).
    const named = us.filter((u) => u.people.length);
    const fullest = (named.length ? named : us).reduce((x, y) =>
      y.toks.length > x.toks.length ? y : x,
    );
    const whose =
      differs || !fullest.people.length ? us : us.filter((u) => overlap(u.people, fullest.people));
    out.push({
      id: `q${out.length + 1}`,
      kind: variant ? "variant wording" : differs ? "same words, speaker differs" : "same words",
      sourceIds: union(whose),
      members: us.map(member),
      ...(variant?.diff ? { diff: variant.diff } : {}),
      score: round(mean(comp.map((p) => p.score))),
    });
  }

  // Reported speech: one outlet's indirect report against the other's quote, or both indirect;
  // always the same (or an overlapping) source. One pass over both kinds, so a report pairs with
  // its single best partner in each other outlet: an indirect report already matched by the
  // other's own indirect report is not also the paraphrase of a weaker-matching quote.
  const sameSource = (a: Unit, b: Unit) =>
    a.speakers.length > 0 && b.speakers.length > 0 && overlap(a.speakers, b.speakers);
  const reported = paraphraseLinks(
    units,
    (u) => u.kind !== "fact",
    (a, b) => sameSource(a, b) && (a.kind === "indirect" || b.kind === "indirect"),
    // The same source is required, so two shared concepts do (`the letter had been passed to the
    // safety engineers` ~ `had received a letter … but engineers had checked it`).
    2,
    0.2,
    (u) => u.kind === "indirect",
  );
  let p = 0;
  const pushParaphrases = (links: Link[], kindOf: (us: Unit[]) => Alignment["kind"]) => {
    for (const comp of components(units, links)) {
      const us = membersOf(units, comp);
      out.push({
        id: `p${++p}`,
        kind: kindOf(us),
        sourceIds: union(us),
        members: us.map(member),
        score: round(mean(comp.map((l) => l.score))),
      });
    }
  };
  pushParaphrases(reported, (us) => {
    // Reported in the very same words (a wire copy): that is shared wording, not a paraphrase.
    const verbatim = new Set(us.map((u) => u.toks.join(" "))).size === 1;
    const quoted = us.some((u) => u.kind !== "indirect");
    return verbatim ? "same words" : quoted ? "paraphrase of a quote" : "paraphrase";
  });

  // Fact sentences, for coverage: the same sentence, or the same facts in other words.
  const facts = paraphraseLinks(
    units,
    (u) => u.kind === "fact",
    () => true,
    3,
    0.3,
    () => true,
  );
  // The same point one outlet tells as fact and another credits to a source (`Two miners died`
  // ~ `Two other miners were killed, the department said`), among passages not yet linked.
  const linked = new Set([...reported, ...facts].flatMap((l) => [l.a, l.b]));
  const told = paraphraseLinks(
    units,
    (u) => (u.kind === "fact" || u.kind === "indirect") && !linked.has(u.n),
    (a, b) => (a.kind === "fact") !== (b.kind === "fact"),
    3,
    0.3,
    () => false,
  );
  pushParaphrases(told, () => "paraphrase");
  let f = 0;
  for (const comp of components(units, facts)) {
    const us = membersOf(units, comp);
    const same = new Set(us.map((u) => u.toks.join(" "))).size === 1;
    out.push({
      id: `f${++f}`,
      kind: same ? "same words" : "paraphrase",
      sourceIds: [],
      members: us.map(member),
      score: round(mean(comp.map((l) => l.score))),
    });
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
