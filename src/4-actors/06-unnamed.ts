// Speakers the text does not name: `a spokesman for the California judicial council`, `a
// Homeland Security spokeswoman`, `officials`, and organisations or documents named by what they
// are (`The city of Seattle`, `ICE enforcement policy`). Also groups of people named by their
// roles: `San Francisco's city attorney, district attorney and public defender`, and role phrases
// that open a sentence (`the governor paused`), which pronouns after them may point back to.

import { isSpaceCode } from "../2-text/normalize.ts";
import { BE_FORMS } from "../lexicon/grammar.ts";
import { roleFromPhrase } from "./02-roles.ts";
import { closesFrontedPhrase } from "./04-coref.ts";
import { appositiveAfter } from "./01-names.ts";
import type { Cast, Draft, DraftFields, Occurrence } from "./cast.ts";
import { DOCUMENT_NOUNS, MAKER_PARTICIPLES, SAME_DOCUMENT } from "./lexicon/documents.ts";
import { ORG_NOUNS } from "../lexicon/organisations.ts";
import {
  PEOPLE_NOUNS,
  POSTPOSITIVE,
  ROLE_GENDER,
  ROLE_NOUNS,
  CLIPPED_ROLES,
  ROLE_SYNONYMS,
} from "./lexicon/roles.ts";
import { TITLE_ABBREVIATIONS } from "./lexicon/titles.ts";
import {
  isAcronym,
  isBlank,
  isCapitalised,
  onlySpaces,
  squashSpaces,
  type Token,
  type Words,
} from "./text.ts";
import { ROLE_NOUN } from "./words.ts";

// a preposition, or a participle that goes on to the maker (`A report released … by …`) or to
// the one who read it (`a copy of the decision seen by Backline`, `obtained by`)
const HEAD_END = new RegExp(
  `^(?:for|of|at|with|from|in|on|to|by|${MAKER_PARTICIPLES}|seen|obtained|reviewed|viewed)$`,
  "i",
);
/** Nouns for a copy or part of a document, which is what the phrase names: `a copy of the decision`. */
const COPY_NOUNS = new Set(["copy", "copies", "draft", "excerpt", "excerpts", "version"]);

function normalise(phrase: string): string {
  return squashSpaces(phrase)
    .replace(/’/g, "'")
    .trim()
    .replace(/^(?:a|an|the)\s+/i, "")
    .toLowerCase();
}

/**
 * The head noun of a phrase: the last word before a preposition, else the last word; past a copy's
 * `of` (`a copy of the decision seen by Backline` → `decision`).
 */
export function headOf(phrase: string): string {
  return headWord(phrase.trim().split(/\s+/)).toLowerCase();
}

/**
 * The head of a phrase's words as written, so a capital can show a proper name (`The New York
 * Post`). Given the words, which phraseKind also reads, so that the phrase is split once.
 */
function headWord(words: string[]): string {
  let head = words[words.length - 1] ?? "";
  for (let i = 1; i < words.length; i++) {
    if (!HEAD_END.test(words[i] as string)) continue;
    const before = words[i - 1] as string;
    if (COPY_NOUNS.has(before.toLowerCase()) && (words[i] as string).toLowerCase() === "of") {
      head = words[words.length - 1] as string;
      continue;
    }
    head = before;
    break;
  }
  // (most heads are plain words, which neither pattern changes)
  return isPlainWord(head) ? head : head.replace(/[’']s$/, "").replace(/[^\p{L}-]/gu, "");
}

/** Only ASCII letters and hyphens. */
function isPlainWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c !== 45 && ((c | 32) < 97 || (c | 32) > 122)) return false;
  }
  return true;
}

export type PhraseKind = "role" | "document" | "organisation" | "people" | "other";

export function phraseKind(phrase: string): PhraseKind {
  const trimmed = phrase.trim();
  const words0 = trimmed.split(/\s+/);
  const written = headWord(words0);
  const head = written.toLowerCase();
  // a capitalised head after the first word is a proper name: `The New York Post`
  if (words0.length > 1 && isCapitalised(written) && words0[0] !== written) return "organisation";
  if (ROLE_NOUNS.has(head) || ROLE_GENDER.has(head)) return "role";
  if (DOCUMENT_NOUNS.has(head)) return "document";
  if (PEOPLE_NOUNS.has(head)) return "people";
  // a capital on the first word may only be the sentence's
  const words = words0.slice(1);
  if (ORG_NOUNS.has(head) || words.some((w) => isCapitalised(w) || isAcronym(w)))
    return "organisation";
  // a lone capitalised word that is not a person's name: `Lumora`, `ICE`
  if (isAcronym(trimmed) || /^\p{Lu}[\p{L}&.-]+$/u.test(trimmed)) return "organisation";
  return "other";
}

