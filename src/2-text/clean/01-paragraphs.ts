// Plain text → paragraph spans. Paragraphs are separated by blank lines; a text with no blank line
// at all uses single newlines as paragraph breaks (copied web text often does). Spans are trimmed
// of white space and index into the text exactly as given.

import type { Paragraph } from "../../types.ts";

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** Splits `text` into trimmed, non-empty paragraph spans, in one pass over the lines. */
export function splitParagraphs(text: string): Paragraph[] {
  const lines = lineSpans(text);
  const blank = (l: { start: number; end: number }) => text.slice(l.start, l.end).trim() === "";
  const hasBlankLine = lines.some((l, i) => i > 0 && i < lines.length - 1 && blank(l));
  const out: Paragraph[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  const flush = () => {
    if (blockStart >= 0) push(text, blockStart, blockEnd, out);
    blockStart = -1;
  };
  for (const line of lines) {
    if (blank(line)) {
      flush();
      continue;
    }
    if (blockStart < 0) blockStart = line.start;
    blockEnd = line.end;
    if (!hasBlankLine) flush();
  }
  flush();
  return out;
}

function lineSpans(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i === text.length || c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029") {
      lines.push({ start, end: i });
      if (c === "\r" && text[i + 1] === "\n") i++;
      start = i + 1;
    }
  }
  return lines;
}

function push(text: string, start: number, end: number, out: Paragraph[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), kind: "text" });
}
