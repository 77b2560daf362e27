// Evidence in the text of which outlet published it, for when nobody told us: the agency of a
// dateline (`DENVER (KXYZ) –` → `KXYZ`), else the organisation most credited for the
// story's own photos and videos (`(Lee Shutter/The Daily Example)`). Wire and picture
// agencies are excluded from credits: a newspaper story often uses AP photos, but an AP photo says nothing
// about who published the story.

import type { Dateline } from "../../types.ts";

// Wire services and picture agencies whose credits appear in every outlet's stories.
const PICTURE_AGENCIES = new Set(
  [
    "ap",
    "associated press",
    "the associated press",
    "afp",
    "afp/getty images",
    "getty",
    "getty images",
    "reuters",
    "epa",
    "epa-efe",
    "efe",
    "dpa",
    "xinhua",
    "ansa",
    "shutterstock",
    "alamy",
    "istock",
    "istockphoto",
    "bloomberg",
    "sipa",
    "zuma",
    "zuma press",
    "abaca",
    "pa",
    "pa images",
    "pa wire",
    "anadolu",
    "kyodo",
    "tass",
    "imagn",
    "usa today sports",
    "pool",
    "handout",
    "file",
  ].map((s) => s),
);

export function isPictureAgency(org: string): boolean {
  const key = org.toLowerCase().replace(/\s+/g, " ").trim();
  return PICTURE_AGENCIES.has(key) || /\b(?:getty|shutterstock|associated press)\b/.test(key);
}

/** The outlet the text itself suggests, or undefined. */
export function suggestOutlet(
  dateline: Dateline | undefined,
  creditOrgs: string[],
  copyrightHolders: string[] = [],
): string | undefined {
  const named = dateline?.agency ?? mostCredited(creditOrgs);
  // Who holds the copyright of the text (`© 2024 The Daily Example`): the last resort, or the
  // full name of a short one (`Ledger photo/…` or `(Tribune)` in a story `© 2026 The Corran
  // Ledger`, `© 2026 Lembara Daily Tribune`).
  const holder = copyrightHolders[0];
  if (named === undefined) return holder;
  return holder !== undefined && containsWords(holder, named) ? holder : named;
}

/** Whether `name` holds `part` as whole words, ignoring case: `The Corran Ledger` holds `Ledger`. */
function containsWords(name: string, part: string): boolean {
  const n = ` ${name.toLowerCase()} `;
  return n.includes(` ${part.toLowerCase()} `);
}

function mostCredited(creditOrgs: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const org of creditOrgs) {
    if (isPictureAgency(org)) continue;
    counts.set(org, (counts.get(org) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [org, n] of counts) {
    if (n > bestCount) {
      best = org;
      bestCount = n;
    }
  }
  return best;
}
