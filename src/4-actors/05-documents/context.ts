// What every part of the document scan shares: the scan's context (text, tokens, names found),
// the document nouns scanned, and the small readings of the words around a document noun (its
// article, its modifiers, the named subject of a span) that writers, makers and references use.

import type { Span } from "../../types.ts";
import type { Cast, Draft, Occurrence } from "../cast.ts";
import { DOCUMENT_KINDS, DOCUMENT_NOUNS } from "../lexicon/documents.ts";
import { DETERMINERS, PREPOSITIONS } from "../lexicon/pronouns.ts";
import { lowerBound, onlySpaces, type Regions, sentenceIndex, type Token } from "../text.ts";

export const POSSESSIVE_PRONOUNS = new Set(["her", "his", "their", "its"]);

// only letters, statements and the like that someone wrote: `the order` alone is too vague (and
// `post` is too often a job, `his post as secretary-general`, to be scanned without a writer: see
// WRITTEN_ONLY in reference.ts). Each scanned noun maps to the kind of document it names, which
// keeps documents apart: the channel for these channels, else a kind of its own for nouns that
// have a writer (a memo, a filing, an email; a ruling, opinion or decision is one kind), so that
// `the memo` never takes the same writer's filing, nor `the letter` an email. A Map, looked up
// for each document noun the tokenizer found.
const AUTHORED_CHANNELS = new Set(["letter", "statement", "report", "testimony"]);

export const SCANNED_NOUNS = new Map([
  ...[...DOCUMENT_NOUNS].filter(([, channel]) => AUTHORED_CHANNELS.has(channel)),
  ...DOCUMENT_KINDS,
]);

export interface ScanContext {
  text: string;
  tokens: Token[];
  /** Indexes of the tokens that are document nouns. */
  documentNouns: number[];
  starts: number[];
  cast: Cast;
  /** Regions inside quotation marks and removed from the text, where nothing is scanned. */
  quotes: Regions;
  removed: Regions;
  /** Person and group occurrences from names, for subjects and signers. */
  named: Occurrence[];
  /** Resolves a phrase as the speakers step resolves a speaker phrase (see 07-speaker). */
  resolve?: (phrase: Span) => Draft | undefined;
}

/** The first named person or group in `[from, to)` that is a subject. */
export function subjectIn(
  ctx: ScanContext,
  from: number,
  to: number,
  subjectOnly = true,
): Draft | undefined {
  return namedIn(ctx, from, to, subjectOnly)?.draft;
}

/** The first named person or group occurrence in `[from, to)` (a subject, if `subjectOnly`). */
export function namedIn(
  ctx: ScanContext,
  from: number,
  to: number,
  subjectOnly: boolean,
): Occurrence | undefined {
  let best: Occurrence | undefined;
  for (let i = lowerBound(ctx.named, from); i < ctx.named.length; i++) {
    const o = ctx.named[i] as Occurrence;
    if (o.start >= to) break;
    if (subjectOnly && !o.subject) continue;
    // prefer the widest occurrence at the same place: the pair over its first name
    if (!best || (o.start === best.start && o.end > best.end)) best = o;
    else if (o.start > best.end) break;
  }
  return best;
}

// Prepositions that carry what the subject said in a document (`in a letter`, `responded with a
// letter`).
export const CARRIER_PREPOSITIONS = new Set(["in", "through", "via", "with"]);

/** How many plain lower-case words may stand between an article and its document noun. */
const MAX_MODIFIERS = 3;

export const COMMA = 44;

