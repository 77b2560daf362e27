// Small text helpers the actor stages share: word tokens with offsets, sentence starts and the
// regions inside quotation marks. All single-pass scans, linear in the text length.

import { isSpaceCode } from "../2-text/normalize.ts";
import {
  ABBREVIATION,
  ABBREVIATIONS,
  AND,
  CAPITAL,
  DOCUMENT_NOUN,
  HASH_START,
  hashStep,
  HE_OR_SHE,
  INITIAL,
  kindsAt,
  kindsOfHash,
  POSSESSIVE,
  SCENE_WORD,
  ROLE_NOUN,
  wordKinds,
} from "./words.ts";

/**
 * A word token: `text` is always `source.slice(start, end)` and `lower` its lower case, made
 * only when asked for — most of an article's ~800 tokens are only ever looked at by their
 * character codes, and the strings were most of the stage's garbage. The fields are declared,
 * not defined: a defined field is set twice per token, once to undefined by an initialiser
 * called before the constructor.
 */
export class Token {
  declare readonly start: number;
  declare readonly end: number;
  /**
   * The lexicons the word is in (`wordKinds` of its lower case), and what the tokenizer read of
   * the word (CAPITAL, POSSESSIVE, INITIAL): one small integer, read from the text while it is
   * tokenized, so the steps read a field (a getter was a call each time until optimised).
   */
  declare readonly kinds: number;
  declare private readonly source: string;
  /** The lower case, once asked for (the text itself is asked at most once or twice a token). */
  declare private low: string | undefined;
  /**
   * The tokenizer gives the kinds and flags it has read: a word outside ASCII asking for them
   * here took a path first met late, and threw the compiled tokenizer away.
   */
  constructor(source: string, start: number, end: number, kinds: number) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.kinds = kinds;
    this.low = undefined;
  }
  /** `isCapitalised(this.text)`: the name finder asks it of every word. */
  get capitalised(): boolean {
    return (this.kinds & CAPITAL) !== 0;
  }
  /** `Trump’s`: the token without its possessive ending, which is flagged here. */
  get possessive(): boolean {
    return (this.kinds & POSSESSIVE) !== 0;
  }
  /** `isInitial(this.text)` (`F.`): the name finder asks it of every word of a name. */
  get initial(): boolean {
    return (this.kinds & INITIAL) !== 0;
  }
  get text(): string {
    return this.source.slice(this.start, this.end);
  }
  get lower(): string {
    if (this.low === undefined) this.low = lowerCase(this.source, this.start, this.end, this.text);
    return this.low;
  }
  /**
   * `isAcronym(this.text)`, read from the text's character codes: the name finder asks it of
   * capitalised words, most of which need no string. ASCII is read here, with no call per
   * character (a cold run reads many words before this is optimised).
   */
  get acronym(): boolean {
    if (this.end - this.start < 2) return false;
    let capitals = 0;
    for (let i = this.start; i < this.end; i++) {
      const c = this.source.charCodeAt(i);
      if (c >= 128) return acronymAt(this.source, this.start, this.end);
      if (c >= 65 && c <= 90) capitals++;
      else if (!((c >= 48 && c <= 57) || c === 38 || c === 46 || c === 45)) return false;
    }
    return capitals >= 2;
  }
}

/**
 * An article's word tokens, with the few words that steps look for among all of them gathered
 * while tokenizing (finding each was a pass over every token).
 */
export interface Words {
  tokens: Token[];
  /** Indexes of the tokens `he` and `she`, in any case. */
  pronouns: number[];
  /** Indexes of the tokens `and`, in any case. */
  ands: number[];
  /** Indexes of the document nouns (`letter`, `statement`), in any case. */
  documentNouns: number[];
  /** Indexes of the words that may set a speaker's scene (`briefing`, `crowd`; see 08-channel). */
  sceneWords: number[];
  /** Indexes of the role nouns (`governor`, `spokeswoman`), in any case. */
  roles: number[];
  /** Ends of the tokens that keep their dot (`Sen.`, `F.`, `U.S.`), where no sentence ends. */
  keptDots: number[];
}

/** Appends `t` to the words, and its index to the list of its kind of word, if any. */
function addToken(words: Words, t: Token): void {
  const k = t.kinds;
  if (k & (HE_OR_SHE | AND | DOCUMENT_NOUN | SCENE_WORD | ROLE_NOUN)) {
    const i = words.tokens.length;
    if (k & HE_OR_SHE) words.pronouns.push(i);
    if (k & AND) words.ands.push(i);
    if (k & DOCUMENT_NOUN) words.documentNouns.push(i);
    if (k & SCENE_WORD) words.sceneWords.push(i);
    if (k & ROLE_NOUN) words.roles.push(i);
  }
  words.tokens.push(t);
}

