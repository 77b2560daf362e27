// Plain-text cleaning: runs the boilerplate rules over each paragraph, then finds the dateline
// in the first kept paragraph and the outlet the text suggests. Works on paragraph spans of any
// text (plain text as given, or the main text H2's HTML extractor produced), so both share rules.

import type { Dateline, Paragraph, Removal } from "../../types.ts";
import { isSpaceCode, normalize } from "../normalize.ts";
import { classify, outletCaption, textClues } from "./02-boilerplate.ts";
import { findDateline } from "./03-dateline.ts";
import { suggestOutlet } from "./04-outlet.ts";
import { isHeadline } from "./05-title.ts";

export { splitParagraphs } from "./01-paragraphs.ts";

export interface Cleaned {
  paragraphs: Paragraph[];
  removals: Removal[];
  dateline?: Dateline;
  /** Outlet the text suggests (dateline agency or credit organisation). */
  outlet?: string;
  /** A headline found at the top of a plain text (its paragraph is kept, with kind `h1`). */
  title?: string;
  /** The date of a `Published …` stamp in the text. */
  published?: string;
  byline: string[];
}

export function clean(
  text: string,
  paragraphs: Paragraph[],
  opts: { findTitle?: boolean } = {},
): Cleaned {
  const kept: Paragraph[] = [];
  const removals: Removal[] = [];
  const creditOrgs: string[] = [];
  const holders: string[] = [];
  const byline: string[] = [];
  let published: string | undefined;
  // Normalised once for the whole text (same length, so paragraph offsets index into it too).
  const norm = normalize(text);
  // Lower-cased once too, for the rules that look for words; unless lower-casing changed the
  // length (`İ` becomes two characters) and the offsets no longer line up.
  const lowered = norm.toLowerCase();
  const lower = lowered.length === norm.length ? lowered : undefined;
  const clues = textClues(norm, lower);
  paragraphs.forEach((p, index) => {
    const verdict = classify(norm.slice(p.start, p.end), {
      index,
      count: paragraphs.length,
      lower: lower?.slice(p.start, p.end),
      clues,
    });
    if (!verdict) {
      kept.push(p);
      return;
    }
    removals.push({
      start: p.start,
      end: p.end,
      text: p.text,
      reason: verdict.reason,
      ruleId: verdict.ruleId,
    });
    if (verdict.creditOrg) creditOrgs.push(verdict.creditOrg);
    if (verdict.copyrightHolder) holders.push(verdict.copyrightHolder);
    if (verdict.byline && byline.length === 0) byline.push(...verdict.byline);
    if (verdict.published) published ??= verdict.published;
  });
  const result: Cleaned = { paragraphs: kept, removals, byline };
  if (published) result.published = published;
  const top = kept[0];
  if (opts.findTitle && top && isHeadline(norm.slice(top.start, top.end), kept.length - 1)) {
    kept[0] = { ...top, kind: "h1" };
    result.title = top.text;
  }
  // The dateline opens the body: skip headings (an HTML page's title) and look a little way in.
  let looked = 0;
  for (const p of kept) {
    if (looked === 3) break;
    if (/^h\d$/.test(p.kind ?? "")) continue;
    looked++;
    const original = text.slice(p.start, p.end);
    const dateline = findDateline(norm.slice(p.start, p.end), original, p.start);
    if (dateline) {
      result.dateline = dateline;
      break;
    }
  }
  const outlet = suggestOutlet(result.dateline, creditOrgs, holders);
  if (outlet) result.outlet = outlet;
  dropOutletCaptions(result, norm, [result.dateline?.agency, ...holders, outlet]);
  return result;
}

/**
 * Moves to the removals the captions credited to the outlet by name alone (see outletCaption),
 * and takes the outlet's name out of the byline's names (`By Timur Bekmukhambetov, Radio
 * Zheltau`): the outlet is known only once the dateline and the copyright have been read.
 */
function dropOutletCaptions(result: Cleaned, norm: string, names: (string | undefined)[]): void {
  const known = new Set<string>();
  for (const n of names) if (n) known.add(n.toLowerCase());
  if (known.size === 0) return;
  result.byline = result.byline.filter((n) => !known.has(n.toLowerCase()));
  const dateline = result.dateline?.start ?? -1;
  const kept = result.paragraphs.filter((p) => {
    if (p.kind === "h1" || (p.start <= dateline && dateline < p.end)) return true;
    // Only a paragraph that ends on `)` is read; most do not, and are not copied to find out.
    if (norm.charCodeAt(lastNonSpace(norm, p.start, p.end)) !== 0x29) return true;
    if (!outletCaption(norm.slice(p.start, p.end), known)) return true;
    result.removals.push({
      start: p.start,
      end: p.end,
      text: p.text,
      reason: "caption",
      ruleId: "caption-outlet",
    });
    return false;
  });
  if (kept.length === result.paragraphs.length) return;
  result.paragraphs = kept;
  result.removals.sort((a, b) => a.start - b.start);
}

/** The offset of the last character in [start, end) that is not white space, or start - 1. */
function lastNonSpace(text: string, start: number, end: number): number {
  let i = end - 1;
  while (i >= start && isSpaceCode(text.charCodeAt(i))) i--;
  return i;
}
