// Dates as pages write them, in many languages → `YYYY-MM-DD` (or full ISO when a time is given):
// ISO 8601, y-m-d and d.m.y numerals, CJK/Korean unit forms, and month names from the lexicon.
// Every pattern is a flat regex (no nested repetition), so scanning is linear in the text.

import { ALL_MONTH_FORMS, monthNumber } from "./lexicon-months.ts";

export interface FoundDate {
  /** `YYYY-MM-DD` */
  date: string;
  /** ISO timestamp when the source gave a time, else undefined. */
  iso?: string;
  /** Index of the match in the scanned text, and of its end. */
  index: number;
  end: number;
}

export interface DateOptions {
  /** The page's language (`en-US`, `pl`), for month names and d/m order. */
  lang?: string;
  /** Only year-first numeric forms (`2020-04-17`, `2020/04/17`): for scanning raw markup. */
  numericOnly?: boolean;
  /** Latest acceptable year (dates after it are not publication dates); default: next year. */
  maxYear?: number;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const M = `(${ALL_MONTH_FORMS.map(escapeRe).join("|")})`;
const L = "(?<![\\p{L}\\p{N}])"; // no letter or digit before
const R = "(?![\\p{L}\\p{N}])"; // none after

const ISO =
  /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s?(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/g;
const YMD = /(?<!\d)(\d{4})\s?[./年년-]\s?(\d{1,2})\s?[./月월-]\s?(\d{1,2})(?!\d)/gu;
const DMY = /(?<!\d)(\d{1,2})\s?[./-]\s?(\d{1,2})\s?[./-]\s?(\d{4})(?!\d)/g;
const COMPACT = /(?<![\d/])(20\d{2})(\d{2})(\d{2})(?![\d])/g;
const D_MONTH_Y = new RegExp(
  `${L}(\\d{1,2})(?:st|nd|rd|th|er|º|°|\\.)?\\s{0,3}(?:de |of |-)?${M}\\.?,?(?:\\s{0,3}|-)(?:de |del )?(\\d{4})${R}`,
  "giu",
);
const MONTH_D_Y = new RegExp(
  `${L}${M}\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(\\d{4})${R}`,
  "giu",
);
const Y_MONTH_D = new RegExp(
  `${L}(\\d{4})(?:\\.|\\s?m\\.|,)?\\s{1,3}${M}\\.?\\s{1,3}(\\d{1,2})(?:\\.|\\s?d\\.)?${R}`,
  "giu",
);

function valid(y: number, m: number, d: number, opts: DateOptions): boolean {
  const maxYear = opts.maxYear ?? new Date().getUTCFullYear() + 1;
  if (y < 1995 || y > maxYear || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, "0");
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Month-first numerals (3/4/2020 = March 4) where the language is US English. */
function monthFirst(lang?: string): boolean {
  const l = (lang ?? "").toLowerCase();
  return l === "en-us" || l === "en";
}

/**
 * Arabic-Indic, Persian and full-width digits as ASCII, one for one (so indices are unchanged),
 * and the Arabic comma as a comma.
 */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\u060c]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x060c) return ",";
    const base = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - base);
  });
}

/** Every date expression in a text, in order of position (overlaps resolved to the first). */
export function findDates(input: string, opts: DateOptions = {}): FoundDate[] {
  const text = asciiDigits(input);
  const all: FoundDate[] = [];
  const add = (y: number, m: number, d: number, index: number, len: number, iso?: string) => {
    if (!valid(y, m, d, opts)) return;
    const date = ymd(y, m, d);
    all.push(iso ? { date, iso, index, end: index + len } : { date, index, end: index + len });
  };
  for (const x of text.matchAll(ISO)) {
    const [all, y, m, d, hh, mm, ss, tz] = x;
    const iso = hh ? `${y}-${m}-${d}T${hh}:${mm}:${ss ?? "00"}${tz ? normTz(tz) : ""}` : undefined;
    add(+(y as string), +(m as string), +(d as string), x.index, all.length, iso);
  }
  for (const x of text.matchAll(YMD))
    add(+(x[1] as string), +(x[2] as string), +(x[3] as string), x.index, x[0].length);
  if (opts.numericOnly) return sweep(all);
  for (const x of text.matchAll(DMY)) {
    const a = +(x[1] as string);
    const b = +(x[2] as string);
    const y = +(x[3] as string);
    const mFirst = b > 12 || (a <= 12 && monthFirst(opts.lang));
    add(y, mFirst ? a : b, mFirst ? b : a, x.index, x[0].length);
  }
  for (const x of text.matchAll(D_MONTH_Y)) {
    const m = monthNumber(x[2] as string, opts.lang);
    if (m) add(+(x[3] as string), m, +(x[1] as string), x.index, x[0].length);
  }
  for (const x of text.matchAll(MONTH_D_Y)) {
    const m = monthNumber(x[1] as string, opts.lang);
    if (m) add(+(x[3] as string), m, +(x[2] as string), x.index, x[0].length);
  }
  for (const x of text.matchAll(Y_MONTH_D)) {
    const m = monthNumber(x[2] as string, opts.lang);
    if (m) add(+(x[1] as string), m, +(x[3] as string), x.index, x[0].length);
  }
  return sweep(all);
}

function sweep(all: FoundDate[]): FoundDate[] {
  // Sorted by position (stable, so an earlier pattern wins a tie); an overlapping later match is
  // another reading of the same words and is dropped.
  all.sort((a, b) => a.index - b.index);
  const found: FoundDate[] = [];
  let end = -1;
  for (const f of all) {
    if (f.index < end) continue;
    end = f.end;
    found.push(f);
  }
  return found;
}

/** The one date a metadata value holds (`2020-09-21T10:00:00+03:00`, `21.09.2020`, `Sep 21, 2020`). */
export function parseDate(value: string, opts: DateOptions = {}): FoundDate | undefined {
  // Compact ISO (`20200414T00:38:07Z`) spelled out, so the time and zone are kept.
  const v = value
    .trim()
    .replace(/^(\d{4})(\d{2})(\d{2})T(\d{2}):?(\d{2}):?(\d{2})/, "$1-$2-$3T$4:$5:$6");
  if (!v) return undefined;
  const [first] = findDates(v.slice(0, 200), opts);
  if (first) return first;
  // Compact `20200921` and Unix timestamps appear in some meta tags.
  const c = COMPACT.exec(v);
  COMPACT.lastIndex = 0;
  if (c) {
    const y = +(c[1] as string);
    const m = +(c[2] as string);
    const d = +(c[3] as string);
    if (valid(y, m, d, opts))
      return { date: ymd(y, m, d), index: c.index, end: c.index + c[0].length };
  }
  if (/^\d{10}(\d{3})?$/.test(v)) {
    const ms = v.length === 13 ? +v : +v * 1000;
    const t = new Date(ms);
    const [y, m, d] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
    if (valid(y, m, d, opts))
      return { date: ymd(y, m, d), iso: t.toISOString(), index: 0, end: v.length };
  }
  return undefined;
}

function normTz(tz: string): string {
  return tz === "Z" ? "Z" : tz.includes(":") ? tz : `${tz.slice(0, 3)}:${tz.slice(3)}`;
}
