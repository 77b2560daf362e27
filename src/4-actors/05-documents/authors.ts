// The authors of a document from the words around its noun: its slots and sender, a relative
// clause (`a letter that she wrote`), a possessor (`their letter`, `the bureau's recall notice`),
// the subject before it (`X and Y sent a letter`, `X … writing in a letter`, `X wrote for the
// majority`) or the act that made it.

import { CALENDAR_WORDS } from "../../lexicon/calendar.ts";
import { resolveGroupReference, resolvePersonPronoun } from "../04-coref.ts";
import type { Draft, Occurrence } from "../cast.ts";
import { DOCUMENT_VERBS } from "../lexicon/documents.ts";
import { ORG_WORDS } from "../../lexicon/organisations.ts";
import { ROLE_NOUNS } from "../lexicon/roles.ts";
import {
  isBlank,
  lowerBound,
  MAX_MENTION,
  onlySpaces,
  sentenceIndex,
  type Token,
} from "../text.ts";
import {
  CARRIER_PREPOSITIONS,
  COMMA,
  indefiniteArticleBefore,
  POSSESSIVE_PRONOUNS,
  RELATIVE_REACH,
  type ScanContext,
  SCANNED_NOUNS,
  SENTENCE_WINDOW,
  spanOf,
  subjectIn,
  WORD,
} from "./context.ts";
import {
  makingActIn,
  MAX_SUBJECT_WORDS,
  PRONOUN_WRITER,
  pronounWriter,
  RELATIVE_PRONOUNS,
  subjectOf,
  trailingOrganisation,
} from "./makers.ts";
import {
  groupNamedBefore,
  groupPhraseAt,
  holderOfRole,
  NUMBER_WORDS,
  organisationCalled,
  organisationNamedAt,
  pluralMakerAt,
  pluralSubject,
  possessiveBefore,
} from "./names.ts";
import { senderAfter } from "./writers.ts";

const SKIPPABLE = new Set(["own", "joint", "rare", "new", "latest", "recent", "earlier", "first"]);

// `wrote for the majority`, `writing for a unanimous court`: the writer of a court's opinion
const MAJORITY_WRITER =
  /\b(?:wrote|writes|writing)[ \u00a0]+for[ \u00a0]+(?:the|a)[ \u00a0]+(?:unanimous[ \u00a0]+)?(?:majority|court|panel)\b/u;

// `Signed by`, in any case; and the word alone, in any case too, which tells at once the many
// sentences without it (a plain pattern, much faster to scan than the whole one: the CPU time of
// reading the sentence before each noun fell about fourfold on PolNeAR's texts)
const SIGNED_BY = /\bsigned[ \u00a0]+by[ \u00a0]+/iu;
const SIGNED = /igned/i;

/**
 * Who wrote the document named at token `i`, from the words around it; `writers`, those its
 * writer slots name (see `writerSlots`), in text order.
 */
