// Plain text → paragraph spans. Paragraphs are separated by blank lines; a text with no blank line
// at all uses single newlines as paragraph breaks (copied web text often does). Spans are trimmed
// of white space and index into the text exactly as given.

import type { Paragraph } from "../../types.ts";

const isSpace = (c: string | undefined) => c !== undefined && c.trim() === "";

const NON_SPACE = /\S/;

/** Splits `text` into trimmed, non-empty paragraph spans, in one pass over the lines. */
export function splitParagraphs(text: string): Paragraph[] {
  const lines = lineSpans(text);
  const blanks = lines.map((l) => !NON_SPACE.test(text.slice(l.start, l.end)));
  const hasBlankLine = blanks.some((b, i) => b && i > 0 && i < lines.length - 1);
  const out: Paragraph[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  const flush = () => {
    if (blockStart >= 0) push(text, blockStart, blockEnd, out);
    blockStart = -1;
  };
  for (const [i, line] of lines.entries()) {
    if (blanks[i]) {
      flush();
      continue;
    }
    if (blockStart < 0) blockStart = line.start;
    blockEnd = line.end;
    if (!hasBlankLine) flush();
  }
  flush();
  return hasBlankLine ? out.flatMap((p) => splitLineParagraphs(text, p)) : out;
}

// Line ends that close a sentence or a quotation; in hard-wrapped prose few lines end this way.
const CLOSES = /[.!?:"'\u201d\u2019)\]]$/;

/**
 * A block whose lines mostly end a sentence uses single newlines as paragraph breaks (a teaser
 * line stuck under a paragraph, a list of short lines); hard-wrapped prose stays one paragraph.
 */
function splitLineParagraphs(text: string, p: Paragraph): Paragraph[] {
  if (!p.text.includes("\n") && !p.text.includes("\r")) return [p];
  const lines = lineSpans(p.text);
  const ends = lines.slice(0, -1).map((l) => p.text.slice(l.start, l.end).trimEnd());
  const closing = ends.filter((e) => CLOSES.test(e)).length;
  if (closing * 2 < ends.length) return [p];
  const out: Paragraph[] = [];
  for (const l of lines) push(text, p.start + l.start, p.start + l.end, out);
  return out;
}

// Any line break other than `\n`: texts without one are split with indexOf, found natively.
const OTHER_BREAK = /[\r\u2028\u2029]/;

function lineSpans(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  if (!OTHER_BREAK.test(text)) {
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
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), kind: "text" });
}
