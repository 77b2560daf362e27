// What the lexicons say about one lower-case word, as bit flags from a single look-up. The name
// finder asks up to eight lexicons about each word of a capitalised run; a token asks this table
// once (see `Token.kinds`) instead of each lexicon's Set in turn.

import { SCENE_CONTEXT_WORDS, SCENE_WORDS } from "../lexicon/events.ts";
import { WRITTEN_MEDIA } from "../lexicon/media.ts";
import { DOCUMENT_NOUNS } from "./lexicon/documents.ts";
import { FEMALE_NAMES, MALE_NAMES } from "./lexicon/given-names.ts";
import { ORG_WORDS } from "../lexicon/organisations.ts";
import { NOT_NAMES } from "./lexicon/pronouns.ts";
import { ROLE_NOUNS } from "./lexicon/roles.ts";
import { NAME_PARTICLES, NAME_SUFFIXES, TITLE_WORDS } from "./lexicon/titles.ts";

/** `of`, `the`, `for`: words that may join the capitalised words of one name or title. */
export const CONNECTORS = new Set(["of", "the", "for"]);
/** Honorifics before a surname (`Mr. King`). */
export const HONORIFICS = new Set([
  "mr.",
  "mrs.",
  "ms.",
  "dr.",
  "miss",
  "sir",
  "dame",
  "prof.",
  "mr",
  "mrs",
  "ms",
  "dr",
]);

/** Abbreviations whose dot the tokenizer keeps (`Sen.`, `Mr.`), in lower case. */
export const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sen",
  "sens",
  "reps",
  "rep",
  "gov",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "adm",
  "rev",
  "jr",
  "sr",
  "st",
  "inc",
  "corp",
  "co",
  "ltd",
  "dept",
  "mt",
  "ft",
  "no",
  "vs",
  "u",
  "s",
  // months as news style shortens them before a day (`dated Nov. 17`): no sentence ends there
  ...["jan", "feb", "aug", "sept", "oct", "nov", "dec"],
]);

/** `hacker`, `investor`, `activist`: a noun for someone who does something, by its ending. */
export const AGENT_ENDING = /(?:er|or|ist)$/u;

/**
 * Words with an agent noun's ending (-er, -or, -ist) that name no one: comparatives, determiners
 * and adverbs that may stand between `the` and a name (`the other Clinton`, `the latter`).
 */
export const NOT_AGENT_NOUNS = new Set([
  "other",
  "another",
  "latter",
  "either",
  "neither",
  "whether",
  "rather",
  "together",
  "never",
  "however",
  "whatever",
  "whoever",
  "further",
  "earlier",
  "later",
  "elder",
  "older",
  "younger",
  "bigger",
  "greater",
  "lesser",
  "upper",
  "lower",
  "inner",
  "outer",
  "prior",
  "senior",
  "junior",
  "major",
  "minor",
  "superior",
  "interior",
  "exterior",
]);

/** Forms of `be`, `have`, `do` and modals: finite verbs whatever follows. */
export const AUXILIARIES = new Set([
  "was",
  "is",
  "were",
  "has",
  "had",
  "will",
  "would",
  "could",
  "can",
  "did",
  "does",
]);

/** A finite verb and the space or mark after it, as regex source: an auxiliary or a past tense. */
export const FINITE_VERB = `(?:${[...AUXILIARIES].join("|")}|\\p{Ll}{2,}ed)[ \u00a0,.]`;

/**
 * At the start (of a sentence, sliced), a capitalised run of two words or more before a finite
 * verb: `Mireille Tansley-Obi was`. The run is group 1.
 */
export const SUBJECT_RUN = new RegExp(
  `^(\\p{Lu}[\\p{L}'’-]*(?:[ \u00a0]\\p{Lu}[\\p{L}'’-]*)+)[ \u00a0]+${FINITE_VERB}`,
  "u",
);

export const NOT_NAME = 1;
export const TITLE = 2;
export const ORG_WORD = 4;
export const NAME_SUFFIX = 8;
export const NAME_PARTICLE = 16;
export const CONNECTOR = 32;
export const HONORIFIC = 64;
export const FEMALE = 128;
export const MALE = 256;
export const DOCUMENT_NOUN = 512;
export const ABBREVIATION = 1024;
/** `he`, `she`: the pronouns resolved between statements. */
export const HE_OR_SHE = 2048;
/** `and`, which may join roles into a group. */
export const AND = 4096;
/** `attorney`, `spokesman`: a noun for what a person does. */
export const ROLE_NOUN = 8192;
/** `briefing`, `crowd`: a word that may set a speaker's scene (see 08-channel). */
export const SCENE_WORD = 1 << 14;
/** `told`, `after`, `will`: a word read around one. */
export const SCENE_CONTEXT = 1 << 15;
// What the tokenizer reads of a word itself, kept in the same small integer as its kinds (a token
// is smaller with one field than with a boolean field each; see `Token`)
/** The word opens with a capital. */
export const CAPITAL = 1 << 16;
/** `Trump’s`: the word had a possessive ending, split off. */
export const POSSESSIVE = 1 << 17;
/** `F.`: an initial. */
export const INITIAL = 1 << 18;
/**
 * `letter`, `post`, `ruling`: a key of WRITTEN_MEDIA, which the channel step asks of each word of
 * many sentences (most are none, and need no lower-case string to say so).
 */
export const WRITTEN_MEDIUM = 1 << 19;

