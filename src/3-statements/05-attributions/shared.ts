// What the attribution modules share: the attribution and sentence shapes, the reading of quote
// marks, the making of an attribution, and the trimming of character ranges.

import type { Range } from "../01-sentences.ts";
import type { Cue } from "../03-cues.ts";
import type { TokenRange } from "../04-speaker-mention.ts";
import { isSpace, type Token } from "../text.ts";

export interface Attribution {
  cue: Cue;
  mention?: TokenRange;
  /** Tokens of the speaker mention, cue and the words around them that are not content. */
  clause: TokenRange;
  /** What was said, as character ranges (two for `"A," X said, "B."`). */
  contents: Range[];
  /** The content sits before the cue (`…, X said`), or runs around it. */
  tail: boolean;
  /** The cue ends the sentence with a colon: its content is the next paragraph's quote. */
  colon: boolean;
  /** The speaker was taken from the sentence subject or a coordinated verb (less sure). */
  subjectMention: boolean;
  /** A `that` opened the content. */
  that: boolean;
  /** The content opened with the cue's preposition (`blamed officials for …`). */
  prep: boolean;
  /** The cue is in a relative clause set off by a comma (`X, who said…, is…`). */
  relative: boolean;
}

/** A naming cue with no `that` or preposition after it (`called him "a con"`, not `called for`):
 * it reports only a quotation it names something with. */
export function onlyNames(a: Attribution): boolean {
  return !!a.cue.info.needsQuote && !a.that && !a.prep;
}

export interface SentenceView {
  start: number;
  end: number;
  tokens: Token[];
  /** The indices of the tokens that may be cue words (see `tokenise`). */
  cueWords: readonly number[];
  /** The first colon outside quotes right before a quotation's opening mark, or -1 (most
   * sentences have none, and then no label can be found). */
  colonBeforeQuote: number;
}

/** Whether token `i` of the sentence is a quote's closing mark. */
export function closes(s: SentenceView, i: number): boolean {
  return s.tokens[i]?.mark === 2;
}

/** Whether token `i` of the sentence is a quote's opening mark. */
export function opens(s: SentenceView, i: number): boolean {
  return s.tokens[i]?.mark === 1;
}

export function isEndPunct(t: Token): boolean {
  return (
    t.lower === "." || t.lower === "!" || t.lower === "?" || t.lower === ";" || t.lower === ")"
  );
}

/** Words that open a clause whose subject follows (`that he is feeling`). */
export const CLAUSE_OPENERS = new Set([
  "that",
  "which",
  "who",
  "whom",
  "because",
  "if",
  "when",
  "while",
  "as",
  "since",
  "although",
  "though",
  "where",
  "whether",
]);

export const COORDINATORS = new Set(["and", "or", "but", "while", "as"]);

/** The ranges that hold something. */
export function nonEmpty(ranges: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i] as Range;
    if (r.end > r.start) out.push(r);
  }
  return out;
}

export function make(
  cue: Cue,
  mention: TokenRange,
  clauseFirst: number,
  clauseLast: number,
  contents: Range[],
  tail: boolean,
  colon: boolean,
  subjectMention: boolean,
  that = false,
  prep = false,
  relative = false,
): Attribution {
  return {
    cue,
    mention,
    clause: { first: Math.min(clauseFirst, cue.first), last: Math.max(clauseLast, cue.last) },
    contents,
    tail,
    colon,
    subjectMention,
    that,
    prep,
    relative,
  };
}

export function range(norm: string, start: number, end: number): Range {
  let s = start;
  while (s < end && (isSpace(norm.charCodeAt(s)) || isLeadMark(norm.charCodeAt(s)))) s++;
  return { start: s, end: trimEnd(norm, s, end) };
}

/** `,` `—` `:` (read by character code: see text.ts on comparing characters as strings). */
function isLeadMark(c: number): boolean {
  return c === 44 || c === 0x2014 || c === 58;
}

/** Drops trailing space and sentence punctuation (not closing quotes). */
export function trimEnd(norm: string, start: number, end: number): number {
  let e = end;
  while (e > start && isTrailing(norm.charCodeAt(e - 1))) e--;
  return e;
}

/** Space, `.` `,` `;` `:` and the dashes — and –. */
function isTrailing(c: number): boolean {
  return (
    c === 32 ||
    c === 10 ||
    c === 9 ||
    c === 13 ||
    c === 46 ||
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 0x2014 ||
    c === 0x2013
  );
}
