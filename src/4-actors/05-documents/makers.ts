// The act that makes a document and its subject: `X filed suit …. The 42-page complaint` is X's,
// `X denied …. The denial` is X's (MAKING_ACTS); also the subject before a verb, which the
// writer of a document named before its noun (`X sent a letter`) is.

import { BE_FORMS } from "../../lexicon/grammar.ts";
import { IT_REACH, resolveGroupReference, resolvePersonPronoun } from "../04-coref.ts";
import type { Draft } from "../cast.ts";
import { DOCUMENT_NOUNS, DOCUMENT_VERBS, MAKING_ACTS } from "../lexicon/documents.ts";
import { inRegions, isBlank, lowerBound, onlySpaces, sentenceIndex, type Token } from "../text.ts";
import { PLAIN_PHRASE, type ScanContext, SENTENCE_WINDOW, subjectIn } from "./context.ts";
import { ORGANISATION_REACH, organisationNamedAt, pluralSubject } from "./names.ts";

/** How many sentences before a document with no writer its making act is looked for. */
const MAKER_SENTENCES = 5;

/** `"`, `“`: a sentence opening with one is quoted words. */
const OPENING_QUOTES = new Set([34, 0x201c]);

/**
 * Kinds a writer's `*` act (sent, issued, wrote …) does not make: a reply answers another's, a
 * ruling is a court's, a lawsuit is filed or brought.
 */
const NOT_ISSUED = new Set(["reply", "ruling", "lawsuit"]);

/**
 * `Secretary Voss answered the same day. According to the response, …`, `The city of Harlow Falls
 * filed suit Wednesday …. The 42-page complaint says`, `The county's permit office denied the
 * permit, according to a copy of the decision`: the subject of the nearest act that makes a
 * document of `kind` (MAKING_ACTS), before the noun at token `i` in its sentence, else in an
 * earlier one of the same or the previous paragraph (an answer's own quoted sentences between are
 * skipped), made the document the noun names.
 */
export function makerBefore(ctx: ScanContext, i: number, kind: string): Draft | undefined {
  const { starts, text, cast } = ctx;
  const noun = ctx.tokens[i] as Token;
  const s = sentenceIndex(starts, noun.start);
  const paragraph = cast.paragraphOf(noun.start);
  for (let k = s; k >= 0 && k > s - MAKER_SENTENCES; k--) {
    const from = starts[k] as number;
    if (cast.paragraphOf(from) < paragraph - 1) break;
    if (k < s && OPENING_QUOTES.has(text.charCodeAt(from))) continue;
    const to =
      k === s ? noun.start : Math.min(starts[k + 1] ?? text.length, from + SENTENCE_WINDOW);
    const maker = makingActIn(ctx, from, to, kind);
    if (maker) return maker;
  }
  return undefined;
}

/** The act of MAKING_ACTS (`filed suit`, then `filed`) at token `j` that makes a `kind`. */
function makesKind(ctx: ScanContext, j: number, kind: string): boolean {
  const t = ctx.tokens[j] as Token;
  const one = MAKING_ACTS.get(t.lower);
  const opens = TWO_WORD_OPENERS.has(t.lower);
  if (!one && !opens) return false;
  const next = ctx.tokens[j + 1];
  // (most acts are one word: a two-word key is made only after a word that opens one)
  const two =
    next && opens && onlySpaces(ctx.text, t.end, next.start)
      ? MAKING_ACTS.get(`${t.lower} ${next.lower}`)
      : undefined;
  const kinds = two ?? one;
  if (!kinds) return false;
  return kinds.includes(kind) || (kinds[0] === "*" && !NOT_ISSUED.has(kind));
}

/** The first words of MAKING_ACTS' two-word acts (`filed` of `filed suit`). */
const TWO_WORD_OPENERS = new Set(
  [...MAKING_ACTS.keys()].filter((act) => act.includes(" ")).map((act) => act.split(" ")[0]),
);

/**
 * Who did the first act in `[from, to)` that makes a document of `kind`, outside quotes and not
 * in the passive (`was sued`): its subject (see `subjectOf`).
 */
export function makingActIn(
  ctx: ScanContext,
  from: number,
  to: number,
  kind: string,
): Draft | undefined {
  const { tokens } = ctx;
  for (let j = lowerBound(tokens, from); j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.start >= to) break;
    if (t.capitalised || !makesKind(ctx, j, kind) || inRegions(ctx.quotes, t.start)) continue;
    // `was sued`; `a complaint filed Monday`, a participle on its noun; `emails that passed`, a
    // relative clause's act, whose subject is its noun
    const before = tokens[j - 1]?.lower ?? "";
    if (PASSIVE_BEFORE.has(before) || DOCUMENT_NOUNS.has(before) || RELATIVE_PRONOUNS.has(before))
      continue;
    const maker = subjectOf(ctx, j, from);
    if (maker) return maker;
  }
  return undefined;
}

