// Writers named after a document noun: its slots (`signed by X and Y`, `written by her`, `signed
// by the chair of the county commission, Z`) and its sender (`The memo, sent on Sunday by X`, `A
// report released by the … Observatory`).

import type { Span } from "../../types.ts";
import { resolveGroupReference, resolvePersonPronoun } from "../04-coref.ts";
import type { Draft } from "../cast.ts";
import { WRITER_PARTICIPLES } from "../lexicon/documents.ts";
import { PREPOSITIONS } from "../lexicon/pronouns.ts";
import { ROLE_NOUNS } from "../lexicon/roles.ts";
import { isBlank, sentenceIndex, type Token } from "../text.ts";
import { COMMA, namedIn, type ScanContext, SENTENCE_WINDOW, spanOf } from "./context.ts";
import {
  isPluralMaker,
  NUMBER_WORDS,
  organisationNamedAt,
  ownedBodyAt,
  pluralMakerAt,
} from "./names.ts";

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

/**
 * `The memo, sent on Sunday by the executive board of the Aldric Nurses Association`, `A report
 * released this month by the Lindenport Housing Observatory`, `An analysis by the Legislative
 * Fiscal Office`: right after the noun, a participle of writing or issuing (or none) and `by`,
 * then the person named there, else the organisation named in the next words (a body of it
 * speaks for it).
 */
export function senderAfter(ctx: ScanContext, from: number, to: number): Draft | undefined {
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
  const apposed = apposedNameAt(ctx, at, to) ?? titledNameAt(ctx, at) ?? leaderAt(ctx, at);
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

// a few words naming a body (`the trustees' provenance panel`), then the word that puts it under a
// person: `under`, `led by`, `chaired by`, `headed by`
const LED_BODY =
  /^(?:[\p{L}'’-]+[ \u00a0]+){0,4}?([\p{L}'’-]+)[ \u00a0]+(?:under|(?:led|chaired|headed)[ \u00a0]+by)[ \u00a0]+/u;

/** How far after `by` the words putting a body under its leader may end. */
const LED_BODY_REACH = 70;

/**
 * `written by the trustees' panel under the historian X`, `by a team led by Dr. Y`: a body led by
 * a named person wrote through them, and the story quotes the document as theirs. (Not people
 * in the plural: `signed by 40 nurses led by X` is the nurses'.)
 */
function leaderAt(ctx: ScanContext, at: number): SlotWriter | undefined {
  const m = LED_BODY.exec(ctx.text.slice(at, at + LED_BODY_REACH));
  // (`signed by 40 nurses led by X`: people in the plural signed, each for themselves)
  if (!m || isPluralMaker((m[1] as string).toLowerCase())) return undefined;
  const from = at + m[0].length;
  return namedIn(ctx, from, from + 1, false) ?? titledNameAt(ctx, from);
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
export interface WriterSlots {
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
export function writerSlots(ctx: ScanContext, i: number, to: number): WriterSlots {
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
export function slotsEnd(ctx: ScanContext, i: number, next: number | undefined): number {
  const noun = ctx.tokens[i] as Token;
  const s = sentenceIndex(ctx.starts, noun.start);
  let end = Math.min(ctx.starts[s + 1] ?? ctx.text.length, noun.end + SENTENCE_WINDOW);
  if (next !== undefined) end = Math.min(end, (ctx.tokens[next] as Token).start);
  return end;
}
