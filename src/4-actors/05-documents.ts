// Documents that speak for their authors (letters, statements, reports, testimony, memos,
// filings, notices, replies, resolutions; rulings, orders, lawsuits, motions and posts only with a
// writer): `the letter said` → the letter, whose members are its signers, found from `a letter
// signed by X and Y`, `X and Y sent a letter`, `The memo, sent on Sunday by X`, `A report released
// by the … Observatory`, `issued by the three governments`, `X wrote for the majority in the
// decision`, `X … writing in a letter`, `their letter`, `the bureau's recall notice`, `a missive
// from X`, `In a rare joint statement, the city's top lawyers …`, `X sent the letter …. It was
// also signed by Y`, `she sent an email`, `The Faculty Senate passed a resolution`, `…, the Office
// of the Inspector General said in an audit`, `The judge's order`; a reply is the one's who
// answered (`X answered …. According to the response`) or the letter that answers another (`The
// reply accused …`). A statement (or report, notice, post …) brought in as how something was
// said, with no writer found, is given one once that sentence's speaker is known
// (`issueStatements`). A definite document with no writer (`The 42-page complaint`) is issued by
// the subject of the nearest act that makes its kind (MAKING_ACTS: `filed suit`, `denied`,
// `replied`); subjects and possessors no name finds (`The county's permit office`, `The National
// Air Safety Board’s`) are resolved as the speakers step resolves a speaker phrase.

import { CALENDAR_WORDS } from "../lexicon/calendar.ts";
import { BE_FORMS } from "../lexicon/grammar.ts";
import type { Channel, Span } from "../types.ts";
import { IT_REACH, resolveGroupReference, resolvePersonPronoun } from "./04-coref.ts";
import type { Cast, Draft, Occurrence } from "./cast.ts";
import { namedThing } from "./06-unnamed.ts";
import {
  DOCUMENT_AGENTS,
  DOCUMENT_HYPERNYMS,
  DOCUMENT_KINDS,
  DOCUMENT_NOUNS,
  DOCUMENT_VERBS,
  MAKING_ACTS,
  WRITER_PARTICIPLES,
} from "./lexicon/documents.ts";
import { JURISDICTION_WORDS, ORG_NOUNS, ORG_WORDS } from "./lexicon/organisations.ts";
import { DETERMINERS, PREPOSITIONS } from "./lexicon/pronouns.ts";
import { GROUP_NOUNS, PEOPLE_NOUNS, ROLE_NOUNS } from "./lexicon/roles.ts";
import {
  inRegions,
  isBlank,
  lowerBound,
  MAX_MENTION,
  onlySpaces,
  type Regions,
  sentenceIndex,
  type Token,
} from "./text.ts";

export interface DocumentScan {
  /** Document-noun occurrence start → the document it refers to. */
  at: Map<number, Draft>;
  /**
   * Statements brought in as the way something was said, with no writer found (`the union and
   * the company said in a joint statement`), in text order: whoever that sentence says spoke
   * issued them, known only once speakers are resolved (see `issueStatements`).
   */
  carried: Occurrence[];
  /** The carried letters, which only a writing cue issues (see `issueStatements`). */
  letters: Set<Draft>;
  /** The text scanned. */
  text: string;
}

const POSSESSIVE_PRONOUNS = new Set(["her", "his", "their", "its"]);
const SKIPPABLE = new Set(["own", "joint", "rare", "new", "latest", "recent", "earlier", "first"]);
// only letters, statements and the like that someone wrote: `the order` alone is too vague (and
// `post` is too often a job, `his post as secretary-general`, to be scanned without a writer: see
// WRITTEN_ONLY). Each scanned noun maps to the kind of document it names, which keeps documents
// apart: the channel for these channels, else a kind of its own for nouns that have a writer (a
// memo, a filing, an email; a ruling, opinion or decision is one kind), so that `the memo` never
// takes the same writer's filing, nor `the letter` an email. A Map, looked up for each document
// noun the tokenizer found.
const AUTHORED_CHANNELS = new Set(["letter", "statement", "report", "testimony"]);
/**
 * Kinds whose nouns name a document only when its writer is found or it was named before (`Judge
 * X wrote for the majority in the 2-1 decision. … The opinion said`, `The lawsuit, filed … by the
 * Eastbank Tenants Union …. “…,” the complaint says`): `the decision to close the plant`, `public
 * opinion`, `a complaint from neighbours` are no documents.
 */
const WRITTEN_ONLY = new Set(["ruling", "lawsuit", "post", "motion"]);
/**
 * Kinds whose nouns with no writer name a document only as the subject opening a sentence (`The
 * reply accused the city …`): `in response to`, `time to provide a substantive response`, `flood
 * response operations` are none.
 */
const OPENING_ONLY = new Set(["reply"]);
const SCANNED_NOUNS = new Map([
  ...[...DOCUMENT_NOUNS].filter(([, channel]) => AUTHORED_CHANNELS.has(channel)),
  ...DOCUMENT_KINDS,
]);

