// Who a phrase near a document names when no name is found as such: a body (`the league's
// integrity panel`), a role's holder (`the judge`), an organisation named in full or in lower
// case (`the bureau's`), a plural of people or makers (`the three governments`).

import type { Span } from "../../types.ts";
import { resolveGroupReference } from "../04-coref.ts";
import { namedThing } from "../06-unnamed.ts";
import type { Draft } from "../cast.ts";
import { JURISDICTION_WORDS, ORG_NOUNS, ORG_WORDS } from "../../lexicon/organisations.ts";
import { PREPOSITIONS } from "../lexicon/pronouns.ts";
import { GROUP_NOUNS, PEOPLE_NOUNS, ROLE_NOUNS } from "../lexicon/roles.ts";
import { inRegions, lowerBound, MAX_MENTION, onlySpaces, type Token } from "../text.ts";
import {
  isModifier,
  lastWord,
  PLAIN_PHRASE,
  POSSESSIVE_PRONOUNS,
  type ScanContext,
  spanOf,
  subjectIn,
  WORD,
} from "./context.ts";

/**
 * `the city's top lawyers` right at `from`: a plural people phrase, resolved to a group; or `the
 * league's integrity panel` before its verb: a body, as the organisation the speakers step names
 * by the same words.
 */
export function groupPhraseAt(
  ctx: ScanContext,
  from: number,
): { draft: Draft; span: Span } | undefined {
  const words = [...ctx.text.slice(from, from + 80).matchAll(/[\p{L}’'-]+/gu)].slice(0, 6);
  const first = words[0];
  if (!first || !/^(?:the|a|an|\p{Lu}[\p{L}.-]*['’]s)$/u.test(first[0])) return undefined;
  const head = words.slice(1).find((w) => GROUP_NOUNS.has(w[0].toLowerCase()));
  const start = from + first.index;
  if (!head) return bodyPhraseAt(ctx, from, words) ?? roleHolderAt(ctx, from, words);
  const end = from + head.index + head[0].length;
  const span = spanOf(ctx.text, start, end);
  const draft = resolveGroupReference(ctx.cast, span.text, start);
  return draft ? { draft, span } : undefined;
}

/**
 * `In a 38-page written ruling, the judge rejected …`: `the` and a role noun before its verb are
 * the person named before with that role (see `unnamedActor`); nobody new is made here.
 */
function roleHolderAt(
  ctx: ScanContext,
  from: number,
  words: RegExpMatchArray[],
): { draft: Draft; span: Span } | undefined {
  const [article, role, next] = words;
  if (article?.[0] !== "the" || !role || !next || !ROLE_NOUNS.has(role[0])) return undefined;
  if (!mayBeVerb(next[0])) return undefined;
  const start = from + (article.index as number);
  const end = from + (role.index as number) + role[0].length;
  const text = ctx.text.slice(start, end);
  const holder = holderOfRole(ctx, role[0], start);
  return holder ? { draft: holder, span: { start, end, text } } : undefined;
}

/** The person named before `at` (within ROLE_HOLDER_REACH) whose role has the word `role`. */
export function holderOfRole(ctx: ScanContext, role: string, at: number): Draft | undefined {
  return ctx.cast.lookBack(
    at,
    (o) =>
      o.draft.type === "person" && (o.draft.role ?? "").toLowerCase().split(/\s+/u).includes(role),
    ROLE_HOLDER_REACH,
    false,
  )?.draft;
}

/** A lower-case word after a subject phrase that may be its verb: not `of`, `for` (`the judge of`). */
function mayBeVerb(word: string): boolean {
  return /^\p{Ll}/u.test(word) && word !== "of" && word !== "for";
}

/** How far back `the judge` looks for the judge named before. */
export const ROLE_HOLDER_REACH = 2000;

/** How many words a body's phrase may have after its article (`league's integrity panel`). */
const MAX_BODY_WORDS = 3;

/**
 * `the league's integrity panel found`: after `the`, plain lower-case words (one may own the
 * rest) up to a body noun, then a lower-case word other than `of` (its verb).
 */
function bodyPhraseAt(
  ctx: ScanContext,
  from: number,
  words: RegExpMatchArray[],
): { draft: Draft; span: Span } | undefined {
  if ((words[0] as RegExpMatchArray)[0] !== "the") return undefined;
  // `the Jeju Marine Institute’s research integrity office`: a named owner may come first
  const first = 1 + ownerRun(words);
  for (let k = first; k < words.length - 1 && k < first + MAX_BODY_WORDS; k++) {
    const w = (words[k] as RegExpMatchArray)[0];
    if (!/^[\p{Ll}-]+(?:['’]s)?$/u.test(w)) return undefined;
    if (!ORG_NOUNS.has(w)) continue;
    const next = (words[k + 1] as RegExpMatchArray)[0];
    if (!mayBeVerb(next)) return undefined;
    const start = from + ((words[0] as RegExpMatchArray).index as number);
    const end = from + ((words[k] as RegExpMatchArray).index as number) + w.length;
    const text = ctx.text.slice(start, end);
    if (!onlySpaces(ctx.text, start, end) && !/^[\p{L}’' \u00a0-]+$/u.test(text)) return undefined;
    // `the board` after `The Westmarch Board of Medical Examiners`: that board
    const noun = ctx.tokens[lowerBound(ctx.tokens, end - w.length)];
    const called =
      k === 1 && noun
        ? organisationCalled(ctx, ctx.tokens[lowerBound(ctx.tokens, start)], noun)
        : undefined;
    return {
      draft: called ?? namedThing(ctx.cast, text, "organisation"),
      span: { start, end, text },
    };
  }
  return undefined;
}

/** How many capitalised words may name the owner of a body (`Jeju Marine Institute’s`). */
const MAX_OWNER_WORDS = 4;

/**
 * How many words after `words[0]` (`the`) are a capitalised run ending in a possessive (`Jeju
 * Marine Institute’s`), or 0.
 */
function ownerRun(words: RegExpMatchArray[]): number {
  for (let k = 1; k < words.length && k <= MAX_OWNER_WORDS; k++) {
    const w = (words[k] as RegExpMatchArray)[0];
    if (!/^\p{Lu}/u.test(w)) return 0;
    if (/['’]s$/u.test(w)) return k;
  }
  return 0;
}

/** How far after `by` the sender's organisation may be named (`the executive board of …`). */
export const ORGANISATION_REACH = 80;

// a capitalised word of an organisation's name (`Auditor-General`, `AT&T`, `U.S.`), and blanks
const NAME_WORD = "\\p{Lu}[\\p{L}'’&.-]*";

const BLANKS = "[ \\u00a0]+";

/**
 * `the executive board of the Aldric Nurses Association`: a few plain words, then the name (1);
 * its capitalised run (2), which may join words with `of`, `for` or `and`, is followed by an
 * `of the …` or `for the …` that stays in the name (`Office of the Auditor-General`).
 */
const ORGANISATION_NAME = new RegExp(
  `^(?:the${BLANKS})?(?:[\\p{Ll}-]+${BLANKS}){0,3}?(?:of${BLANKS})?(?:the${BLANKS})?` +
    `((${NAME_WORD}(?:${BLANKS}(?:of${BLANKS}|for${BLANKS}|and${BLANKS})?${NAME_WORD})*)` +
    `(?:${BLANKS}(?:of|for)${BLANKS}the${BLANKS}${NAME_WORD}(?:${BLANKS}${NAME_WORD})*)?)`,
  "u",
);

/** How far back `the bureau's` looks for the bureau it stands for. */
const ORGANISATION_LOOKBACK = 2500;

/** `… Bureau` for each organisation word `bureau` seen after `the`, made once. */
const NAMES_ENDING_IN = new Map<string, RegExp>();

/** How many plain lower-case words may stand between a possessive and its document noun. */
const MAX_OWNED_MODIFIERS = 2;

/** How far after `by` a plural of writers may end (`by the three governments`), in characters and words. */
const PLURAL_MAKER_REACH = 50;

const MAX_PLURAL_MAKER_WORDS = 4;

/**
 * `More than 140 scientists have signed an open letter`, `More than 60 nurses at St. Marin General
 * Hospital have signed an anonymous letter`: a sentence opening with a plural people phrase
 * before the writing verb (past `have`/`has`/`had`) names a group of writers, made here.
 */
export function pluralSubject(ctx: ScanContext, from: number, verb: number): Draft | undefined {
  if (verb - from > MAX_MENTION) return undefined;
  const m =
    /^[ \u00a0]*((?:[\p{L}\d,.'’-]+[ \u00a0]+){0,9}?([\p{L}\d.'’-]+))[ \u00a0]+(?:(?:have|has|had)[ \u00a0]+)?$/u.exec(
      ctx.text.slice(from, verb),
    );
  if (!m || !pluralPeopleHead((m[1] as string).split(/[ \u00a0]+/u))) return undefined;
  const phrase = m[1] as string;
  const start = from + (m.index + m[0].indexOf(phrase));
  const group = ctx.cast.ensure(`group:${phrase.toLowerCase()}`, () => ({
    type: "group",
    name: phrase,
  }));
  ctx.cast.mention(group, { start, end: start + phrase.length, text: phrase });
  return group;
}

/**
 * `scientists`, `nurses`: a plural for people, or a role noun's plural. (Not after `signed by`,
 * where `112 colleagues` only join the letter's writer: see `pluralMakerAt`.)
 */
function isPeoplePlural(lower: string): boolean {
  return PEOPLE_NOUNS.has(lower) || (lower.endsWith("s") && ROLE_NOUNS.has(lower.slice(0, -1)));
}

/**
 * Whether a subject phrase's words are a plural of people: its last word (`More than 140
 * scientists`), or one followed by a preposition whose phrase ends the subject (`More than 60
 * nurses at St. Marin General Hospital`).
 */
function pluralPeopleHead(words: string[]): boolean {
  const last = words.length - 1;
  if (isPeoplePlural((words[last] as string).toLowerCase())) return true;
  for (let k = 0; k < last; k++)
    if (
      isPeoplePlural((words[k] as string).toLowerCase()) &&
      PREPOSITIONS.has(words[k + 1] as string)
    )
      return true;
  return false;
}

/**
 * `by the Jeju Marine Institute’s research integrity office`: a body of a named organisation
 * (see `bodyPhraseAt`), mentioned there.
 */
export function ownedBodyAt(ctx: ScanContext, at: number): Draft | undefined {
  const words = [...ctx.text.slice(at, at + 80).matchAll(/[\p{L}’'-]+/gu)].slice(0, 9);
  if (words[0]?.[0] !== "the" || ownerRun(words) === 0) return undefined;
  const body = bodyPhraseAt(ctx, at, words);
  if (body) ctx.cast.mention(body.draft, body.span);
  return body?.draft;
}

/**
 * `issued by the three governments`, `signed by 40 lawmakers`: a plural of people or of
 * organisations in the next few words names a group of writers, made here (or the people it
 * introduces: `by economists Peter Schott and Justin Pierce`, as a role does: `written by senior
 * bridge engineer X`).
 */
export function pluralMakerAt(ctx: ScanContext, at: number, to: number): Draft | undefined {
  const words = [...ctx.text.slice(at, Math.min(to, at + PLURAL_MAKER_REACH)).matchAll(WORD)];
  for (let k = 0; k < words.length && k < MAX_PLURAL_MAKER_WORDS; k++) {
    const w = words[k] as RegExpMatchArray;
    const lower = w[0].toLowerCase();
    if (k > 0 && !/^\p{Ll}/u.test(w[0])) return undefined;
    // `written by senior bridge engineer X`: a role before the name is the named person's
    if (ROLE_NOUNS.has(lower)) {
      const end = at + (w.index as number) + w[0].length;
      const named = subjectIn(ctx, end, end + 2, false);
      if (named) return named;
    }
    if (!isPluralMaker(lower)) continue;
    const phrase = ctx.text.slice(at, at + (w.index as number) + w[0].length);
    if (!PLAIN_PHRASE.test(phrase)) return undefined;
    // `by economists Peter Schott and Justin Pierce`: the people named right after
    const end = at + phrase.length;
    const named = subjectIn(ctx, end, end + 2, false);
    if (named) return named;
    // `signed by both mayors`: the mayors named before
    const first = (words[0] as RegExpMatchArray)[0].toLowerCase();
    const known = k === 1 ? groupNamedBefore(ctx, first, lower, at) : undefined;
    if (known) return known;
    const group = ctx.cast.ensure(`group:${phrase.toLowerCase()}`, () => ({
      type: "group",
      name: phrase,
    }));
    ctx.cast.mention(group, { start: at, end: at + phrase.length, text: phrase });
    return group;
  }
  return undefined;
}

/** Words before a plural that make it the group the text has named (`both mayors`). */
const DEFINITE_PLURAL = new Map([
  ["the", "the"],
  ["these", "the"],
  ["those", "the"],
  ["both", "the two"],
]);

/**
 * `both mayors`, `the mayors' letter`: a definite plural of people (after `the`, `both` …) is the
 * group named before it (`Mayor Odile Fenwick of Harrowgate and Mayor Dariusz Pell of Linwood`),
 * found as `the mayors said` finds it (`resolveGroupReference`; `both` asks for two), if any.
 */
export function groupNamedBefore(
  ctx: ScanContext,
  determiner: string,
  plural: string,
  at: number,
): Draft | undefined {
  const the = DEFINITE_PLURAL.get(determiner);
  return the === undefined ? undefined : resolveGroupReference(ctx.cast, `${the} ${plural}`, at);
}

/** `governments`, `lawmakers`: people, or organisations, in the plural. */
export function isPluralMaker(lower: string): boolean {
  return PEOPLE_NOUNS.has(lower) || (lower.endsWith("s") && ORG_WORDS.has(lower.slice(0, -1)));
}

/**
 * `the executive board of the Aldric Nurses Association` at `at`: the organisation whose name
 * comes within the next few words, its last word one that names organisations.
 */
export function organisationNamedAt(ctx: ScanContext, at: number, to: number): Draft | undefined {
  const org = ORGANISATION_NAME.exec(ctx.text.slice(at, Math.min(to, at + ORGANISATION_REACH)));
  if (!org) return undefined;
  // the head names it an organisation: `Housing Observatory`, `Securities and Exchange
  // Commission`, `Office` of `the Auditor-General`, or a head before `of`: `Department of Fish and
  // Wildlife`;
  // a full stop after it ends the sentence (`from the Dunmore Police Department.`)
  const head = (org[2] as string).replace(/\.$/u, "");
  if (!ORG_WORDS.has(lastWord(head)) && !ORG_WORDS.has(headBeforeOf(head))) return undefined;
  let name = org[1] === org[2] ? head : (org[1] as string);
  let start = at + (org.index + org[0].length - (org[1] as string).length);
  const level = jurisdictionBefore(ctx.text, start);
  if (level) {
    name = `${level} ${name}`;
    start -= level.length + 1;
  }
  const draft = namedThing(ctx.cast, name, "organisation");
  ctx.cast.mention(draft, { start, end: start + name.length, text: name });
  return draft;
}

/**
 * The possessive (or possessive pronoun) before up to two plain lower-case words ending at token
 * `j` (`the bureau's recall`, `Her written testimony`), or -1.
 */
export function possessiveBefore(tokens: Token[], j: number): number {
  for (let k = j; k >= 0 && j - k < MAX_OWNED_MODIFIERS; k--) {
    const t = tokens[k] as Token;
    if (t.possessive || t.capitalised || !/^[\p{Ll}-]+$/u.test(t.text) || !isModifier(t.lower))
      return -1;
    const owner = tokens[k - 1];
    if (owner?.possessive || POSSESSIVE_PRONOUNS.has(owner?.lower ?? "")) return k - 1;
  }
  return -1;
}

/**
 * `the bureau` (`the` then `bureau`'s): the organisation whose name ends with that word, named in
 * the text before it (`the Consumer Product Safety Bureau`).
 */
export function organisationCalled(
  ctx: ScanContext,
  article: Token | undefined,
  noun: Token,
): Draft | undefined {
  if (article?.lower !== "the" || noun.capitalised || !ORG_WORDS.has(noun.lower)) return undefined;
  // (organisations are cast as speakers, later: the name is read from the text)
  const from = Math.max(0, noun.start - ORGANISATION_LOOKBACK);
  const called = nameEndingIn(noun.lower);
  let name: string | undefined;
  let start = 0;
  const before = ctx.text.slice(from, noun.start);
  // (the name holds the noun capitalised: most texts before a noun have none, and the pattern is
  // tried at each of their characters)
  const found = before.includes(capitalisedWord(noun.lower)) ? before.matchAll(called) : [];
  for (const m of found) {
    // a headline's title case (`CNN Disputes Characterization Of Network`) is no name
    if (TITLE_CASE_WORD.test(m[0])) continue;
    name = m[0];
    start = from + (m.index as number);
  }
  if (!name) ({ name, start } = describedBefore(ctx.text, from, noun.start, noun.lower));
  if (!name || inRegions(ctx.quotes, start)) return undefined;
  const draft = namedThing(ctx.cast, name, "organisation");
  ctx.cast.mention(draft, { start, end: start + name.length, text: name });
  return draft;
}

// a function word capitalised inside a run of capitalised words: a headline's title case
const TITLE_CASE_WORD = /[ \u00a0](?:Of|And|For|In|On|To|At|The|A|With)[ \u00a0]/u;

/** How many plain words may describe an organisation named in lower case. */
const MAX_DESCRIBING_WORDS = 3;

/** How many characters before the noun those words are read over (three words and spaces). */
const DESCRIBING_REACH = 60;

/**
 * `the city health department` before `[from, to)`, for `the department's report`: the last
 * lower-case mention of `lower` after `the` and one to three plain words, which name it
 * (`city health department`); else no name.
 */
function describedBefore(
  text: string,
  from: number,
  to: number,
  lower: string,
): { name: string | undefined; start: number } {
  // searched in `[from, to)` alone: `lastIndexOf` on the whole text would read back to its start
  // for every noun with no such mention, and the stage must stay linear
  const found = text.slice(from, to - 1).lastIndexOf(` ${lower}`);
  const at = found < 0 ? -1 : from + found;
  const none = { name: undefined, start: 0 };
  if (at < from || /\p{L}/u.test(text.charAt(at + lower.length + 1))) return none;
  const before = Math.max(from, at - DESCRIBING_REACH);
  const words = [...text.slice(before, at).matchAll(/[^ \u00a0]+/gu)];
  for (let k = words.length - 1; k >= 0 && words.length - k <= MAX_DESCRIBING_WORDS + 1; k--) {
    const w = (words[k] as RegExpMatchArray)[0];
    if (w === "the" && k < words.length - 1) {
      const start = before + ((words[k + 1] as RegExpMatchArray).index as number);
      const end = at + 1 + lower.length;
      return { name: text.slice(start, end).replace(/\s+/gu, " "), start };
    }
    if (!/^[\p{Ll}-]+$/u.test(w) || !isModifier(w)) break;
  }
  return none;
}

/** `board` → `Board` */
function capitalisedWord(lower: string): string {
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** `… Bureau` for `bureau`: one to four capitalised words, then the word capitalised. */
function nameEndingIn(lower: string): RegExp {
  let called = NAMES_ENDING_IN.get(lower);
  if (!called) {
    const head = capitalisedWord(lower);
    // (with the `of …` that may end it: `Westmarch Board of Medical Examiners`)
    called = new RegExp(
      `((?:${NAME_WORD}${BLANKS}){1,4})${head}(?:${BLANKS}(?:of|for)${BLANKS}(?:the${BLANKS})?${NAME_WORD}(?:${BLANKS}${NAME_WORD}){0,3})?\\b`,
      "gu",
    );
    NAMES_ENDING_IN.set(lower, called);
  }
  return called;
}

/** `state` in `the state Department of …` (one space before `at`), or "". */
function jurisdictionBefore(text: string, at: number): string {
  if (text.charCodeAt(at - 1) !== 32) return "";
  const word = /[\p{Ll}]+$/u.exec(text.slice(Math.max(0, at - 11), at - 1));
  return word && JURISDICTION_WORDS.has(word[0]) ? word[0] : "";
}

/**
 * `Department of Fish and Wildlife` → `department`, `Westmarch Board of Medical Examiners` →
 * `board`: the head of a name that says what it is for after `of` (the word before its first
 * `of`), else "".
 */
export function headBeforeOf(name: string): string {
  const of = name.search(/[ \u00a0]of[ \u00a0]/u);
  if (of < 0) return "";
  return name
    .slice(Math.max(name.lastIndexOf(" ", of - 1), name.lastIndexOf("\u00a0", of - 1)) + 1, of)
    .toLowerCase();
}

// the counts a group of writers is named with (`the two officials' letter`)
export const NUMBER_WORDS = new Set(["two", "three", "four", "five"]);