// Character classes for the word scanner, by code point: ASCII by range, other BMP characters
// decided once by the Unicode regexes and remembered (news text repeats the same few), astral
// ones asked each time. 1 = none of these, 2 = number, 3 = letter, 4 = upper-case letter.
const OTHER = 1;
const NUMBER = 2;
const LETTER = 3;
const UPPER = 4;
const bmpClass = new Uint8Array(0x10000);
const ASCII_CLASS = new Uint8Array(128).map((_, cp) => {
  if (cp >= 65 && cp <= 90) return UPPER;
  if (cp >= 97 && cp <= 122) return LETTER;
  return cp >= 48 && cp <= 57 ? NUMBER : OTHER;
});
function classOf(cp: number): number {
  if (cp < 128) return ASCII_CLASS[cp] as number;
  const bmp = cp < 0x10000;
  if (bmp) {
    const known = bmpClass[cp] as number;
    if (known) return known;
  }
  // a character outside the BMP (an emoji) is asked the way a new BMP one is, which every text
  // meets early: a call of its own, first made in the first text with one, had no feedback, and
  // the compiled code of the tokenizer calling it was thrown away
  const c = unicodeClass(String.fromCodePoint(cp));
  if (bmp) bmpClass[cp] = c;
  return c;
}
function unicodeClass(ch: string): number {
  if (/^\p{Lu}$/u.test(ch)) return UPPER;
  if (/^\p{L}$/u.test(ch)) return LETTER;
  return /^\p{N}$/u.test(ch) ? NUMBER : OTHER;
}
/** The code point at `i` (a lone surrogate stands for itself, as in a `u` regex). */
function codePointAt(text: string, i: number, limit = text.length): number {
  const c = text.charCodeAt(i);
  // each test and sum made for any character, so that none is first made in the first text with
  // a surrogate pair (an emoji): code first run then had no feedback, and the compiled tokenizer
  // was thrown away
  const d = i + 1 < limit ? text.charCodeAt(i + 1) : 0;
  const pair = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  const high = (c & 0xfc00) === 0xd800;
  const low = (d & 0xfc00) === 0xdc00;
  return high && low ? pair : c;
}
const width = (cp: number) => (cp >= 0x10000 ? 2 : 1);

/**
 * The end of the word starting at `s`, as the `u` regex `(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*`
 * would match it there: `U.S.`, `D.C.` are one token; other words may carry inner hyphens and
 * apostrophes. Scanned by hand: the regex was the stage's single biggest cost.
 */
function wordEnd(text: string, s: number): number {
  const n = text.length;
  // initials run: two or more upper-case letters each followed by a dot
  let k = 0;
  let i = s;
  for (;;) {
    if (i >= n) break;
    // most words open with an ASCII letter that is no initial: `said`, `Trump`
    const first = text.charCodeAt(i);
    if (first < 128 && (ASCII_CLASS[first] !== UPPER || text.charCodeAt(i + 1) !== 46)) break;
    const cp = codePointAt(text, i);
    if (classOf(cp) !== UPPER) break;
    const w = width(cp);
    if (text.charCodeAt(i + w) !== 46) break;
    i += w + 1;
    k++;
  }
  if (k >= 2) return i;
  i = s;
  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (ASCII_CLASS[c] === OTHER) break;
        i++;
        continue;
      }
      const cp = codePointAt(text, i);
      if (classOf(cp) === OTHER) break;
      i += width(cp);
    }
    const c = text.charCodeAt(i);
    if ((c === 45 || c === 39 || c === 0x2019) && i + 1 < n) {
      const cp = codePointAt(text, i + 1);
      if (classOf(cp) !== OTHER) {
        i += 1 + width(cp);
        continue;
      }
    }
    return i;
  }
}

/** `text[start, end)` lower-cases to a known abbreviation (`Sen`, `Mr`). */
function isAbbreviation(text: string, start: number, end: number): boolean {
  const kinds = kindsAt(text, start, end);
  if (kinds >= 0) return (kinds & ABBREVIATION) !== 0;
  return ABBREVIATIONS.has(lowerCase(text, start, end, text.slice(start, end)));
}

