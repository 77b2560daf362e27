// The dateline that opens a news report — `DENVER (KXYZ) –`, `WASHINGTON (AP) —`,
// `LONDON, March 3 (Reuters) -`, `(CNN) —` — found by its shape: a place in capitals, an optional
// region and date, an optional agency in parentheses, then a dash. It stays in the text as content.

import type { Dateline } from "../../types.ts";

// Read on normalised text (dashes are `-`). Only the paragraph's first 160 characters are looked
// at, so the cost is constant whatever the paragraph's length.
// Place: up to four capitalised words (`SALT LAKE CITY`); region: a state or country as written in
// running text (`Calif.`, `N.H.`, `Iowa`, `Burma`), never more capitals, which is how headlines read.
const DATELINE =
  /^(?:(\p{Lu}[\p{Lu}.'-]*(?: \p{Lu}[\p{Lu}.'-]*){0,3}(?:, \p{Lu}(?:\p{Ll}+\.?|\.(?:\p{Lu}\.)*)(?: \p{Lu}\p{Ll}+\.?)?)?)(?:, \p{Lu}\p{Ll}{2,8}\.? \d{1,2})?\s*)?(?:\(([^()\n]{1,30})\)\s*)?(-{1,2}|:)\s/u;

// Labels that open a story in capitals and a dash but are not places.
const LABELS = new Set(
  "EXCLUSIVE BREAKING UPDATE UPDATED WATCH ANALYSIS OPINION EDITORIAL COMMENTARY LIVE PHOTOS VIDEO REVIEW NEWS CORRECTION EXCLUSIVE: SPONSORED ADVERTISEMENT".split(
    " ",
  ),
);

/** The dateline at the start of `norm` (a paragraph's normalised text), offsets added to `base`. */
export function findDateline(norm: string, original: string, base: number): Dateline | undefined {
  const head = norm.slice(0, 160);
  const m = DATELINE.exec(head);
  if (!m) return undefined;
  const place = m[1]?.trim();
  const agency = m[2]?.trim();
  if (!agency && !place) return undefined;
  // A place alone must look like a place, not a shouted word: at least three letters, and a
  // dash (not a colon, which is how labels such as `UPDATE:` read).
  if (!agency && (!place || place.replace(/[^\p{L}]/gu, "").length < 3 || m[3] === ":"))
    return undefined;
  if (agency && !/^\p{Lu}/u.test(agency)) return undefined;
  if (place && LABELS.has(place)) return undefined;
  const end = (m.index ?? 0) + m[0].trimEnd().length;
  const dateline: Dateline = {
    start: base,
    end: base + end,
    text: original.slice(0, end),
    place: place ?? "",
  };
  if (agency) dateline.agency = agency;
  return dateline;
}