interface ScanContext {
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
function subjectIn(
  ctx: ScanContext,
  from: number,
  to: number,
  subjectOnly = true,
): Draft | undefined {
  return namedIn(ctx, from, to, subjectOnly)?.draft;
}

/** The first named person or group occurrence in `[from, to)` (a subject, if `subjectOnly`). */
function namedIn(
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

/**
 * `the city's top lawyers` right at `from`: a plural people phrase, resolved to a group; or `the
 * league's integrity panel` before its verb: a body, as the organisation the speakers step names
 * by the same words.
 */
function groupPhraseAt(ctx: ScanContext, from: number): { draft: Draft; span: Span } | undefined {
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
function holderOfRole(ctx: ScanContext, role: string, at: number): Draft | undefined {
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
const ROLE_HOLDER_REACH = 2000;

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

// Words after which a document noun is a verb (`would release`, `to report`, `they note`).
const VERB_BEFORE = new Set([
  "would",
  "will",
  "could",
  "can",
  "may",
  "might",
  "must",
  "should",
  "shall",
  "to",
  "did",
  "does",
  "do",
  "not",
  "never",
  "they",
  "we",
  "i",
  "you",
]);

// Prepositions that carry what the subject said in a document (`in a letter`, `responded with a
// letter`).
const CARRIER_PREPOSITIONS = new Set(["in", "through", "via", "with"]);
// `wrote for the majority`, `writing for a unanimous court`: the writer of a court's opinion
const MAJORITY_WRITER =
  /\b(?:wrote|writes|writing)[ \u00a0]+for[ \u00a0]+(?:the|a)[ \u00a0]+(?:unanimous[ \u00a0]+)?(?:majority|court|panel)\b/u;
/** How many plain lower-case words may stand between an article and its document noun. */
const MAX_MODIFIERS = 3;
const COMMA = 44;
/** How far after a document noun `, filed in Meridian County Superior Court by ` may reach. */
const SENDER_REACH = 60;
// `, sent on Sunday by`, `released this month by`, `by`: the words that may follow a document
// noun before its writer, as a pattern; the first letters of those words, which tell at once the
// many nouns followed by none of them
// (a passive's `was`, `is`, `had been` may come first: `The letter was written by`)
const PASSIVE = ["was", "were", "is", "are", "has been", "had been"];
const SENDER_WORDS = new RegExp(
  `^,?[ \\u00a0]+(?:(?:(?:${PASSIVE.join("|")})[ \\u00a0]+)?(?:${WRITER_PARTICIPLES.join("|")})(?:[ \\u00a0]+[\\p{L}\\d]+){0,5}?[ \\u00a0]+)?by[ \\u00a0]+`,
  "u",
);
const SENDER_INITIALS = new Set(
  [...WRITER_PARTICIPLES, ...PASSIVE, "by"].map((w) => w.charCodeAt(0)),
);
/** How far after `by` the sender's organisation may be named (`the executive board of …`). */
const ORGANISATION_REACH = 80;
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
const WORD = /[\p{L}\d'’-]+/gu;
const PLAIN_PHRASE = /^[\p{L}\d'’ \u00a0-]+$/u;

/**
 * The index of the `a` or `an` before the document noun at token `i`, past up to three plain
 * lower-case modifiers (`a four-page resignation letter`), or -1.
 */
function indefiniteArticleBefore(ctx: ScanContext, i: number): number {
  return articleBefore(ctx, i, INDEFINITE);
}

const INDEFINITE = new Set(["a", "an"]);
const DEFINITE = new Set(["the", "that", "this"]);
const ARTICLES = new Set([...INDEFINITE, ...DEFINITE]);

/**
 * The index of the article of `articles` before the document noun at token `i`, past up to three
 * plain lower-case modifiers (`a four-page resignation letter`, `The 42-page complaint`), or -1.
 */
function articleBefore(ctx: ScanContext, i: number, articles: Set<string>): number {
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
function wordBeforeArticle(ctx: ScanContext, i: number, articles = INDEFINITE): Token | undefined {
  const article = articleBefore(ctx, i, articles);
  return article > 0 ? (ctx.tokens[article - 1] as Token) : undefined;
}

/**
 * `More than 140 scientists have signed an open letter`, `More than 60 nurses at St. Marin General
 * Hospital have signed an anonymous letter`: a sentence opening with a plural people phrase
 * before the writing verb (past `have`/`has`/`had`) names a group of writers, made here.
 */
function pluralSubject(ctx: ScanContext, from: number, verb: number): Draft | undefined {
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
 * `The memo, sent on Sunday by the executive board of the Aldric Nurses Association`, `A report
 * released this month by the Lindenport Housing Observatory`, `An analysis by the Legislative
 * Fiscal Office`: right after the noun, a participle of writing or issuing (or none) and `by`,
 * then the person named there, else the organisation named in the next words (a body of it
 * speaks for it).
 */
function senderAfter(ctx: ScanContext, from: number, to: number): Draft | undefined {
  // (most nouns are followed by none of these words: no slice and no pattern for them)
  let k = from;
  if (ctx.text.charCodeAt(k) === COMMA) k++;
  while (isBlank(ctx.text.charCodeAt(k))) k++;
  if (k === from || !SENDER_INITIALS.has(ctx.text.charCodeAt(k))) return undefined;
  const m = SENDER_WORDS.exec(ctx.text.slice(from, Math.min(to, from + SENDER_REACH)));
  if (!m) return undefined;
  const at = from + m[0].length;
  return (
    writerAt(ctx, at, to)?.draft ??
    organisationNamedAt(ctx, at, to) ??
    ownedBodyAt(ctx, at) ??
    pluralMakerAt(ctx, at, to)
  );
}

/**
 * `by the Jeju Marine Institute’s research integrity office`: a body of a named organisation
 * (see `bodyPhraseAt`), mentioned there.
 */
function ownedBodyAt(ctx: ScanContext, at: number): Draft | undefined {
  const words = [...ctx.text.slice(at, at + 80).matchAll(/[\p{L}’'-]+/gu)].slice(0, 9);
  if (words[0]?.[0] !== "the" || ownerRun(words) === 0) return undefined;
  const body = bodyPhraseAt(ctx, at, words);
  if (body) ctx.cast.mention(body.draft, body.span);
  return body?.draft;
}

/**
 * A writer found in a slot, and where its words end (for a second writer joined by `and`): a named
 * occurrence is one as it stands.
 */
interface SlotWriter {
  draft: Draft;
  end: number;
}

/**
 * The person a writer slot at `at` (after its `by`) names: a name right there, a role phrase and
 * the name set off after it (`the company's chief operating officer, Lukas Brenninkmeijer`: the
 * person beats the organisation that owns the role), or a pronoun (`signed by her`).
 */
function writerAt(ctx: ScanContext, at: number, to: number): SlotWriter | undefined {
  const named = namedIn(ctx, at, at + 1, false);
  if (named) return named;
  const apposed = apposedNameAt(ctx, at, to) ?? titledNameAt(ctx, at);
  if (apposed) return apposed;
  // (`both` alone: `signed by both governors` is a plural's, see pluralMakerAt)
  const pronoun = WRITER_PRONOUN.exec(ctx.text.slice(at, at + 6));
  if (!pronoun) return undefined;
  const word = pronoun[0];
  const draft =
    word === "them" || word === "both"
      ? resolveGroupReference(ctx.cast, word === "both" ? word : "they", at)
      : resolvePersonPronoun(ctx.cast, word, at, false);
  return draft ? { draft, end: at + word.length } : undefined;
}

// `signed by her`, `written by them`, `signed by both,`: a writer named before
const WRITER_PRONOUN = /^(?:her|him|them|both(?=[,.;:)]))(?![\p{L}-])/u;

/** How many words a role phrase before its name may have (`the chair of the county commission`). */
const MAX_APPOSED_WORDS = 7;
// a word of a role phrase: plain, possessive (`company's`) or capitalised (`County`)
const ROLE_PHRASE_WORD = /^(?:[\p{Ll}-]+|[\p{L}-]+['’]s|\p{Lu}[\p{L}.-]*)$/u;

// the prepositions a role takes its field or charge with: `the chair of the commission`, `the
// special rapporteur on housing`, `the commissioner for energy`
const ROLE_PREPOSITIONS = new Set(["of", "on", "for"]);

/**
 * `the chair of the county commission, Ahanu Whitecloud` at `at`: a short phrase (no `and`, no
 * preposition but a role's, ROLE_PREPOSITIONS), a comma, and a person named right after it.
 */
function apposedNameAt(ctx: ScanContext, at: number, to: number): SlotWriter | undefined {
  const comma = ctx.text.slice(at, Math.min(to, at + APPOSED_REACH)).indexOf(",");
  if (comma <= 0) return undefined;
  const words = ctx.text.slice(at, at + comma).split(/[ \u00a0]+/u);
  if (words.length > MAX_APPOSED_WORDS) return undefined;
  for (const w of words) {
    if (!ROLE_PHRASE_WORD.test(w) || w === "and" || w === "or") return undefined;
    if (!ROLE_PREPOSITIONS.has(w) && PREPOSITIONS.has(w)) return undefined;
  }
  let from = at + comma + 1;
  while (isBlank(ctx.text.charCodeAt(from))) from++;
  // (`the lead monitor, retired judge X`: the name may have its own title)
  return namedIn(ctx, from, from + 1, false) ?? titledNameAt(ctx, from);
}

/** `board chair Hamid Qureshi` at `at`: a few plain words ending in a role noun, then a name. */
function titledNameAt(ctx: ScanContext, at: number): SlotWriter | undefined {
  const m = LOWER_TITLE.exec(ctx.text.slice(at, at + TITLE_REACH));
  if (!m || !ROLE_NOUNS.has(m[1] as string)) return undefined;
  return namedIn(ctx, at + m[0].length, at + m[0].length + 1, false);
}

// up to four plain words, the last a role's (`senior bridge engineer`), and the space after them
const LOWER_TITLE = /^(?:[\p{Ll}-]+[ \u00a0]+){0,3}([\p{Ll}-]+)[ \u00a0]+(?=\p{Lu})/u;
const TITLE_REACH = 60;

/** How far after `by` a role phrase's comma may be. */
const APPOSED_REACH = 90;

/**
 * Writer slots after a document noun, in its sentence: a participle of writing or issuing, up to
 * five words, `by` (`filed Tuesday in district court by X and signed by Y`, `was also signed
 * by`); `also` says the slot adds to writers already known.
 */
const WRITER_SLOT = new RegExp(
  `(?<![\\p{L}-])(?:(also)[ \\u00a0]+)?(?:${WRITER_PARTICIPLES.join("|")})(?:[ \\u00a0]+[\\p{L}\\d]+){0,5}?[ \\u00a0]+by[ \\u00a0]+`,
  "gu",
);
/**
 * The writers a document's slots name, in text order; whether a slot says `also` (adding to
 * writers known before); whether the first slot is one of writing or issuing, not signing (one who
 * signs a body's memo or order signs for the body; one who drafts or issues it wrote it).
 */
interface WriterSlots {
  writers: Draft[];
  also: boolean;
  drafted: boolean;
  /** Where the first slot's writers start and end, when it names more than one. */
  listed?: Span;
}

/** How many writers one slot may list (`signed by A of X, B of Y and C of Z`). */
const MAX_JOINED_WRITERS = 5;
// what may follow a writer before the next one: where they come from (`of Nordvik Lines`, `from
// the Kessel Union`: a few capitalised words), then `and` or a comma
const NEXT_WRITER =
  /^(?:[ \u00a0]+(?:of|from|at)[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+(?:&|of|\p{Lu}[\p{L}'’.-]*)){0,5})?(,?[ \u00a0]+and[ \u00a0]+|,[ \u00a0]+)/u;
/** How far after a writer the next one's separator may end (`of Ogunleye & Sons Shipping and `). */
const NEXT_WRITER_REACH = 80;

/**
 * Everyone the writer slots after the noun at token `i` name, up to the next document noun or the
 * sentence's end (`[…, to)`), each with the ones joined to it by `and`; and whether a slot says
 * `also`.
 */
function writerSlots(ctx: ScanContext, i: number, to: number): WriterSlots {
  const found: WriterSlots = { writers: [], also: false, drafted: false };
  const from = (ctx.tokens[i] as Token).end;
  // (most nouns' sentences have no `by` after them: no pattern for them)
  const slice = ctx.text.slice(from, to);
  if (!slice.includes("by")) return found;
  for (const m of slice.matchAll(WRITER_SLOT)) {
    const start = from + (m.index as number) + m[0].length;
    let at = start;
    let comma = false;
    for (let k = 0; k < MAX_JOINED_WRITERS; k++) {
      // after a bare comma only a name right there is the next writer, not an apposition
      const writer = comma
        ? namedIn(ctx, at, at + 1, false)
        : (writerAt(ctx, at, to) ??
          (k === 0 ? (knownPluralAt(ctx, at) ?? signerIn(ctx, m[0], at, to)) : undefined));
      if (!writer) break;
      if (!found.writers.length) found.drafted = !m[0].includes("signed");
      if (!found.writers.includes(writer.draft)) found.writers.push(writer.draft);
      if (m[1]) found.also = true;
      if (k > 0 && found.writers.length > 1 && !found.also)
        found.listed = spanOf(ctx.text, start, writer.end);
      const next = NEXT_WRITER.exec(ctx.text.slice(writer.end, writer.end + NEXT_WRITER_REACH));
      if (!next) break;
      comma = !(next[1] as string).includes("and");
      at = writer.end + next[0].length;
    }
  }
  return found;
}

// `both officials`, `the two governors`: a definite plural of people with its count
const COUNTED_PLURAL = /^(?:both|the[ \u00a0]+(\p{Ll}+))[ \u00a0]+(\p{Ll}+)(?![\p{L}-])/u;

/**
 * `signed by both officials`: the group of that many named before (`Gov. X and Director Y`), as
 * `the two officials said` finds it, not someone named after.
 */
function knownPluralAt(ctx: ScanContext, at: number): SlotWriter | undefined {
  const m = COUNTED_PLURAL.exec(ctx.text.slice(at, at + 40));
  if (!m || (m[1] !== undefined && !NUMBER_WORDS.has(m[1])) || !isPluralMaker(m[2] as string))
    return undefined;
  const count = m[1] === undefined ? "the two" : `the ${m[1]}`;
  const draft = resolveGroupReference(ctx.cast, `${count} ${m[2] as string}`, at);
  return draft ? { draft, end: at + m[0].length } : undefined;
}

/**
 * `signed by more than 300 parents, among them X`: the first person named after a `signed by`
 * slot (`slot`, at `at`) whose words name nobody where they start.
 */
function signerIn(ctx: ScanContext, slot: string, at: number, to: number): SlotWriter | undefined {
  if (!slot.includes("signed")) return undefined;
  return namedIn(ctx, at, to, false);
}

/**
 * Where the stretch of the sentence read for the noun at token `i`'s writers ends: the sentence's
 * end, or the next document noun's (token `next`), whose slots are its own.
 */
function slotsEnd(ctx: ScanContext, i: number, next: number | undefined): number {
  const noun = ctx.tokens[i] as Token;
  const s = sentenceIndex(ctx.starts, noun.start);
  let end = Math.min(ctx.starts[s + 1] ?? ctx.text.length, noun.end + SENTENCE_WINDOW);
  if (next !== undefined) end = Math.min(end, (ctx.tokens[next] as Token).start);
  return end;
}

/**
 * `issued by the three governments`, `signed by 40 lawmakers`: a plural of people or of
 * organisations in the next few words names a group of writers, made here (or the people it
 * introduces: `by economists Peter Schott and Justin Pierce`, as a role does: `written by senior
 * bridge engineer X`).
 */
function pluralMakerAt(ctx: ScanContext, at: number, to: number): Draft | undefined {
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
function groupNamedBefore(
  ctx: ScanContext,
  determiner: string,
  plural: string,
  at: number,
): Draft | undefined {
  const the = DEFINITE_PLURAL.get(determiner);
  return the === undefined ? undefined : resolveGroupReference(ctx.cast, `${the} ${plural}`, at);
}

/** `governments`, `lawmakers`: people, or organisations, in the plural. */
function isPluralMaker(lower: string): boolean {
  return PEOPLE_NOUNS.has(lower) || (lower.endsWith("s") && ORG_WORDS.has(lower.slice(0, -1)));
}

/**
 * `the executive board of the Aldric Nurses Association` at `at`: the organisation whose name
 * comes within the next few words, its last word one that names organisations.
 */
function organisationNamedAt(ctx: ScanContext, at: number, to: number): Draft | undefined {
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
function possessiveBefore(tokens: Token[], j: number): number {
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
function organisationCalled(
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

/** The last word of a name, in lower case. */
function lastWord(name: string): string {
  return (name.split(/[ \u00a0]+/u).pop() ?? "").toLowerCase();
}

/**
 * A word that may stand between an article and its noun: not `the`, `that`, `in`, `and`, nor
 * another scanned document noun (`statement`); `blog` in `a blog post` may.
 */
function isModifier(lower: string): boolean {
  return (
    !DETERMINERS.has(lower) &&
    !PREPOSITIONS.has(lower) &&
    (!SCANNED_NOUNS.has(lower) || ADJECTIVAL.has(lower)) &&
    lower !== "and" &&
    lower !== "or"
  );
}

// Document nouns that are also adjectives (`a brief statement`)
const ADJECTIVAL = new Set(["brief"]);

/**
 * Another document noun follows token `i` after a space (`a brief statement`, `brief remarks`):
 * `brief` is an adjective there, not a filing (`filed a brief supporting`, `The brief argues`).
 */
function beforeNoun(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  const next = ctx.tokens[i + 1];
  return !!next && DOCUMENT_NOUNS.has(next.lower) && onlySpaces(ctx.text, t.end, next.start);
}

/** How far on each side of a document noun its sentence is read (real sentences are shorter). */
const SENTENCE_WINDOW = 1500;

/**
 * Who wrote the document named at token `i`, from the words around it; `writers`, those its
 * writer slots name (see `writerSlots`), in text order.
 */
function authorsAt(ctx: ScanContext, i: number, writers: Draft[]): Draft | undefined {
  const { tokens, text, starts, cast } = ctx;
  const noun = tokens[i] as Token;
  const s = sentenceIndex(starts, noun.start);
  // The sentence, or in a run-on one (a list, a text with no full stops) the stretch of it around
  // the noun: each document noun reads its sentence, and a sentence of many nouns must not be
  // read whole once per noun.
  const sentStart = Math.max(starts[s] as number, noun.start - SENTENCE_WINDOW);
  const sentEnd = Math.min(starts[s + 1] ?? text.length, noun.end + SENTENCE_WINDOW);
  // `Signed by X and Y, the letter said`: before the noun (its writer slots after it come next)
  const signed = /\bsigned[ \u00a0]+by[ \u00a0]+/iu.exec(text.slice(sentStart, noun.start));
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
    // `In her own letter last week to X, Mayor Raman defended …`: the pronoun looks ahead
    const fronted = /^[ \u00a0]*\p{L}+[ \u00a0]*$/u.test(text.slice(sentStart, before.start));
    const comma = fronted ? /^[^,.;]{0,80},/u.exec(text.slice(noun.end, sentEnd)) : null;
    if (POSSESSIVE_PRONOUNS.has(before.lower) && comma) {
      // `In its ruling, the Ninth Circuit Court of Appeals said`: or the organisation named there
      let from = noun.end + comma[0].length;
      while (isBlank(text.charCodeAt(from))) from++;
      const who = subjectIn(ctx, from, sentEnd) ?? organisationNamedAt(ctx, from, sentEnd);
      if (who) return who;
    }
    if (POSSESSIVE_PRONOUNS.has(before.lower)) {
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
function makerBefore(ctx: ScanContext, i: number, kind: string): Draft | undefined {
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
function makingActIn(ctx: ScanContext, from: number, to: number, kind: string): Draft | undefined {
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
const MAX_SUBJECT_WORDS = 6;
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

/** How far after a document noun the verb of a relative clause on it may end. */
const RELATIVE_REACH = 80;
const RELATIVE_OPENING = /^[ \u00a0]+(?:that|which)[ \u00a0]+/u;
// `A report it published in March`: a pronoun and a writing verb right after the document
const PRONOUN_WRITER = new RegExp(
  `^[ \\u00a0]+(?:(?:that|which)[ \\u00a0]+)?(it|they|he|she)[ \\u00a0]+(?:${[...DOCUMENT_VERBS].join("|")})\\b`,
  "u",
);
/** The first letters of `that`, `which`, `it`, `they`, `he`, `she`. */
const RELATIVE_INITIALS = new Set([..."twihs"].map((c) => c.charCodeAt(0)));

/** Who `it`, `they`, `he` or `she` at `at` stands for, read while documents are scanned. */
function pronounWriter(ctx: ScanContext, pronoun: string, at: number): Draft | undefined {
  if (pronoun === "they") return resolveGroupReference(ctx.cast, "they", at);
  if (pronoun !== "it") return resolvePersonPronoun(ctx.cast, pronoun, at, false);
  return ctx.cast.lookBack(at, (o) => o.draft.type === "organisation", IT_REACH)?.draft;
}

/**
 * `a lawsuit that a group of diners filed`, `the letter that Senator X signed`: the subject of a
 * writing verb in a relative clause right after the document wrote it.
 */
function writerInRelative(ctx: ScanContext, from: number, to: number): Draft | undefined {
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

/** The span of `text` from `start` to `end`. */
function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
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

// the counts a group of writers is named with (`the two officials' letter`)
const NUMBER_WORDS = new Set(["two", "three", "four", "five"]);

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

/** Words before an act that make its subject the one acted on (`was sued`, `is being sued`). */
const PASSIVE_BEFORE = new Set([...BE_FORMS, "get", "got"]);

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
    return subjectIn(ctx, sentStart, sentEnd) ?? trailingOrganisation(ctx, article - 2, sentStart);
  }
  return undefined;
}

// what opens the words a subject said: a quotation mark, or `that`
const SAID_OPENING = /["“]|[ \u00a0]that[ \u00a0]/u;

/** Where the clause opening at `from` (a subject, its verb) gives way to what was said, or `to`. */
function clauseEnd(text: string, from: number, to: number): number {
  const m = SAID_OPENING.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

/**
 * Who did the writing verb at token `v`: a person or group named before it in the sentence, a
 * plural of people (`More than 140 scientists have signed`), the person a pronoun right before
 * it stands for (`she sent an email`), the organisation the sentence opens with (`The Faculty
 * Senate passed a resolution`), else the words before it resolved as a speaker phrase is (`The
 * county's permit office denied`).
 */
function subjectOf(ctx: ScanContext, v: number, sentStart: number): Draft | undefined {
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
const RELATIVE_PRONOUNS = new Set(["who", "which", "that"]);

/**
 * `…, the Office of the Inspector General said in an audit released Monday`: the organisation
 * named between the clause's comma and the verb at token `v` (before `in a …`) spoke in it.
 */
function trailingOrganisation(ctx: ScanContext, v: number, sentStart: number): Draft | undefined {
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

/**
 * Scans every document noun outside quotes and removed text, in order, into `scan` (made before,
 * for the speaker resolver that reads its documents), and decides which document each refers to:
 * one with known authors becomes (or rejoins) that authors' document; a definite one without
 * authors refers back to the most salient document of that noun.
 */
export function scanDocuments(scan: DocumentScan, ctx: ScanContext): void {
  const { at, carried, letters } = scan;
  const byKind = new Map<string, Draft[]>();
  const { tokens, documentNouns } = ctx;
  // the document a sentence was last about, for `the document` after it
  let latest: Occurrence | undefined;
  // and where a noun of DOCUMENT_HYPERNYMS was last
  let hypernym = -1;
  for (let k = 0; k < documentNouns.length; k++) {
    const i = documentNouns[k] as number;
    const t = tokens[i] as Token;
    // only the nouns of documents with authors are scanned
    const kind = SCANNED_NOUNS.get(t.lower);
    if (!kind && DOCUMENT_HYPERNYMS.has(t.lower)) {
      // (`According to a document X prepared …. But the document`: that one, no earlier)
      if (latest && hypernym < latest.start) hypernymAt(ctx, i, latest, at);
      hypernym = t.start;
    }
    if (!kind || inRegions(ctx.quotes, t.start) || inRegions(ctx.removed, t.start)) continue;
    // `the agency would release its records`, `to review the case`: a verb, no document
    if (VERB_BEFORE.has((tokens[i - 1] as Token | undefined)?.lower ?? "")) continue;
    // `in a brief statement`: an adjective before its noun
    if (ADJECTIVAL.has(t.lower) && beforeNoun(ctx, i)) continue;
    // the rest in its own function: this loop, over every word, stays small for the compiler
    const doc = documentAt(ctx, i, kind, byKind, documentNouns[k + 1]);
    if (!doc) continue;
    at.set(t.start, doc);
    // (a body's own document, named before, may carry its writers' words: `In the letter, X wrote`)
    const carrying = doc.members?.length
      ? isBodys(doc) && carriedAt(ctx, i, ARTICLES)
      : carriedAt(ctx, i);
    const carries = CARRIED_KINDS.has(kind) && carrying;
    if (carries) {
      carried.push({ start: t.start, end: t.end, draft: doc, subject: false });
      if (kind === "letter") letters.add(doc);
    }
    // (the one a sentence is about: its subject, or how it was said)
    if (carries || opensSentence(ctx, i))
      latest = { start: t.start, end: t.end, draft: doc, subject: false };
  }
}

/** How far after the last document named `the document` may refer to it. */
const HYPERNYM_REACH = 1500;

/**
 * `The response, from X, called …. The document added that`: a definite noun for any document
 * (DOCUMENT_HYPERNYMS) at token `i` is the one a sentence was last about (`latest`: its subject,
 * or how it was said), if near, and is mentioned there.
 */
function hypernymAt(ctx: ScanContext, i: number, latest: Occurrence, at: Map<number, Draft>): void {
  const t = ctx.tokens[i] as Token;
  const det = ctx.tokens[i - 1];
  if (!det || !DEFINITE.has(det.lower) || !onlySpaces(ctx.text, det.end, t.start)) return;
  if (t.start - latest.end > HYPERNYM_REACH || inRegions(ctx.quotes, t.start)) return;
  at.set(t.start, latest.draft);
  ctx.cast.mention(
    latest.draft,
    spanOf(ctx.text, det.start, t.end),
    isDocumentSubject(ctx.tokens, i - 1),
  );
}

/**
 * The kinds of document whose writer a sentence carrying one names (`In a filing, the company
 * said`, `The institute warned in a report last month that`): not testimony, which a witness
 * gives for others to cite.
 */
const CARRIED_KINDS = new Set([
  "statement",
  "reply",
  "motion",
  "letter",
  "memo",
  "filing",
  "email",
  "report",
  "notice",
  "post",
]);
/** Cues that say the speaker wrote what the sentence carries (`he wrote in a letter`). */
const WRITING_CUES = new Set(["wrote", "writes", "write", "writing"]);

/** `in a joint statement`, `in a statement issued …`: the noun at token `i` is how it was said. */
function carriedAt(ctx: ScanContext, i: number, articles = INDEFINITE): boolean {
  const prep = wordBeforeArticle(ctx, i, articles);
  return !!prep && CARRIER_PREPOSITIONS.has(prep.lower);
}

/**
 * `In a joint statement, the union and the company said …. “…,” the statement said`: the speaker
 * of a statement whose sentence `[from, to)` carries a document with no writer wrote it — a
 * statement, memo, filing or email whatever the cue (`In a filing, the company said`), a letter
 * only when the cue is `wrote` (`In a pastoral letter …, he wrote that`): a letter may be read
 * out, or spoken of, by others than its writer. `said` holds the cue word and where the speaker's
 * mention starts.
 */
export function issueStatements(
  scan: DocumentScan,
  from: number,
  to: number,
  speaker: Draft,
  said: { cue: string; cueEnd?: number; mention: number | undefined },
): void {
  if (speaker.type === "document") return;
  for (let k = lowerBound(scan.carried, from); k < scan.carried.length; k++) {
    const o = scan.carried[k] as Occurrence;
    if (o.start >= to) break;
    if (scan.letters.has(o.draft) && !writtenIn(scan.text, said, o)) continue;
    if (relativeOn(scan.text, o, said.mention)) continue;
    if (!o.draft.members?.length) o.draft.members = [speaker];
    // `The council published an open letter …. In the letter, Mayor X and chair Y wrote`: the
    // people who write a body's document in it are its writers, as one who drafts it is
    else if (isBodys(o.draft) && WRITING_CUES.has(said.cue.toLowerCase()) && byPeople(speaker)) {
      o.draft.members = [speaker];
      o.draft.name = o.draft.name.replace(/ from .*$/su, ` from ${speaker.name}`);
    }
  }
}

/** Whether a document's one writer is an organisation (`the council's letter`). */
function isBodys(d: Draft): boolean {
  return d.members?.length === 1 && d.members[0]?.type === "organisation";
}

/** A person, or a group of people (`Mayor X and chair Y`). */
function byPeople(d: Draft): boolean {
  return (
    d.type === "person" || (d.type === "group" && !!d.members?.every((m) => m.type === "person"))
  );
}

/**
 * The cue says its speaker wrote the letter `o`: a writing cue (`he wrote that`), or any cue the
 * letter directly follows as how it was said (`The Nurses Association said in a letter to the
 * commission that`): one who speaks of another's letter names its writer (`said in a letter from`).
 */
function writtenIn(text: string, said: { cue: string; cueEnd?: number }, o: Occurrence): boolean {
  if (WRITING_CUES.has(said.cue.toLowerCase())) return true;
  if (said.cueEnd === undefined || o.start < said.cueEnd || o.start - said.cueEnd > CUE_TO_LETTER)
    return false;
  return CUE_THEN_LETTER.test(text.slice(said.cueEnd, o.start));
}

// ` in a `, ` in an open `, ` in a two-page `: from a cue to the letter it was said in
const CUE_TO_LETTER = 30;
const CUE_THEN_LETTER =
  /^[ \u00a0]+in[ \u00a0]+(?:a|an|the|her|his|their|its)[ \u00a0]+(?:[\p{Ll}\d-]+[ \u00a0]+){0,2}$/u;

/**
 * `in an email that organisers called "…"`: the speaker named in a relative clause on the
 * document says something of it, and did not write it.
 */
function relativeOn(text: string, o: Occurrence, mention: number | undefined): boolean {
  if (mention === undefined || mention < o.end || mention - o.end > RELATIVE_GAP) return false;
  return /^[ \u00a0]+(?:that|which)[ \u00a0]/u.test(text.slice(o.end, mention));
}

// From the document noun to the speaker of a relative clause on it: ` that `, ` which `.
const RELATIVE_GAP = 8;

// `It was also signed by`, `It is co-signed by`: a sentence that adds a signer to the document
// the sentence before brought in
const ALSO_SIGNED =
  /^It[ \u00a0]+(?:was|is|had[ \u00a0]+been|has[ \u00a0]+been)[ \u00a0]+(?:also[ \u00a0]+)?(?:co-?)?signed[ \u00a0]+by[ \u00a0]+/u;

// `the letter, which she sent with Linwood Mayor Dariusz Pell`: a relative clause on the noun
// whose writing verb (after its subject, up to three words) takes `with` someone, maybe after a
// few words of when or how (`which she sent on Sept. 4 with`)
const SENT_WITH =
  /^,?[ \u00a0]+(?:which|that)[ \u00a0]+(?:[\p{L}'’.-]+[ \u00a0]+){1,3}?(\p{L}+(?:-\p{L}+)?)(?:[ \u00a0]+[\p{L}\d.]+){0,4}?[ \u00a0]+with[ \u00a0]+/u;
// `the letter beneath Voss`, `alongside X`: where one signer's name stands to another's
const SIGNED_BESIDE = /^[ \u00a0]+(?:beneath|below|above|alongside)[ \u00a0]+/u;
/** How far after `with` its co-writer's name must start. */
const COSIGNER_REACH = 40;

/** Whether a document's one writer is among the members of the group `authors`. */
function writtenByOneOf(d: Draft, authors: Draft): boolean {
  const writer = d.members?.length === 1 ? d.members[0] : undefined;
  return writer !== undefined && authors.members?.includes(writer) === true;
}

/** Whether a document's one writer is an organisation and `writer` a person, who speaks for it. */
function issuedByBody(d: Draft, writer: Draft): boolean {
  return (
    writer.type === "person" && d.members?.length === 1 && d.members[0]?.type === "organisation"
  );
}

/**
 * `Marchetti sent the letter …. It was also signed by the state's emergency management director,
 * Paul Oduya.`: the person named in the next sentence's `It was also signed by …`, if it opens so;
 * right after the noun as where another signed (`signed the letter beneath Voss`); or in a relative clause on the noun ending at `nounEnd` that says whom it was sent with (`in the
 * letter, which she sent with Linwood Mayor Dariusz Pell`).
 */
function cosignerAfter(ctx: ScanContext, at: number, nounEnd: number): Draft | undefined {
  const { starts, text } = ctx;
  // `Quenneville signed the letter beneath Voss`
  const beside = SIGNED_BESIDE.exec(text.slice(nounEnd, nounEnd + 20));
  if (beside) {
    const from = nounEnd + beside[0].length;
    const who = subjectIn(ctx, from, from + 1, false);
    if (who) return who;
  }
  const sentWith = SENT_WITH.exec(text.slice(nounEnd, nounEnd + RELATIVE_REACH));
  if (sentWith && DOCUMENT_VERBS.has(sentWith[1] as string)) {
    const from = nounEnd + sentWith[0].length;
    const who = subjectIn(ctx, from, from + COSIGNER_REACH, false);
    if (who) return who;
  }
  const s = sentenceIndex(starts, at);
  const next = starts[s + 1];
  if (next === undefined || text.charCodeAt(next) !== 73 /* I */) return undefined;
  const end = Math.min(starts[s + 2] ?? text.length, next + SENTENCE_WINDOW);
  const m = ALSO_SIGNED.exec(text.slice(next, Math.min(end, next + 40)));
  if (!m) return undefined;
  return subjectIn(ctx, next + m[0].length, end, false);
}

// `, which the company's medical director also signed`: a relative clause on the noun that adds
// a signer (its subject: a possessive, then a role's plain words)
const ALSO_SIGNED_RELATIVE =
  /^,[ \u00a0]+(?:which|that)[ \u00a0]+(?:the[ \u00a0]+)?(?:[\p{L}-]+['’]s[ \u00a0]+)?((?:[\p{Ll}-]+[ \u00a0]+){0,2}[\p{Ll}-]+)[ \u00a0]+also[ \u00a0]+(?:co-?)?signed(?![\p{L}])/u;
/** How far after a relative clause's role its holder may be named (`The medical director, Dr. X,`). */
const HOLDER_AHEAD = 600;

/**
 * `The response, which the company's medical director also signed,` after the noun ending at
 * `nounEnd`: the person named near it, before or just after, whose role is that role.
 */
function alsoSignedIn(ctx: ScanContext, nounEnd: number): Draft | undefined {
  if (ctx.text.charCodeAt(nounEnd) !== COMMA) return undefined;
  const m = ALSO_SIGNED_RELATIVE.exec(ctx.text.slice(nounEnd, nounEnd + RELATIVE_REACH));
  if (!m) return undefined;
  const role = (m[1] as string).replace(/\s+/gu, " ");
  if (!ROLE_NOUNS.has(lastWord(role))) return undefined;
  const holds = (o: Occurrence): boolean =>
    o.draft.type === "person" && (o.draft.role ?? "").toLowerCase() === role;
  return (
    ctx.cast.lookBack(nounEnd, holds, ROLE_HOLDER_REACH, false)?.draft ??
    ctx.cast.after(nounEnd, holds, HOLDER_AHEAD)[0]?.draft
  );
}

/**
 * What `the report` refers back to among the recent documents of its kind (`recent`, the
 * latest last): among those already called by the same noun, if any (`the letter` is the open
 * letter, not the more quoted email; `The report`, not `a traffic study`), the most salient; on
 * a tie, one whose writer is known, then one named with the same noun (`An engineering report`,
 * not `an outside review`), else the latest: `the response` after a dek's `The company's answer`
 * and the body's `a six-page answer filed with the court` is the one just named.
 */
function definiteReferent(recent: Draft[], noun: string): Draft | undefined {
  const called = recent.filter((d) => calledBy(d, noun));
  let best: Draft | undefined;
  let bestRank = -1;
  for (const d of called.length ? called : recent) {
    // a tie goes to a document whose writer is known: a headline's `open letter` names no writer,
    // the body's (`Mayor X …, publishing an open letter`) does, and they are one letter
    const rank =
      d.salience * 4 + (d.members?.length ? 2 : 0) + (d.name.toLowerCase().endsWith(noun) ? 1 : 0);
    if (rank >= bestRank) {
      best = d;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * `The city attorney's letter, signed by X, …. In a letter to X, Y wrote …. The reply accused`:
 * the first `reply` is the latest letter (`letters`, the latest last) when an earlier one had
 * another writer, which it answers; else none.
 */
function answeringLetter(letters: Draft[]): Draft | undefined {
  const last = letters[letters.length - 1];
  const writer = last?.members?.[0];
  if (!writer) return undefined;
  for (const d of letters)
    if (d !== last && d.members?.length && !d.members.includes(writer)) return last;
  return undefined;
}

/** Whether one of the words the text used for document `d` ends with `noun` (`an email`). */
function calledBy(d: Draft, noun: string): boolean {
  for (const alias of d.aliases) if (alias.toLowerCase().endsWith(noun)) return true;
  return false;
}

/**
 * The document the noun at token `i` (of `kind`, see SCANNED_NOUNS) refers to, made or found, and
 * mentioned there (none for a kind of WRITTEN_ONLY with no writer, none before and no sentence
 * carrying it); `byKind` keeps each kind's recent documents, the latest last.
 */
function documentAt(
  ctx: ScanContext,
  i: number,
  kind: string,
  byKind: Map<string, Draft[]>,
  nextNoun: number | undefined,
): Draft | undefined {
  const { tokens, cast } = ctx;
  const t = tokens[i] as Token;
  const prev = (tokens[i - 1] as Token | undefined)?.lower ?? "";
  const channel = DOCUMENT_NOUNS.get(t.lower) as Channel;
  // the recent documents of this noun: a definite reference looks no further back
  const sameNoun = (byKind.get(kind) ?? []).slice(-20);
  // `The union sued the city. The complaint says`, `The 42-page complaint`: the first definite
  // one is made by the one who sued (issued, denied …) just before
  const definite = articleBefore(ctx, i, DEFINITE) >= 0;
  const slots = writerSlots(ctx, i, slotsEnd(ctx, i, nextNoun));
  // `The answer was also signed by Y`: Y joins the writers of the answer named before, or of the
  // one the nearest act before made (`X wrote to the authority …. The letter was also signed by Y`)
  const also = slots.also && definite;
  let doc = also ? definiteReferent(sameNoun, t.lower) : undefined;
  const first = also && !doc?.members?.length ? makerBefore(ctx, i, kind) : undefined;
  if (doc && first) doc.members = [first];
  const authors = doc
    ? undefined
    : (first ??
      authorsAt(ctx, i, slots.writers) ??
      (definite && !sameNoun.length ? makerBefore(ctx, i, kind) : undefined));
  if (authors) {
    const key = `doc:${kind}:${authors.key}`;
    doc = cast.get(key);
    if (!doc && prev === "the") {
      // `Signed by X and Y, the letter said`: the letter mentioned before, now with authors;
      // or X's own, now with its co-signers (`In a three-page reply, Ravel wrote …. The reply,
      // signed by Ravel and the board's general counsel, Y, disputed …`)
      // or an organisation's, whose named person is now its writer (`Westmere board’s resolution
      // …. The resolution, drafted by board chair Hamid Qureshi`)
      const open = sameNoun
        .filter(
          (d) =>
            !d.members?.length ||
            writtenByOneOf(d, authors) ||
            (slots.drafted && authors === slots.writers[0] && issuedByBody(d, authors)),
        )
        .pop();
      if (open) {
        open.members = [authors];
        open.name = `${t.lower} from ${authors.name}`;
        doc = open;
      }
    }
    doc ??= cast.ensure(key, () => ({
      type: "document",
      name: `${t.lower} from ${authors.name}`,
      noun: channel,
      members: [authors],
    }));
    const cosigner = cosignerAfter(ctx, t.start, t.end);
    if (cosigner) slots.writers.push(cosigner);
  } else if (!doc && definite) {
    doc = definiteReferent(sameNoun, t.lower);
    if (!doc && kind === "reply") doc = answeringLetter(byKind.get("letter") ?? []);
    // `The response, which the company's medical director also signed,`
    const cosigner = doc?.members?.length ? alsoSignedIn(ctx, t.end) : undefined;
    if (cosigner && !doc?.members?.includes(cosigner)) doc?.members?.push(cosigner);
  }
  if (doc && (authors || slots.also)) {
    const members = (doc.members ??= []);
    for (const writer of slots.writers) if (!members.includes(writer)) members.push(writer);
    if (slots.listed) mentionWriters(cast, slots.writers, slots.listed);
  }
  if (
    !doc &&
    (WRITTEN_ONLY.has(kind) || (OPENING_ONLY.has(kind) && !opensSentence(ctx, i))) &&
    !(CARRIED_KINDS.has(kind) && carriedAt(ctx, i))
  )
    return undefined;
  if (!doc) {
    const key = `doc:${kind}:@${t.start}`;
    // named by its own words: `A city staff report` → `city staff report`
    let from = i;
    while (
      from > 0 &&
      i - from < 4 &&
      /^[ \u00a0]+$/u.test(
        ctx.text.slice((tokens[from - 1] as Token).end, (tokens[from] as Token).start),
      ) &&
      !/^(?:a|an|the|her|his|their|its|this|that)$/.test((tokens[from - 1] as Token).lower)
    )
      from--;
    const det = tokens[from - 1];
    const words =
      det && /^(?:a|an|the)$/.test(det.lower)
        ? ctx.text.slice((tokens[from] as Token).start, t.end)
        : "";
    const name = words && words !== t.text ? words.replace(/\s+/gu, " ") : `the ${t.lower}`;
    doc = cast.ensure(key, () => ({ type: "document", name, noun: channel }));
    const agent = doc.members?.length ? undefined : agentNear(ctx, t);
    if (agent) {
      doc.members = [agent];
      doc.name = `${t.lower} from ${agent.name}`;
    }
  }
  const list = byKind.get(kind) ?? [];
  if (list[list.length - 1] !== doc) {
    const old = list.indexOf(doc);
    if (old >= 0) list.splice(old, 1);
    list.push(doc);
    byKind.set(kind, list.slice(-40));
  }
  const det = tokens[i - 1];
  const startTok = det && /^(?:the|a|an|her|his|their|its)$/.test(det.lower) ? det : t;
  cast.mention(
    doc,
    spanOf(ctx.text, startTok.start, t.end),
    isDocumentSubject(tokens, startTok === det ? i - 1 : i),
  );
  return doc;
}

/**
 * The people a writer slot lists (`signed by A of X, B of Y and C of Z`, `written by the lead
 * monitor, X, and her deputy, Y`) are a group there, as names joined by `and` are: `the three
 * executives wrote`, `the monitors found` speak for them.
 */
function mentionWriters(cast: Cast, writers: Draft[], span: Span): void {
  if (!writers.every((w) => w.type === "person")) return;
  const key = `group:${writers
    .map((d) => d.key)
    .sort()
    .join("+")}`;
  const group = cast.ensure(key, () => ({
    type: "group",
    name: writers.map((d) => d.name).join(" and "),
    members: writers,
  }));
  cast.mention(group, span, false);
}

/** How far on each side of a writerless document the person titled its agent may be named. */
const AGENT_REACH = 600;

/**
 * `A state audit released Tuesday says …. State Auditor X found`: the person nearest the noun
 * `t` whose title is the agent noun of its document (DOCUMENT_AGENTS: an audit's auditor) made it.
 */
function agentNear(ctx: ScanContext, t: Token): Draft | undefined {
  const agent = DOCUMENT_AGENTS.get(t.lower);
  if (!agent) return undefined;
  let best: Occurrence | undefined;
  for (let k = lowerBound(ctx.named, t.start - AGENT_REACH); k < ctx.named.length; k++) {
    const o = ctx.named[k] as Occurrence;
    if (o.start > t.end + AGENT_REACH) break;
    if (o.draft.type !== "person" || !titledAs(o.draft, agent)) continue;
    if (!best || Math.abs(o.start - t.start) < Math.abs(best.start - t.start)) best = o;
  }
  return best?.draft;
}

/** Whether a person's role has the word `agent` (`State Auditor` → `auditor`). */
function titledAs(d: Draft, agent: string): boolean {
  const role = d.role?.toLowerCase();
  return !!role && (role === agent || role.split(/[ -]/u).includes(agent));
}

/** Whether the noun at token `i` and its article (`The reply`) open their sentence. */
function opensSentence(ctx: ScanContext, i: number): boolean {
  const article = ctx.tokens[i - 1];
  if (!article || !/^(?:the|a|an)$/u.test(article.lower)) return false;
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
function isDocumentSubject(tokens: Token[], first: number): boolean {
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
