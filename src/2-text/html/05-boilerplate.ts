// Blocks inside the article element that are still not article text, by their shape: the
// headline repeated (it is `meta.title`), a date/byline stamp, a lone label ("ADVERTISEMENT",
// "Related post: …", "Leia também").

import type { Block } from "./02-content.ts";
import { findDates } from "./03-dates.ts";
import { LABELS, TEASER_PREFIXES } from "./lexicon-labels.ts";

const LABEL_SET = new Set(LABELS);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const TEASER = new RegExp(`^(?:${TEASER_PREFIXES.map(escapeRe).join("|")})\\s*[:：]`, "iu");
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

// What a date/byline stamp is made of besides dates: times, zones, cue words, names of days.
const STAMP_WORDS =
  /\b(?:\d{1,2}[:.h]\d{2}(?::\d{2})?|a\.?m\.?|p\.?m\.?|gmt|utc|[ecmp][sd]t|amt|cet|cest|bst|ist|published|updated|posted|last updated|modified|by|on|at|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|publicado|publicada|atualizado|actualizado|veröffentlicht|aktualisiert|publié|mis à jour|pubblicato|aggiornato|опубликовано|обновлено|às|um|le|il|de|em)\b/giu;

export interface BoilerplateContext {
  /** The page title(s), to recognise the headline repeated as the first block. */
  titles: string[];
}

export function dropBoilerplate(blocks: Block[], ctx: BoilerplateContext): Block[] {
  // The title is often `Headline | Site` or `Section: Headline`: any part may be the headline.
  const titles = ctx.titles
    .flatMap((t) => [t, ...t.split(/\s[|\-–—:]\s|:\s/)])
    .map(norm)
    .filter((t) => t.length >= 8);
  return blocks.filter((b, i) => {
    const text = b.text.trim();
    if (i < 4 && isHeadline(b, titles)) return false;
    if (text.length <= 60 && LABEL_SET.has(norm(text))) return false;
    if (text.length <= 200 && TEASER.test(text)) return false;
    if (/^image \d+ of \d+$/i.test(text)) return false;
    // A tweet's signature line (`— Name (@handle) November 18, 2019`) is quoted content.
    if (text.length <= 120 && b.kind !== "blockquote" && !text.includes("@") && isStamp(text))
      return false;
    return true;
  });
}

/** The page headline: an `<h1>`, or a block equal to (most of) the title. */
function isHeadline(b: Block, titles: string[]): boolean {
  if (b.kind === "h1") return true;
  const t = norm(b.text);
  if (t.length < 8) return false;
  return titles.some(
    (title) => title === t || (title.startsWith(t) && t.length > 0.6 * title.length),
  );
}

/** A line that is a date (and time, byline, cue words) and little else. */
export function isStamp(text: string): boolean {
  const dates = findDates(text);
  // `11/19/19 06:56 AM`: a two-digit year counts when a clock time stands beside it.
  const short = /(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{2}(?!\d)\s+\d{1,2}[:.]\d{2}/.test(text);
  if (dates.length === 0 && !short) return false;
  let rest = text.replace(/(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{2}(?!\d)/g, (m) =>
    " ".repeat(m.length),
  );
  // Cut the date expressions out (from the end so indices hold), then the stamp words.
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + rest.slice(d.end);
  rest = rest
    .replace(STAMP_WORDS, " ")
    .replace(/[^\p{L}]+/gu, " ")
    .trim();
  // What is left may be a name (`By Tess Bonn`): a few words, no sentence.
  return rest.split(" ").filter(Boolean).length <= 4;
}
