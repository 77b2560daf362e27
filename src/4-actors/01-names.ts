// Person-name mentions: capitalised runs read as [title] + name, with middle initials, particles
// and hyphens (`Homeland Security Secretary John F. Kelly`, `Chief Justice Tani G.
// Cantil-Sakauye`, `President Trump`), and bare surnames of people already named.

import { isSpaceCode } from "../2-text/normalize.ts";
import { CALENDAR_WORDS } from "../lexicon/calendar.ts";
import { DETERMINERS, PREPOSITIONS } from "./lexicon/pronouns.ts";
import { ORG_NOUNS } from "../lexicon/organisations.ts";
import { ADJECTIVE_ROLES, DESCRIPTOR_NOUNS, ROLE_GENDER, ROLE_NOUNS } from "./lexicon/roles.ts";
import { NAME_PARTICLES, NAME_SUFFIXES, TITLE_GENDER } from "./lexicon/titles.ts";
import {
  asciiWordBefore,
  inOrder,
  isBlank,
  isInitial,
  lowerBound,
  lowerWordStart,
  mostlyCapitalised,
  sentenceIndex,
  leadingWord,
  lowerCased,
  squashSpaces,
  Token,
} from "./text.ts";
import {
  CONNECTOR,
  CONNECTORS,
  FEMALE,
  genderOfKinds,
  HONORIFIC,
  isTitleOrRole,
  MALE,
  NAME_PARTICLE,
  NAME_SUFFIX,
  AGENT_ENDING,
  AUXILIARIES,
  FINITE_VERB,
  NOT_AGENT_NOUNS,
  NOT_NAME,
  ORG_WORD,
  ROLE_NOUN,
  TITLE,
  wordKinds,
  WRITTEN_MEDIUM,
} from "./words.ts";

export interface NameMention {
  /** The whole mention, title included. */
  start: number;
  end: number;
  text: string;
  /** The name alone (`John F. Kelly`). */
  nameStart: number;
  name: string;
  /** Name words, without initials' role in matching lost: `["John", "F.", "Kelly"]`. */
  words: string[];
  /** The title before the name, if any (`Homeland Security Secretary`). */
  title?: string;
  gender?: "f" | "m";
  /** Inside quotation marks: a name the speaker mentions, never the speaker. */
  inQuote: boolean;
  /** Not the object of a preposition (`to Sessions`, `by Kelly`). */
  subject: boolean;
}

const LONGEST_JOINER = Math.max(...[...CONNECTORS, ...NAME_PARTICLES].map((w) => w.length));
const GIVEN = FEMALE | MALE;
const SPEECH_VERBS =
  /^\s+(?:said|says|wrote|writes|told|tells|added|adds|argued|argues|stated|noted|explained|testified|tweeted|posted|asked|replied|responded|insisted|warned|claimed|continued|recalled|acknowledged|according)\b/;

/**
 * Capitalised runs over the tokens: adjacent capitalised words, joined by single spaces. A run of
 * one word on a headline line is kept here: whether it is a name depends on that line, which
 * findNames asks only of the few such words it could take for a name (lines cost a scan each).
 */
function capitalisedRuns(text: string, tokens: Token[], lines: HeadlineLines): Token[][] {
  const runs: Token[][] = [];
  // one pass, no closure over the open run: this loop sees every word of the article. The open
  // run is `tokens[from, i)` (-1: none), copied out when it closes (an array grown token by
  // token for each run was most of the name finder's garbage)
  let from = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // a lower-case word with no run open, as most words are, neither opens nor closes one
    if (from < 0 && !t.capitalised) continue;
    if (from >= 0) {
      const prev = tokens[i - 1] as Token;
      // joined by exactly one space or no-break space
      const gap = text.charCodeAt(prev.end);
      const joined = t.start - prev.end === 1 && isBlank(gap);
      // `Marcus "Taz" Tazewell`: the name runs on over a quoted nickname, left out of it
      // (kept by nicknameRun; the branch here does no arithmetic and makes no call, so its rare
      // first use does not throw this loop's optimised code away)
      if (!joined && prev.capitalised) {
        const last = nicknameRun(runs, text, tokens, from, i);
        if (last > i) {
          from = -1;
          i = last;
          continue;
        }
      }
      if (!joined || prev.possessive) from = closeRun(runs, tokens, from, i);
    }
    // `U.N.`, `D.C.`: letters glued to a dot before them are an abbreviation, never a name (a
    // glued word is never joined, so any open run was closed above)
    if (i > 0 && (tokens[i - 1] as Token).end >= t.start) continue;
    const capital = t.capitalised;
    // `Then`, `After`, `As`: never inside a name, so they end a run (headlines capitalise them)
    if (capital && (t.kinds & NOT_NAME) !== 0) {
      from = closeRun(runs, tokens, from, i);
      continue;
    }
    if (capital) {
      if (from < 0) from = i;
    } else if (
      from >= 0 &&
      // a word's lower case is never shorter than the word: longer words need no lookup
      !(t.end - t.start <= LONGEST_JOINER && (t.kinds & (CONNECTOR | NAME_PARTICLE)) !== 0)
    )
      from = closeRun(runs, tokens, from, i);
  }
  closeRun(runs, tokens, from, tokens.length);
  const out: Token[][] = [];
  for (let k = 0; k < runs.length; k++) {
    let r = runs[k] as Token[];
    // (runs, not words: most runs end before no ` a' `, told by one character code; a headline
    // would capitalise the article, so the joined name is kept whole)
    if (k + 1 < runs.length && gaelicArticleAfter(text, r, runs[k + 1] as Token[])) {
      // (the article, with its apostrophe, is a particle of this name only: `a` joins no other)
      const a = tokens[lowerBound(tokens, (r[r.length - 1] as Token).end)] as Token;
      const article = new Token(text, a.start, a.end + 1, a.kinds | NAME_PARTICLE);
      r = [...r, article, ...(runs[++k] as Token[])];
      out.push(r);
      continue;
    }
    const parts = headlineParts(text, r, lines);
    if (parts) out.push(...parts);
    else out.push(r);
  }
  return out;
}

/** A Gaelic patronymic (`Mac`, `Nic`: son, daughter of) before the article `a'` in a surname. */
const GAELIC_PATRONYMICS: ReadonlySet<string> = new Set(["mac", "mhic", "nic", "nighean"]);

/**
 * `Seonaidh Mac a' Phearsain`: run `r` ends with a patronymic and `next` starts right after ` a' `
 * (the Gaelic article, its vowel elided), so the two are one surname.
 */
function gaelicArticleAfter(text: string, r: Token[], next: Token[]): boolean {
  const last = r[r.length - 1] as Token;
  const at = last.end;
  if (text.charCodeAt(at + 1) !== 97 || (next[0] as Token).start !== at + 4) return false;
  const mark = text.charCodeAt(at + 2);
  return (
    (mark === 39 || mark === 0x2019) &&
    isBlank(text.charCodeAt(at)) &&
    isBlank(text.charCodeAt(at + 3)) &&
    GAELIC_PATRONYMICS.has(last.lower)
  );
}

/** The names a run found on a headline line splits into, or undefined to keep it whole. */
function headlineParts(text: string, r: Token[], lines: HeadlineLines): Token[][] | undefined {
  if (r.length >= 4) {
    if (particleSurname(r)) return undefined;
    const parts = splitHeadline(r);
    if (parts.length > 0) return parts;
    // `Dónal Mac Giolla Phádraig` in a body line: a long name no given-name list knows is read
    // whole (it still needs its evidence); a headline's words are split as before
    return nameThenJoiner(text, r, lines) || longNameInBody(r, lines) ? undefined : parts;
  }
  if (r.length > 1 && !keptWhole(r) && lines.titleCase((r[0] as Token).start))
    return splitHeadline(r);
  return undefined;
}

/**
 * `Piet van der Molen`, `Ursula von der Leyen`, `Rafael de la Fuente Ortiz`: one or two given
 * names, lower-case particles, then one or two surname words. A headline capitalises its words, so
 * it never leaves a particle in lower case; nor does an organisation's run (`Bank of Spain`).
 */
function particleSurname(run: Token[]): boolean {
  let i = 0;
  while (i < run.length && (run[i] as Token).capitalised) i++;
  if (i === 0 || i > 2) return false;
  let j = i;
  while (j < run.length && !(run[j] as Token).capitalised) {
    if (((run[j] as Token).kinds & NAME_PARTICLE) === 0) return false;
    j++;
  }
  const tail = run.length - j;
  if (tail < 1 || tail > 2) return false;
  for (let k = j; k < run.length; k++) if (!(run[k] as Token).capitalised) return false;
  return true;
}