/**
 * `word` (= `text.slice(start, end)`) in lower case. Most words are ASCII and already lower
 * case: those are returned as they are, without the Unicode case mapping (slow on the two-byte
 * strings that curly quotes make of a whole article).
 */
function lowerCase(text: string, start: number, end: number, word: string): string {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return word.toLowerCase();
  }
  return word;
}

/** The letters opening `s`, in lower case (`""` for none). */
export function leadingWord(s: string): string {
  return LEADING_WORD.exec(s)?.[0].toLowerCase() ?? "";
}

/** The letters opening a stretch. */
const LEADING_WORD = /^\p{L}+/u;

/** `word` in lower case, as `lowerCase` makes it: an ASCII word with no capital as it is. */
export function lowerCased(word: string): string {
  return lowerCase(word, 0, word.length, word);
}

/** Word tokens; an initial or known abbreviation keeps its dot (`F.`, `Sen.`). */
export function tokenize(text: string): Token[] {
  return readWords(text).tokens;
}

/** The text's word tokens (as `tokenize`) and the words gathered with them. */
export function readWords(text: string): Words {
  const words: Words = {
    tokens: [],
    pronouns: [],
    ands: [],
    documentNouns: [],
    sceneWords: [],
    roles: [],
    keptDots: [],
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let next = -1;
    if (c < 128) {
      if (ASCII_CLASS[c] === OTHER) {
        i++;
        continue;
      }
      next = readAsciiWord(words, text, i, c);
    } else {
      const cp = codePointAt(text, i);
      if (classOf(cp) === OTHER) {
        i += width(cp);
        continue;
      }
    }
    // anything but a plain ASCII word (initials, inner hyphens and apostrophes, other letters)
    // is read here, at one place: hyphens come early in any article, so the compiled loop has
    // seen this call before the first word opening with a letter outside ASCII
    i = next >= 0 ? next : readWord(words, text, i, wordEnd(text, i));
  }
  return words;
}

/**
 * Reads the word at `start`, which opens with the ASCII letter or digit `c`, and returns where it
 * ends. Most words are ASCII letters through to a space or a punctuation mark other than `-` and
 * `'`: those are read here in one tight loop that also hashes them for their kinds; anything else
 * (initials, inner hyphens and apostrophes, other letters) is left to `readWord`: -1 then.
 */
function readAsciiWord(words: Words, text: string, start: number, c: number): number {
  if (ASCII_CLASS[c] === UPPER && text.charCodeAt(start + 1) === 46) return -1;
  const n = text.length;
  let h = hashStep(HASH_START, c);
  let i = start + 1;
  while (i < n) {
    const d = text.charCodeAt(i);
    if (d >= 128 || ASCII_CLASS[d] === OTHER) break;
    h = hashStep(h, d);
    i++;
  }
  // a word goes on past `-`, `'`, `’` and letters outside ASCII (`café`): left to `readWord`;
  // any other character after it (a space, a curly quote, a dash) ends it here
  const next = i < n ? text.charCodeAt(i) : 0;
  if (next === 45 || next === 39 || (next >= 128 && !endsWord(text, i))) return -1;
  const kinds = kindsOfHash(h, text, start, i);
  // a known abbreviation keeps the dot after it (`Sen.`): left to `readWord`, as are single
  // capitals (above), so that this path, taken by most words, has one way to make a token (and
  // makes no initials: a word here ends before any dot)
  if (next === 46 && kinds & ABBREVIATION) return -1;
  addToken(words, new Token(text, start, i, kinds | (ASCII_CLASS[c] === UPPER ? CAPITAL : 0)));
  return i;
}

/** The non-ASCII character at `i` cannot carry on a word: neither `’` nor a letter or digit. */
function endsWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x2019) return false;
  return classOf(codePointAt(text, i)) === OTHER;
}

/**
 * Adds the token for the word `text[start, matchEnd)` (as `wordEnd` found it) and returns where
 * it ends: a possessive ending is split off, and an initial or known abbreviation keeps its dot.
 */