/** `Former Gov.` → `["former", "governor"]` */
function roleWords(role: string | undefined): string[] {
  // (a loop, not `map`: its arrays came in two kinds, and the code reading them was thrown away)
  const words: string[] = [];
  for (const w of (role ?? "").toLowerCase().split(/\s+/))
    words.push(TITLE_ABBREVIATIONS.get(w) ?? w);
  return words;
}

/**
 * `roleWords(role).includes(head)`, without splitting a role for the many people who have none
 * (whose words would be one empty word).
 */
function hasRoleWord(role: string | undefined, head: string): boolean {
  if (role === undefined) return head === "";
  // (a role without an abbreviation, whose keys all end in a stop, has `head` only if its lower
  // case holds it: most do not, and are not split)
  if (!role.includes(".") && !role.toLowerCase().includes(head)) return false;
  return roleWords(role).includes(head);
}

/**
 * Whether occurrence `o` describes its person as a holder of `head` (a role noun; `general` is
 * read with the word before it, `inspector general`, given as `before`): by the role the names
 * stage gave, a title in the occurrence (`Ombudsman Sigrún Halldórsdóttir`), the appositive after
 * it (`Sen. Kwame Boateng, the committee's chairman,`) or the role phrase set off before it (`the
 * agency's inspector general, Rafael Quispe Mamani`, `His daughter, Fatou Diatta-Berthold`). A
 * person is often described by a role in one place and given another there.
 */
export function describedAs(
  cast: Cast,
  o: Occurrence,
  head: string,
  before = "",
  owner = "",
): boolean {
  if (o.draft.type !== "person") return false;
  const text = cast.text;
  // (`his son` is someone's son: only the same words, `His daughter, Fatou …`, say whose)
  const fits = (phrase: string) =>
    endsWithRole(phrase, head, before) && (!owner || phrase.toLowerCase().startsWith(`${owner} `));
  if (!owner) {
    if (hasRoleWord(o.draft.role, head)) return true;
    if (cast.sentenceOf(o.start) > 0 && titledIn(text, o, head, before)) return true;
  }
  const after = appositiveAfter(text, o.end);
  // (closed asked first, a cheap read: asked only of a phrase that fits, it was first met after
  // describedAs had been compiled, and threw that code away)
  if (after && closedAfter(text, o.end, after) && fits(after)) return true;
  const set = roleSetOffBefore(text, Math.max(cast.sentenceStart(o.start), o.start - 100), o.start);
  return !!set && fits(set);
}

/**
 * The appositive `phrase` after the name ending at `end` is closed by a comma or a stop (`, the
 * committee's chairman, pressed`), not a clause going on (`Hillary Clinton, his son said`).
 */
function closedAfter(text: string, end: number, phrase: string): boolean {
  const at = text.indexOf(phrase, end);
  const c = at < 0 ? "" : text.charAt(at + phrase.length);
  return c === "," || c === "." || c === ";" || c === ")";
}

/**
 * `Ombudsman Sigrún Halldórsdóttir`: a title word before a name of two or more words, in a short
 * name (a headline's capitals run on: `Trump’s Son Says The Battle Against Hillary`; the caller
 * skips the headline, `Former Clinton Pollster Says Clinton Is …`).
 */
function titledAs(occurrence: string, head: string, before: string): boolean {
  const words = roleWords(occurrence);
  if (words.length > MAX_TITLED_WORDS) return false;
  const titles = words.slice(0, -2);
  return titles.includes(head) && (!before || titles.includes(before));
}

/**
 * titledAs for occurrence `o` of `text`. (A title has two words of the name after it, so two
 * spaces: most names, of one or two words, are not sliced, lower-cased and split for it.)
 */
function titledIn(text: string, o: Occurrence, head: string, before: string): boolean {
  return twoSpacesIn(text, o.start, o.end) && titledAs(text.slice(o.start, o.end), head, before);
}

/** Whether `text[from, to)` holds two white-space characters (`\s`) or more. */
function twoSpacesIn(text: string, from: number, to: number): boolean {
  let spaces = 0;
  for (let k = from; k < to; k++)
    if (isSpaceCode(text.charCodeAt(k)) && ++spaces === 2) return true;
  return false;
}

/** `Water Minister Nadia El Ouazzani`: a title of up to three words and a name of two. */
const MAX_TITLED_WORDS = 5;