/**
 * When `tokens[i]` is a quoted nickname inside a name (`isNickname`), keeps the run open at
 * `from` with the word after the nickname and returns that word's index; else returns `i`.
 */
function nicknameRun(
  runs: Token[][],
  text: string,
  tokens: Token[],
  from: number,
  i: number,
): number {
  if (!isNickname(text, tokens, i)) return i;
  runs.push([...tokens.slice(from, i), tokens[i + 1] as Token]);
  return i + 1;
}

/**
 * `tokens[i]` is one capitalised word in quotation marks between two capitalised words, set off
 * by single spaces (`Marcus "Taz" Tazewell`, `Joaquín “El” Guzmán` is two words, so not): a
 * nickname inside a name.
 */
function isNickname(text: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1] as Token;
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!next || !t.capitalised || !next.capitalised || t.start - prev.end !== 2) return false;
  if (next.start - t.end !== 2) return false;
  // every mark read and compared on each call, not each test only after the one before: this is
  // compiled into capitalisedRuns, and a test first reached there (at the first nickname) would make
  // that code start over. `x ^ y` is 0 only when x is y.
  const open = text.charCodeAt(prev.end + 1);
  const closing = open === 34 ? 34 : open === 0x201c ? 0x201d : -1;
  const spaces = (text.charCodeAt(prev.end) ^ 32) | (text.charCodeAt(next.start - 1) ^ 32);
  return ((text.charCodeAt(t.end) ^ closing) | spaces) === 0;
}

/** The lines of a text, and whether each is in title case (`Clinton Goes After Trump`), asked once. */
class HeadlineLines {
  private readonly text: string;
  private starts: number[] | undefined;
  private readonly known = new Map<number, boolean>();
  constructor(text: string) {
    this.text = text;
  }
  titleCase(at: number): boolean {
    // by indexOf: a match object per line showed in profiles
    if (!this.starts) {
      this.starts = [0];
      const text = this.text;
      for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", nl + 1))
        this.starts.push(nl + 1);
    }
    const k = sentenceIndex(this.starts, at);
    let v = this.known.get(k);
    if (v === undefined) {
      const end = (this.starts[k + 1] ?? this.text.length + 1) - 1;
      v = titleCaseLine(this.text, this.starts[k] as number, end);
      this.known.set(k, v);
    }
    return v;
  }
}

/** `"`, `“`, `‘`, `'`: a run right after one is a quoted term or title. */
const OPENING_MARKS = new Set([34, 0x201c, 0x2018, 39]);

/**
 * `Tobias Wrenn of Dunmore`, `Rafael Ostrowski of Pemberton & Gale`: two or three capitalised
 * words, then a lower-case joiner, outside a headline line: maybe a name and where the person is
 * from, read whole when splitting it as a headline finds no known given name (the name still
 * needs its evidence). Not after `the`, `its`: a name seldom follows a determiner.
 */

function nameThenJoiner(text: string, run: Token[], lines: HeadlineLines): boolean {
  let k = 0;
  while (k < run.length && (run[k] as Token).capitalised) k++;
  if (k !== 2 && k !== 3) return false;
  // `The Hollywood Chamber of Commerce`, `its "Great Wall of Protectionism"`: no person's name
  const start = (run[0] as Token).start;
  if (start > 0 && OPENING_MARKS.has(text.charCodeAt(start - 1))) return false;
  return !DETERMINERS.has(previousWord(text, start)) && !lines.titleCase(start);
}

/** Four or five name words, the longest a name is, outside a title-case line. */
function longNameInBody(run: Token[], lines: HeadlineLines): boolean {
  if (run.length > 5) return false;
  for (const t of run) if (!isNameWord(t)) return false;
  return !lines.titleCase((run[0] as Token).start);
}

/** `splitHeadline(run)` would give the run back whole: no need to ask about its line. */
function keptWhole(run: Token[]): boolean {
  for (const t of run) if (t.kinds & TITLE) return true;
  const first = run[0] as Token;
  if (run.length === 2) return (first.kinds & GIVEN) !== 0;
  return run.length === 3 && (first.kinds & GIVEN) !== 0 && (run[1] as Token).initial;
}

/**
 * Keeps the finished run `tokens[from, to)` (never ending on a connector or particle), if one is
 * open (`from` -1: none); returns -1, for no open run.
 */
function closeRun(runs: Token[][], tokens: Token[], from: number, to: number): number {
  if (from < 0) return -1;
  let end = to;
  while (end > from && !(tokens[end - 1] as Token).capitalised) end--;
  if (end > from) runs.push(tokens.slice(from, end));
  return -1;
}

/** A line whose words are mostly capitalised (`Clinton Goes After Trump As The New Romney`). */
function titleCaseLine(text: string, from: number, to: number): boolean {
  if (to - from > 300) return false;
  return mostlyCapitalised(text, from, to, 4, 0.7);
}

/**
 * A long capitalised run with no title in it is a headline (`Hillary Clinton Goes After Donald
 * Trump`): keep only given name + initials + surname stretches from it.
 */
function splitHeadline(run: Token[]): Token[][] {
  for (const t of run) if (t.kinds & TITLE) return [run];
  const out: Token[][] = [];
  let taken = 0;
  for (let i = 0; i < run.length - 1; i++) {
    if (((run[i] as Token).kinds & GIVEN) === 0) continue;
    let j = i + 1;
    while (j < run.length - 1 && (run[j] as Token).initial) j++;
    // `J. Bradford DeLong of the University …`: initials before the given name are the name's
    // (stepped back at least once, from the word after: a step first made once this was compiled,
    // at the first such initial, made the compiled code start over)
    let from = i + 1;
    do from--;
    while (from > taken && (run[from - 1] as Token).initial);
    out.push(run.slice(from, j + 1));
    i = j;
    taken = j + 1;
  }
  return out;
}

/** Some token in `run[from, to)` is an initial (`F.`). */
function hasInitial(run: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((run[i] as Token).initial) return true;
  return false;
}

function isNameWord(t: Token): boolean {
  if (t.initial) return true;
  const kinds = t.kinds;
  const capital = t.capitalised;
  if (kinds & NAME_SUFFIX && capital) return true;
  if (kinds & NAME_PARTICLE && !capital) return true;
  if (!capital || t.acronym) return false;
  return (kinds & (ORG_WORD | TITLE | NOT_NAME)) === 0;
}

/** `, deputy legal director at the ACLU,` / `, a Homeland Security spokeswoman,` after a name. */
export function appositiveAfter(text: string, end: number): string | undefined {
  if (text.charCodeAt(end) !== 44) return undefined; // no comma, no appositive
  // asked about the same name several times (evidence, mention, role): remember the last text's
  if (text !== appositiveText) {
    appositiveText = text;
    appositiveMemo.clear();
  }
  if (appositiveMemo.has(end)) return appositiveMemo.get(end);
  const found = readAppositive(text, end);
  appositiveMemo.set(end, found);
  return found;
}
let appositiveText = "";
const appositiveMemo = new Map<number, string | undefined>();

function readAppositive(text: string, end: number): string | undefined {
  const m = SET_OFF_PHRASE.exec(text.slice(end, end + 130));
  if (!m) return undefined;
  let phrase = (m[1] as string).trim();
  // an appositive opens with an article or a lower-case word, not another name
  if (!OPENS_DESCRIPTION.test(phrase)) return undefined;
  // `, who was press secretary to …,`, `, who became the bank's chief executive in May,`: the role
  // after the relative clause's verb of being or becoming; any other clause (`, who has a delegate
  // lead`, `, stood beside the sheriff and …`) is no appositive
  const relative = RELATIVE_OF_BEING.exec(phrase);
  if (relative) phrase = phrase.slice(relative[0].length);
  else if (NOT_APPOSITIVE.has(firstWord(phrase))) return undefined;
  // `a composer whose concertos …`: the relative clause describes the person, no part of the role
  const clause = phrase.includes("who") ? RELATIVE_WHO.exec(phrase) : null;
  if (clause) phrase = phrase.slice(0, clause.index);
  if (phraseHasRoleNoun(phrase, 10)) return phrase;
  // `a hydrologist at Western State University`: an agent noun (-ist, -er, -or, -ian, -ant)
  // heading `a …` before its organisation
  const agent = AGENT_APPOSITIVE.exec(phrase);
  return agent ? phrase : undefined;
}