export function authorsAt(ctx: ScanContext, i: number, writers: Draft[]): Draft | undefined {
  const { tokens, text, starts, cast } = ctx;
  const noun = tokens[i] as Token;
  const s = sentenceIndex(starts, noun.start);
  // The sentence, or in a run-on one (a list, a text with no full stops) the stretch of it around
  // the noun: each document noun reads its sentence, and a sentence of many nouns must not be
  // read whole once per noun.
  const sentStart = Math.max(starts[s] as number, noun.start - SENTENCE_WINDOW);
  const sentEnd = Math.min(starts[s + 1] ?? text.length, noun.end + SENTENCE_WINDOW);
  // `Signed by X and Y, the letter said`: before the noun (its writer slots after it come next)
  const upToNoun = text.slice(sentStart, noun.start);
  const signed = SIGNED.test(upToNoun) ? SIGNED_BY.exec(upToNoun) : null;
  if (signed) {
    const from = sentStart + signed.index + signed[0].length;
    const who = subjectIn(ctx, from, from + 1, false) ?? subjectIn(ctx, from, noun.start, false);
    if (who) return who;
  }
  if (writers[0]) return writers[0];
  // `The memo, sent on Sunday by the executive board of the Aldric Nurses Association, …`
  const sender = senderAfter(ctx, noun.end, sentEnd);
  if (sender) return sender;
  // `a lawsuit that a group of diners filed on Wednesday`
  const relative = writerInRelative(ctx, noun.end, sentEnd);
  if (relative) return relative;
  // `The pop singer Mirelle has sued her former manager, … according to a complaint filed
  // Monday`: who sues in the lawsuit's sentence filed it
  if (SCANNED_NOUNS.get(noun.lower) === "lawsuit") {
    const plaintiff = makingActIn(ctx, sentStart, noun.start, "lawsuit");
    if (plaintiff) return plaintiff;
  }
  // `Judge X wrote for the majority in the 2-1 decision`: the judge wrote the court's opinion
  const majority = MAJORITY_WRITER.exec(text.slice(sentStart, sentEnd));
  if (majority) {
    const who = subjectIn(ctx, sentStart, sentStart + majority.index);
    if (who) return who;
  }
  // a possessive right before the noun: `their letter`, `her own letter`, `Kelly's letter`,
  // `the bureau's recall notice`
  let j = i - 1;
  while (j >= 0 && SKIPPABLE.has((tokens[j] as Token).lower)) j--;
  const owned = possessiveBefore(tokens, j);
  if (owned >= 0) j = owned;
  const before = tokens[j];
  if (before && before.start >= sentStart) {
    if (POSSESSIVE_PRONOUNS.has(before.lower)) {
      // `In her own letter last week to X, Mayor Raman defended …`: the pronoun looks ahead
      const fronted = /^[ \u00a0]*\p{L}+[ \u00a0]*$/u.test(text.slice(sentStart, before.start));
      const comma = fronted ? /^[^,.;]{0,80},/u.exec(text.slice(noun.end, sentEnd)) : null;
      if (comma) {
        // `In its ruling, the Ninth Circuit Court of Appeals said`: or the organisation named there
        let from = noun.end + comma[0].length;
        while (isBlank(text.charCodeAt(from))) from++;
        const who = subjectIn(ctx, from, sentEnd) ?? organisationNamedAt(ctx, from, sentEnd);
        if (who) return who;
      }
      if (before.lower === "their") return resolveGroupReference(cast, "they", before.start);
      // read before the free pronouns ahead of it are: no gender learnt (see 04-coref)
      if (before.lower !== "its")
        return resolvePersonPronoun(cast, before.lower, before.start, false);
    }
    const owner = before.possessive ? possessorAt(ctx, j) : pluralOwnerAt(ctx, j);
    if (owner) return owner;
  }
  // `a missive from X`, `a statement from the Dunmore Police Department`, `The memo, from chief
  // operating officer X,`
  const after = /^,?[ \u00a0]+from[ \u00a0]+/u.exec(text.slice(noun.end, noun.end + 10));
  if (after) {
    const from = noun.end + after[0].length;
    const who =
      subjectIn(ctx, from, Math.min(sentEnd, from + 80), false) ??
      organisationNamedAt(ctx, from, sentEnd) ??
      // `A letter from 40 lawmakers`
      pluralMakerAt(ctx, from, sentEnd);
    if (who) return who;
  }
  return writerBeforeArticle(ctx, i, sentStart, sentEnd);
}

const RELATIVE_OPENING = /^[ \u00a0]+(?:that|which)[ \u00a0]+/u;

/** The first letters of `that`, `which`, `it`, `they`, `he`, `she`. */
const RELATIVE_INITIALS = new Set([..."twihs"].map((c) => c.charCodeAt(0)));

/**
 * `a lawsuit that a group of diners filed`, `the letter that Senator X signed`: the subject of a
 * writing verb in a relative clause right after the document wrote it.
 */
