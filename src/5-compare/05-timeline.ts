// The story's timeline: date expressions in each article (`March 29th`, `released Friday`,
// `earlier this week`, `his January executive order`) resolved against the article's publication
// date, each tied to the clause it belongs to, and the same event merged across outlets.

import { MONTHS, WEEKDAYS } from "../lexicon/calendar.ts";
import type { Analysis, Span, TimelineEvent } from "../types.ts";
import {
  CLAUSE_OPENERS,
  DEADLINE_WORDS,
  FUTURE_CUES,
  FUTURE_NOUNS,
  MODAL_CUES,
  PAST_CUES,
  PRESENT_BE,
  SCHEDULE_VERBS,
} from "./lexicon.ts";
import { contentConcepts, normWord, sentences, tokens, words } from "./text.ts";

const MONTH_ABBR = MONTHS.map((m) => m.slice(0, 3));
// Sunday first, as Date's getUTCDay counts.
const DAYS_FROM_SUNDAY = [...WEEKDAYS.slice(6), ...WEEKDAYS.slice(0, 6)];
const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const MONTH_RE =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
// One alternation of fixed words, no nested quantifiers: linear in the text.
const DATE_RE = new RegExp(
  [
    `(?<md>\\b(?:${MONTH_RE}) \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?)(?!\\d)`,
    `(?<my>\\b(?:${MONTH_RE}) \\d{4}\\b)`,
    `(?<m>\\b(?:${MONTH_RE})(?![\\p{L}]))`,
    `(?<wd>\\b(?:(?:last|next|this|on) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)`,
    `(?<rel>\\b(?:(?:earlier|later) )?(?:this|last|next) (?:week|month|year)\\b)`,
    `(?<season>\\b(?:last|next|this) (?:spring|summer|autumn|winter|fall(?! of\\b))\\b)`,
    `(?<ago>\\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3}) (?:day|week|month|year)s? ago\\b)`,
    `(?<day>\\b(?:yesterday|today|tonight|last night)\\b)`,
    `(?<y>\\b(?:in|since|until|by|during|of) (?:19|20)\\d\\d\\b)`,
  ].join("|"),
  "giu",
);

interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseDate(s: string | undefined): Ymd | undefined {
  const m = s?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return undefined;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const utc = (d: Ymd) => Date.UTC(d.y, d.m - 1, d.d);
const DAY = 86_400_000;
const month = (y: number, m: number) => {
  const t = new Date(Date.UTC(y, m - 1, 1));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`;
};

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "");
  const i = MONTHS.indexOf(w);
  if (i >= 0) return i + 1;
  return MONTH_ABBR.indexOf(w.slice(0, 3)) + 1;
}

/**
 * What a date's clause says about when it falls: ahead of publication, before it, or a deadline.
 * `coming` is the date's own verb in the future (`will`, `comes up for renewal in June`): the
 * next one, however far ahead within a year.
 */
export type Tense = "future" | "past" | "deadline" | "coming";

/** The tense of a date's clause; `wordBefore` is the word right before the date (`by`). */
export function tenseOf(clause: string, wordBefore = ""): Tense | undefined {
  const ws = words(clause);
  if (ws.some(isFutureCue)) return "future";
  if (ws.some((w) => PAST_CUES.has(w))) return "past";
  if (DEADLINE_WORDS.has(normWord(wordBefore))) return "deadline";
  return undefined;
}

/**
 * The tense a weekday takes from the words before it in its clause (from the last comma, dash or
 * semicolon, at most 120 characters back): ahead when a future word or a modal comes after any
 * past word or clause opener (`said on Tuesday` and `will strike after talks collapsed on Tuesday`
 * stay behind; `would hold a meeting on Monday` is ahead), but not a modal's perfect (`would have
 * turned 60 on Sunday`). `next` and `last` right before the weekday are read by resolve; elsewhere
 * they date something else (`next year's budget`).
 */
export function weekdayTense(sentence: string, at: number): Tense | undefined {
  return leadsAhead(sentence, at, true) ? "future" : undefined;
}

/**
 * The tense a month or a month's day takes from the words before it in its clause, as a
 * weekday's (see weekdayTense): `coming` when a future word or a present verb of schedule
 * (`comes up for renewal in June`, `is up for renewal in June`, `expires in March`) comes after
 * any past word or clause opener. Not a modal: `said in March he would resign in June` is the
 * past's future as often as a plan.
 */
function monthTense(sentence: string, at: number): Tense | undefined {
  return leadsAhead(sentence, at, false) ? "coming" : undefined;
}

/**
 * Whether the words before offset `at` in its clause (from the last comma, dash or semicolon, at
 * most 120 characters back) put it ahead: a future word, a present verb of schedule, or (with
 * `modals`) a modal not in its perfect, after any past word or clause opener.
 */
function leadsAhead(sentence: string, at: number, modals: boolean): boolean {
  const window = sentence.slice(Math.max(0, at - 120), at);
  let cut = -1;
  for (const m of window.matchAll(CLAUSE_BREAK)) cut = (m.index ?? 0) + m[0].length;
  const clause = window.slice(cut + 1);
  const toks = tokens(clause);
  const ws = toks.map((t) => t.norm);
  let future = -1;
  let past = -1;
  let scheduled = false;
  // Without modals (a month), a past word or `would` anywhere before makes it the past's future
  // (`had worried that a notice would derail a sale scheduled for June`).
  let reported = false;
  ws.forEach((w, i) => {
    if (w === "next" || w === "last") return;
    if (!modals && (PAST_CUES.has(w) || w === "would")) reported = true;
    const next = ws[i + 1];
    if (modals && MODAL_CUES.has(w) ? next !== "have" : isFutureWord(w, next, ws[i + 2])) {
      future = i;
      scheduled = false;
    } else if (SCHEDULE_VERBS.has(w) && !CAPITAL.test(clause[toks[i]?.start ?? 0] ?? "")) {
      // A verb of schedule, not a name (`Harlow Falls`).
      future = i;
      scheduled = true;
    } else if (PAST_CUES.has(w) || CLAUSE_OPENERS.has(w)) past = i;
    // A verb in the past after a verb of schedule is the clause's own (`the company that runs
    // the toll roads apologised on Wednesday`).
    else if (scheduled && w.length > 4 && w.endsWith("ed")) past = i;
  });
  return future > past && !reported;
}

/**
 * A future cue, but a noun among them only as a verb (`plans to`, not `given up hope`); `be` with
 * `up for` (`is up for renewal`).
 */
function isFutureWord(w: string, next: string | undefined, after: string | undefined): boolean {
  if (FUTURE_NOUNS.has(w)) return next === "to";
  if (PRESENT_BE.has(w)) return next === "up" && after === "for";
  return isFutureCue(w);
}

/** A word that puts its clause ahead: a future cue, or a contracted `will` (`they'll`). */
function isFutureCue(w: string): boolean {
  return FUTURE_CUES.has(w) || w.endsWith("'ll");
}

/** How near ahead a yearless date is "soon" and how far a plan reaches, in the unit compared. */
interface Reach {
  soon: number;
  planned: number;
}
const DAYS: Reach = { soon: 31, planned: 183 };
const MONTHS_AHEAD: Reach = { soon: 1, planned: 6 };

/**
 * Whether a yearless date is its next occurrence after publication rather than its last one on
 * or before it; `back` and `ahead` are how far each is from publication. Within a month ahead it
 * is the coming one whatever the verb (`promised a town hall on Dec. 3`): a date a year back would
 * carry its year. A plan or deadline reaches half a year ahead; a clause in the past keeps it
 * behind. Otherwise the nearer, the future counting triple, as reports tell what happened more
 * than what is planned (`the April floods`, in November, are this year's). A `coming` date is
 * the next one: its own verb says it has not come.
 */
function isAhead(back: number, ahead: number, reach: Reach, tense?: Tense): boolean {
  if (back <= 0) return false;
  if (tense === "coming") return true;
  if (ahead <= reach.soon) return true;
  if ((tense === "future" || tense === "deadline") && ahead <= reach.planned) return true;
  if (tense === "past") return false;
  return 3 * ahead <= back;
}

// The month each season starts in (the northern hemisphere's, as most news in English uses).
const SEASON_START: Record<string, number> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
  winter: 12,
};

/**
 * `last winter`, `next spring`, `this summer` as the season's three months: `last` is the latest
 * one over before publication, `next` the first one after, `this` the one under way, else the
 * nearer of those two (`this summer` in October is the one just past).
 */
function seasonRange(low: string, p: Ymd): string | undefined {
  const [which = "", name = ""] = low.split(" ");
  const first = SEASON_START[name];
  if (!first) return undefined;
  // Months counted from year 0; `start` is the latest start of this season at or before publication.
  const now = p.y * 12 + p.m - 1;
  const start = now - ((((now - (first - 1)) % 12) + 12) % 12);
  const current = now < start + 3;
  let from: number;
  if (which === "next") from = start + 12;
  else if (which === "last") from = current ? start - 12 : start;
  else if (current) from = start;
  else from = now - (start + 2) <= start + 12 - now ? start : start + 12;
  const ym = (n: number) => month(Math.floor(n / 12), (n % 12) + 1);
  return `${ym(from)}/${ym(from + 2)}`;
}

/**
 * What an expression means given the publication date: a day, a month, a year or a range.
 * `tense` places a date without a year before or after publication.
 */
export function resolve(
  expr: string,
  group: string,
  published?: string,
  tense?: Tense,
): string | undefined {
  const p = parseDate(published);
  const low = expr.toLowerCase();
  const pt = p ? utc(p) : 0;
  switch (group) {
    case "md": {
      const [, mon = "", day = "", year] = expr.match(/^(\S+) (\d{1,2})\D*(?:(\d{4}))?/) ?? [];
      const m = monthIndex(mon);
      const d = Number(day);
      if (!m || d < 1 || d > 31) return undefined;
      if (year) return `${year}-${pad(m)}-${pad(d)}`;
      if (!p) return undefined;
      const lastY = utc({ y: p.y, m, d }) > pt ? p.y - 1 : p.y;
      const back = (pt - utc({ y: lastY, m, d })) / DAY;
      const ahead = (utc({ y: lastY + 1, m, d }) - pt) / DAY;
      const y = isAhead(back, ahead, DAYS, tense) ? lastY + 1 : lastY;
      return `${y}-${pad(m)}-${pad(d)}`;
    }
    case "my": {
      const [mon = "", year = ""] = expr.split(" ");
      return `${year}-${pad(monthIndex(mon))}`;
    }
    case "m": {
      if (!p) return undefined;
      const m = monthIndex(expr);
      const back = (p.m - m + 12) % 12;
      const lastY = m > p.m ? p.y - 1 : p.y;
      const y = isAhead(back, 12 - back, MONTHS_AHEAD, tense) ? lastY + 1 : lastY;
      return `${y}-${pad(m)}`;
    }
    case "wd": {
      if (!p) return undefined;
      const ws = low.split(" ");
      const wd = DAYS_FROM_SUNDAY.indexOf(ws.at(-1) as string);
      const pw = new Date(pt).getUTCDay();
      if (ws[0] === "next") return iso(pt + ((wd - pw + 7) % 7 || 7) * DAY);
      // What is to come this week (`will meet on Monday`) is the coming one, perhaps today.
      if (tense === "future" && ws[0] !== "last") return iso(pt + ((wd - pw + 7) % 7) * DAY);
      let back = (pw - wd + 7) % 7;
      if (ws[0] === "last" && back === 0) back = 7;
      return iso(pt - back * DAY);
    }
    case "rel": {
      if (!p) return undefined;
      const unit = low.split(" ").at(-1);
      const which = low.includes("last") ? -1 : low.includes("next") ? 1 : 0;
      if (unit === "year") return String(p.y + which);
      if (unit === "month") return month(p.y, p.m + which);
      // Weeks run Monday to Sunday; "earlier this week" ends at publication.
      const monday = pt - ((new Date(pt).getUTCDay() + 6) % 7) * DAY;
      if (which === 0) {
        if (low.startsWith("earlier")) return `${iso(monday)}/${iso(pt)}`;
        if (low.startsWith("later")) return `${iso(pt)}/${iso(monday + 6 * DAY)}`;
        return `${iso(monday)}/${iso(monday + 6 * DAY)}`;
      }
      const start = monday + which * 7 * DAY;
      return `${iso(start)}/${iso(start + 6 * DAY)}`;
    }
    case "season":
      return p ? seasonRange(low, p) : undefined;
    case "ago": {
      if (!p) return undefined;
      const [num = "", unit = ""] = low.split(" ");
      const n = NUMBERS[num] ?? Number(num);
      if (unit.startsWith("day")) return iso(pt - n * DAY);
      if (unit.startsWith("week")) return iso(pt - 7 * n * DAY);
      if (unit.startsWith("month")) return month(p.y, p.m - n);
      return String(p.y - n);
    }
    case "day": {
      if (!p) return undefined;
      return iso(low === "today" || low === "tonight" ? pt : pt - DAY);
    }
    case "y":
      return low.match(/\d{4}/)?.[0];
  }
  return undefined;
}

const CAPITAL = /^\p{Lu}/u;

// Where a clause ends inside a sentence. A comma between two digits groups a number's
// thousands (`3,000 pages`) and ends nothing.
const CLAUSE_BREAK = /[;:—–]|\s-\s|(?<!\d),|,(?!\d)/g;

/** A sentence's clauses, shared by the dates in it. */
export interface Clauses {
  /** Where each clause starts and ends: `[start0, end0, start1, end1, …]`. */
  cuts: number[];
  /** Per clause, once asked: the clause that growing leftwards from it stops at (-1: not yet). */
  stops: Int32Array;
}

function clausesOf(sentence: string): Clauses {
  const cuts = [0];
  for (const m of sentence.matchAll(CLAUSE_BREAK))
    cuts.push(m.index ?? 0, (m.index ?? 0) + m[0].length);
  cuts.push(sentence.length);
  return { cuts, stops: new Int32Array(cuts.length / 2).fill(-1) };
}

/** Words in the first 200 characters of [x, y) of a sentence: enough to tell "six or more". */
function wordsAt(sentence: string, x: number, y: number): number {
  return sentence
    .slice(x, Math.min(y, x + 200))
    .split(/\s+/)
    .filter(Boolean).length;
}

/**
 * Growing a clause leftwards from clause k (to the sentence's end): the first clause at or
 * before k with six words from its start on, else the first clause. The answer does not depend
 * on the date, so it is kept for every clause walked over: a sentence of thousands of empty
 * clauses and dates (`March 3,,,,,,`) is walked once, not once per date.
 */
function leftStop(sentence: string, clauses: Clauses, k: number): number {
  const { cuts, stops } = clauses;
  const walked: number[] = [];
  let j = k;
  let stop = stops[j] as number;
  while (stop < 0) {
    if (j === 0 || wordsAt(sentence, cuts[2 * j] as number, sentence.length) >= 6) stop = j;
    else {
      walked.push(j);
      stop = stops[--j] as number;
    }
  }
  stops[j] = stop;
  for (const w of walked) stops[w] = stop;
  return stop;
}

// An event longer than this is cut to the words around its date.
const MAX_EVENT = 400;

/**
 * The clause of `sentence` around [start, end): cut at commas, dashes and semicolons, but never
 * shorter than six words (a fronted `Earlier this week,` takes the clause after it). Give
 * `clauses` when asking for many dates of one sentence, so each costs no more than its own clause.
 */
export function clauseAround(
  sentence: string,
  start: number,
  end: number,
  clauses: Clauses = clausesOf(sentence),
): string {
  const { cuts } = clauses;
  const n = cuts.length / 2;
  const from = (k: number) => cuts[2 * k] as number;
  const to = (k: number) => cuts[2 * k + 1] as number;
  // The last clause starting at or before the date (binary search).
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (from(mid) <= start) lo = mid;
    else hi = mid - 1;
  }
  let k0 = lo;
  let k1 = lo;
  while (k1 < n - 1 && to(k1) < end) k1++;
  const words = (x: number, y: number) => wordsAt(sentence, x, y);
  // A clause opening on a participle (`dated March 29`, `released Friday`) describes the noun
  // before it: take the clause before too, so the event names what was dated.
  if (k0 > 0 && /^[\s,;:—–-]*\p{Ll}+ed\b/u.test(sentence.slice(from(k0), from(k0) + 40))) k0--;
  // A fronted prepositional phrase (`In a letter dated June 3,`) sets the scene; the event is
  // the clause it leads into. So does a participle opening the sentence (`Speaking to reporters
  // on Monday, she said …`).
  const opener = sentence.slice(from(k0), from(k0) + 20);
  if (
    k1 === k0 &&
    k1 < n - 1 &&
    (/^[\s,;:—–”’"-]*(?:in|on|at|during|after|before|since|by|until|with|earlier|later|last)\b/i.test(
      opener,
    ) ||
      (k0 === 0 && /^\p{Lu}\p{Ll}+ing\b/u.test(opener))) &&
    sentence[to(k0)] === ","
  )
    k1++;
  // Grow by whole clauses, rightwards first, until the clause says something. Words are
  // counted in the first 200 characters only: past them, growing rightwards changes nothing, so
  // it goes to the sentence's end at once, and from there leftwards as leftStop says.
  while (k1 < n - 1 && words(from(k0), to(k1)) < 6) k1 = to(k1) >= from(k0) + 200 ? n - 1 : k1 + 1;
  if (k1 === n - 1 && words(from(k0), to(k1)) < 6) k0 = leftStop(sentence, clauses, k0);
  let s = from(k0);
  let e = to(k1);
  if (e - s > MAX_EVENT) {
    s = Math.max(s, start - MAX_EVENT / 2);
    e = Math.min(e, end + MAX_EVENT / 2);
  }
  return closeQuotes(
    sentence
      .slice(s, e)
      .replace(/^[\s,;:—–”’"-]+|[\s,;:—–-]+$/g, "")
      .replace(/\s+/g, " "),
  );
}

/**
 * An event cut at a comma inside a quotation keeps a mark its closing one stayed behind from:
 * one opening the event (`“They have had our documents since July,” the governor said`) goes,
 * one further in (`said the reply was "a lecture, not a plan."`) is closed after an ellipsis,
 * so the reader sees the quotation goes on.
 */
function closeQuotes(event: string): string {
  const curly = event.lastIndexOf("\u201c") > event.lastIndexOf("\u201d");
  const straight = !curly && oddCount(event, '"') && opens(event, event.lastIndexOf('"'));
  if (!curly && !straight) return event;
  const open = curly ? "\u201c" : '"';
  if (event[0] === open && event.indexOf(open, 1) < 0) return event.slice(1).trimStart();
  return `${event.replace(/[.,;:!?]$/, "")}\u2026${curly ? "\u201d" : '"'}`;
}

/** Whether the straight mark at `at` opens a quotation: at the start, or after a space or dash. */
function opens(text: string, at: number): boolean {
  return at === 0 || /[\s([\u2013\u2014]/.test(text[at - 1] as string);
}

function oddCount(text: string, mark: string): boolean {
  let odd = false;
  for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) odd = !odd;
  return odd;
}

/** The word right before offset `at` of a sentence (looking back a few characters only). */
function wordBefore(sentence: string, at: number): string {
  return sentence.slice(Math.max(0, at - 20), at).match(/(\p{L}+)\s+$/u)?.[1] ?? "";
}

interface Found extends TimelineEvent {
  concepts: Set<string>;
  articles: Set<string>;
}

export function findDates(analysis: Analysis): TimelineEvent[] {
  const { article } = analysis;
  const out: TimelineEvent[] = [];
  const paras = article.paragraphs.length
    ? article.paragraphs
    : [{ start: 0, end: article.text.length, text: article.text }];
  for (const p of paras) {
    const ptext = article.text.slice(p.start, p.end);
    for (const s of sentences(ptext)) {
      let clauses: Clauses | undefined;
      for (const m of s.text.matchAll(DATE_RE)) {
        const group = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
        if (!group) continue;
        let text = m[0];
        let at = m.index ?? 0;
        // "May" alone is far more often the verb than the month.
        if (group === "m" && /^may$/i.test(text)) continue;
        // a month's name is a proper noun, capitalised: in lower case it is a word (`would march
        // to the ministry`, `fees may rise`), which the pattern, blind to case, also matches
        if ((group === "m" || group === "md" || group === "my") && /^\p{Ll}/u.test(text)) continue;
        // `on Friday` / `in 2016`: the preposition is not part of the date.
        const prep = text.match(/^(?:on|in|since|until|by|during|of) /i);
        if (prep) {
          at += prep[0].length;
          text = text.slice(prep[0].length);
        }
        if (!clauses) clauses = clausesOf(s.text);
        const event = clauseAround(s.text, at, at + text.length, clauses);
        const tense =
          group === "md" || group === "m"
            ? (monthTense(s.text, at) ?? tenseOf(event, wordBefore(s.text, at)))
            : group === "wd"
              ? weekdayTense(s.text, at)
              : undefined;
        const when = resolve(text, group, article.meta.published, tense);
        const start = p.start + s.start + at;
        const expression: Span & { articleId: string } = {
          articleId: article.id,
          start,
          end: start + text.length,
          text,
        };
        out.push({
          ...(when ? { when } : {}),
          resolved: when !== undefined,
          expression,
          event,
        });
      }
    }
  }
  return out;
}

/** Start and end day of a `when` value, for comparing. */
export function range(when: string): [string, string] {
  const [a = "", b] = when.split("/");
  if (b) return [a, b];
  if (a.length === 4) return [`${a}-01-01`, `${a}-12-31`];
  if (a.length === 7) {
    const [y, m] = a.split("-").map(Number) as [number, number];
    return [`${a}-01`, iso(Date.UTC(y, m, 0))];
  }
  return [a, a];
}

function compatibleWhen(a: string, b: string): boolean {
  const [as, ae] = range(a);
  const [bs, be] = range(b);
  return (as <= bs && be <= ae) || (bs <= as && ae <= be);
}
const width = (w: string) => {
  const [s, e] = range(w);
  return Date.parse(e) - Date.parse(s);
};

/** Events narrowest date first (unresolved last), in reading order among equals. */
function byPrecision(events: TimelineEvent[]): TimelineEvent[] {
  const w = (e: TimelineEvent) => (e.when ? width(e.when) : Infinity);
  return events
    .map((e, i) => ({ e, i, w: w(e) }))
    .sort((x, y) => x.w - y.w || x.i - y.i)
    .map((x) => x.e);
}

/**
 * Whether two events of compatible dates are one: they share two concepts, or every concept of
 * the shorter one (`is up for renewal in June` ~ `comes up for renewal in June`: one word says
 * what happens then, and both say it).
 */
function sameEvent(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const c of small) if (large.has(c)) shared++;
  return shared >= 2 || (shared >= 1 && shared === small.size);
}

/** All articles' dated events, the same event from different outlets merged, in date order. */
export function timeline(analyses: Analysis[]): TimelineEvent[] {
  const events: Found[] = [];
  const buckets = new Map<string, Found[]>();
  const order = new Map(analyses.map((a, i) => [a.article.id, i]));
  for (const a of analyses) {
    // The most precise dates first, so an event pairs with the same day in another outlet
    // before a vaguer `this week` of that outlet can take its place.
    for (const e of byPrecision(findDates(a))) {
      // The date words themselves say nothing about which event it is.
      const dateWords = new Set(contentConcepts(e.expression.text));
      const concepts = new Set(contentConcepts(e.event).filter((c) => !dateWords.has(c)));
      // Candidates: the latest events of the same year (bounded, so many dates stay linear). One
      // dated as precisely (the same day, not `this week`) is the better match.
      const bucket = e.when ? (buckets.get(e.when.slice(0, 4)) ?? []) : [];
      const w = e.when ? width(e.when) : 0;
      let same: Found | undefined;
      for (let i = bucket.length - 1; i >= 0 && i >= bucket.length - 64; i--) {
        const x = bucket[i] as Found;
        if (
          !x.articles.has(a.article.id) &&
          x.when &&
          e.when &&
          compatibleWhen(x.when, e.when) &&
          sameEvent(concepts, x.concepts)
        ) {
          same ??= x;
          if (width(x.when) === w) {
            same = x;
            break;
          }
        }
      }
      if (!same) {
        const found: Found = { ...e, concepts, articles: new Set([a.article.id]) };
        events.push(found);
        if (e.when) {
          const key = e.when.slice(0, 4);
          buckets.set(key, [...(buckets.get(key) ?? []), found].slice(-64));
        }
        continue;
      }
      same.articles.add(a.article.id);
      if (!same.others) same.others = [];
      same.others.push({ ...e.expression, event: e.event });
      // Keep the more precise date.
      if (e.when && same.when && width(e.when) < width(same.when)) same.when = e.when;
    }
  }
  const key = (e: TimelineEvent) => (e.when ? range(e.when)[0] : "9999");
  // In date order; on the same date, in reading order.
  const at = (e: TimelineEvent) => order.get(e.expression.articleId) ?? 0;
  return events
    .sort(
      (a, b) =>
        key(a).localeCompare(key(b)) || at(a) - at(b) || a.expression.start - b.expression.start,
    )
    .map(({ concepts: _c, articles: _a, ...e }) => e);
}