/** `a hydrologist at …`: an agent noun heading the phrase. */
const AGENT_APPOSITIVE =
  /^(?:an?|the)[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+){0,3}?([\p{Ll}]+(?:ist|er|or|ian|ant|ent|eer))(?:[ \u00a0]+(?:at|of|for|with|in|from)\b|$)/u;

/** ` who `, ` whose `: a relative clause inside the appositive. */
const RELATIVE_WHO = /[ \u00a0](?:who|whose)[ \u00a0]/u;

/** `who was `, `who became `: the role comes after. */
const RELATIVE_OF_BEING = /^(?:who|which)[ \u00a0]+(?:is|was|are|were|became|becomes)[ \u00a0]+/u;

/** An article or a lower-case word: how an appositive opens, unlike another name. */
const OPENS_DESCRIPTION = /^(?:an?|the|A|An|The)\s|^\p{Ll}/u;

/** `, deputy legal director at the ACLU`: the words set off by a comma. */
const SET_OFF_PHRASE = /^,[ \u00a0]+([^,.;:“”"()]{2,120})/u;

/**
 * `Ablaye, the Senegalese kora player and singer whose …`: a word opening its sentence, set off
 * before `the`/`a` and a role noun of the lexicon that a comma or `who`/`whose` closes. Not a
 * word ending a fronted phrase (`In Chelsea, the mayor said`: it opens no sentence) nor an
 * adverb (`Significantly, the judge said`: the role is the clause's subject, no comma after it;
 * `Previously, a man who …` with no comma closing the clause).
 */
function roleAppositive(text: string, start: number, end: number): boolean {
  if (!opensSentence(text, start)) return false;
  const m = LONE_ROLE_APPOSITIVE.exec(text.slice(end, end + 90));
  if (!m || !ROLE_NOUNS.has(m[1] as string)) return false;
  return m[0].endsWith(",") || relativeClosed(text, end + m[0].length);
}

/** How far a relative clause set off after a lone name may run to its closing comma. */
const RELATIVE_REACH = 120;

/**
 * `Sena, the artist who works under one name, unveiled`: an appositive's relative clause is
 * closed by a comma before the sentence's verb; `Previously, a man who honeymooned in Moscow
 * would be disqualified` runs on to the sentence's end (the adverb's phrase is the subject).
 */
function relativeClosed(text: string, from: number): boolean {
  const to = Math.min(text.length, from + RELATIVE_REACH);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) return true;
    if (c === 46 || c === 10 || c === 59) return false;
  }
  return false;
}

