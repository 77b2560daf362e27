// What the lexicons say about one lower-case word, as bit flags from a single look-up. The name
// finder asks up to eight lexicons about each word of a capitalised run; a token asks this table
// once (see `Token.kinds`) instead of each lexicon's Set in turn.

import { FEMALE_NAMES, MALE_NAMES } from "./lexicon/given-names.ts";
import { ORG_WORDS } from "./lexicon/organisations.ts";
import { NOT_NAMES } from "./lexicon/pronouns.ts";
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

export const NOT_NAME = 1;
export const TITLE = 2;
export const ORG_WORD = 4;
export const NAME_SUFFIX = 8;
export const NAME_PARTICLE = 16;
export const CONNECTOR = 32;
export const HONORIFIC = 64;
export const FEMALE = 128;
export const MALE = 256;

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

/** The lexicons `lower` (a lower-case word) is in, as the flags above; 0 for none. */
export function wordKinds(lower: string): number {
  return KINDS.get(lower) ?? 0;
}

/** The gender of a given name from its kinds: female names first, as `givenGender` asks. */
export function genderOfKinds(kinds: number): "f" | "m" | undefined {
  if (kinds & FEMALE) return "f";
  if (kinds & MALE) return "m";
  return undefined;
}
