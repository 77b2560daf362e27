// Test helper: a minimal Article from plain text, paragraphs split on blank lines, so the stage's
// tests do not depend on the text stage.

import type { Article } from "../types.ts";
import { findStatements } from "./index.ts";

export function article(text: string, source = "test.txt"): Article {
  const paragraphs: Article["paragraphs"] = [];
  const re = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    if (m[0].trim()) paragraphs.push({ start, end, text: text.slice(start, end) });
  }
  return {
    id: "test",
    source,
    format: "text",
    text,
    paragraphs,
    removals: [],
    meta: { byline: [], provenance: {} },
    warnings: [],
  };
}

/** Statements of `text` as compact rows: kind, speaker mention, content (or quote). */
export function rows(text: string): {
  kind: string;
  who: string;
  what: string;
  cue: string;
  channel: string;
  continues?: string;
  id: string;
  quote?: string;
}[] {
  return findStatements(article(text)).statements.map((s) => {
    const row: ReturnType<typeof rows>[number] = {
      id: s.id,
      kind: s.kind,
      who: s.speakerMention?.text ?? "",
      what: s.content.text,
      cue: s.cue?.text ?? "",
      channel: s.channel,
    };
    if (s.quote) row.quote = s.quote.text;
    if (s.continues) row.continues = s.continues;
    return row;
  });
}