/** `, the pop singer,`, `, a retired nurse who`: an article, up to four words, a noun closed. */
const LONE_ROLE_APPOSITIVE =
  /^,[ \u00a0]+(?:the|an?)[ \u00a0]+(?:[\p{L}'’-]+[ \u00a0]+){0,4}?(\p{Ll}+)(?:,|[ \u00a0]+who(?:se)?[ \u00a0])/u;

/** Words that open a clause after a name, never a noun phrase in apposition to it. */
const NOT_APPOSITIVE = new Set([
  "who",
  "which",
  "whose",
  "whom",
  "that",
  "and",
  "or",
  "but",
  "is",
  "was",
  "are",
  "were",
  "has",
  "had",
  "have",
  "will",
  "would",
  "said",
  "says",
  "told",
  "stood",
  "sat",
  "went",
  "came",
]);

/** The first word of a phrase, up to a space. */
function firstWord(phrase: string): string {
  const space = phrase.search(/[ \u00a0]/u);
  return space < 0 ? phrase : phrase.slice(0, space);
}

/**
 * One of the first `limit` words of `phrase` (trimmed; words split at plain and no-break
 * spaces) is a role noun or a gendered role (`spokeswoman`). Read in place: splitting the phrase
 * by its pattern was most of an appositive's cost.
 */
function phraseHasRoleNoun(phrase: string, limit: number): boolean {
  const n = phrase.length;
  let from = 0;
  for (let count = 0; count < limit; count++) {
    let to = from;
    while (to < n && !isBlank(phrase.charCodeAt(to))) to++;
    const lower = lowerCased(phrase.slice(from, to));
    if (ROLE_NOUNS.has(lower) || ROLE_GENDER.has(lower)) return true;
    if (to >= n) return false;
    from = to;
    while (from < n && isBlank(phrase.charCodeAt(from))) from++;
  }
  return false;
}

/** A plain or no-break space. */
function titleBefore(text: string, start: number): boolean {
  const word =
    asciiWordBefore(text, start, 30, true) ??
    /([\p{Ll}]+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return !!word && (isTitleOrRole(word) || agentAfterThe(text, start));
}

/**
 * `the wrestler Hulk Hogan`, `the cartoonist Garry Trudeau`, `the sprinter Kaya Brandvold`: `the`
 * and an agent noun (-er, -or, -ist, -ian) right before the run, which the noun describes; not a
 * comparative or another word that only looks like one (`the older New Democrats`).
 */
function agentAfterThe(text: string, start: number): boolean {
  // both read, on "" for no match: this is compiled into titleBefore and shownAsPerson, and a read
  // first made after that, at the first `the <agent>`, made them start over
  const noun = firstGroup(AGENT_AFTER_THE, text.slice(Math.max(0, start - 30), start));
  const notAgent = NOT_AGENTS.has(noun);
  return noun !== "" && !notAgent;
}

const AGENT_AFTER_THE = /(?:^|[^\p{L}])the[ \u00a0]+(\p{Ll}{3,}(?:er|or|ist|ian))[ \u00a0]+$/u;

/** A match of nothing, with an empty group 1: what `firstGroup` reads when there is no match. */
const NO_MATCH = /()/.exec("") as RegExpExecArray;

/**
 * Group 1 of `pattern`'s match in `s`, or "" when there is none (or the group took no part). The
 * group is read from a match in every case, no match standing for one: a read made only after a
 * rare match is first made once the caller's code is compiled, and throws that code away.
 */
export function firstGroup(pattern: RegExp, s: string): string {
  return (pattern.exec(s) ?? NO_MATCH)[1] ?? "";
}

/** Words ending like agent nouns that are not (`the other`, `the former`, `the older`). */
const NOT_AGENTS = new Set([
  "other",
  "former",
  "latter",
  "older",
  "elder",
  "younger",
  "newer",
  "earlier",
  "later",
  "bigger",
  "larger",
  "smaller",
  "greater",
  "lesser",
  "higher",
  "lower",
  "better",
  "upper",
  "inner",
  "outer",
  "under",
  "after",
  "either",
  "neither",
  "whether",
  "rather",
  "together",
  "however",
  "interior",
  "exterior",
  "superior",
  "inferior",
  "junior",
  "senior",
  "prior",
]);

/**
 * `Another analyst, Rafael Ostrowski`, `The victim, Tobias Wrenn`: a role noun set off by a comma
 * right before the run, which names the person it describes (read back by character codes); a
 * plural one, the first of the people it lists.
 */
function roleBeforeComma(text: string, start: number): boolean {
  // (a read before the text's start would make the optimised code start over)
  if (start < 2) return false;
  const gap = text.charCodeAt(start - 1);
  if (!isBlank(gap) || text.charCodeAt(start - 2) !== 44) return false;
  const end = start - 2;
  const from = lowerWordStart(text, end, 16);
  if (end - from < 2) return false;
  const word = text.slice(from, end);
  // `the group's two co-founders, Saoirse Ní Dhomhnaill and …`: a plural role heads a list of names
  return ROLE_NOUNS.has(word) || (word.endsWith("s") && ROLE_NOUNS.has(word.slice(0, -1)));
}

/** The gender a given name usually carries, from its kinds (see `genderOfKinds`). */
export function givenGender(word: string | undefined): "f" | "m" | undefined {
  return word ? givenGenderOfLower(word.toLowerCase()) : undefined;
}

/** `givenGender` of a word already in lower case. */
export function givenGenderOfLower(lower: string): "f" | "m" | undefined {
  return lower ? genderOfKinds(wordKinds(lower)) : undefined;
}

/** How far before a name `signed by ` is read: a participle of up to about 18 letters. */
const PASSIVE_REACH = 24;

/**
 * Whether a name at `start` may be what its sentence is about: not the object of a preposition,
 * except the agent after a participle (`signed by`, `written by`), who did what the sentence tells.
 */
function isSubjectAt(text: string, start: number): boolean {
  const word = previousWord(text, start);
  if (!PREPOSITIONS.has(word)) return true;
  // `For Delphine Okoro, a nurse, the recall came too late.`: an opening `For` names the one the
  // sentence is about (both tests made after any preposition: this is compiled into buildMention,
  // and a test first made after that, at the first `For` opening a sentence, made it start over)
  const forAt = start - 4;
  const forWritten = text.startsWith("For ", forAt);
  const opening = opensSentence(text, forAt);
  if (word === "for" && forWritten && opening) return true;
  // (not a participle opening its sentence: `Asked by Starnes if he …` is about the one asked)
  return (
    word === "by" &&
    /(?:^|[^\p{L}])\p{Ll}+(?:ed|en)[ \u00a0]+by[ \u00a0]+$/u.test(
      text.slice(Math.max(0, start - PASSIVE_REACH), start),
    )
  );
}

/**
 * The word right before `start` and its blanks, in lower case: what `/(\p{L}+)[ \u00a0]+$/u`
 * finds in the 30 characters before ("" for none). Read by character codes, letters outside ASCII
 * too: this is compiled into buildMention, and a regex asked only when asciiWordBefore could not
 * decide was first asked after that (at the first such word) and made it start over.
 */
function previousWord(text: string, start: number): string {
  const lo = Math.max(0, start - 30);
  let j = start - 1;
  while (j >= lo && isBlank(text.charCodeAt(j))) j--;
  if (j === start - 1 || j < lo) return "";
  const end = j + 1;
  for (; j >= lo; j--) {
    const c = text.charCodeAt(j);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) continue;
    if (c < 128) break;
    if (c < 0xd800 || c > 0xdfff) {
      if (LETTER.test(text.charAt(j))) continue;
      break;
    }
    // an astral letter, read from its low half; a half alone (or cut by the window) is none
    const high = j > lo ? text.charCodeAt(j - 1) : 0;
    if (c < 0xdc00 || high < 0xd800 || high > 0xdbff || !LETTER.test(text.slice(j - 1, j + 1)))
      break;
    j--;
  }
  return lowerCased(text.slice(j + 1, end));
}

/** One character (a code point) that is a letter. */
const LETTER = /^\p{L}$/u;

/**
 * Finds person-name mentions. `inQuote(offset)` says whether an offset is inside quotation marks.
 * Full names are accepted on evidence (a title, a known given name, a middle initial, an
 * appositive role, a speech verb after them); single words only as the surname or given name of a
 * full name found anywhere in the text, or with a title.
 */
export function findNames(
  text: string,
  tokens: Token[],
  inQuote: (offset: number) => boolean,
  /** Words the statements stage found naming a speaker: a name there needs no other evidence. */
  speakerSpans: readonly { start: number; end: number }[] = [],
): NameMention[] {
  const spans = new SpeakerSpans(text, speakerSpans);
  const lines = new HeadlineLines(text);
  const candidates: Candidate[] = [];
  for (const run of capitalisedRuns(text, tokens, lines)) {
    // (a copy of every run, the pronoun's word left out or not: this is compiled into findNames,
    // and a copy first made after that, at the first such `I.`, made it start over)
    const c = candidateOf(run.slice(pronounIEnds(text, run) ? 1 : 0));
    if (c) candidates.push(c);
  }
  // full names, on evidence
  const out: NameMention[] = [];
  const surnames = new Set<string>();
  const givens = new Set<string>();
  const alone = new LoneSpeakers(text, candidates, spans);
  for (const c of candidates) {
    if (c.loneOnly || !(hasEvidence(text, c, spans) || surnameFirst(c, alone))) continue;
    c.accepted = true;
    const m = buildMention(text, inQuote, c.run, c.nameFrom, c.titled);
    out.push(m);
    if (m.words.length > 1) {
      surnames.add(surnameOf(m.words).toLowerCase());
      givens.add((m.words[0] as string).toLowerCase());
      // (a name in quotation marks may be a title's: `"The Rachel Maddow Show"`)
      const middle = m.inQuote ? undefined : middleSurname(m.words);
      if (middle) surnames.add(middle);
    } else surnames.add((m.words[0] as string).toLowerCase());
  }
  // the last two words of the longer names (`wasserman schultz` of `Debbie Wasserman Schultz`)
  const tails = new Set<string>();
  for (const m of out) if (m.words.length > 2) tails.add(m.words.slice(-2).join(" ").toLowerCase());
  // a lone surname of someone named in full, possibly at the end of a longer run
  for (const c of candidates) {
    if (c.accepted) continue;
    const tail = c.run[c.run.length - 1] as Token;
    if (surnames.has(tail.lower) || (c.run.length - c.nameFrom === 1 && givens.has(tail.lower))) {
      // a lone word on a headline line is no name (left to here by capitalisedRuns)
      if (c.run.length === 1 && !(tail.kinds & TITLE) && lines.titleCase(tail.start)) continue;
      // `Odile Fensham’s kiln` beside `Walter Fensham` or `Ms. Ekdahl`: a family member's full
      // name, not the surname of another
      const from =
        isKinName(text, c, surnames, tails) && !inQuote((c.run[0] as Token).start)
          ? c.nameFrom
          : c.run.length - 1;
      out.push(buildMention(text, inQuote, c.run, from, false));
    }
  }
  return out.sort(byStart);
}

/**
 * `Maite Etxeberria Goikoetxea` → `etxeberria`: in a name of three words, a middle word that is
 * no given name, initial or particle is a first surname, which Spanish usage gives alone (in lower
 * case; undefined for none). `clusterPeople` joins it to the person when no one else bears it.
 */
export function middleSurname(words: string[]): string | undefined {
  if (words.length !== 3) return undefined;
  const w = words[1] as string;
  const lower = w.toLowerCase();
  if (isInitial(w) || (wordKinds(lower) & (NAME_PARTICLE | GIVEN)) !== 0) return undefined;
  return lower;
}

/**
 * A two-word name with no evidence of its own whose surname is a known person's (`Odile
 * Fensham`, `Ed Schultz` beside `Mr. Schultz`): the given name is a name word not opening its
 * sentence, or the run is possessive (`Maren Ekdahl’s novel`), so that `Asked Kelly` or `Today
 * Kelly` stay Kelly; never the end of a longer name found (`Wasserman Schultz`).
 */
function isKinName(text: string, c: Candidate, surnames: Set<string>, tails: Set<string>): boolean {
  const run = c.run;
  if (run.length - c.nameFrom !== 2 || c.nameFrom !== 0) return false;
  const given = run[0] as Token;
  const surname = run[1] as Token;
  if (!surnames.has(surname.lower) || given.initial || !isNameWord(given)) return false;
  // `Wasserman Schultz` is Debbie Wasserman Schultz, not a relative of hers
  if (tails.has(`${given.lower} ${surname.lower}`)) return false;
  return surname.possessive || !opensSentence(text, given.start);
}

/** Nothing but spaces and opening quotation marks between `at` and a sentence end or the start. */
function opensSentence(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && j > at - 20) {
    const c = text.charCodeAt(j);
    if (isBlank(c) || OPENING_MARKS.has(c)) j--;
    else return c === 46 || c === 33 || c === 63 || c === 10 || c === 58;
  }
  return j < 0;
}

/** A capitalised run read as [title] + name: where the name starts, and whether titled. */
interface Candidate {
  run: Token[];
  nameFrom: number;
  titled: boolean;
  /** Only a lone surname (a common word too): decided once all full names are known. */
  loneOnly: boolean;
  accepted: boolean;
}

/** The name a capitalised run may hold: the longest tail of name words after its last title. */
function candidateOf(run: Token[]): Candidate | undefined {
  let k = -1;
  for (let i = 0; i < run.length; i++)
    if ((run[i] as Token).kinds & TITLE && (run[i] as Token).capitalised) k = i;
  // `Mr. King`, `Dr. Bishop`: after an honorific, a title word is the surname
  const honoured = k === run.length - 1 && k > 0 && ((run[k - 1] as Token).kinds & HONORIFIC) !== 0;
  if (honoured) k--;
  let from = run.length;
  // a surname that is also an organisation word (`Park`, `May`) counts after a given name
  const lastTok = run[run.length - 1] as Token;
  // (index -1 is never read: a missing index is a slow property look-up, here and below)
  const beforeLast = run.length > 1 ? run[run.length - 2] : undefined;
  if (
    !isNameWord(lastTok) &&
    lastTok.kinds & ORG_WORD &&
    beforeLast &&
    isNameWord(beforeLast) &&
    (k >= 0 || beforeLast.kinds & GIVEN || beforeLast.initial)
  )
    from--;
  if (honoured) from = run.length - 1;
  while (from > k + 1 && from > 0 && isNameWord(run[from - 1] as Token)) from--;
  // past lower-case joiners to the name's first word (stepped at least once, from the word before:
  // a step first made after this was compiled, at the first run with a joiner there, made the
  // compiled code start over)
  from--;
  do from++;
  while (from < run.length && !(run[from] as Token).capitalised);
  if (from >= run.length) {
    // `Gideon Marwick of the Civic Justice Project`: the name before the organisation
    const head = nameBeforeJoiner(run);
    if (head) return head;
    // maybe a lone surname that is also a common word
    if (lastTok.capitalised && !lastTok.acronym)
      return { run, nameFrom: run.length - 1, titled: false, loneOnly: true, accepted: false };
    return undefined;
  }
  if (run.length - from > 5) return undefined;
  // `Governor of California`, `President of France`: a place after `of`, not a name; but the
  // name may come before it (`Prof. Edmund Kessler of the University of Aberlyn`)
  const joiner = from > 0 ? run[from - 1] : undefined;
  if (joiner && !joiner.capitalised && joiner.kinds & CONNECTOR) return nameBeforeJoiner(run);
  // `Forecaster Nadia Brookfield` opening a sentence: a role noun, capitalised there, before a
  // name is the person's title, not part of the name; before a known given name it is evidence
  // enough, before another (`Economist Mira Sorensen`) the name needs its own
  if (
    k < 0 &&
    from === 0 &&
    run.length >= 3 &&
    ((run[0] as Token).kinds & (ROLE_NOUN | GIVEN)) === ROLE_NOUN
  ) {
    const known = ((run[1] as Token).kinds & GIVEN) !== 0;
    return { run, nameFrom: 1, titled: known, loneOnly: false, accepted: false };
  }
  // `Miss Universe Alicia Machado`: a known given name after the title's own last word
  if (
    k >= 0 &&
    run.length - from >= 3 &&
    ((run[from] as Token).kinds & GIVEN) === 0 &&
    ((run[from + 1] as Token).kinds & GIVEN) !== 0
  )
    from++;
  return { run, nameFrom: from, titled: k >= 0 && from > k, loneOnly: false, accepted: false };
}

/**
 * The name that opens a run before its first lower-case joiner (`Gideon Marwick` of `Gideon
 * Marwick of the Civic Justice Project`), if that stretch has two words or more and holds one.
 */
function nameBeforeJoiner(run: Token[]): Candidate | undefined {
  let end = 0;
  while (end < run.length && (run[end] as Token).capitalised) end++;
  if (end < 2 || end >= run.length) return undefined;
  const head = candidateOf(run.slice(0, end));
  return head && !head.loneOnly ? head : undefined;
}

/**
 * `Liang Weiming` … `Liang told reporters`, `Park Ji-hoon` … `Park said`: where the family name
 * comes first (Chinese, Korean, Hungarian, Vietnamese custom), the writer names the person alone
 * by the first word, never the last. A run ending in two capitalised words whose first, no known
 * given name, the text names alone as a speaker (and the last never) is such a name, and a
 * capitalised common noun before it (one the text also writes in lower case) is a title
 * (`Harbourmaster Liang Weiming`, `the harbourmaster`): sets the candidate so and returns true.
 */
function surnameFirst(c: Candidate, alone: LoneSpeakers): boolean {
  const run = c.run;
  const n = run.length;
  if (n < 2 || n > 3) return false;
  const family = run[n - 2] as Token;
  const given = run[n - 1] as Token;
  if (!family.capitalised || !given.capitalised || family.initial || family.acronym) return false;
  if ((family.kinds & (GIVEN | TITLE | ROLE_NOUN | NOT_NAME)) !== 0) return false;
  if ((given.kinds & (TITLE | ROLE_NOUN | NOT_NAME | ORG_WORD | NAME_SUFFIX)) !== 0) return false;
  if (n === 3 && (!(run[0] as Token).capitalised || ((run[0] as Token).kinds & GIVEN) !== 0))
    return false;
  if (given.acronym) return false;
  // a company is also named by its first word (`Corvane Chemical` … `Corvane said`): a person
  // shows as one by a hyphenated given name (`Ji-hoon`), an employer after (`Park Ji-hoon of
  // Hanbit Marine`), a lower-case title before, or a capitalised common noun before as a title
  // (asked first, as they cost least)
  const text = alone.text;
  const shown = shownAsPerson(text, family, given);
  if (!shown && (n !== 3 || opensSentence(text, (run[0] as Token).start))) return false;
  // `Bloomberg Politics`, `Patriot Coal`: a common noun, found in lower case, is no given name;
  // the title before one is such a noun (`Harbourmaster` … `the harbourmaster`)
  const at = family.start;
  if (!shown && !hasLowerWord(text, (run[0] as Token).lower, at)) return false;
  if (hasLowerWord(text, given.lower, at)) return false;
  return alone.speaks(family.lower) && !alone.speaks(given.lower) && surnameFirstFound(c);
}

/**
 * A hyphenated two-syllable given name, an employer after, or a lower-case title before: each
 * asked of a character or two before its pattern, as most runs asked about are organisations'.
 */
function shownAsPerson(text: string, family: Token, given: Token): boolean {
  let hyphen = given.start;
  while (hyphen < given.end && text.charCodeAt(hyphen) !== 45) hyphen++;
  if (hyphen < given.end && SYLLABLES.test(text.slice(given.start, given.end))) return true;
  // (reads past either end of the text would make the optimised code start over)
  const after = given.end + 1 < text.length ? text.charCodeAt(given.end + 1) : -1;
  if (
    (after === 111 || after === 97 || after === 102) &&
    isSpaceCode(text.charCodeAt(given.end)) &&
    AFFILIATION.test(text.slice(given.end, given.end + 40))
  )
    return true;
  if (family.start < 2) return false;
  const before = text.charCodeAt(family.start - 2);
  return isSpaceCode(text.charCodeAt(family.start - 1)) && before >= 97 && before <= 122
    ? titleBefore(text, family.start)
    : false;
}

/** Sets the candidate to a family name first, after a title when the run has one. */
function surnameFirstFound(c: Candidate): boolean {
  const n = c.run.length;
  c.nameFrom = n - 2;
  c.titled = n === 3;
  return true;
}

/** A given name of two syllables joined by a hyphen (`Ji-hoon`, `Ki-moon`), not `T-Shirt`. */
const SYLLABLES = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** How far either side of a name its words are sought in lower case. */
const LOWER_REACH = 2000;

/**
 * `word` (in lower case) occurs in lower case, as a whole word, within reach of `around`. Sought
 * in the window alone: `indexOf` on the whole text would read on to the text's end whenever the
 * word is not in reach, once per name asked about (quadratic on a long article).
 */
function hasLowerWord(text: string, word: string, around: number): boolean {
  const from = Math.max(0, around - LOWER_REACH);
  const window = text.slice(from, around + LOWER_REACH + word.length);
  for (let i = window.indexOf(word); i >= 0; i = window.indexOf(word, i + 1)) {
    const at = from + i;
    if (at >= around + LOWER_REACH) break;
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = at + word.length < text.length ? text.charCodeAt(at + word.length) : 32;
    if (!isWordCode(before) && !isWordCode(after)) return true;
  }
  return false;
}

/**
 * Capitalised words that speak alone: a speaker span holding only the word, or a run of the one
 * word before a speech verb (`Liang told reporters`). The one-word runs are indexed by word on the
 * first question (most articles never ask), and only a word asked about is read for its verb.
 */
class LoneSpeakers {
  /** The last one-word run of each word, as an index into `candidates`. */
  private last: Map<string, number> | undefined = undefined;
  /** For each candidate, the one-word run of the same word before it (-1: none). */
  private previous: Int32Array = new Int32Array(0);
  constructor(
    readonly text: string,
    private readonly candidates: readonly Candidate[],
    private readonly spans: SpeakerSpans,
  ) {}

  /** Each word's answer: a text naming one person many times asks of the word many times. */
  private readonly answers = new Map<string, boolean>();

  speaks(lower: string): boolean {
    let known = this.answers.get(lower);
    if (known === undefined) {
      known = this.spans.loneSurname(lower) || this.speaksBeforeVerb(lower);
      this.answers.set(lower, known);
    }
    return known;
  }

  /** A one-word run of `lower` comes right before a speech verb. */
  private speaksBeforeVerb(lower: string): boolean {
    const candidates = this.candidates;
    if (!this.last) {
      this.last = new Map();
      this.previous = new Int32Array(candidates.length);
      for (let i = 0; i < candidates.length; i++) {
        const run = (candidates[i] as Candidate).run;
        if (run.length !== 1) continue;
        const word = (run[0] as Token).lower;
        this.previous[i] = this.last.get(word) ?? -1;
        this.last.set(word, i);
      }
    }
    const text = this.text;
    for (let i = this.last.get(lower) ?? -1; i >= 0; i = this.previous[i] as number) {
      const end = ((candidates[i] as Candidate).run[0] as Token).end;
      if (isSpaceCode(text.charCodeAt(end)) && SPEECH_VERBS.test(text.slice(end, end + 20)))
        return true;
    }
    return false;
  }
}

/**
 * A full name needs evidence: a title, a known given name, a middle initial, an appositive role,
 * a speech verb after it (or after its commas, when set off by them), a speaker span it closes, a
 * lower-case title before it, a surname the statements name alone, `named` before it, or an age or
 * home after it. A lone word needs an age set off after it, or `loneNameEvidence`.
 */
function hasEvidence(text: string, c: Candidate, spans: SpeakerSpans): boolean {
  if (c.titled) return true;
  const run = c.run;
  // `the law firm Mayer Brown`, `a rival company Hollow Pine`: a name right after an article and
  // a lower-case organisation noun is that organisation's, whatever its words
  if (orgNounBefore(text, (run[c.nameFrom] as Token).start)) return false;
  const last = run[run.length - 1] as Token;
  // most names have no comma after them: the patterns below that need one are not run. (NaN for
  // a name ending the text, which no test below takes. Not guarded by the text's length: that
  // read knows the string's kind, and the first text of the other kind, one-byte after two-byte,
  // made the optimised code start over; a name ending a text is rarer than that.)
  const next = text.charCodeAt(last.end);
  const comma = next === 44;
  // `Her granddaughter, Opal, 19, said`: an age set off after one word makes it a person's name;
  // so does a role set off after it (`Ablaye, the Senegalese kora player, died`), by the role
  // lexicon alone (an agent noun's ending would take `Boeing, the planemaker`)
  if (run.length - c.nameFrom <= 1)
    return (
      (comma && AGE_SET_OFF.test(text.slice(last.end, last.end + 6))) ||
      (comma && roleAppositive(text, last.start, last.end)) ||
      loneNameEvidence(text, run[c.nameFrom] as Token)
    );
  const first = run[c.nameFrom] as Token;
  return (
    ((first.kinds & GIVEN) !== 0 && !opensQuestion(text, first)) ||
    // `a fifth-grader, Ruby Castellano, who read from a notebook`, `Vikram Sethuraman, who owns a
    // shop, worried …`, `Shauna Delacourt-Mims, whose son …`: `who` and `whose` follow people (not after a speech verb opening the sentence, which
    // runs into the name: `Said Dorothy Poynter`)
    (comma && whoAfter(text, first, last)) ||
    hasInitial(run, c.nameFrom, run.length - 1) ||
    appositiveAfter(text, last.end) !== undefined ||
    (isSpaceCode(next) && SPEECH_VERBS.test(text.slice(last.end, last.end + 20))) ||
    // `Another, Marcus Webb, said`: set off by commas before a speech verb
    (comma &&
      first.start >= 2 &&
      text.charCodeAt(first.start - 2) === 44 &&
      SPEECH_VERBS.test(text.slice(last.end + 1, last.end + 21))) ||
    spans.closedBy(first.start, last.end) ||
    // `union president Marcus Bell`, `city manager Ann Cole`: a lower-case title before
    titleBefore(text, first.start) ||
    roleBeforeComma(text, first.start) ||
    spans.loneSurname(last.lower) ||
    // `a student named Arvid Nesheim`
    previousWord(text, first.start) === "named" ||
    (comma && AGE_OR_PLACE_SET_OFF.test(text.slice(last.end, last.end + 8))) ||
    (c.nameFrom === 0 && subjectOfPronouns(text, first.start, last.end))
  );
}

/** `, 19,` or `, of Iowa`: an age or a place set off after a name. */
const AGE_OR_PLACE_SET_OFF = /^,[ \u00a0]+(?:\d{1,3},|of[ \u00a0]+\p{Lu})/u;

/** `, 19,`: an age set off after a name. */
const AGE_SET_OFF = /^,[ \u00a0]+\d{1,3},/u;

/**
 * `a fifth-grader, Ruby Castellano, who read from a notebook`, `Vikram Sethuraman, who owns a
 * shop, worried …`, `Shauna Delacourt-Mims, whose son …`: `who` and `whose` follow people (not
 * after a speech verb opening the sentence, which runs into the name: `Said Dorothy Poynter`).
 */
function whoAfter(text: string, first: Token, last: Token): boolean {
  if (!COMMA_WHO.test(text.slice(last.end, last.end + 9))) return false;
  // both tests made for every `who`: this is compiled into hasEvidence, and a test first made
  // after that, at the first name opening its sentence before `who`, made it start over
  const opening = opensSentence(text, first.start);
  const verb = SPEECH_VERBS.test(` ${first.lower}`);
  return !(opening && verb);
}

/** `, who ` or `, whose ` after a name. */
const COMMA_WHO = /^,[ \u00a0]+who(?:se)?[ \u00a0]/u;

/**
 * `As Its Rivals Pair Up, Will Twitter Be Next?`, `Will Sanders come down?`: a given name that is
 * also an auxiliary (`Will`, `Can`), opening a clause whose sentence ends with a question mark,
 * is the question's verb (the rest of the run may still be a name, by other evidence).
 */
function opensQuestion(text: string, first: Token): boolean {
  if (!AUXILIARIES.has(first.lower)) return false;
  // both tests made for every such word: this is compiled into hasEvidence, and a test first made
  // after that, at the first `Will` opening a clause, made it start over
  const c = first.start >= 2 ? text.charCodeAt(first.start - 2) : -1;
  const opening = c === 44 || opensSentence(text, first.start);
  const question = QUESTION_AHEAD.test(text.slice(first.end, first.end + QUESTION_REACH));
  return opening && question;
}

/** A question mark before any other sentence end or line break. */
const QUESTION_AHEAD = /^[^.!?\n]*\?/u;
const QUESTION_REACH = 120;

/** `the law firm `, `a company ` right before `start`: an article, a modifier, an organisation noun. */
function orgNounBefore(text: string, start: number): boolean {
  if (start < 2) return false;
  const c = text.charCodeAt(start - 2);
  if (c < 97 || c > 122) return false;
  const word = asciiWordBefore(text, start, 20, true);
  if (!word || !ORG_NOUNS.has(word)) return false;
  return ORG_NOUN_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** `the law firm `: an article, at most one lower-case modifier, a noun, at the end. */
const ORG_NOUN_BEFORE =
  /(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?)[ \u00a0]+(?:\p{Ll}[\p{Ll}-]*[ \u00a0]+)?\p{Ll}+[ \u00a0]+$/u;

/**
 * `Neither did I. Someone at that company …`: the pronoun `I` ending a sentence after a lower-case
 * word, read as an initial opening the next sentence's run (not `I. M. Pei`, initials in a row).
 */
function pronounIEnds(text: string, run: Token[]): boolean {
  const t = run[0] as Token;
  // every read made for any run (a one-word run's word stands for the next): this is compiled
  // into findNames, and a read first made after that, at the first such `I.`, made it start over
  const next = run[run.length > 1 ? 1 : 0] as Token;
  const nextInitial = next.initial;
  const capitalI = text.charCodeAt(t.start) === 73;
  const c = t.start >= 2 ? text.charCodeAt(t.start - 2) : -1;
  const afterLower = c >= 97 && c <= 122;
  return run.length >= 2 && t.initial && capitalI && !nextInitial && afterLower;
}

/**
 * `Mireille Tansley-Obi was in seat 14A. She watched …`: a name the list does not know, opening
 * its sentence before a finite verb, with `She`/`He` opening one of the next two sentences. An
 * organisation or a place there is seldom followed by `she` or `he` (and one with an organisation
 * word never reaches here).
 */
function subjectOfPronouns(text: string, start: number, end: number): boolean {
  const next = FINITE_AFTER.exec(text.slice(end, end + 16));
  if (!next || !opensSentence(text, start)) return false;
  // `Was Szlachta satisfied …?`: a question opens with the verb, which is no given name
  const first = leadingWord(text.slice(start, start + 8));
  if (AUXILIARIES.has(first)) return false;
  // the rest of this sentence and the next two, read no further than PRONOUN_REACH
  const after = text.slice(end, end + PRONOUN_REACH);
  let sentences = 0;
  for (const m of after.matchAll(SENTENCE_OPENING)) {
    if (m[1] === "She" || m[1] === "He") return true;
    if (++sentences === 2) return false;
  }
  return false;
}

/** How far after a name its pronoun is sought: two sentences of ordinary length. */
const PRONOUN_REACH = 480;

/** A finite verb right after the name: an auxiliary or a past tense. */
const FINITE_AFTER = new RegExp(`^[ \u00a0]+${FINITE_VERB}`, "u");

/** A sentence end and the next sentence's first word (`. She`, `.” He`). */
const SENTENCE_OPENING = /[.!?]["”’)]?[ \u00a0\n]+["“‘]?(\p{Lu}\p{L}*)/gu;

/**
 * `The pop singer Mirelle`, `only by a first name, Marco,`: a lone word is a person known by one
 * name when `the` or `a` and a lower-case role or agent noun (`the rapper Brisa`; up to two
 * modifiers between) stand right before it, when the text calls it a name (`a nurse named Gwen`,
 * `whose first name is Marcus`, `his first name, Marcus`), or when it is a known given name after
 * the word `name` or a role noun and a comma (`Her husband, Tom,`). Not a weekday or a month
 * (`told a reporter Monday`), nor after a role noun that is also an adjective (`his official
 * Twitter feed`, `the official Chinese line`).
 */
function loneNameEvidence(text: string, t: Token): boolean {
  // (a read before the text's start would make the optimised code start over; no evidence fits
  // in the first two characters)
  if (!isNameWord(t) || t.start < 2) return false;
  // most lone words are neither: the cheap tests first, by the word before
  if ((t.kinds & GIVEN) !== 0) {
    // `Her husband, Tom,`: a known given name set off after a role noun
    if (roleBeforeComma(text, t.start)) return true;
    // (`name ` or `name, ` ends with `e` or a comma before the space)
    const last = text.charCodeAt(t.start - 2);
    if (
      (last === 101 || last === 44) &&
      NAME_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start))
    )
      return true;
  }
  // a lower-case letter or a comma and one space right before, or no role noun there
  const c = text.charCodeAt(t.start - 2);
  // (before the calendar's look-up, which needs the word's lower case: most lone words follow a
  // capital, a dot or a quote, and have none of the evidence below)
  if (c !== 44 && (c < 97 || c > 122)) return false;
  if (!isBlank(text.charCodeAt(t.start - 1)) || CALENDAR_WORDS.has(t.lower)) return false;
  // (`, ` ends `first name, `; `s ` ends `is `, `d ` ends `named `)
  if ((c === 44 || c === 115 || c === 100) && calledName(text, t.start)) return true;
  if (c < 97 || c > 122) return false;
  const role = asciiWordBefore(text, t.start, 30, true);
  if (!role || ADJECTIVE_ROLES.has(role)) return false;
  // an ending is weaker than the role lexicon (`a broader Saudi push` is a comparative): the
  // name must end its phrase, before a mark or a speech verb (`The rapper Brisa, who …`)
  if (!ROLE_NOUNS.has(role) && !(isAgentNoun(role) && endsPhrase(text, t.end))) return false;
  return ROLE_BEFORE.test(text.slice(Math.max(0, t.start - 50), t.start));
}

