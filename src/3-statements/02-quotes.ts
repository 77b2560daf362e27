// Quotation-mark pairing over a whole article: curly or straight double quotes, decided by the
// characters around each mark; quotes that run over several paragraphs (each reopens, only the last
// closes); and a bounded recovery for a quote that never closes (it ends with its paragraph).

import type { Diagnostic } from "../types.ts";
import type { Range } from "./01-sentences.ts";
import { isSpace, isWordChar } from "./text.ts";

export interface Quote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote runs on or never closes. */
  close: number;
  /** The quoted words, without the marks (trimmed). */
  start: number;
  end: number;
  paragraph: number;
  /** This paragraph reopens a quote that the previous paragraph left open. */
  reopens: boolean;
  /** The quote runs on into the next paragraph. */
  runsOn: boolean;
  /** The quote never closed; it was cut at the end of its paragraph. */
  unclosed: boolean;
  /** A reporting clause of its sentence made a statement of it (set when statements are built). */
  taken: boolean;
}

const OPENERS_BEFORE = new Set([40, 91, 123, 0x2014, 0x2013, 45, 47, 58, 44, 59]); // ( [ { — – - / : , ;

/** Which way a double quote mark faces: 1 opens, -1 closes, 0 cannot tell. */
function direction(norm: string, orig: string, i: number, floor: number, ceil: number): number {
  const before = i > floor ? norm.charCodeAt(i - 1) : 32;
  const after = i + 1 < ceil ? norm.charCodeAt(i + 1) : 32;
  const spaceBefore = isSpace(before) || OPENERS_BEFORE.has(before);
  const spaceAfter = isSpace(after);
  if (spaceBefore && !spaceAfter) return 1;
  if (!spaceBefore && spaceAfter) return -1;
  // Glued on both sides or spaced on both: trust a curly mark's shape.
  const o = orig.charCodeAt(i);
  if (o === 0x201c || o === 0x201e) return 1;
  if (o === 0x201d) return -1;
  if (!spaceBefore && !isWordChar(after)) return -1; // `word".` `word",`
  return 0;
}

export function findQuotes(
  norm: string,
  orig: string,
  paragraphs: readonly Range[],
  source: string,
): { quotes: Quote[]; warnings: Diagnostic[] } {
  const quotes: Quote[] = [];
  const warnings: Diagnostic[] = [];
  const lines = new LineCounter(orig);
  let unclosedCount = 0;
  const warn = (at: number) => {
    unclosedCount++;
    if (unclosedCount <= MAX_WARNINGS) warnings.push(unclosed(lines, source, at));
  };
  let carried = false; // the previous paragraph left a quote open and this one may reopen it
  // The marks are found with a native search; one cursor for the whole text, as the paragraphs
  // come in order, so the search never covers a stretch twice.
  let next = norm.indexOf('"');
  for (let p = 0; p < paragraphs.length; p++) {
    const { start: ps, end: pe } = paragraphs[p] as Range;
    let openAt = -1;
    let reopens = false;
    while (next >= 0 && next < ps) next = norm.indexOf('"', next + 1);
    // Only a mark that is the paragraph's first non-space character can reopen a quote.
    let lead = ps;
    while (lead < pe && isSpace(norm.charCodeAt(lead))) lead++;
    let first = true;
    for (; next >= 0 && next < pe; next = norm.indexOf('"', next + 1)) {
      const i = next;
      const firstMark = first; // (the paragraph's first mark)
      if (first && i !== lead) first = false;
      let dir = direction(norm, orig, i, ps, pe);
      // `” … they are so not like him,” she said`: a mark that opens its paragraph opens, whatever
      // its shape (nothing is open to close). (The text before it is read only for a closing one.)
      if (dir === -1 && firstMark && noWordBefore(norm, ps, i)) dir = 1;
      if (openAt < 0) {
        if (dir === -1) {
          first = false;
          continue; // a stray closing mark: nothing to close
        }
        openAt = i;
        reopens = first && carried;
        first = false;
        continue;
      }
      first = false;
      // `"“You don't win…,"`: a second opening mark right after the first doubles it.
      if (dir === 1 && i - openAt === 1) {
        openAt = i;
        continue;
      }
      if (dir === 1 && !closesAfterPunctuation(norm, orig, i, pe)) {
        // An opening mark while a quote is open: the earlier one never closed. Cut it here.
        pushQuote(quotes, norm, openAt, -1, i, p, reopens, false, true);
        warn(openAt);
        openAt = i;
        reopens = false;
        continue;
      }
      pushQuote(quotes, norm, openAt, i, i, p, reopens, false, false);
      openAt = -1;
      reopens = false;
    }
    carried = false;
    if (openAt >= 0) {
      const following = p + 1 < paragraphs.length ? paragraphs[p + 1] : undefined;
      if (following && startsWithQuote(norm, following.start, following.end)) {
        pushQuote(quotes, norm, openAt, -1, pe, p, reopens, true, false);
        carried = true;
      } else {
        pushQuote(quotes, norm, openAt, -1, pe, p, reopens, false, true);
        warn(openAt);
      }
    }
  }
  if (unclosedCount > MAX_WARNINGS) {
    warnings.push({
      source,
      ruleId: "quote-unclosed",
      reason: `${unclosedCount - MAX_WARNINGS} more quotations never close`,
      fatal: false,
    });
  }
  return { quotes, warnings };
}

const MAX_WARNINGS = 20;