/** Whether a role phrase's head noun is `head` (after `before`, where one is given). */
function endsWithRole(phrase: string, head: string, before: string): boolean {
  const core = phrase
    .slice(0, headEnd(phrase))
    .toLowerCase()
    .split(/[ \u00a0]+/u);
  const last = core[core.length - 1]?.replace(/[^\p{L}-]/gu, "");
  return last === head && (!before || core[core.length - 2] === before);
}

/** Where a phrase's head ends: before its first preposition (`curator of Indigenous collections`). */
function headEnd(phrase: string): number {
  const words = phrase.trim().split(/[ \u00a0]+/u);
  let end = (words[0] as string).length;
  for (let i = 1; i < words.length; i++) {
    if (HEAD_END.test(words[i] as string)) return end;
    end += 1 + (words[i] as string).length;
  }
  return phrase.length;
}

/**
 * `the agency's inspector general, ` right before a name (a title such as `Dr.` may come between):
 * the definite or possessive role phrase set off before it, within `text[from, at)`.
 */
function roleSetOffBefore(text: string, from: number, at: number): string | undefined {
  // (most names have neither a comma nor a title's stop just before them: no slice, no pattern)
  if (!commaOrStopBefore(text, from, at)) return undefined;
  const stretch = text.slice(from, at);
  const comma = /,[ \u00a0]+(?:\p{Lu}\p{L}{0,3}\.[ \u00a0]+)?$/u.exec(stretch);
  if (!comma) return undefined;
  const lead = stretch.slice(0, comma.index);
  // (`The response, from the ministry's general counsel, X`: the phrase after `from` or `by`)
  const phrase = lead
    .slice(Math.max(lead.lastIndexOf(","), lead.lastIndexOf("(")) + 1)
    .trim()
    .replace(/^(?:from|by)[ \u00a0]+/u, "");
  return SET_OFF_ROLE.test(phrase) ? phrase : undefined;
}

/**
 * Whether the last character of `text[from, at)` but spaces and no-break spaces is a comma or a
 * stop: where the set-off pattern of roleSetOffBefore ends (`, ` or a title's `Dr. `), or none.
 */
