// Sentence splitting within one paragraph: a single left-to-right pass that knows abbreviations
// (Mr., U.S., Sen., Jan.), initials (John F. Kelly) and never splits inside a quotation.

import {
  ABBREVIATIONS,
  ALSO_SENTENCE_FINAL,
  NUMBER_ABBREVIATIONS,
} from "./lexicon/abbreviations.ts";
import { isDigit, isSpace, isUpper, isWordChar } from "./text.ts";

export interface Range {
  start: number;
  end: number;
}

/**
 * Splits `[start, end)` of the normalised text into sentences (trimmed of surrounding space).
 * `protect` holds ranges (sorted by start, non-overlapping) a sentence may not end inside: the
 * quotations, so `"It is. It was," she said.` stays one sentence.
 */
export function splitSentences(
  norm: string,
  start: number,
  end: number,
  protect: readonly Range[] = [],
): Range[] {
  const out: Range[] = [];
  let sentStart = start;
  let p = 0; // index into protect
  for (let i = nextTerminator(norm, start); i < end; i = nextTerminator(norm, i + 1)) {
    const c = norm.charCodeAt(i);
    // Skip further terminators and closing marks: `?!`, `."`, `.)`, `...'`
    let j = i + 1;
    while (j < end) {
      const d = norm.charCodeAt(j);
      if (
        d === 46 ||
        d === 33 ||
        d === 63 ||
        d === 34 ||
        d === 39 ||
        d === 41 ||
        d === 93 ||
        d === 0x2026
      )
        j++;
      else break;
    }
    if (j < end && !isSpace(norm.charCodeAt(j))) {
      i = j - 1;
      continue;
    }
    // The next sentence must start with an upper-case letter, digit, quote or bracket.
    let k = j;
    while (k < end && isSpace(norm.charCodeAt(k))) k++;
    if (k < end) {
      const n = norm.charCodeAt(k);
      const okStart = isUpper(n) || isDigit(n) || n === 34 || n === 39 || n === 40 || n === 91;
      if (!okStart) {
        i = j - 1;
        continue;
      }
      if (c === 46 && j === i + 1 && !periodEnds(norm, start, i, k, end)) continue;
    }
    while (p < protect.length && (protect[p] as Range).end <= j - 1) p++;
    const guard = protect[p];
    if (guard && guard.start < j && guard.end > j) {
      i = j - 1;
      continue;
    }
    pushTrimmed(norm, out, sentStart, j);
    sentStart = j;
    i = j - 1;
  }
  pushTrimmed(norm, out, sentStart, end);
  return out;
}

// . ! ? and the ellipsis character, each found by `indexOf` (a native search, and cheaper to call
// than a regular expression). Each mark's last answer is kept: paragraphs asked in order never make
// a search cover a stretch of text twice (and a text of many paragraphs without marks stays
// linear), and the rarer marks, once known absent or far, are not searched again.
const TERMINATORS = [".", "!", "?", "\u2026"];
let lastText = "";
const searchedFrom = [0, 0, 0, 0];
const found = [-1, -1, -1, -1];

/** The offset of the first terminator at or after `from`, or the text's length. */
function nextTerminator(norm: string, from: number): number {
  if (norm !== lastText) {
    lastText = norm;
    found.fill(-1);
  }
  let first = norm.length;
  for (let k = 0; k < 4; k++) {
    let at = found[k] as number;
    if (!(from >= (searchedFrom[k] as number) && from <= at)) {
      at = norm.indexOf(TERMINATORS[k] as string, from);
      if (at < 0) at = norm.length;
      searchedFrom[k] = from;
      found[k] = at;
    }
    if (at < first) first = at;
  }
  return first;
}

/** Whether the period at `dot` ends a sentence, judging by the word before it. */
function periodEnds(norm: string, floor: number, dot: number, next: number, end: number): boolean {
  let w = dot;
  while (w > floor) {
    const d = norm.charCodeAt(w - 1);
    if (isWordChar(d) || d === 46 || d === 39 || d === 45) w--;
    else break;
  }
  // Longer than any abbreviation or dotted form: a plain word, ending the sentence (most are; no
  // need to make its lower case, which is never shorter).
  if (dot - w > LONGEST_SHORT_FORM) return true;
  const word = norm.slice(w, dot).toLowerCase();
  if (word.length === 0) return true;
  // An initial: a single capital letter (`John F. Kelly`), unless it is the pronoun `I`.
  if (word.length === 1 && isUpper(norm.charCodeAt(w))) return word === "i";
  if (ABBREVIATIONS.has(word)) {
    if (NUMBER_ABBREVIATIONS.has(word)) return !isDigit(norm.charCodeAt(next));
    if (!ALSO_SENTENCE_FINAL.has(word)) return false;
    // `U.S. The` ends; `U.S. Attorney` usually does not: only a function word after counts.
    return isSentenceOpener(norm, next, end);
  }
  // Dotted forms not in the list (`N.J.`, `F.B.I.`): treat like the sentence-final ones.
  if (word.includes(".") && word.length <= MAX_DOTTED) return isSentenceOpener(norm, next, end);
  return true;
  // (numbers such as `3.5` never reach here: the tokeniser-level check wants a space after the dot)
}

const MAX_DOTTED = 6;
const LONGEST_SHORT_FORM = Math.max(MAX_DOTTED, ...[...ABBREVIATIONS].map((a) => a.length));

/** After `U.S.` a capital may be a name (`U.S. Attorney`); a function word opens a sentence. */
function isSentenceOpener(norm: string, at: number, end: number): boolean {
  const c = norm.charCodeAt(at);
  if (c === 34 || c === 39 || c === 40 || isDigit(c)) return true;
  let e = at;
  while (e < end && isWordChar(norm.charCodeAt(e))) e++;
  return OPENERS.has(norm.slice(at, e).toLowerCase());
}

const OPENERS = new Set([
  "the",
  "a",
  "an",
  "he",
  "she",
  "it",
  "they",
  "we",
  "i",
  "you",
  "but",
  "and",
  "or",
  "so",
  "in",
  "on",
  "at",
  "for",
  "this",
  "that",
  "these",
  "those",
  "there",
  "his",
  "her",
  "their",
  "its",
  "our",
  "as",
  "if",
  "when",
  "while",
  "after",
  "before",
  "since",
  "many",
  "some",
  "most",
  "officials",
  "yet",
  "still",
  "however",
  "meanwhile",
  "now",
  "then",
  "what",
  "who",
  "why",
  "how",
]);

function pushTrimmed(norm: string, out: Range[], s: number, e: number): void {
  while (s < e && isSpace(norm.charCodeAt(s))) s++;
  while (e > s && isSpace(norm.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}