function readWord(words: Words, text: string, start: number, matchEnd: number): number {
  let end = matchEnd;
  let possessive = false;
  const last = text.charCodeAt(matchEnd - 1);
  const apostrophe = text.charCodeAt(matchEnd - 2);
  if (
    (last === 115 || last === 83) &&
    (apostrophe === 39 || apostrophe === 0x2019) &&
    matchEnd - start > 2
  ) {
    end -= 2;
    possessive = true;
  }
  // a single capital or a known abbreviation keeps the dot after it (`F.`, `Sen.`): only a
  // word followed by a dot needs its lower case here
  if (text.charCodeAt(end - 1) !== 46 && !possessive && text.charCodeAt(end) === 46) {
    const single = end - start === 1 && classOf(text.charCodeAt(start)) === UPPER;
    if (single || isAbbreviation(text, start, end)) end++;
  }
  // one way to make a token, whatever the word, with each flag chosen and then joined: a word
  // first met late (outside ASCII, an abbreviation, an initial) takes no call or operation the
  // optimiser has not seen
  const flags =
    kindsOf(text, start, end) |
    (classOf(codePointAt(text, start)) === UPPER ? CAPITAL : 0) |
    (possessive ? POSSESSIVE : 0) |
    (initialAt(text, start, end) ? INITIAL : 0);
  addToken(words, new Token(text, start, end, flags));
  // (only this path makes tokens that end with a dot)
  if (text.charCodeAt(end - 1) === 46) words.keptDots.push(end);
  return matchEnd;
}

/** `wordKinds` of the lower case of `text[start, end)`, without a string for an ASCII word. */
function kindsOf(text: string, start: number, end: number): number {
  const kinds = kindsAt(text, start, end);
  return kinds >= 0 ? kinds : wordKinds(lowerCase(text, start, end, text.slice(start, end)));
}

/**
 * Whether `[from, to)` has at least `minWords` words (a letter, then letters, hyphens and
 * apostrophes) and at least `share` of them open with a capital. One pass, which stops once the
 * rest of the stretch could not bring the share up even were it all capitalised words (at most
 * one per two characters): most stretches asked are prose, decided well before their end.
 */
export function mostlyCapitalised(
  text: string,
  from: number,
  to: number,
  minWords: number,
  share: number,
): boolean {
  let words = 0;
  let capitals = 0;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const cp = code < 128 ? code : codePointAt(text, i, to);
    const c = code < 128 ? (ASCII_CLASS[code] as number) : classOf(cp);
    i += cp >= 0x10000 ? 2 : 1;
    if (c < LETTER) continue;
    words++;
    if (c === UPPER) capitals++;
    while (i < to) {
      const nextCode = text.charCodeAt(i);
      if (nextCode < 128) {
        if ((ASCII_CLASS[nextCode] as number) < LETTER && nextCode !== 45 && nextCode !== 39) break;
        i++;
        continue;
      }
      const next = codePointAt(text, i, to);
      if (classOf(next) < LETTER && next !== 0x2019) break;
      i += width(next);
    }
    // (`text[i]`, if any, ends the word: the next opens at `i + 1` or later)
    const more = (to - i) >> 1;
    if ((capitals + more) / (words + more) < share) return false;
  }
  return words >= minWords && capitals / words >= share;
}

/** A space or a no-break space: what separates the words of a name in the text. */
export function isBlank(c: number): boolean {
  return c === 32 || c === 0xa0;
}

/** Only spaces in `[from, to)`, and at least one: two words side by side. */
export function onlySpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) if (!isBlank(text.charCodeAt(k))) return false;
  return true;
}

/**
 * Where the run of lower-case ASCII letters ending at `end` starts, reading back at most `max`
 * letters (`end` itself when there is none).
 */
export function lowerWordStart(text: string, end: number, max: number): number {
  let j = end - 1;
  while (j >= 0 && end - j <= max) {
    const c = text.charCodeAt(j);
    if (c < 97 || c > 122) break;
    j--;
  }
  return j + 1;
}

/**
 * The word of ASCII letters just before `at` and the spaces (`[ \u00a0]+`) that end there,
 * looking back no more than `window` characters — what `/(\p{L}+)[ \u00a0]+$/u` (or `\p{Ll}` with
 * `lowerOnly`) finds in that window. "" when there is no such word; null when a letter outside
 * ASCII is in the way, for the caller to ask its Unicode regex.
 */
export function asciiWordBefore(
  text: string,
  at: number,
  window: number,
  lowerOnly: boolean,
): string | null {
  const lo = Math.max(0, at - window);
  let j = at - 1;
  while (j >= lo) {
    const c = text.charCodeAt(j);
    if (c !== 32 && c !== 0xa0) break;
    j--;
  }
  if (j === at - 1 || j < lo) return "";
  const end = j + 1;
  while (j >= lo) {
    const c = text.charCodeAt(j);
    if (c >= 128) {
      // a letter outside ASCII (or half of a pair) may belong to the word: undecided. Anything
      // else ends it (`Obama’s Secretary`: the regex finds `s` too)
      if ((c >= 0xd800 && c <= 0xdfff) || classOf(c) >= LETTER) return null;
      break;
    }
    if (!((c >= 97 && c <= 122) || (!lowerOnly && c >= 65 && c <= 90))) break;
    j--;
  }
  return text.slice(j + 1, end);
}

