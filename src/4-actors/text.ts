// Small text helpers the actor stages share: word tokens with offsets, sentence starts and the
// regions inside quotation marks. All single-pass scans, linear in the text length.

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** `Trump’s`: the token without its possessive ending, which is flagged here. */
  possessive: boolean;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sen",
  "sens",
  "reps",
  "rep",
  "gov",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "adm",
  "rev",
  "jr",
  "sr",
  "st",
  "inc",
  "corp",
  "co",
  "ltd",
  "dept",
  "mt",
  "ft",
  "no",
  "vs",
  "u",
  "s",
]);

// `U.S.`, `D.C.` are one token; other words may carry inner hyphens and apostrophes
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Word tokens; an initial or known abbreviation keeps its dot (`F.`, `Sen.`). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    let word = m[0];
    let end = start + word.length;
    let possessive = false;
    const poss = /['’][sS]$/.exec(word);
    if (poss && word.length > 2) {
      word = word.slice(0, -2);
      end -= 2;
      possessive = true;
    }
    const lowerBare = word.toLowerCase();
    if (word.endsWith(".")) {
      tokens.push({ start, end, text: word, lower: lowerBare, possessive: false });
      continue;
    }
    if (
      !possessive &&
      text[end] === "." &&
      ((word.length === 1 && /\p{Lu}/u.test(word)) || ABBREVIATIONS.has(lowerBare))
    ) {
      word += ".";
      end += 1;
    }
    tokens.push({ start, end, text: word, lower: word.toLowerCase(), possessive });
  }
  return tokens;
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** `ICE`, `ACLU`: two or more letters, all upper-case. */
export function isAcronym(word: string): boolean {
  return word.length > 1 && /^[\p{Lu}\p{N}&.-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}

/** `F.`, `G.` */
export function isInitial(word: string): boolean {
  return /^\p{Lu}\.$/u.test(word);
}

/**
 * Start offsets of sentences: after `.`/`!`/`?` (and any closing quotes) followed by white space,
 * unless the word before the dot is an initial or abbreviation; and at every line break.
 */
export function sentenceStarts(text: string, tokens: Token[]): number[] {
  const abbrevEnds = new Set<number>();
  for (const t of tokens) if (t.text.endsWith(".")) abbrevEnds.add(t.end);
  const starts = [0];
  const re = /[.!?]["'”’)\]]*\s+|\n\s*/g;
  for (const m of text.matchAll(re)) {
    const dot = m.index;
    if (text[dot] === "." && abbrevEnds.has(dot + 1)) continue;
    const next = dot + m[0].length;
    if (next < text.length) starts.push(next);
  }
  return [...new Set(starts)].sort((a, b) => a - b);
}

/** Index of the sentence holding `offset` (binary search over the starts). */
export function sentenceIndex(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** `[start, end)` regions between curly or straight double quotes, paired within a paragraph. */
export function quoteRegions(text: string): [number, number][] {
  const regions: [number, number][] = [];
  let open = -1;
  let straightOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // mixed marks (`“Immunity deals … FBI," he said`) close whichever quote is open
    if (c === "“" || c === "«") {
      if (open < 0 && straightOpen < 0) open = i;
    } else if (c === "”" || c === "»" || (c === '"' && open >= 0)) {
      const from = open >= 0 ? open : straightOpen;
      if (from >= 0) regions.push([from + 1, i]);
      open = -1;
      straightOpen = -1;
    } else if (c === '"') {
      if (straightOpen >= 0) {
        regions.push([straightOpen + 1, i]);
        straightOpen = -1;
      } else straightOpen = i;
    } else if (c === "\n" && text[i + 1] === "\n") {
      open = -1;
      straightOpen = -1;
    }
  }
  return regions.sort((a, b) => a[0] - b[0]);
}

/** True when `offset` lies inside one of the sorted, non-overlapping regions. */
export function inRegions(regions: [number, number][], offset: number): boolean {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = regions[mid] as [number, number];
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Collapses runs of white space (including no-break spaces) to one space. */
export function squash(s: string): string {
  return s.replace(/\s+/gu, " ").trim();
}

/** First index whose item starts at or after `at`, in an array sorted by `start`. */
export function lowerBound(items: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { start: number }).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The longest name, pair or list we look back over when something may overlap a span. */
export const MAX_MENTION = 300;