/** Line numbers for offsets asked in increasing order, in one pass over the text overall. */
class LineCounter {
  private line = 1;
  private lineStart = 0;
  private pos = 0;
  constructor(private readonly text: string) {}
  at(offset: number): { line: number; column: number } {
    for (
      let i = this.text.indexOf("\n", this.pos);
      i >= 0 && i < offset;
      i = this.text.indexOf("\n", i + 1)
    ) {
      this.line++;
      this.lineStart = i + 1;
    }
    this.pos = Math.max(this.pos, this.lineStart);
    return { line: this.line, column: offset - this.lineStart + 1 };
  }
}

/**
 * With a quote open, a mark right after the punctuation that ends the quoted words closes it:
 * spaced after (`here,“ said Jim Clyburn`, whatever its shape) or glued to the next word
 * (`surprising,”Clinton said`, unless its shape says it opens).
 */
function closesAfterPunctuation(norm: string, orig: string, i: number, end: number): boolean {
  const before = norm.charCodeAt(i - 1);
  if (!(before === 44 || before === 46 || before === 63 || before === 33)) return false; // , . ? !
  return i + 1 >= end || isSpace(norm.charCodeAt(i + 1)) || orig.charCodeAt(i) !== 0x201c;
}

/** Whether `[from, to)` holds no letter or digit (spaces, invisible marks, an ellipsis). */
function noWordBefore(norm: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isWordChar(norm.charCodeAt(k))) return false;
  return true;
}

function startsWithQuote(norm: string, s: number, e: number): boolean {
  while (s < e && isSpace(norm.charCodeAt(s))) s++;
  return s < e && norm.charCodeAt(s) === 34;
}

function pushQuote(
  quotes: Quote[],
  norm: string,
  open: number,
  close: number,
  innerEnd: number,
  paragraph: number,
  reopens: boolean,
  runsOn: boolean,
  isUnclosed: boolean,
): void {
  let s = open + 1;
  let e = innerEnd;
  while (s < e && isSpace(norm.charCodeAt(s))) s++;
  while (e > s && isSpace(norm.charCodeAt(e - 1))) e--;
  if (e <= s) return;
  quotes.push({
    open,
    close,
    start: s,
    end: e,
    paragraph,
    reopens,
    runsOn,
    unclosed: isUnclosed,
    taken: false,
  });
}

function unclosed(lines: LineCounter, source: string, at: number): Diagnostic {
  const { line, column } = lines.at(at);
  return {
    source,
    line,
    column,
    ruleId: "quote-unclosed",
    reason: "a quotation opens here and never closes; it was taken to end with its paragraph",
    fatal: false,
  };
}

/**
 * Outlets that quote with single marks (`'We will win,' she said.`): when the text has no double
 * quotation marks at all, the single marks that open and close quotations become `"` in the
 * matching copy (same length), and apostrophes (`don't`, `dogs'`, `'90s`) stay as they are.
 */
export function promoteSingleQuotes(norm: string, paragraphs: readonly Range[]): string {
  if (norm.includes('"')) return norm;
  const marks: number[] = []; // in order
  // The marks are found with a native search, one cursor for the whole text (the paragraphs come
  // in order), so the search never covers a stretch twice.
  let next = norm.indexOf("'");
  for (let p = 0; p < paragraphs.length && next >= 0; p++) {
    const { start, end } = paragraphs[p] as Range;
    while (next >= 0 && next < start) next = norm.indexOf("'", next + 1);
    let open = -1;
    let weakClose = -1; // `the players' union`: a possessive that might also close
    for (; next >= 0 && next < end; next = norm.indexOf("'", next + 1)) {
      const i = next;
      const before = i > start ? norm.charCodeAt(i - 1) : 32;
      const after = i + 1 < end ? norm.charCodeAt(i + 1) : 32;
      const spaceBefore = isSpace(before) || SINGLE_OPENERS_BEFORE.has(before);
      const spaceAfter = isSpace(after) || !isWordChar(after);
      if (open < 0) {
        // An opening mark: space before, a letter after, and not an elision (`'90s`, `'em`).
        if (spaceBefore && isWordChar(after) && !isElision(norm, i + 1, end)) {
          open = i;
          weakClose = -1;
        }
        continue;
      }
      if (!spaceBefore && spaceAfter) {
        const possessive = before === 115 && isSpace(after) && isLowerAt(norm, i + 2, end);
        if (possessive) {
          weakClose = i;
          continue;
        }
        marks.push(open, i);
        open = -1;
      }
    }
    if (open >= 0 && weakClose >= 0) marks.push(open, weakClose);
  }
  if (marks.length === 0) return norm;
  // (joined once, as `normalise` does: a rope would be read through an indirection ever after)
  const parts: string[] = [];
  let last = 0;
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k] as number;
    parts.push(norm.slice(last, m), '"');
    last = m + 1;
  }
  parts.push(norm.slice(last));
  return parts.join("");
}

const SINGLE_OPENERS_BEFORE = new Set([40, 91, 123, 0x2014, 0x2013]); // ( [ { — –

const ELISIONS = new Set(["em", "tis", "twas", "n", "cause", "til", "till", "round", "bout", "s"]);

function isElision(norm: string, s: number, end: number): boolean {
  let e = s;
  while (e < end && isWordChar(norm.charCodeAt(e))) e++;
  const w = norm.slice(s, e).toLowerCase();
  return ELISIONS.has(w) || /^\d0s$/.test(w) || /^\d\d$/.test(w);
}

function isLowerAt(norm: string, i: number, end: number): boolean {
  if (i >= end) return false;
  const c = norm.charCodeAt(i);
  return c >= 97 && c <= 122;
}