/** Whether a mark or a speech verb follows `end`, not a noun the word before it would modify. */
function endsPhrase(text: string, end: number): boolean {
  if (!isSpaceCode(text.charCodeAt(end))) return end < text.length;
  return SPEECH_VERBS.test(text.slice(end, end + 20));
}

/**
 * `a retired nurse named Gwen`, `whose first name is Marcus`, `under his first name, Marcus`: the
 * text says the word at `start` is a name (`named` after a noun for a person, not `a town named`).
 */
function calledName(text: string, start: number): boolean {
  if (!mayBeCalled(text, start)) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  if (FIRST_NAME_BEFORE.test(before) || ONLY_AS_BEFORE.test(before)) return true;
  // every test made, on "" for no match: this is compiled into loneNameEvidence, and a read first
  // made after that, at the first `nurse named`, made it start over
  const noun = firstGroup(NAMED_BEFORE, before);
  const role = ROLE_NOUNS.has(noun);
  const descriptor = DESCRIPTOR_NOUNS.has(noun);
  const agent = isAgentNoun(noun);
  return role || descriptor || agent;
}

/**
 * The word before `start` and its one blank may end one of `calledName`'s patterns (`name,`,
 * `is`, `as`, `named`): most words after `is`, `said` or a comma end none, and are let go here
 * without a slice and three regexes.
 */