export function isCapitalised(word: string): boolean {
  // (an empty word read past its end would throw the optimised code away)
  if (word.length === 0) return false;
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/** `ICE`, `ACLU`: two or more letters, all upper-case. */
export function isAcronym(word: string): boolean {
  return acronymAt(word, 0, word.length);
}

/**
 * `text[start, end)` is an acronym: what `/^[\p{Lu}\p{N}&.-]+$/u` and `/\p{Lu}.*\p{Lu}/u` both
 * match, read by code point (no regex for a word outside ASCII).
 */
function acronymAt(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  let capitals = 0;
  for (let i = start; i < end;) {
    const cp = codePointAt(text, i, end);
    const c = classOf(cp);
    if (c === UPPER) capitals++;
    else if (c !== NUMBER && cp !== 38 && cp !== 46 && cp !== 45) return false;
    i += width(cp);
  }
  return capitals >= 2;
}

/** `F.`, `G.` */
export function isInitial(word: string): boolean {
  return initialAt(word, 0, word.length);
}

/**
 * `text[start, end)` is an initial: a capital and a dot, the capital one code unit long or (for
 * one outside the BMP) two. Most words fail on their length or last character.
 */
function initialAt(text: string, start: number, end: number): boolean {
  const n = end - start;
  if ((n !== 2 && n !== 3) || text.charCodeAt(end - 1) !== 46) return false;
  const cp = codePointAt(text, start, end);
  return width(cp) === n - 1 && classOf(cp) === UPPER;
}

/**
 * Start offsets of sentences: after `.`/`!`/`?` (and any closing quotes) followed by white space,
 * unless the word before the dot is an initial or abbreviation; and at every line break.
 * `keptDots` are the ends of the tokens that keep their dot (`Words.keptDots`).
 */
export function sentenceStarts(text: string, keptDots: number[]): number[] {
  // the ends come in text order and the scan below meets the dots in order too, so a cursor
  // replaces a set
  let nextAbbrev = 0;
  const nKept = keptDots.length;
  const starts = [0];
  // by hand, as `/[.!?]["'”’)\]]*\s+|\n\s*/g` would find them: no match objects, and the
  // next `.`, `!`, `?` and line break found by indexOf (fast) rather than reading every character
  const n = text.length;
  let dot = text.indexOf(".");
  let bang = text.indexOf("!");
  let ask = text.indexOf("?");
  let line = text.indexOf("\n");
  let i = 0;
  for (;;) {
    if (dot >= 0 && dot < i) dot = text.indexOf(".", i);
    if (bang >= 0 && bang < i) bang = text.indexOf("!", i);
    if (ask >= 0 && ask < i) ask = text.indexOf("?", i);
    if (line >= 0 && line < i) line = text.indexOf("\n", i);
    let p = dot;
    if (bang >= 0 && (p < 0 || bang < p)) p = bang;
    if (ask >= 0 && (p < 0 || ask < p)) p = ask;
    if (line >= 0 && (p < 0 || line < p)) p = line;
    if (p < 0) break;
    const c = text.charCodeAt(p);
    let end = -1;
    if (c === 10) {
      let j = p + 1;
      while (j < n && isSpaceCode(text.charCodeAt(j))) j++;
      end = j;
    } else {
      let j = p + 1;
      while (j < n && isCloser(text.charCodeAt(j))) j++;
      if (j < n && isSpaceCode(text.charCodeAt(j))) {
        while (j < n && isSpaceCode(text.charCodeAt(j))) j++;
        end = j;
      }
    }
    if (end < 0) {
      i = p + 1;
      continue;
    }
    i = end;
    if (c === 46) {
      while (nextAbbrev < nKept && (keptDots[nextAbbrev] as number) <= p) nextAbbrev++;
      if (nextAbbrev < nKept && keptDots[nextAbbrev] === p + 1) continue;
    }
    if (end < n) starts.push(end);
  }
  // matches come in order and never overlap, so the starts are already sorted and distinct
  return starts;
}

/** Index of the sentence holding `offset` (binary search over the starts). */
export function sentenceIndex(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const QUOTE_OR_LINE = /["\n\u201c\u201d\u00ab\u00bb]/g;
// `''` too: two apostrophes stand for a double quote in some archives (`''It's over,'' he said`);
// asked only of a text that has them (the alternative makes the scan slower)
const QUOTE_OR_LINE_OR_DOUBLED = /["\n\u201c\u201d\u00ab\u00bb]|''/g;

/**
 * Sorted, non-overlapping `[start, end)` regions as one flat list: start, end, start, end, …
 * Small integers only, so an empty list and a filled one have the same element kind (lists of
 * pairs did not, and the first article with a region threw the code reading them away).
 */
export type Regions = number[];

/** The regions between curly or straight double quotes (or doubled apostrophes), paired within a paragraph. */
export function quoteRegions(text: string): Regions {
  const regions: Regions = [];
  let open = -1;
  let straightOpen = -1;
  // only quote marks and line breaks matter: the regex skips to them (a loop over every
  // character showed in profiles). At most one quote is open at a time, so the regions come
  // out in order.
  const marks = text.includes("''") ? QUOTE_OR_LINE_OR_DOUBLED : QUOTE_OR_LINE;
  marks.lastIndex = 0;
  while (marks.test(text)) {
    // a doubled apostrophe is read as a straight double quote at its second mark
    const i = marks.lastIndex - 1;
    const c = text.charCodeAt(i) === 39 ? 34 : text.charCodeAt(i);
    // mixed marks (`“Immunity deals … FBI," he said`) close whichever quote is open
    if (c === 0x201c || c === 0xab) {
      if (open < 0 && straightOpen < 0) open = i;
    } else if (c === 0x201d || c === 0xbb || (c === 34 && open >= 0)) {
      const from = open >= 0 ? open : straightOpen;
      if (from >= 0) regions.push(from + 1, i);
      open = -1;
      straightOpen = -1;
    } else if (c === 34) {
      if (straightOpen >= 0) {
        regions.push(straightOpen + 1, i);
        straightOpen = -1;
      } else straightOpen = i;
    } else if (c === 10 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) {
      open = -1;
      straightOpen = -1;
    }
  }
  return regions;
}

/** True when `offset` lies inside one of the regions. */
export function inRegions(regions: Regions, offset: number): boolean {
  let lo = 0;
  let hi = (regions.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < (regions[2 * mid] as number)) hi = mid - 1;
    else if (offset >= (regions[2 * mid + 1] as number)) lo = mid + 1;
    else return true;
  }
  return false;
}

/** `"`, `'`, `”`, `’`, `)`, `]`: what may close a sentence after its full stop. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

/**
 * `s.replace(/\s+/gu, " ")` (`/[ \u00a0]+/gu` with `spacesOnly`), without running the regex when
 * there is nothing to collapse: no white space but single plain spaces, as in most names.
 */
export function squashSpaces(s: string, spacesOnly = false): string {
  // one call of `collapse` for every reason to collapse: a double space is met late (the first
  // in PolNeAR's 494th text), and its own call, with no feedback, threw away the compiled code of
  // every function that had inlined this one (`mention`, `resolveMention`)
  return hasSpacesToSquash(s, spacesOnly) ? collapse(s, spacesOnly) : s;
}
/** `s` has white space other than single plain spaces (only no-break spaces with `spacesOnly`). */
function hasSpacesToSquash(s: string, spacesOnly: boolean): boolean {
  let prevSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return true;
      prevSpace = true;
    } else if (c > 32 && c < 0xa0) prevSpace = false;
    // (most characters are told above, with no call)
    else if (spacesOnly ? c === 0xa0 : isSpaceCode(c)) return true;
    else prevSpace = false;
  }
  return false;
}
function collapse(s: string, spacesOnly: boolean): string {
  return spacesOnly ? s.replace(/[ \u00a0]+/gu, " ") : s.replace(/\s+/gu, " ");
}

/** Collapses runs of white space (including no-break spaces) to one space. */
export function squash(s: string): string {
  return s.replace(/\s+/gu, " ").trim();
}

/**
 * `items` is in the order a stable sort by `cmp` gives: sorting would change nothing, and the
 * copy it makes (most lists here arrive in order) can be skipped.
 */
export function inOrder<T>(items: readonly T[], cmp: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++)
    if (cmp(items[i - 1] as T, items[i] as T) > 0) return false;
  return true;
}

/** First index whose item starts at or after `at`, in an array sorted by `start`. */
export function lowerBound(items: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { start: number }).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The longest name, pair or list we look back over when something may overlap a span. */
export const MAX_MENTION = 300;