/** How many words a subject phrase before a making act may have (`The city of Harlow Falls`). */
export const MAX_SUBJECT_WORDS = 6;

/**
 * Auxiliaries and adverbs between a subject and its act (`The union has sued`, `then denied`); not
 * words.ts' AUXILIARIES, the finite verbs.
 */
const BETWEEN_SUBJECT_AND_ACT = new Set([
  "has",
  "have",
  "had",
  "will",
  "would",
  "also",
  "then",
  "quickly",
]);

/**
 * The words from `from` (a sentence's start) to the act at token `j`, as the speakers step
 * resolves a speaker phrase: an organisation, person or group, mentioned there; none for a
 * phrase with a comma or a quote, or too long to be a subject.
 */
function subjectPhrase(ctx: ScanContext, from: number, j: number): Draft | undefined {
  let last = j - 1;
  while (last >= 0 && BETWEEN_SUBJECT_AND_ACT.has((ctx.tokens[last] as Token).lower)) last--;
  const first = lowerBound(ctx.tokens, from);
  if (!ctx.resolve || last < first || last - first >= MAX_SUBJECT_WORDS) return undefined;
  const start = (ctx.tokens[first] as Token).start;
  const end = (ctx.tokens[last] as Token).end;
  const phrase = ctx.text.slice(start, end);
  if (!/^\p{Lu}/u.test(phrase) || !PLAIN_PHRASE.test(phrase)) return undefined;
  const span = { start, end, text: phrase };
  const who = ctx.resolve(span);
  if (!who || who.type === "document" || who.type === "unnamed") return undefined;
  ctx.cast.mention(who, span, true);
  return who;
}

// `A report it published in March`: a pronoun and a writing verb right after the document
export const PRONOUN_WRITER = new RegExp(
  `^[ \\u00a0]+(?:(?:that|which)[ \\u00a0]+)?(it|they|he|she)[ \\u00a0]+(?:${[...DOCUMENT_VERBS].join("|")})\\b`,
  "u",
);

/** Who `it`, `they`, `he` or `she` at `at` stands for, read while documents are scanned. */
export function pronounWriter(ctx: ScanContext, pronoun: string, at: number): Draft | undefined {
  if (pronoun === "they") return resolveGroupReference(ctx.cast, "they", at);
  if (pronoun !== "it") return resolvePersonPronoun(ctx.cast, pronoun, at, false);
  return ctx.cast.lookBack(at, (o) => o.draft.type === "organisation", IT_REACH)?.draft;
}

/** Words before an act that make its subject the one acted on (`was sued`, `is being sued`). */
const PASSIVE_BEFORE = new Set([...BE_FORMS, "get", "got"]);

/**
 * Who did the writing verb at token `v`: a person or group named before it in the sentence, a
 * plural of people (`More than 140 scientists have signed`), the person a pronoun right before
 * it stands for (`she sent an email`), the organisation the sentence opens with (`The Faculty
 * Senate passed a resolution`), else the words before it resolved as a speaker phrase is (`The
 * county's permit office denied`).
 */
export function subjectOf(ctx: ScanContext, v: number, sentStart: number): Draft | undefined {
  const verb = ctx.tokens[v] as Token;
  const named = subjectIn(ctx, sentStart, verb.start) ?? pluralSubject(ctx, sentStart, verb.start);
  if (named) return named;
  const before = ctx.tokens[v - 1];
  if (
    before &&
    before.start >= sentStart &&
    SUBJECT_PRONOUNS.has(before.lower) &&
    onlySpaces(ctx.text, before.end, verb.start)
  )
    return pronounWriter(ctx, before.lower, before.start);
  return organisationNamedAt(ctx, sentStart, verb.start) ?? subjectPhrase(ctx, sentStart, v);
}

const SUBJECT_PRONOUNS = new Set(["he", "she", "they"]);

// `the March of Dimes, which signed the letter`: one who signed it, not the sentence's subject
export const RELATIVE_PRONOUNS = new Set(["who", "which", "that"]);

/**
 * `…, the Office of the Inspector General said in an audit released Monday`: the organisation
 * named between the clause's comma and the verb at token `v` (before `in a …`) spoke in it.
 */
export function trailingOrganisation(
  ctx: ScanContext,
  v: number,
  sentStart: number,
): Draft | undefined {
  const verb = ctx.tokens[v];
  if (!verb || verb.start <= sentStart || !/^\p{Ll}+$/u.test(verb.text)) return undefined;
  const from = Math.max(sentStart, verb.start - ORGANISATION_REACH);
  // (read over the reach alone: the stage stays linear)
  const comma = ctx.text.slice(from, verb.start).lastIndexOf(",");
  if (comma < 0) return undefined;
  let at = from + comma + 1;
  while (isBlank(ctx.text.charCodeAt(at))) at++;
  return organisationNamedAt(ctx, at, verb.start);
}
