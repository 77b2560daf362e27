// Shared text helpers for the statements stage: a same-length normalised copy of the text (so
// offsets stay valid) and a linear word tokeniser.

import { CUES } from "./lexicon/cues.ts";

/**
 * Curly/low/prime quotes → `"` or `'`, a doubled apostrophe → `"` and a space, no-break and other
 * odd spaces → ` `; always the same length as the input.
 */
export function normalise(text: string): string {
  // The pieces are joined once at the end: `+=` would make a rope, which V8 flattens on the first
  // read but then reaches through an extra indirection at every `charCodeAt` and `slice` after
  // (the whole stage reads this copy character by character).
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0 && c !== 39) continue; // most characters: one test
    if ((c === 39 || c === 0x2019) && i + 1 < text.length && text.charCodeAt(i + 1) === c) {
      // Two apostrophes stand for a double quote in some archives (`''It's over,'' he said`):
      // the mark goes on the side of the word it belongs to, a space on the other.
      const before = i > 0 ? text.charCodeAt(i - 1) : 32;
      const opening = isSpace(before) || before === 40 || before === 91 || before === 0x2014;
      parts.push(text.slice(last, i), opening ? ' "' : '" ');
      last = i + 2;
      i++;
      continue;
    }
    if (c < 0xa0) continue;
    const r = replacement(c);
    if (r === undefined) continue;
    parts.push(text.slice(last, i), r);
    last = i + 1;
  }
  if (last === 0) return text;
  parts.push(text.slice(last));
  return parts.join("");
}

function replacement(c: number): string | undefined {
  switch (c) {
    case 0x201c: // “
    case 0x201d: // ”
    case 0x201e: // „
    case 0x201f: // ‟
    case 0x2033: // ″
    case 0x00ab: // «
    case 0x00bb: // »
      return '"';
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201a: // ‚
    case 0x201b: // ‛
    case 0x2032: // ′
      return "'";
    case 0x00a0:
    case 0x2007:
    case 0x202f:
    case 0x2009:
    case 0x200a:
    case 0x2002:
    case 0x2003:
      return " ";
    default:
      return undefined;
  }
}

export interface Token {
  start: number;
  end: number;
  /** Lower-cased text of the token. */
  lower: string;
  /** A word (letters/digits) rather than a punctuation mark. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Index of the quote the token lies inside, or -1. */
  quote: number;
  /** 1: the token is a quote's opening mark, 2: its closing mark, 0: neither. */
  mark: number;
}

/**
 * The cue words (and `according`) by their first two letters and length, each with the bits of
 * the last letters they may end in: a quick test, made while the tokeniser holds a word's
 * characters, that most words fail, so the cue finder looks up a handful of words per sentence.
 */
const CUE_LAST_LETTERS = new Int32Array(26 * 26 * 32);
let allMayBeCues = false; // a cue word the table cannot hold: let every word through
for (const w of [...CUES.keys(), "according"]) {
  if (!/^[a-z]{2,}$/.test(w)) allMayBeCues = true;
  else {
    const at = cueSlot(w.charCodeAt(0), w.charCodeAt(1), w.length);
    CUE_LAST_LETTERS[at] = (CUE_LAST_LETTERS[at] as number) | letterBit(w.charCodeAt(w.length - 1));
  }
}

function cueSlot(a: number, b: number, length: number): number {
  return ((a - 97) * 26 + (b - 97)) * 32 + Math.min(length, 31);
}

function letterBit(c: number): number {
  return 1 << (c - 97);
}

/**
 * Whether the ASCII word `text[start, end)` may be a cue word, by the table above; `a` is its first
 * character's lower case, or 0 for a digit (the tokeniser knows both). In an ASCII word every
 * character is a letter, a digit or a joiner (`'-.&/,`), so `| 32` lower-cases the letters and
 * leaves the others outside `a`-`z`.
 */
function mayBeCue(text: string, start: number, end: number, a: number): boolean {
  if (allMayBeCues) return true;
  if (end - start < 2 || a < 97) return false;
  const b = text.charCodeAt(start + 1) | 32;
  const z = text.charCodeAt(end - 1) | 32;
  if (b < 97 || b > 122 || z < 97 || z > 122) return false;
  return ((CUE_LAST_LETTERS[cueSlot(a, b, end - start)] as number) & letterBit(z)) !== 0;
}

// What the tokeniser needs to know of a character, as bits a word's characters are or-ed into,
// for every UTF-16 code unit in one table (64 KB): one load decides any character, and the
// optimised code never meets a test that only text outside ASCII takes (and so is not thrown away
// when the first such text arrives).
const SPACE = 0;
const OTHER = 1;
const LOWER = 2; // and digits: characters lower-casing keeps
const UPPER = 4; // a capital, in or outside ASCII (with WIDE for the latter)
const WIDE = 8; // a word character outside ASCII
const DIGIT = 16; // with LOWER: `0` to `9`
const KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) KIND[c] = kindOf(c);

function kindOf(c: number): number {
  if (isSpace(c)) return SPACE;
  if (c < 128) {
    if (c >= 65 && c <= 90) return UPPER;
    if (c >= 48 && c <= 57) return LOWER | DIGIT;
    return c >= 97 && c <= 122 ? LOWER : OTHER;
  }
  const word =
    c > 0xbf && c !== 0x2014 && c !== 0x2013 && c !== 0x2026 && !(c >= 0x2000 && c <= 0x206f);
  if (!word) return OTHER;
  return isUpper(c) ? WIDE | UPPER : WIDE;
}