function commaOrStopBefore(text: string, from: number, at: number): boolean {
  let k = at - 1;
  while (k >= from && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k--;
  if (k < from) return false;
  const code = text.charCodeAt(k);
  return code === 44 || code === 46;
}

/** A noun phrase opened by an article or an owner: `The museum's curator of …`, `His daughter`. */
const SET_OFF_ROLE = /^(?:the|his|her|its|their|[\p{L}.-]+['’]s?)[ \u00a0]+\p{Ll}/iu;

/** `inspector` of `the inspector general`: a postpositive head is read with the word before it. */
function wordBeforeHead(phrase: string, head: string): string {
  if (head !== POSTPOSITIVE) return "";
  const words = phrase.toLowerCase().trim().split(/\s+/);
  return words[words.indexOf(head) - 1] ?? "";
}

function epithetAntecedent(cast: Cast, at: number, head: string): Draft | undefined {
  const here = cast.sentenceOf(at);
  const gender = ROLE_GENDER.get(head);
  // a gendered noun (`the woman`) may also be an unnamed person of that gender (`A mother of two,
  // who asked that her name not be used, said …. “…,” the woman said`)
  const fits = (o: { subject: boolean; draft: Draft }) =>
    o.subject &&
    (o.draft.type === "person"
      ? !gender || !o.draft.gender || o.draft.gender === gender
      : o.draft.type === "unnamed" && !!gender && o.draft.gender === gender);
  // mid-sentence: `As far as whether Sanders still senses anger, the Vermont senator said`; but a
  // gendered noun after a quote that opens the sentence (`“…,” the woman said`) speaks of the
  // sentence before, as at a sentence's start (other nouns there, `the moderator`, are as often
  // someone new)
  const quoted = !!gender && afterOpeningQuote(cast.text, cast.sentenceStart(at), at);
  if (cast.sentenceStart(at) < at - 1 && !quoted) {
    const near = cast.before(at, fits, 400).find((o) => cast.sentenceOf(o.start) === here);
    return near?.draft;
  }
  const before = cast.before(at, fits, 1500);
  // only a person who opens the sentence before: `Donald Trump says …`
  for (const o of before) {
    const s = cast.sentenceOf(o.start);
    if (s < here - 1) break;
    if (s === here - 1) {
      const lead = cast.text.slice(cast.sentenceStart(o.start), o.start);
      if (/^[\s\W]*(?:[\p{L}]+,\s*)?$/u.test(lead)) return o.draft;
    }
  }
  return undefined;
}

/** `text[from, at)` is a quotation and the spaces after it (`“…,” ` before `the woman said`). */
function afterOpeningQuote(text: string, from: number, at: number): boolean {
  let end = at - 1;
  while (end > from && isBlank(text.charCodeAt(end))) end--;
  const open = text.charCodeAt(from);
  const close = text.charCodeAt(end);
  return (open === 0x201c || open === 34) && (close === 0x201d || close === 34) && end > from;
}

/** How far a headline's bare role looks for the person the story names with it. */
const HEADLINE_WINDOW = 2000;

/**
 * A headline's bare role (`… as chief executive tells staff “…”`: no article, in the first
 * paragraph; or opening the headline or its deck, `Mayor calls …`, `Jury president calls …`) is
 * the first person the story names with that title, paragraphs down.
 */
function headlineRoleHolder(
  cast: Cast,
  phrase: string,
  head: string,
  at: number,
): Draft | undefined {
  const bare =
    /^\p{Ll}/u.test(phrase.trim()) && !/^(?:a|an|the)\s/.test(phrase.trim())
      ? cast.paragraphOf(at) === 0
      : opensHeadline(cast, phrase, at);
  if (!bare || !ROLE_NOUNS.has(head)) return undefined;
  return cast.after(
    at,
    (o) => o.draft.type === "person" && hasRoleWord(o.draft.role, head),
    HEADLINE_WINDOW,
  )[0]?.draft;
}

/**
 * A capitalised role without an article opening the headline or its deck (the first two
 * paragraphs), the way headlines drop articles: prose opens a sentence with `The mayor`.
 */
function opensHeadline(cast: Cast, phrase: string, at: number): boolean {
  if (cast.paragraphOf(at) > 1 || !HEADLINE_ROLE.test(phrase.trim())) return false;
  return at === 0 || LINE_START.test(cast.text.slice(Math.max(0, at - 4), at));
}

/**
 * `Mayor`, `Jury president`, `Rescue team leader`: up to three words, only the first capitalised
 * (not a clause the statements stage took whole: `Singer Mirelle sues former manager`), no article.
 */
const HEADLINE_ROLE = /^(?!(?:A|An|The)[ \u00a0])\p{Lu}[\p{Ll}-]*(?:[ \u00a0]+[\p{Ll}-]+){0,2}$/u;

/** Only blanks since the line's start (the text before a phrase opening its line). */
const LINE_START = /(?:^|\n)[ \t\u00a0]*$/u;

/** How far ahead a lede's role looks for the person the next sentences name with it. */
const LEDE_REACH = 400;

/** How many sentences a photo caption between a lede and its body may take. */
const LEDE_CAPTION = 2;

/** Whether `role` has the word `head`, or one it stands for (`head` → `director`: ROLE_SYNONYMS). */
export function holdsRole(role: string | undefined, head: string): boolean {
  if (hasRoleWord(role, head)) return true;
  for (const word of ROLE_SYNONYMS.get(head) ?? []) if (hasRoleWord(role, word)) return true;
  return false;
}

/** Whether occurrence `o` describes its person by a role a generic `head` stands for. */
function holdsSynonym(cast: Cast, o: Occurrence, head: string): boolean {
  const words = ROLE_SYNONYMS.get(head);
  return !!words && words.some((w) => describedAs(cast, o, w));
}

/** How far back `the spokesman` looks for the last one so described. */
const ROLE_REACH = 4000;

/**
 * `Asked whether …, the governor paused. “…,” she said`: a role phrase opening a sentence, or a
 * fronted clause's comma, before its verb is what the sentence is about, and is recorded as an
 * occurrence (not a mention) a pronoun after it may point back to, as to a name there. A definite
 * one (`the governor`, `the former director`) only where a person named before holds that role;
 * an indefinite one (`A spokeswoman for the state agency declined to comment`) brings in the
 * unnamed person it describes. Role nouns are few among the tokens (gathered while tokenizing),
 * and each is read in a few tokens around.
 */
export function roleSubjects(
  cast: Cast,
  text: string,
  words: Words,
  skip: (offset: number) => boolean,
): void {
  const { tokens, roles } = words;
  for (let r = 0; r < roles.length; r++) {
    const i = roles[r] as number;
    const t = tokens[i] as Token;
    if (i < 1 || i >= tokens.length - 1 || !isRole(t) || t.possessive) continue;
    // a verb or a preposition goes on from the role, in lower case (most roles end their phrase:
    // `Director Ann Cole`, `the officer,`): asked first, as it costs least
    const next = tokens[i + 1] as Token;
    if (next.capitalised || !spaced(text, t, next)) continue;
    const det = subjectOpening(cast, text, tokens, i);
    if (!det || skip(det.start)) continue;
    const owned = OWNERS.has(det.lower) || ownerName(det);
    if (det.lower === "the" || owned) {
      if (!verbNext(text, tokens, i) || namedInApposition(text, tokens, i)) continue;
      const head = t.lower;
      const holder = cast.lookBack(
        det.start,
        (o) => describedAs(cast, o, head, "", OWNERS.has(det.lower) ? det.lower : ""),
        ROLE_REACH,
        false,
      )?.draft;
      // `His daughter drove up to get him`: someone's relative or aide no one named before, doing
      // something, is someone new, as `a daughter` would be (`the daughter` is as often an
      // epithet; `Her daughter was born early` is said of her, not by her)
      const acts = owned && !BE_FORMS.has((tokens[i + 1] as Token).lower);
      const draft =
        holder ?? (acts ? unnamedActor(cast, text.slice(det.start, t.end), det.start) : undefined);
      if (draft) cast.addOccurrence({ start: det.start, end: t.end, draft, subject: true });
      continue;
    }
    const last = indefiniteEnd(text, tokens, i);
    if (last < 0) continue;
    const end = (tokens[last] as Token).end;
    const draft = unnamedActor(cast, text.slice(det.start, end), det.start);
    cast.addOccurrence({ start: det.start, end, draft, subject: true });
  }
}

/**
 * The article (`the`, `a`, `an`) or possessive (`his`, `Trump’s`) of the subject phrase ending
 * with the role noun at token `i` (at most one plain modifier between), if it opens its sentence
 * or follows the comma that closes a fronted phrase (`Asked whether …, the governor paused`).
 */
function subjectOpening(cast: Cast, text: string, tokens: Token[], i: number): Token | undefined {
  let k = i - 1;
  if (plain(tokens[k]) && spaced(text, tokens[k] as Token, tokens[k + 1] as Token)) k--;
  const det = tokens[k];
  if (!det || !(ARTICLES.has(det.lower) || OWNERS.has(det.lower) || ownerName(det)))
    return undefined;
  // (a possessive's `’s` stands between it and the next word)
  if (!det.possessive && !spaced(text, det, tokens[k + 1] as Token)) return undefined;
  if (cast.sentenceStart(det.start) === det.start) return det;
  let j = det.start - 1;
  while (j > 0 && isBlank(text.charCodeAt(j))) j--;
  // only the comma closing a fronted phrase: `Rubio, a candidate aiming at …` is in apposition
  return text.charCodeAt(j) === 44 && j < det.start - 1 && closesFrontedPhrase(text, j)
    ? det
    : undefined;
}

/**
 * `His colleague on the line, Lucie Dvořáková, was less hesitant`: the role phrase ending at a
 * comma within a few words of its noun (token `i`), then a name of two capitalised words or more
 * set off by commas, is that named person, whom the names stage finds (no one unnamed).
 */
function namedInApposition(text: string, tokens: Token[], i: number): boolean {
  for (let j = i; j < tokens.length && j <= i + APPOSITION_REACH; j++) {
    if (text.charCodeAt((tokens[j] as Token).end) !== 44) continue;
    let words = 0;
    for (let k = j + 1; k < tokens.length && words < 5; k++, words++) {
      const t = tokens[k] as Token;
      if (!t.capitalised) return false;
      if (text.charCodeAt(t.end) === 44) return words >= 1;
    }
    return false;
  }
  return false;
}

/** How many words after its noun a role phrase is read for the comma before a name. */
const APPOSITION_REACH = 6;

const ARTICLES = new Set(["the", "a", "an"]);
/** Possessive pronouns before a role (`His daughter`), whose owner the text has named. */
const OWNERS = new Set(["his", "her", "their"]);

/** `Trump’s lawyer`: a capitalised name's possessive before a role, like `his`. */
function ownerName(t: Token): boolean {
  return t.possessive && t.capitalised;
}

/**
 * A lower-case word that may be a verb follows token `i` (`paused`, not `of`, `, who`, nor the
 * `named` before the name that says who the phrase is).
 */
function verbNext(text: string, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    !!next &&
    !next.capitalised &&
    spaced(text, tokens[i] as Token, next) &&
    !NOT_VERB.has(next.lower) &&
    !isRole(next) &&
    // `chief technology officer`: the role goes on to a noun after a modifier
    !isRole(tokens[i + 2])
  );
}

/**
 * The last token of an indefinite role phrase whose role noun is token `i` (its verb after it):
 * the noun, or the end of the organisation after it (`a spokeswoman for the state environmental
 * agency declined`, `an analyst at Brookfield Capital said`), an organisation noun or a capitalised
 * name among a few plain words, the furthest one a verb follows (`a spokesman for the agency said
 * state officials …` ends at `agency`); -1 when none does (`a nurse on one of the floors`).
 */
function indefiniteEnd(text: string, tokens: Token[], i: number): number {
  const prep = tokens[i + 1] as Token;
  if (!AFFILIATING.has(prep.lower) || !spaced(text, tokens[i] as Token, prep))
    return verbNext(text, tokens, i) ? i : -1;
  let j = i + 2;
  if (tokens[j] && ARTICLES.has((tokens[j] as Token).lower)) j++;
  const ends: number[] = [];
  for (let n = 0; n < AFFILIATION_WORDS; n++, j++) {
    const t = tokens[j];
    if (!t || !spaced(text, tokens[j - 1] as Token, t)) break;
    if (t.capitalised) {
      while (
        tokens[j + 1]?.capitalised &&
        nameGoesOn(text, tokens[j] as Token, tokens[j + 1] as Token)
      )
        j++;
      ends.push(j);
      break;
    }
    if (ORG_NOUNS.has(t.lower)) ends.push(j);
    else if (!plain(t)) break;
  }
  for (let k = ends.length - 1; k >= 0; k--)
    if (verbNext(text, tokens, ends[k] as number)) return ends[k] as number;
  return -1;
}

/** How many words after `for`/`at` an unnamed person's organisation is read over. */
const AFFILIATION_WORDS = 6;

/** Prepositions that tie a role to its organisation (`a spokesman for`, `an analyst at`). */
const AFFILIATING = new Set(["for", "at", "with", "from", "of"]);

/** Words after a role noun that show it is no subject before its verb. */
const NOT_VERB = new Set([
  "named",
  "called",
  "of",
  "for",
  "at",
  "in",
  "and",
  "or",
  "who",
  "whose",
  "to",
  "from",
  "with",
]);

/** The headline's and the lede's paragraphs. */
const LEDE_PARAGRAPH = 1;

/** Shorter words (`of`, `the`, `top`, `its`) are shared by roles that have nothing in common. */
const MIN_SHARED_LETTERS = 4;

/** Whether a word of four letters or more of `m`'s role or organisation is in `phrase` (lower case). */
export function sharesRoleWord(m: Draft, phrase: string): boolean {
  const inPhrase = new Set(phrase.split(/[^\p{L}]+/u));
  const words = `${m.role ?? ""} ${m.organisation ?? ""}`.toLowerCase().split(/[^\p{L}]+/u);
  return words.some((w) => w.length >= MIN_SHARED_LETTERS && inPhrase.has(w));
}

/** An unnamed person (`a spokesman for X`); `the spokesman` refers back to the last one. */
export function unnamedActor(cast: Cast, phrase: string, at: number): Draft {
  const written = headOf(phrase);
  const head = CLIPPED_ROLES.get(written) ?? written;
  // (`His daughter said` after `His daughter, Fatou Diatta-Berthold, said`: an owner's role too)
  if (/^(?:the|his|her|their)\s/i.test(phrase.trim()) && phrase.trim().split(/\s+/).length <= 3) {
    const before = wordBeforeHead(phrase, head);
    // (`her advisers` are not the `his advisers` met before: an owner's role names a person)
    const owner = /^(?:his|her|their)(?=\s)/i.exec(phrase.trim())?.[0].toLowerCase() ?? "";
    const owned = owner !== "";
    const back = cast.lookBack(
      at,
      // `the spokesman`, `the former president`: the last one so described, named or not (a role
      // compared only when set: undefined met by code optimised for strings would make it start over)
      (o) =>
        (!owned &&
          o.draft.type === "unnamed" &&
          o.draft.role !== undefined &&
          o.draft.role === head) ||
        describedAs(cast, o, head, before, owner),
      ROLE_REACH,
      false,
    );
    if (back) return back.draft;
    // an epithet opening a sentence (`Donald Trump spoke. The Republican nominee said …`) is
    // about the subject of the sentence before
    // (`his agent` is never he)
    const epithet = !owned && ROLE_NOUNS.has(head) ? epithetAntecedent(cast, at, head) : undefined;
    if (epithet) return epithet;
  }
  // `A federal judge on Thursday sentenced … U.S. District Judge Miriam Achebe said`: a lede's
  // indefinite role is the person the next sentences name with that title
  if (/^an?\s/i.test(phrase.trim()) && phrase.trim().split(/\s+/).length <= 5) {
    const ahead = cast.after(at, (o) => describedAs(cast, o, head), 400)[0];
    if (ahead && cast.sentenceOf(ahead.start) <= cast.sentenceOf(at) + 1) return ahead.draft;
  }
  // `The head of Harlow City’s civilian police oversight commission resigned …. In a letter,
  // Commission Chair Beatrix Lindahl-Soto said`: a lede's definite role no one held before is
  // the person the next sentence names with a word of it; past the lede, one headed by a role
  // noun named in the next sentence (`after the tournament's chief arbiter ruled …. In a written
  // ruling, chief arbiter X found`, a lede after a photo caption; not `The policy-making elite`)
  const inLede = cast.paragraphOf(at) <= LEDE_PARAGRAPH;
  if (/^the\s/i.test(phrase.trim()) && (inLede || ROLE_NOUNS.has(head))) {
    const lower = phrase.toLowerCase();
    // read from the phrase's end, not from `at`: every statement it speaks adds an occurrence at
    // `at`, and walking over them all for each made a long run of its quotations quadratic
    // (`The head of the Rural Water Administration …. Administrator X testified`: or a role the
    // head noun stands for)
    const ahead = cast.after(
      at + phrase.length,
      (o) =>
        o.draft.type === "person" &&
        ((o.subject && (sharesRoleWord(o.draft, lower) || holdsSynonym(cast, o, head))) ||
          // (`The national ombudsman has accused …. The report, published by Ombudsman X`: a
          // lede's role is the one who bears it as a title next, subject or not)
          (inLede && titledIn(cast.text, o, head, ""))),
      LEDE_REACH - phrase.length,
    )[0];
    // (past the lede, in the next sentence only: `the former HP executive told The Post,
    // Fiorina would lead …` is a source, not the person of the clause it reports; a lede's
    // person may be named after a photo caption and its credit, two sentences on)
    const next = cast.sentenceOf(at) + 1;
    const s = ahead ? cast.sentenceOf(ahead.start) : Infinity;
    if (ahead && (inLede ? s <= next + LEDE_CAPTION : s === next)) return ahead.draft;
  }
  const titled = headlineRoleHolder(cast, phrase, head, at);
  if (titled) return titled;
  const key = `unnamed:${normalise(phrase)}`;
  return cast.ensure(key, () => {
    const info = roleFromPhrase(phrase);
    const draft: DraftFields = {
      type: "unnamed",
      name: phrase
        .trim()
        .replace(/^(?:a|an|the)\s+/i, "")
        .replace(/\s+/gu, " "),
      role: head,
    };
    if (info.organisation) draft.organisation = info.organisation;
    const gender = ROLE_GENDER.get(head);
    if (gender) draft.gender = gender;
    return draft;
  });
}

/**
 * `The complaint` and `the suit` after `a lawsuit` are that lawsuit: a definite document noun
 * refers back to a document already named by any noun of its set.
 */
function sameDocument(cast: Cast, phrase: string): Draft | undefined {
  const m = /^the[ \u00a0]+(\p{L}+)$/iu.exec(phrase.trim());
  const set = m ? SAME_DOCUMENT.get((m[1] as string).toLowerCase()) : undefined;
  if (!set) return undefined;
  for (const noun of set) {
    const found = cast.get(`document:${noun}`);
    if (found) return found;
  }
  return undefined;
}

/** The document or organisation already called `phrase`, if any (none is made). */
export function knownThing(
  cast: Cast,
  phrase: string,
  kind: "document" | "organisation",
): Draft | undefined {
  return cast.get(`${kind}:${normalise(phrase)}`);
}

/** `ICE enforcement policy`: a document named by its issuer; `The city of Seattle`: an organisation. */
export function namedThing(cast: Cast, phrase: string, kind: "document" | "organisation"): Draft {
  const key = `${kind}:${normalise(phrase)}`;
  if (kind === "document" && !cast.get(key)) {
    const same = sameDocument(cast, phrase);
    if (same) return same;
  }
  return cast.ensure(key, () => {
    const name = phrase.trim().replace(/\s+/gu, " ");
    const draft: DraftFields = {
      type: kind,
      name: name.replace(/^(?:The)\s+/, ""),
    };
    if (kind === "document") {
      // (the capital of a sentence's `The` names no issuer)
      const issuer = (draft.name as string)
        .split(" ")
        .filter((w) => isAcronym(w) || isCapitalised(w));
      if (issuer.length) draft.organisation = issuer.join(" ");
      draft.noun = DOCUMENT_NOUNS.get(headOf(name)) ?? "document";
    }
    return draft;
  });
}

/** Groups named by coordinated roles: `San Francisco's city attorney, district attorney and public defender`. */
export function roleGroups(text: string, words: Words): RoleGroup[] {
  const out: RoleGroup[] = [];
  const { tokens, ands } = words;
  for (let k = 0; k < ands.length; k++) {
    const i = ands[k] as number;
    if (i < 1 || i >= tokens.length - 1 || !isRole(tokens[i - 1])) continue;
    // the rest in its own function: this loop stays small for the compiler
    const group = roleGroupAt(text, tokens, i);
    if (group) out.push(group);
  }
  return out;
}

type RoleGroup = { start: number; end: number; text: string; organisation?: string };

/** The group whose roles are joined by the `and` at token `i`, after a role noun, if any. */
function roleGroupAt(text: string, tokens: Token[], i: number): RoleGroup | undefined {
  // the right conjunct: up to two plain modifiers, then a role noun
  let r = i + 1;
  while (r < i + 3 && plain(tokens[r])) r++;
  if (!isRole(tokens[r])) return undefined;
  // `its attorney general`: a postpositive `general` ends the role
  const next = tokens[r + 1];
  if (next?.lower === POSTPOSITIVE && spaced(text, tokens[r] as Token, next)) r++;
  // walk left over `, modifier role` conjuncts
  let l = conjunctStart(text, tokens, i - 1);
  for (;;) {
    const prev = tokens[l - 1];
    if (
      !prev ||
      !isRole(prev) ||
      !/^,[ \u00a0]+$/u.test(text.slice(prev.end, (tokens[l] as Token).start))
    )
      break;
    l = conjunctStart(text, tokens, l - 1);
  }
  // a possessive organisation before: `San Francisco's`
  let org: string | undefined;
  let start = (tokens[l] as Token).start;
  const before = tokens[l - 1];
  if (before?.possessive && isCapitalised(before.text)) {
    let o = l - 1;
    while (
      o > 0 &&
      isCapitalised((tokens[o - 1] as Token).text) &&
      /^[ \u00a0]$/u.test(text.slice((tokens[o - 1] as Token).end, (tokens[o] as Token).start))
    )
      o--;
    org = text.slice((tokens[o] as Token).start, before.end);
    start = (tokens[o] as Token).start;
  } else if (before?.possessive) {
    // `the county's sheriff, …`
    org = before.text;
    const det = tokens[l - 2];
    start = det && /^(?:the|this|that)$/i.test(det.text) ? det.start : before.start;
  }
  // `a tax lawyer and senior fellow` is one person; `chairman and candidate Howard Dean` a title
  const after = tokens[r + 1];
  let single = false;
  for (let b = l - 1; b >= 0 && b >= l - 6; b--) {
    const t = tokens[b] as Token;
    if (!/^[ \u00a0]+$/u.test(text.slice(t.end, (tokens[b + 1] as Token).start))) break;
    if (/^(?:a|an|former)$/.test(t.lower)) single = true;
    if (single || t.possessive || /^(?:the|and)$/.test(t.lower)) break;
  }
  if (single) return undefined;
  if (
    after &&
    isCapitalised(after.text) &&
    /^[ \u00a0]+$/u.test(text.slice((tokens[r] as Token).end, after.start))
  )
    return undefined;
  const end = (tokens[r] as Token).end;
  // the organisation always given (undefined for none): every group has one shape
  return { start, end, text: text.slice(start, end), organisation: org || undefined };
}

/** A lower-case role noun (`attorney`). */
function isRole(t: Token | undefined): boolean {
  // by the token's capital and kinds: no strings made for the words next to every `and`
  return !!t && !t.capitalised && (t.kinds & ROLE_NOUN) !== 0;
}

/** A lower-case modifier that may stand before a role noun (`city`, `district`). */
function plain(t: Token | undefined): boolean {
  return (
    !!t &&
    !t.capitalised &&
    !isRole(t) &&
    !t.possessive &&
    !/^(?:and|a|an|the|this|that|or|of)$/.test(t.lower)
  );
}

/** Only spaces between the two tokens. */
function spaced(text: string, a: Token, b: Token): boolean {
  return onlySpaces(text, a.end, b.start);
}

/**
 * A capitalised name goes on from `a` to `b`, over a possessive (`the People's Unity Front`, `the
 * Farmers' Union`).
 */
function nameGoesOn(text: string, a: Token, b: Token): boolean {
  let k = a.end;
  const c = text.charCodeAt(k);
  if (c === 39 || c === 0x2019) k += text.charCodeAt(k + 1) === 115 ? 2 : 1;
  return k > a.end ? k < b.start && onlySpaces(text, k, b.start) : onlySpaces(text, k, b.start);
}

/** First token of the conjunct ending with the role noun at `e`: up to two plain modifiers. */
function conjunctStart(text: string, tokens: Token[], e: number): number {
  let k = e;
  while (
    k > e - 2 &&
    plain(tokens[k - 1]) &&
    spaced(text, tokens[k - 1] as Token, tokens[k] as Token)
  )
    k--;
  return k;
}