function mayBeCalled(text: string, start: number): boolean {
  const end = start - 1;
  switch (text.charCodeAt(end - 1)) {
    case 44:
      return text.startsWith("name", end - 5);
    case 115: {
      const b = text.charCodeAt(end - 2);
      return b === 105 || b === 97;
    }
    case 100:
      return text.startsWith("named", end - 5);
    default:
      return true;
  }
}

/** `first name, ` or `given name is ` at the end. */
const FIRST_NAME_BEFORE =
  /(?:^|[^\p{L}])(?:first|given)[ \u00a0]+name(?:,|[ \u00a0]+is)[ \u00a0]+$/u;

/**
 * `asked to be named only as `, `identified only as `, `known only as ` at the end: how reporters
 * give a person who withholds a full name (`only`: `a town known as` names a place).
 */
const ONLY_AS_BEFORE =
  /(?:^|[^\p{L}])(?:named|identified|known|referred[ \u00a0]+to)[ \u00a0]+only[ \u00a0]+as[ \u00a0]+$/u;

/**
 * `nurse named `, `cinematographer known as ` at the end: the noun before `named` or `known as`
 * (a person's noun there says the word after is what the person goes by).
 */
const NAMED_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+)[ \u00a0]+(?:named|known[ \u00a0]+as)[ \u00a0]+$/u;