const KINDS = new Map<string, number>();
function mark(words: Iterable<string>, kind: number): void {
  for (const w of words) KINDS.set(w, (KINDS.get(w) ?? 0) | kind);
}
mark(NOT_NAMES, NOT_NAME);
mark(TITLE_WORDS, TITLE);
mark(ORG_WORDS, ORG_WORD);
mark(NAME_SUFFIXES, NAME_SUFFIX);
mark(NAME_PARTICLES, NAME_PARTICLE);
mark(CONNECTORS, CONNECTOR);
mark(HONORIFICS, HONORIFIC);
mark(FEMALE_NAMES, FEMALE);
mark(MALE_NAMES, MALE);
mark(DOCUMENT_NOUNS.keys(), DOCUMENT_NOUN);
mark(ABBREVIATIONS, ABBREVIATION);
mark(["he", "she"], HE_OR_SHE);
mark(["and"], AND);
mark(ROLE_NOUNS, ROLE_NOUN);
mark(SCENE_WORDS, SCENE_WORD);
mark(SCENE_CONTEXT_WORDS, SCENE_CONTEXT);
mark(WRITTEN_MEDIA.keys(), WRITTEN_MEDIUM);

/** The lexicons `lower` (a lower-case word) is in, as the flags above; 0 for none. */
export function wordKinds(lower: string): number {
  return KINDS.get(lower) ?? 0;
}

/** `governor`, `spokesman`: a title or a role noun, which may stand before a name (one look-up). */
export function isTitleOrRole(lower: string): boolean {
  return (wordKinds(lower) & (TITLE | ROLE_NOUN)) !== 0;
}

// The same table again, open-addressed by a hash of the words' character codes, so that a word
// of the text is looked up where it stands: no slice and no lower-case string (a Map look-up of
// a fresh, often two-byte, string was most of the name finder's lexicon cost).

// ASCII codes with A–Z folded to a–z, by table: no branch in the hash step, and no path the
// optimiser has not seen (the table of lexicon words is hashed at load, all in lower case, so a
// folding branch was first taken in the first article, and the compiled hash thrown away)
const FOLD = new Uint8Array(128).map((_, c) => (c >= 65 && c <= 90 ? c + 32 : c));

/** FNV-1a's start value: the hash of an empty word. */
export const HASH_START = 0x811c9dc5;
const SIZE = 1 << Math.ceil(Math.log2(KINDS.size * 3));
const MASK = SIZE - 1;
const SLOT_WORD: string[] = new Array<string>(SIZE).fill("");
// every lexicon word has a kind, so 0 marks an empty slot
const SLOT_KINDS = new Int32Array(SIZE);
// each slot's full hash: a probe compares it before the word, so a word of the text that is in
// no lexicon reads only these arrays, not the scattered strings (the given-name lists made the
// table large enough that most such reads missed the cache)
const SLOT_HASH = new Int32Array(SIZE);
// one bit per value of the hash's high 18 bits: most words of a text are in no lexicon, and a
// clear bit says so without reading the table's slots (with the given-name lists, a smaller
// filter was set for one word in eight)
const MAYBE_SHIFT = 14;
const MAYBE = new Uint8Array(1 << (32 - MAYBE_SHIFT - 3));
for (const [word, kinds] of KINDS) {
  const h = hashOf(word, 0, word.length);
  let s = h & MASK;
  while (SLOT_KINDS[s] !== 0) s = (s + 1) & MASK;
  SLOT_WORD[s] = word;
  SLOT_KINDS[s] = kinds;
  SLOT_HASH[s] = h;
  const bit = h >>> MAYBE_SHIFT;
  MAYBE[bit >> 3] = (MAYBE[bit >> 3] as number) | (1 << (bit & 7));
}

/** One step of FNV-1a over the ASCII code `c`, A–Z folded to a–z (an int32; only its bits matter). */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ (FOLD[c] as number), 0x01000193);
}

/** `hashStep` over the codes of `text[start, end)`; -1 for a non-ASCII one. */
function hashOf(text: string, start: number, end: number): number {
  let h = HASH_START;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return -1;
    h = hashStep(h, c);
  }
  return h >>> 0;
}

/**
 * `wordKinds` of the lower case of `text[start, end)`, read from the text; -1 when the word has
 * a non-ASCII character (whose lower case only `toLowerCase` knows): ask `wordKinds` then.
 */
export function kindsAt(text: string, start: number, end: number): number {
  const h = hashOf(text, start, end);
  return h < 0 ? -1 : kindsOfHash(h, text, start, end);
}

/**
 * `kindsAt` of the ASCII word `text[start, end)` whose `hashStep` hash is `h`: the tokenizer
 * hashes a word while it reads it, and asks here without reading it again.
 */
export function kindsOfHash(h: number, text: string, start: number, end: number): number {
  const bit = h >>> MAYBE_SHIFT;
  if ((((MAYBE[bit >> 3] as number) >> (bit & 7)) & 1) === 0) return 0;
  const n = end - start;
  for (let s = h & MASK; ; s = (s + 1) & MASK) {
    const kinds = SLOT_KINDS[s] as number;
    if (kinds === 0) return 0;
    if (SLOT_HASH[s] !== (h | 0)) continue;
    const word = SLOT_WORD[s] as string;
    if (word.length === n && sameFolded(word, text, start)) return kinds;
  }
}

/** `word` (lower case) equals the ASCII text at `start` with A–Z folded. */
function sameFolded(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** The gender of a given name from its kinds, as `givenGender` reads it: none for a name in both lists. */
export function genderOfKinds(kinds: number): "f" | "m" | undefined {
  const given = kinds & (FEMALE | MALE);
  if (given === FEMALE) return "f";
  if (given === MALE) return "m";
  return undefined;
}