function writerInRelative(ctx: ScanContext, from: number, to: number): Draft | undefined {
  // (a noun ending the text has no clause after it: no read past the text's end, which sent the
  // optimised authorsAt back to the interpreter, to be compiled again)
  if (from + 1 >= ctx.text.length) return undefined;
  // `The memo, which Adler wrote in June,`: a relative clause set off by a comma too
  if (ctx.text.charCodeAt(from) === COMMA) from++;
  // (most nouns are followed by none of these words: no slice for them)
  if (!RELATIVE_INITIALS.has(ctx.text.charCodeAt(from + 1))) return undefined;
  const clause = ctx.text.slice(from, Math.min(to, from + RELATIVE_REACH));
  const pronoun = PRONOUN_WRITER.exec(clause);
  if (pronoun) return pronounWriter(ctx, (pronoun[1] as string).toLowerCase(), from);
  const open = RELATIVE_OPENING.exec(clause);
  if (!open) return undefined;
  for (const w of clause.slice(open[0].length).matchAll(WORD)) {
    if (!DOCUMENT_VERBS.has(w[0])) continue;
    const subject = from + open[0].length;
    const verb = subject + (w.index as number);
    return subjectIn(ctx, subject, verb) ?? pluralSubject(ctx, subject, verb);
  }
  return undefined;
}

/**
 * Who the possessive at token `j` names: `Kelly's` (a name ending there), `the bureau's` (the
 * organisation called `… Bureau` named before).
 */
function possessorAt(ctx: ScanContext, j: number): Draft | undefined {
  const before = ctx.tokens[j] as Token;
  let who: Occurrence | undefined;
  for (let k = lowerBound(ctx.named, before.start - MAX_MENTION); k < ctx.named.length; k++) {
    const o = ctx.named[k] as Occurrence;
    if (o.start > before.start) break;
    if (o.end >= before.end) who = o;
  }
  return (
    who?.draft ??
    organisationCalled(ctx, ctx.tokens[j - 1], before) ??
    roleHolderOwning(ctx, ctx.tokens[j - 1], before) ??
    organisationOwning(ctx, j)
  );
}

/**
 * `The National Air Safety Board’s preliminary report`: the capitalised run (and its `The`)
 * ending at the possessive token `j`, resolved as a speaker phrase, when it is an organisation:
 * one first named in the possessive becomes an actor there.
 */
function organisationOwning(ctx: ScanContext, j: number): Draft | undefined {
  const { tokens, text } = ctx;
  let k = j;
  while (
    k > 0 &&
    j - k < MAX_SUBJECT_WORDS &&
    (tokens[k - 1] as Token).capitalised &&
    onlySpaces(text, (tokens[k - 1] as Token).end, (tokens[k] as Token).start)
  )
    k--;
  if (!ctx.resolve || !(tokens[k] as Token).capitalised || !namesBody(tokens[j] as Token))
    return undefined;
  const span = spanOf(text, (tokens[k] as Token).start, (tokens[j] as Token).end);
  const who = ctx.resolve(span);
  if (who?.type !== "organisation") return undefined;
  ctx.cast.mention(who, span, false);
  return who;
}

/**
 * Whether the run ending at token `j` may name a body: it ends with an organisation word
 * (`Board`) or is an acronym (`POLITICO`); `Thursday's memo`, `Smith's letter` name none.
 */
function namesBody(head: Token): boolean {
  return head.acronym || (ORG_WORDS.has(head.lower) && !CALENDAR_WORDS.has(head.lower));
}

/**
 * `The mayors' letter`: a plural's possessive (its bare apostrophe after the token) after `the`
 * is the group named before (see `groupNamedBefore`).
 */
function pluralOwnerAt(ctx: ScanContext, j: number): Draft | undefined {
  const plural = ctx.tokens[j] as Token;
  const apostrophe = ctx.text.charCodeAt(plural.end);
  if ((apostrophe !== 39 && apostrophe !== 0x2019) || !plural.lower.endsWith("s")) return undefined;
  const article = ctx.tokens[j - 1];
  if (!article || !onlySpaces(ctx.text, article.end, plural.start)) return undefined;
  // `The two officials' letter`: the two named before, as `the two officials` are
  const the = ctx.tokens[j - 2];
  if (the?.lower === "the" && NUMBER_WORDS.has(article.lower))
    return resolveGroupReference(ctx.cast, `the ${article.lower} ${plural.lower}`, the.start);
  return groupNamedBefore(ctx, article.lower, plural.lower, article.start);
}

