// Plain text → paragraph spans. Paragraphs are separated by blank lines; a text with no blank line
// at all uses single newlines as paragraph breaks (copied web text often does). Spans are trimmed
// of white space and index into the text exactly as given.

import type { Paragraph } from "../../types.ts";
import { isSpaceCode } from "../normalize.ts";

/** Splits `text` into trimmed, non-empty paragraph spans, in one pass over the lines. */
export function splitParagraphs(text: string): Paragraph[] {
  const lines = lineSpans(text);
  // Plain loops, no callbacks: the optimising compiler inlines each array method and its callback,
  // and a function it takes long to compile runs unoptimised for longer in a cold process.
  const blanks: boolean[] = [];
  let hasBlankLine = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as { start: number; end: number };
    const blank = isBlank(text, l.start, l.end);
    blanks.push(blank);
    if (blank && i > 0 && i < lines.length - 1) hasBlankLine = true;
  }
  const out: Paragraph[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  let blockLines = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as { start: number; end: number };
    if (!blanks[i]) {
      if (blockStart < 0) {
        blockStart = line.start;
        blockLines = 0;
      }
      blockEnd = line.end;
      blockLines++;
      if (hasBlankLine) continue;
    }
    if (blockStart >= 0) pushBlock(text, blockStart, blockEnd, blockLines, out);
    blockStart = -1;
  }
  if (blockStart >= 0) pushBlock(text, blockStart, blockEnd, blockLines, out);
  return out;
}

/** A block of lines: one paragraph, or one per line when its lines read as separate paragraphs. */
function pushBlock(
  text: string,
  start: number,
  end: number,
  lines: number,
  out: Paragraph[],
): void {
  // A line holds no line break: only a block of several lines may need splitting.
  if (lines === 1) {
    push(text, start, end, out);
    return;
  }
  const block: Paragraph[] = [];
  push(text, start, end, block);
  for (const p of block) splitLineParagraphs(text, p, out);
}

// Line ends that close a sentence or a quotation; in hard-wrapped prose few lines end this way.
const CLOSES = /[.!?:"'\u201d\u2019)\]]$/;

/**
 * A block whose lines mostly end a sentence uses single newlines as paragraph breaks (a teaser
 * line stuck under a paragraph, a list of short lines); hard-wrapped prose stays one paragraph.
 */
function splitLineParagraphs(text: string, p: Paragraph, out: Paragraph[]): void {
  if (!p.text.includes("\n") && !p.text.includes("\r")) {
    out.push(p);
    return;
  }
  const lines = lineSpans(p.text);
  let closing = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const l = lines[i] as { start: number; end: number };
    if (CLOSES.test(p.text.slice(l.start, l.end).trimEnd())) closing++;
  }
  if (closing * 2 < lines.length - 1) {
    out.push(p);
    return;
  }
  for (const l of lines) push(text, p.start + l.start, p.start + l.end, out);
}

/** Only white space between `start` and `end` (as `\S` finds none), without slicing the line. */
function isBlank(text: string, start: number, end: number): boolean {
  return skipSpaces(text, start, end) === end;
}

// The two scans below take their step before their test, so that every span with a character
// takes it: a step first taken at a line or paragraph with a space at its edge, once the compiler
// had optimised splitParagraphs, threw that optimised code away.

/** The index of the first character in `[start, end)` that is not white space, else `end`. */
function skipSpaces(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) if (!isSpaceCode(text.charCodeAt(i++))) return i - 1;
  return end;
}

/** The index after the last character in `[start, end)` that is not white space, else `start`. */
function trimSpacesEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start) if (!isSpaceCode(text.charCodeAt(--e))) return e + 1;
  return start;
}

// A line break other than `\n`? Texts without one are split with indexOf. Three substring
// searches, each native, cost less than one regex with a character class over the whole text.
const hasOtherBreak = (text: string) =>
  text.includes("\r") || text.includes("\u2028") || text.includes("\u2029");

function lineSpans(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  if (!hasOtherBreak(text)) {
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      lines.push({ start, end: nl });
      start = nl + 1;
    }
    lines.push({ start, end: text.length });
    return lines;
  }
  for (const m of text.matchAll(/\r\n|[\n\r\u2028\u2029]/g)) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

function push(text: string, start: number, end: number, out: Paragraph[]): void {
  const s = skipSpaces(text, start, end);
  const e = trimSpacesEnd(text, s, end);
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), kind: "text" });
}