/**
 * `rapper`, `drummer`, `novelist`: a noun for someone who does something, by its ending (as the
 * pronoun resolver reads one), and no word a lexicon reads otherwise (`former`, a title) nor one
 * of the grammar words with that ending (`the other Clinton`).
 */
function isAgentNoun(word: string): boolean {
  return (
    word.length >= 5 &&
    AGENT_ENDING.test(word) &&
    (wordKinds(word) & ~WRITTEN_MEDIUM) === 0 &&
    !NOT_AGENT_NOUNS.has(word)
  );
}

/** `name, ` or `name ` right before a word (`only by a first name, Marco`). */
const NAME_BEFORE = /(?:^|[^\p{L}])name,?[ \u00a0]+$/u;

/** `the pop singer `, `a retired teacher `: an article, modifiers and a role noun, at the end. */
const ROLE_BEFORE =
  /(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?)[ \u00a0]+(?:\p{Ll}[\p{Ll}-]*[ \u00a0]+){0,2}(\p{Ll}+)[ \u00a0]+$/u;

/**
 * The statements' speaker spans, sorted: whether a run closes one (spans are short, so the
 * nearest few are enough), and the words that stand alone in one (`Tompkins said`).
 */
class SpeakerSpans {
  private readonly text: string;
  private readonly spans: readonly { start: number; end: number }[];
  private readonly lone = new Set<string>();
  private readonly prepositions: PrepositionReader;
  constructor(text: string, spans: readonly { start: number; end: number }[]) {
    this.text = text;
    this.spans = inOrder(spans, byStart) ? spans : [...spans].sort(byStart);
    this.prepositions = new PrepositionReader(text);
    // `Tompkins said`: a lone capitalised speaker is some full name's surname (a span opening
    // with an ASCII character other than a capital, as `he` does, or holding a space, as a full
    // name does, needs no pattern)
    for (const s of this.spans) {
      const w = text.slice(s.start, s.end).trim();
      const c = w.charCodeAt(0);
      if ((c >= 128 || (c >= 65 && c <= 90)) && !w.includes(" ") && LONE_CAPITALISED.test(w))
        this.lone.add(w.toLowerCase());
    }
  }

  /** A capitalised word a speaker span holds alone (`tompkins`, in lower case). */
  loneSurname(lower: string): boolean {
    return this.lone.has(lower);
  }

  /**
   * The run `[from, to)` closes a speaker span, with no preposition before it in the span
   * (`Commission on Presidential Debates` is not a person).
   */
  closedBy(from: number, to: number): boolean {
    const { text, spans } = this;
    const after = lowerBound(spans, to);
    for (let i = after - 1; i >= 0 && i >= after - 4; i--) {
      const s = spans[i] as { start: number; end: number };
      if (s.start <= from && s.end >= to && closesOrAffiliates(text.slice(to, s.end))) {
        if (!this.prepositions.between(s.start, from)) return true;
      }
    }
    return false;
  }
}

