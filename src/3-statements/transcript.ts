// Transcripts: paragraphs that open with a speaker label in capitals (`WALLACE: …`, `MR. TRUMP: …`)
// are that speaker's words. Only when the article has at least two such speakers, so a lone
// `CORRECTION:` or `UPDATE:` never counts, and never for the section labels listed below. Also
// signature lines: a paragraph `- Bernie Sanders.` signs the quotation just before it.

import type { Range } from "./01-sentences.ts";
import { isSpace } from "./text.ts";

export interface Turn {
  paragraph: number;
  label: Range;
  colon: number;
  content: Range;
}

const NOT_SPEAKERS = new Set([
  "CORRECTION",
  "CORRECTIONS",
  "CLARIFICATION",
  "UPDATE",
  "UPDATED",
  "EDITOR'S NOTE",
  "NOTE",
  "PREVIOUSLY",
  "EMAIL",
  "E-MAIL",
  "READ MORE",
  "MORE",
  "RELATED",
  "WATCH",
  "VIDEO",
  "PHOTOS",
  "PHOTO",
  "DISCLOSURE",
  "SOURCE",
  "SOURCES",
  "CREDIT",
  "TRANSCRIPT",
  "ALSO",
  "SEE ALSO",
  "ADVERTISEMENT",
  "BREAKING",
  "EXCLUSIVE",
  "ANALYSIS",
  "OPINION",
  "COMMENTARY",
  "SHORT READS",
  "STAT OF THE WEEK",
  "FIX IS IN",
  "LISTEN",
  "SUBSCRIBE",
  "FOLLOW",
  "CONTACT",
  "TWEET",
  "TIMELINE",
  "FACT CHECK",
  "THE LATEST",
  "WASHINGTON",
  "NEW YORK",
  "LOS ANGELES",
  "PHOTOGRAPH",
  "CLICK HERE",
  "HUFFPOLLSTER",
]);

const MAX_LABEL = 32;

/** A speaker label at the start of `[start, end)`: capitals, periods, spaces, apostrophes, hyphens. */
function labelAt(
  norm: string,
  start: number,
  end: number,
): { label: Range; colon: number } | undefined {
  let i = start;
  let letters = 0;
  while (i < end && i - start <= MAX_LABEL) {
    const c = norm.charCodeAt(i);
    if (c >= 65 && c <= 90) letters++;
    else if (c === 58)
      break; // :
    else if (!(c === 32 || c === 46 || c === 39 || c === 45)) return undefined;
    i++;
  }
  if (i >= end || norm.charCodeAt(i) !== 58 || letters < 2) return undefined;
  let e = i;
  while (e > start && isSpace(norm.charCodeAt(e - 1))) e--;
  const text = norm.slice(start, e);
  if (NOT_SPEAKERS.has(text) || text.split(" ").length > 4) return undefined;
  return { label: { start, end: e }, colon: i };
}

export function findTurns(norm: string, paragraphs: readonly Range[]): Turn[] {
  const turns: Turn[] = [];
  const speakers = new Set<string>();
  for (let p = 0; p < paragraphs.length; p++) {
    const { end } = paragraphs[p] as Range;
    let { start } = paragraphs[p] as Range;
    // A transcript quoted whole opens each turn with a quotation mark: `"WALLACE: …`.
    if (norm.charCodeAt(start) === 34) start++;
    const found = labelAt(norm, start, end);
    if (!found) continue;
    let s = found.colon + 1;
    while (s < end && isSpace(norm.charCodeAt(s))) s++;
    if (end - s < 2) continue;
    turns.push({
      paragraph: p,
      label: found.label,
      colon: found.colon,
      content: { start: s, end },
    });
    speakers.add(
      norm.slice(found.label.start, found.label.end).replace(/^(MR|MS|MRS|DR|SEN|REP|GOV)\. /, ""),
    );
  }
  return speakers.size >= 2 ? turns : [];
}

const MAX_SIGNATURE = 80;

/**
 * `- Bernie Sanders.`, `-Michelle Marks, Philadelphia.`: a short paragraph that is a dash and a
 * capitalised name (then, after a comma, where or when) and no quotation; the name's range.
 */
export function signatureName(norm: string, para: Range): Range | undefined {
  const { start, end } = para;
  if (end - start > MAX_SIGNATURE || !isDash(norm.charCodeAt(start))) return undefined;
  let i = start + 1;
  while (i < end && isSpace(norm.charCodeAt(i))) i++;
  const first = norm.charCodeAt(i);
  if (!(first >= 65 && first <= 90)) return undefined;
  let e = i;
  for (let j = i; j < end; j++) {
    const c = norm.charCodeAt(j);
    if (c === 34 || c === 58) return undefined; // a quotation mark or a colon: not a signature
    if (e === i && c === 44) e = j; // , (`e === i` first: a comparison first met late deoptimises)
  }
  if (e === i) e = end;
  while (e > i && (isSpace(norm.charCodeAt(e - 1)) || norm.charCodeAt(e - 1) === 46)) e--; // .
  // `– An immigrant himself –.`: a subheading between dashes, or opening with an article.
  if (e <= i || isDash(norm.charCodeAt(e - 1)) || ARTICLE.test(norm.slice(i, e))) return undefined;
  return { start: i, end: e };
}

const ARTICLE = /^(?:A|An|The) /;

/** `-` `–` `—` `―`. */
function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2015;
}