export const WORD = /[\p{L}\d'’-]+/gu;

export const PLAIN_PHRASE = /^[\p{L}\d'’ \u00a0-]+$/u;

/**
 * The index of the `a` or `an` before the document noun at token `i`, past up to three plain
 * lower-case modifiers (`a four-page resignation letter`), or -1.
 */
export function indefiniteArticleBefore(ctx: ScanContext, i: number): number {
  return articleBefore(ctx, i, INDEFINITE);
}

export const INDEFINITE = new Set(["a", "an"]);

export const DEFINITE = new Set(["the", "that", "this"]);

export const ARTICLES = new Set([...INDEFINITE, ...DEFINITE]);

/** The articles proper: a sentence opens with one (`The reply`), a document is named after one. */
export const NAMING_ARTICLES = new Set(["a", "an", "the"]);

/**
 * The index of the article of `articles` before the document noun at token `i`, past up to three
 * plain lower-case modifiers (`a four-page resignation letter`, `The 42-page complaint`), or -1.
 */
export function articleBefore(ctx: ScanContext, i: number, articles: Set<string>): number {
  const { tokens, text } = ctx;
  for (let j = i - 1; j >= 0 && i - j <= MAX_MODIFIERS + 1; j--) {
    const t = tokens[j] as Token;
    const next = tokens[j + 1] as Token;
    if (!onlySpaces(text, t.end, next.start)) return -1;
    if (articles.has(t.lower)) return j;
    if (t.capitalised || !/^[\p{Ll}\d-]+$/u.test(t.text) || !isModifier(t.lower)) return -1;
  }
  return -1;
}

/** The word before the `a`/`an` (or other `articles`) of the document noun at token `i` (`sent`, `in`), if any. */
export function wordBeforeArticle(
  ctx: ScanContext,
  i: number,
  articles = INDEFINITE,
): Token | undefined {
  const article = articleBefore(ctx, i, articles);
  return article > 0 ? (ctx.tokens[article - 1] as Token) : undefined;
}

/** The last word of a name, in lower case. */
export function lastWord(name: string): string {
  return (name.split(/[ \u00a0]+/u).pop() ?? "").toLowerCase();
}

/**
 * A word that may stand between an article and its noun: not `the`, `that`, `in`, `and`, nor
 * another scanned document noun (`statement`); `blog` in `a blog post` may.
 */
export function isModifier(lower: string): boolean {
  return (
    !DETERMINERS.has(lower) &&
    !PREPOSITIONS.has(lower) &&
    (!SCANNED_NOUNS.has(lower) || ADJECTIVAL.has(lower)) &&
    lower !== "and" &&
    lower !== "or"
  );
}

// Document nouns that are also adjectives (`a brief statement`)
export const ADJECTIVAL = new Set(["brief"]);

/** How far on each side of a document noun its sentence is read (real sentences are shorter). */
export const SENTENCE_WINDOW = 1500;

/** How far after a document noun the verb of a relative clause on it may end. */
export const RELATIVE_REACH = 80;

/** The span of `text` from `start` to `end`. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Whether the noun at token `i` and its article (`The reply`) open their sentence. */
export function opensSentence(ctx: ScanContext, i: number): boolean {
  const article = ctx.tokens[i - 1];
  if (!article || !NAMING_ARTICLES.has(article.lower)) return false;
  const start = ctx.starts[sentenceIndex(ctx.starts, article.start)] as number;
  return start === article.start || onlySpaces(ctx.text, start, article.start);
}

// Words before a document that make it the way something was said, not who said it: `In a
// statement, it said`, `under the order`; with the prepositions that do the same for names.
const CHANNEL_PREPOSITIONS = new Set(["in", "under", "through", "via", "per"]);

/**
 * Whether the document whose phrase opens at token `first` may be what a later `it` stands for:
 * not after a preposition (`In a statement earlier in the week, it said`) and not owned by
 * someone (`its findings`, `their letter`), which makes the owner the one who speaks.
 */
export function isDocumentSubject(tokens: Token[], first: number): boolean {
  const word = (tokens[first] as Token).lower;
  if (POSSESSIVE_PRONOUNS.has(word)) return false;
  const before = (tokens[first - 1] as Token | undefined)?.lower ?? "";
  if (PREPOSITIONS.has(before) || CHANNEL_PREPOSITIONS.has(before)) return false;
  // `The letter said the review would …. It added`: the subject of a reported clause is less
  // salient than the one who reports it, whom `it` goes on with
  const reporting = before === "that" ? (tokens[first - 2] as Token | undefined)?.lower : before;
  return !REPORTING_VERBS.has(reporting ?? "");
}

// Verbs that take a reported clause (`said the review would`, `found that the audit had`)
const REPORTING_VERBS = new Set([
  ...["said", "says", "wrote", "writes", "added", "adds", "stated", "states"],
  ...["found", "finds", "concluded", "concludes", "warned", "warns", "noted", "notes"],
  ...["argued", "argues", "claimed", "claims", "recommended", "recommends"],
]);