/** One capitalised word, maybe hyphenated or with an apostrophe. */
const LONE_CAPITALISED = /^\p{Lu}[\p{L}'’-]+$/u;

/**
 * What follows a run in a speaker span leaves the run its speaker: nothing (or a stray mark), or
 * the organisation the person is from (`Gideon Marwick of the Civic Justice Project`).
 */
function closesOrAffiliates(rest: string): boolean {
  return rest.trim().length <= 1 || AFFILIATION.test(rest);
}

/** ` of the Civic Justice Project`, ` at Fellmoor College`: a name's organisation after it. */
export const AFFILIATION = /^[ \u00a0]+(?:of|at|from)[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}/u;

/** The mention of the name `run[nameFrom…]`, with the title before it when `titled`. */
function buildMention(
  text: string,
  inQuote: (offset: number) => boolean,
  run: Token[],
  nameFrom: number,
  titled: boolean,
): NameMention {
  const nameTok = run[nameFrom] as Token;
  const last = run[run.length - 1] as Token;
  const words: string[] = [];
  for (let i = nameFrom; i < run.length; i++) words.push((run[i] as Token).text);
  // a sentence's opening word (`Then Mr. King`) is not part of the title
  let lead = 0;
  while (lead < nameFrom && (run[lead] as Token).kinds & NOT_NAME) lead++;
  const titleTokens = titled ? run.slice(lead, nameFrom) : [];
  const start = titled && titleTokens.length ? (titleTokens[0] as Token).start : nameTok.start;
  // every field from the start (title and gender undefined until found), so that all mentions
  // share one shape
  const mention: NameMention = {
    start,
    end: last.end,
    text: text.slice(start, last.end),
    nameStart: nameTok.start,
    name: squashSpaces(text.slice(nameTok.start, last.end), true),
    words,
    title: undefined,
    gender: undefined,
    inQuote: inQuote(start),
    // `to Sessions` and `Scott's hands` are not what a sentence is about; the agent of a
    // passive is (`a letter signed by Oduya. In it, he wrote`)
    subject: isSubjectAt(text, start) && !last.possessive,
  };
  if (titleTokens.length) {
    mention.title = squashSpaces(
      text.slice(
        (titleTokens[0] as Token).start,
        (titleTokens[titleTokens.length - 1] as Token).end,
      ),
      true,
    );
  }
  let gender: "f" | "m" | undefined;
  for (const t of titleTokens) gender ??= TITLE_GENDER.get(t.lower);
  // the appositive is read (and remembered) whatever the gender, as before
  const appositive = appositiveAfter(text, last.end);
  if (appositive && gender === undefined)
    for (const w of appositive.toLowerCase().split(/\s+/)) {
      // `who was travelling to work with her husband`: a noun after a preposition or a
      // possessive is someone else, not what the appositive calls this person
      if (PREPOSITIONS.has(w) || OWNERS.has(w)) break;
      gender = ROLE_GENDER.get(w);
      if (gender) break;
    }
  // `A Northgate spokeswoman, Tamsin Greaves,`, `Her brother, Pieter Verhoeven`
  gender ??= roleGenderBefore(text, start);
  if (words.length > 1) gender ??= genderOfKinds(nameTok.kinds);
  if (gender) mention.gender = gender;
  return mention;
}

/** Words after which an appositive's nouns are another's (`in`, which PREPOSITIONS leaves out). */
const OWNERS = new Set(["her", "his", "their", "whose", "in"]);

/**
 * The gender of a role noun right before a name, or set off by a comma (`his sister, Ann Cole`):
 * read back by character codes, as this is asked of every name mention.
 */
function roleGenderBefore(text: string, start: number): "f" | "m" | undefined {
  // (a read before the text's start would make the optimised code start over)
  if (start < 2) return undefined;
  if (!isBlank(text.charCodeAt(start - 1))) return undefined; // a space before the name, or no role
  const end = text.charCodeAt(start - 2) === 44 ? start - 2 : start - 1;
  const from = lowerWordStart(text, end, 14);
  return end - from >= 3 ? ROLE_GENDER.get(text.slice(from, end)) : undefined;
}

// `of`, `on`, `for`, `at`, `in`, `from`, `by`, `with` as whole words (`\b` in the ASCII sense),
// once the stretch is lower-cased: the test `named` makes of the words before a name
const isWordCode = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** How far the words after one speaker span's start have been read, and what was found. */
interface SpanReading {
  /** Where reading goes on: the start of the next word run or character. */
  next: number;
  /** The end of the first preposition found, or -1. */
  end: number;
  /** Where İ or the Kelvin sign was met (their lower case is ASCII letters), or -1. */
  odd: number;
}

/**
 * Answers `/\b(?:of|on|for|at|in|from|by|with)\b/.test(text.slice(from, to).toLowerCase())` for
 * the words between a speaker span's start and a name, without the slice, its lower case and the
 * regex. The words after each span start are read once, as far as asked: a span is asked about
 * only by the names before the fourth span after it, so each stretch of the text is read a few
 * times at most (re-reading from a span far back for every name made this quadratic).
 */
export class PrepositionReader {
  private readonly text: string;
  private readonly readings = new Map<number, SpanReading>();
  constructor(text: string) {
    this.text = text;
  }

  between(from: number, to: number): boolean {
    if (from >= to) return false;
    let r = this.readings.get(from);
    if (!r) {
      r = { next: from, end: -1, odd: -1 };
      this.readings.set(from, r);
    }
    this.read(r, to);
    if (r.odd >= 0 && r.odd < to)
      return /\b(?:of|on|for|at|in|from|by|with)\b/.test(this.text.slice(from, to).toLowerCase());
    if (r.end >= 0 && r.end <= to) return true;
    // the stretch may end inside a word, whose cut-off start is a word of its own (`of|fer`)
    const text = this.text;
    let b = to;
    while (b > from && to - b < 5 && isWordCode(text.charCodeAt(b - 1))) b--;
    return (
      b < to && (b === from || !isWordCode(text.charCodeAt(b - 1))) && isPreposition(text, b, to)
    );
  }

  /** Reads whole word runs from `r.next` until a preposition, or a run that `to` would cut. */
  private read(r: SpanReading, to: number): void {
    const text = this.text;
    const n = text.length;
    while (r.end < 0 && r.odd < 0 && r.next < to) {
      const i = r.next;
      const c = text.charCodeAt(i);
      if (c === 0x130 || c === 0x212a) {
        r.odd = i;
        return;
      }
      if (!isWordCode(c)) {
        r.next = i + 1;
        continue;
      }
      let e = i + 1;
      while (e < n && isWordCode(text.charCodeAt(e))) e++;
      // a run longer than a preposition is never one, however far it goes; a short one that
      // `to` cuts is read again when a later name asks for a longer stretch
      const short = e - i <= 4;
      if (short && e > to) return;
      r.next = e;
      if (short && isPreposition(text, i, e)) {
        r.end = e;
        const d = text.charCodeAt(e);
        if (d === 0x130 || d === 0x212a) r.odd = e;
      }
    }
  }
}

/** A word run (ASCII letters, digits, `_`) that lower-cases to one of the prepositions. */
function isPreposition(text: string, from: number, to: number): boolean {
  const n = to - from;
  if (n < 2 || n > 4) return false;
  // `| 32` lower-cases A–Z and leaves a–z and digits as they are (`_` becomes no letter)
  const a = text.charCodeAt(from) | 32;
  const b = text.charCodeAt(from + 1) | 32;
  if (n === 2)
    return (
      (a === 111 && (b === 102 || b === 110)) || // of, on
      (a === 97 && b === 116) || // at
      (a === 105 && b === 110) || // in
      (a === 98 && b === 121) // by
    );
  const c = text.charCodeAt(from + 2) | 32;
  if (n === 3) return a === 102 && b === 111 && c === 114; // for
  const d = text.charCodeAt(from + 3) | 32;
  return (
    (a === 102 && b === 114 && c === 111 && d === 109) || // from
    (a === 119 && b === 105 && c === 116 && d === 104) // with
  );
}

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

/** The surname: the last name word that is not a suffix or an initial. */
export function surnameOf(words: string[]): string {
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as string;
    // (lower-casing never shortens a word: a longer one is no suffix, and is not lower-cased)
    if (!(w.length <= LONGEST_SUFFIX && NAME_SUFFIXES.has(w.toLowerCase())) && !isInitial(w))
      return w;
  }
  return words[words.length - 1] ?? "";
}

const LONGEST_SUFFIX = Math.max(...[...NAME_SUFFIXES].map((s) => s.length));