/** A lower-case word outside quotations: in most rules, a verb or a common noun rather than a name. */
export function lowerWord(t: Token | undefined): t is Token {
  return !!t?.word && !t.cap && t.quote < 0;
}

/** Index of the first token starting at or after `offset` (binary search: tokens are in order). */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `officials`, `says`: a word ending in one `s` (not `-ss`), a plural or a verb's third person. */
export function endsInS(w: string): boolean {
  return w.endsWith("s") && !w.endsWith("ss");
}

/** `quickly`, `family`: a word ending in `-ly` past four letters (not `only`, `July`), most of them
 * adverbs; each rule says which nouns or adjectives it sets apart. */
export function endsInLy(w: string): boolean {
  return w.length > 4 && w.endsWith("ly");
}

/** An ASCII digit's code, `0` to `9`. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters and digits, in and outside ASCII (not dashes, ellipses or other punctuation). */
export function isWordChar(c: number): boolean {
  return (KIND[c] as number) >= LOWER;
}

/**
 * Each punctuation character's text, an internalised string, as literals are: the rules compare a
 * mark with literals (`","`, `"—"`), and the optimised code of such a comparison is thrown away the
 * first time it meets a string that is not (as `norm[i]` makes for a dash outside Latin-1). Made
 * once for every character the table above calls punctuation (all below U+2070), so a mark is one
 * read, the same for the first em dash as for a comma (a look-up filled on first use was a path
 * the optimised tokeniser had not met, and it was thrown away there).
 */
const MARKS: readonly string[] = Array.from({ length: 0x2070 }, (_, c) =>
  KIND[c] === OTHER ? internalised(String.fromCharCode(c)) : "",
);

/** The internalised copy of `s`: a property name is internalised, and the key read back is it. */
function internalised(s: string): string {
  return Object.keys({ [s]: 0 })[0] as string;
}

/** `a` to `z`, the lower case of `A` to `Z`. */
const LOWER_CAPITALS = Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i));

export function isUpper(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11;
}

/**
 * Words keep inner apostrophes, hyphens, periods, slashes and ampersands (`Cantil-Sakauye`, `U.S`,
 * `don't`, `AT&T`, `9/11`); every other non-space character is a token of its own. The indices of
 * the words that may be reporting cues or `according` (see `mayBeCue`: most words are surely not)
 * are added to `cueWords` when given, so the cue finder reads those few rather than every token.
 */
export function tokenise(norm: string, start: number, end: number, cueWords?: number[]): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = norm.charCodeAt(i);
    const k = KIND[c] as number;
    if (k === SPACE) {
      i++;
      continue;
    }
    if (k === OTHER) {
      tokens.push({
        start: i,
        end: i + 1,
        lower: MARKS[c] as string,
        word: false,
        cap: false,
        quote: -1,
        mark: 0,
      });
      i++;
      continue;
    }
    // The kinds of the word's characters, or-ed: whether lower-casing can change the word (most
    // words are already lower-case, and `toLowerCase` on them is a needless call), and whether it
    // has a letter outside ASCII (then it may be a cue whatever its first letters: see `mayBeCue`).
    let seen = 0; // (of the characters after the first)
    let j = i + 1;
    while (j < end) {
      const d = norm.charCodeAt(j);
      const dk = KIND[d] as number; // (read inline: a call per character costs until optimised)
      if (dk >= LOWER) {
        seen |= dk;
        j++;
        continue;
      }
      // Joined on: by 39 ' 45 - 46 . 38 & 47 / before a word character (`don't`, `U.S`, `AT&T`),
      // and by a comma between digits with three more characters to come (`40,000`). One test and
      // one step for both, so the optimised code has taken this path before the first number with
      // a comma comes (a path it has not taken is where it is thrown away).
      if ((d === 44 || d === 39 || d === 45 || d === 46 || d === 38 || d === 47) && j + 1 < end) {
        const ek = KIND[norm.charCodeAt(j + 1)] as number;
        const joins =
          d === 44
            ? j + 3 < end && ((KIND[norm.charCodeAt(j - 1)] as number) & ek & DIGIT) !== 0
            : ek >= LOWER;
        if (joins) {
          seen |= ek;
          j += 2;
          continue;
        }
      }
      break;
    }
    const wide = ((seen | k) & WIDE) !== 0;
    // Already lower case; else a capital and then lower-case ASCII (`Trump`), the common case, is
    // the capital's lower case joined to the rest (cheaper than `toLowerCase`).
    const restLower = (seen & (UPPER | WIDE)) === 0;
    if (cueWords && (wide || mayBeCue(norm, i, j, (k & DIGIT) === 0 ? c | 32 : 0)))
      cueWords.push(tokens.length);
    tokens.push({
      start: i,
      end: j,
      lower:
        restLower && (k & (UPPER | WIDE)) === 0
          ? norm.slice(i, j)
          : restLower && k === UPPER
            ? (LOWER_CAPITALS[c - 65] as string) + norm.slice(i + 1, j)
            : norm.slice(i, j).toLowerCase(),
      word: true,
      cap: (k & UPPER) !== 0,
      quote: -1,
      mark: 0,
    });
    i = j;
  }
  return tokens;
}