/**
 * `The judge's order` (`the` then a role noun's possessive): the person named before with that
 * role, as `the judge` is (see `roleHolderAt`).
 */
function roleHolderOwning(
  ctx: ScanContext,
  article: Token | undefined,
  role: Token,
): Draft | undefined {
  if (article?.lower !== "the" || role.capitalised || !ROLE_NOUNS.has(role.lower)) return undefined;
  return holderOfRole(ctx, role.lower, article.start);
}

/**
 * Who wrote the document named at token `i` of the sentence `[sentStart, sentEnd)`, from the word
 * before its `a`/`an`: a writing verb or a preposition that carries what the subject said.
 */
function writerBeforeArticle(
  ctx: ScanContext,
  i: number,
  sentStart: number,
  sentEnd: number,
): Draft | undefined {
  const { tokens, text, cast } = ctx;
  const noun = tokens[i] as Token;
  const article = indefiniteArticleBefore(ctx, i);
  const prep = article > 0 ? (tokens[article - 1] as Token) : undefined;
  // `X and Y sent a letter to …`, `More than 140 scientists have signed an open letter`, `she
  // sent an email`, `The Faculty Senate passed a resolution`: the sentence's subject wrote it
  if (prep && DOCUMENT_VERBS.has(prep.lower)) return subjectOf(ctx, article - 1, sentStart);
  // `Marchetti sent the letter to …`: a writing verb's definite object too (not `in the letter`,
  // which may be another's)
  const verb = tokens[i - 2];
  if (
    !prep &&
    tokens[i - 1]?.lower === "the" &&
    verb &&
    verb.start >= sentStart &&
    DOCUMENT_VERBS.has(verb.lower) &&
    onlySpaces(text, verb.end, (tokens[i - 1] as Token).start) &&
    !RELATIVE_PRONOUNS.has(tokens[i - 3]?.lower ?? "")
  )
    return subjectOf(ctx, i - 2, sentStart);
  // `in a letter`, `responded with a two-page letter`: the sentence's subject wrote it
  if (prep && CARRIER_PREPOSITIONS.has(prep.lower)) {
    // `In a rare joint statement, the city's top lawyers …`
    const comma = /^[^,]{0,40},/.exec(text.slice(noun.end, sentEnd));
    if (prep.start === sentStart && comma) {
      const from = noun.end + comma[0].length;
      const group = groupPhraseAt(ctx, from);
      if (group) {
        cast.mention(group.draft, group.span);
        return group.draft;
      }
      // (not a name in what the subject said: `the club said it had received “…” and that
      // Tavinho was …`, whose speaker issues the statement, see `issueStatements`)
      return subjectIn(ctx, from, clauseEnd(text, from, sentEnd));
    }
    return (
      subjectIn(ctx, sentStart, carrierSubjectEnd(text, noun, sentEnd)) ??
      trailingOrganisation(ctx, article - 2, sentStart)
    );
  }
  return undefined;
}

/**
 * Where the subject of a sentence carrying a document may be: not in a clause opened by `that` or
 * `which` right after the noun (`said in a report that Mayor X called "…"`), whose subject speaks
 * of the document or is what was said, and did not write it.
 */
function carrierSubjectEnd(text: string, noun: Token, sentEnd: number): number {
  return RELATIVE_OPENING.test(text.slice(noun.end, noun.end + 8)) ? noun.start : sentEnd;
}

// what opens the words a subject said: a quotation mark, or `that`
const SAID_OPENING = /["“]|[ \u00a0]that[ \u00a0]/u;

/** Where the clause opening at `from` (a subject, its verb) gives way to what was said, or `to`. */
function clauseEnd(text: string, from: number, to: number): number {
  const m = SAID_OPENING.exec(text.slice(from, to));
  return m ? from + m.index : to;
}
