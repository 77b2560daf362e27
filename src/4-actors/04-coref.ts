// Pronouns and plural references back to actors already in the text: `she`/`he` → a compatible
// person, the subject of the nearest sentence first (names in quotes never), `they`/`the two
// men` → the last people acting together (`the attorneys general` → the group named so, `they`
// → else unnamed people just spoken of), and which names in a run are coordinated people.

import type { Cast, Draft, Occurrence } from "./cast.ts";
import { GROUP_REFERENCES, PERSON_PRONOUNS, PLURAL_PRONOUNS } from "./lexicon/pronouns.ts";
import {
  DESCRIPTOR_NOUNS,
  GROUP_NOUNS,
  PEOPLE_NOUNS,
  POSTPOSITIVE,
  ROLE_GENDER,
  ROLE_NOUNS,
} from "./lexicon/roles.ts";
import { BE_FORMS } from "../lexicon/grammar.ts";
import { isSpaceCode } from "../2-text/normalize.ts";
import { isBlank } from "./text.ts";
import {
  AGENT_ENDING,
  DOCUMENT_NOUN,
  isTitleOrRole,
  NOT_NAME,
  ORG_WORD,
  ROLE_NOUN,
  SUBJECT_RUN,
  TITLE,
  wordKinds,
} from "./words.ts";

/**
 * `she` → the nearest earlier person (or unnamed speaker) whose gender does not clash. The person
 * found takes the pronoun's gender unless `learn` is false: a pronoun resolved out of text order
 * (a document's `her letter`, read before the pronouns ahead of it) is a guess that must not give
 * someone a gender the pronouns before it would then skip.
 */
export function resolvePersonPronoun(
  cast: Cast,
  word: string,
  at: number,
  learn = true,
): Draft | undefined {
  const gender = PERSON_PRONOUNS.get(word.toLowerCase());
  if (!gender) return undefined;
  const found = preferredAntecedent(
    cast,
    at,
    cast.before(at, (o) => fitsPronoun(cast.text, o, gender)),
  );
  // reaching a paragraph or more back past someone the name finder did not admit would hand
  // their words to another: better no one
  if (found && cast.paragraphOf(found.start) < cast.paragraphOf(at)) {
    if (unadmittedSubjectBetween(cast, found.end, at)) return undefined;
  }
  if (learn && found && !found.draft.gender) found.draft.gender = gender;
  return found?.draft;
}

/** How far back a pronoun's text is read for a subject the cast does not hold. */
const SUBJECT_REACH = 1500;
/** How long a sentence's opening name and its verb may be (`Mireille Tansley-Obi was`). */
const SUBJECT_RUN_REACH = 200;

/**
 * `… Whitcombe said. ¶ Mireille Tansley-Obi was in seat 14A. …, she said`: a sentence between
 * `from` and `at` opens with a capitalised run of name words before a finite verb that is no one
 * in the cast (no organisation word, title or common word in it). Read at sentence starts only,
 * walking back from `at`.
 */
function unadmittedSubjectBetween(cast: Cast, from: number, at: number): boolean {
  const text = cast.text;
  const limit = Math.max(from, at - SUBJECT_REACH);
  for (let pos = cast.sentenceStart(at); pos > limit; pos = cast.sentenceStart(pos - 1)) {
    // (on a bounded slice: a run of capitals with no verb after it would be read to its end)
    const m = SUBJECT_RUN.exec(text.slice(pos, pos + SUBJECT_RUN_REACH));
    if (!m || !isNameRun(m[1] as string)) continue;
    const runStart = pos + m[0].indexOf(m[1] as string);
    // (a mention may open before the run: `Sen. Ted Cruz was`)
    if (cast.before(at, (o) => o.start <= runStart && o.end > runStart, at - limit + 1).length)
      continue;
    return true;
  }
  return false;
}

/** No word of the run is an organisation or title word, a role, a document or a common word. */
function isNameRun(run: string): boolean {
  return run.split(/[ \u00a0]/u).every((w) => (wordKinds(w.toLowerCase()) & NOT_PERSON) === 0);
}

/** Words that make a run no person's name: an organisation or title word, a common word. */
const NOT_PERSON = ORG_WORD | TITLE | NOT_NAME | ROLE_NOUN | DOCUMENT_NOUN;

/**
 * `the teenager`, `the 34-year-old`, `the veteran`, `the Ethiopian`: the person the sentences
 * before are about, as a pronoun would be (no gender asked), or undefined when the phrase is no
 * such description.
 */
export function resolveDescribedPerson(cast: Cast, lower: string, at: number): Draft | undefined {
  if (!lower.startsWith("the ")) return undefined;
  const noun = lower.slice(4);
  if (
    !DESCRIPTOR_NOUNS.has(noun) &&
    !/^\d{1,3}-year-old$/u.test(noun) &&
    !isDemonym(cast.text, at + 4, noun)
  )
    return undefined;
  // only a subject of this sentence or the one before: a description never reaches further back,
  // and a person the name finder missed must not hand it to someone else
  const here = cast.sentenceOf(at);
  const found = preferredAntecedent(
    cast,
    at,
    cast.before(
      at,
      (o) =>
        o.subject &&
        o.draft.type === "person" &&
        o.draft.role !== "author" &&
        cast.sentenceOf(o.start) >= here - 1,
    ),
  );
  return found?.draft;
}

/**
 * `the Ethiopian`, `the Brazilian`, `the Pakistani`: one capitalised word at `at` (`noun` in lower
 * case) ending as a nationality does, which describes the person just spoken of.
 */
function isDemonym(text: string, at: number, noun: string): boolean {
  const c = text.charCodeAt(at);
  if (c < 65 || c > 90 || !DEMONYM_ENDING.test(noun)) return false;
  // `The Romanian hacker whose …`: an adjective before the noun that names the person
  const next = /^[ \u00a0]+(\p{Ll}+)/u.exec(text.slice(at + noun.length, at + noun.length + 24));
  const word = next?.[1] ?? "";
  return !ROLE_NOUNS.has(word) && !AGENT_ENDING.test(word);
}

const DEMONYM_ENDING = /^[a-z]{3,}(?:ian|an|ese|ish|i)$/u;

/** An occurrence `she`/`he` (of that gender) may point back to. */
function fitsPronoun(text: string, o: Occurrence, gender: "f" | "m"): boolean {
  // the writer (`I`) is never `she` or `he`
  // an unnamed speaker counts only when it is a person (`a spokesman`, or one a relative clause
  // with `who` describes as one: `Another sprinter, who asked not to be named`), not `a box`
  return (
    (o.draft.type === "person" ||
      (o.draft.type === "unnamed" &&
        (ROLE_NOUNS.has(o.draft.role ?? "") ||
          ROLE_GENDER.has(o.draft.role ?? "") ||
          describedAsPerson(text, o)))) &&
    o.draft.role !== "author" &&
    (!o.draft.gender || o.draft.gender === gender)
  );
}

/**
 * `Another sprinter, who …`, `A former prisoner who spent four years …`: one (not `critics, who`)
 * followed by `who`, which refers to people only; without the comma, not a predicate (`portraying
 * Cruz as a politician who …`, `he is a man who …` describe someone else).
 */
function describedAsPerson(text: string, o: Occurrence): boolean {
  if (o.draft.role?.endsWith("s")) return false;
  const m = /^(,?)[ \u00a0]+who[ \u00a0]/u.exec(text.slice(o.end, o.end + 6));
  if (!m) return false;
  if (m[1]) return true;
  const before = /(\p{L}+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, o.start - 12), o.start));
  const word = before?.[1]?.toLowerCase() ?? "";
  return word !== "as" && !BE_FORMS.has(word);
}

/**
 * Centering, roughly: in the pronoun's own sentence the nearest subject; in earlier sentences the
 * first subject of the nearest sentence that has one (the one the sentence is about); then the
 * nearest mention of any kind.
 */
function preferredAntecedent(
  cast: Cast,
  at: number,
  nearestFirst: Occurrence[],
): Occurrence | undefined {
  // people in this paragraph or the one before outrank anyone further back: a pronoun rarely
  // skips over a person just introduced (`For Rosa Delgado, 34, … “…,” she says.`)
  const para = cast.paragraphOf(at);
  const near = nearestFirst.filter((o) => cast.paragraphOf(o.start) >= para - 1);
  if (near.length && near.length < nearestFirst.length) return preferredAntecedent(cast, at, near);
  const here = cast.sentenceOf(at);
  const hereStart = cast.sentenceStart(at);
  // `X had complied with every condition, she said.`: what comes before a trailing cue is what
  // she said, and a pronoun never points into its own words (read only when someone in the
  // pronoun's sentence is a candidate: 1 yes, 0 no, -1 not read yet)
  let ownWordsBefore = -1;
  let bestSentence = -1;
  let best: Occurrence | undefined;
  for (const o of nearestFirst) {
    // `Suu Kyi's fate is still unclear, but she said …`: a possessive opening the pronoun's own
    // sentence (starting where it starts) is what the sentence is about
    if (!o.subject && o.start !== hereStart) continue;
    const s = cast.sentenceOf(o.start);
    // `Rantanen, she said, had made …`: the subject the cue interrupts is what she spoke of
    if (s === here) {
      if (ownWordsBefore < 0) ownWordsBefore = trailingCue(cast.text, hereStart, at) ? 1 : 0;
      if (ownWordsBefore === 1 || interruptedAt(cast.text, o.end, at)) continue;
      return o;
    }
    if (best && s < bestSentence) break;
    // walking back within one sentence: the leftmost subject wins, but not over the main clause
    // from inside a clause fronted before it (`When Maddow pointed out …, Clinton seized …`)
    if (
      best &&
      s === bestSentence &&
      opensMainClause(cast.text, frontedClauseEnd(cast, o.start), best)
    )
      break;
    bestSentence = s;
    best = o;
  }
  return best ?? mostSalientInNearestSentence(cast, nearestFirst);
}

/**
 * No subject to go by: of the mentions in the nearest sentence that has any, the one the text has
 * spoken of most (`… Trump’s guiding principle is getting through Anderson Cooper’s questions.
 * After all, while he insisted …`), the nearest on a tie.
 */
function mostSalientInNearestSentence(
  cast: Cast,
  nearestFirst: Occurrence[],
): Occurrence | undefined {
  const first = nearestFirst[0];
  if (!first) return undefined;
  const s = cast.sentenceOf(first.start);
  let best = first;
  for (let i = 1; i < nearestFirst.length; i++) {
    const o = nearestFirst[i] as Occurrence;
    if (cast.sentenceOf(o.start) !== s) break;
    if (o.draft.salience > best.draft.salience) best = o;
  }
  return best;
}

/**
 * The pronoun at `at` is a cue after the words reported (`…, she said.`, `…, he said, by
 * creating …`): a comma before it, the sentence resuming or ending after its verb (not `Ms.
 * Warren, she said, “exposes him”`: a quotation follows, and the words before may be narration),
 * and the sentence, starting at `start`, opening with no clause of its own subject (`When Merkel
 * arrived, she said`; a participle's clause has none: `Asked about Clinton, she replied`).
 */
function trailingCue(text: string, start: number, at: number): boolean {
  let j = at - 1;
  while (j > start && isBlank(text.charCodeAt(j))) j--;
  if (j <= start || text.charCodeAt(j) !== 44) return false;
  if (opensWithClause(text, start)) return false;
  const after = CUE_TAIL.exec(text.slice(at, at + CUE_TAIL_REACH));
  return !!after && (after[1] !== undefined || (after[3] ?? "") !== "");
}

/** The pronoun, its verb and words, then a sentence end, or a comma and maybe a lower-case word. */
const CUE_TAIL = /^\p{L}+(?:[ \u00a0]+[\p{L}\d'’-]+){0,8}?(?:([.!?;])|(,)[ \u00a0]+(\p{Ll}?))/u;
const CUE_TAIL_REACH = 90;

/**
 * The sentence at `start` opens with a subordinate clause or a phrase (`When`, `In West Miami,
 * where …`, `But after …`), whose subject a pronoun after it may point back to.
 */
function opensWithClause(text: string, start: number): boolean {
  const m = /^["“‘']?(\p{L}+)(?:[ \u00a0]+(\p{L}+))?/u.exec(text.slice(start, start + 40));
  if (!m) return false;
  let first = (m[1] as string).toLowerCase();
  if (CONJUNCTIONS.has(first)) first = (m[2] ?? "").toLowerCase();
  return FRONTING.has(first) && !PARTICIPLES.has(first);
}

const CONJUNCTIONS = new Set(["but", "and", "yet", "so"]);
/** Fronting words that open a participle's clause, whose subject is the main clause's. */
const PARTICIPLES = new Set(["asked", "speaking", "according"]);

/**
 * When `at` lies in a subordinate clause that opens its sentence (`When …,`, `After …,`), the
 * comma closing it; else -1.
 */
function frontedClauseEnd(cast: Cast, at: number): number {
  const text = cast.text;
  const start = cast.sentenceStart(at);
  const first = /^["“‘']?(\p{L}+)/u.exec(text.slice(start, start + 16))?.[1]?.toLowerCase();
  if (!first || !SUBORDINATORS.has(first)) return -1;
  // (searched within FRONTED_REACH: a text with no comma after would be read to its end)
  const found = text.slice(start, start + FRONTED_REACH).indexOf(",");
  return found >= 0 && start + found > at ? start + found : -1;
}

/**
 * `o` opens the main clause right after the fronted clause's comma (`…, Mr. Kasich differed`):
 * a comma the writer left out makes a later one close something else (`When Trump held rallies
 * he was received by protestors, some of whom carried Mexican flags`).
 */
function opensMainClause(text: string, comma: number, o: Occurrence): boolean {
  if (comma < 0 || o.start <= comma || o.start - comma > 6) return false;
  return /^,[ \u00a0]+(?:the[ \u00a0]+)?$/iu.test(text.slice(comma, o.start));
}

/** Words opening a subordinate clause, whose subject is not the sentence's. */
const SUBORDINATORS = new Set([
  "when",
  "while",
  "after",
  "before",
  "as",
  "although",
  "though",
  "because",
  "if",
  "since",
  "once",
  "until",
  "whereas",
]);
const FRONTED_REACH = 300;

/** Only a comma and spaces between `end` and `at`: a cue set into its sentence after its subject. */
function interruptedAt(text: string, end: number, at: number): boolean {
  if (at - end > 4 || text.charCodeAt(end) !== 44) return false;
  for (let i = end + 1; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

/** `they`, `the two men`, `both`: the nearest earlier group (people named together). */
export function resolveGroupReference(cast: Cast, phrase: string, at: number): Draft | undefined {
  const lower = phrase.toLowerCase().replace(/\s+/g, " ").trim();
  const isGroupRef =
    PLURAL_PRONOUNS.has(lower) || GROUP_REFERENCES.has(lower) || isPluralPeopleNoun(lower);
  if (!isGroupRef) return undefined;
  const want = groupSize(lower);
  const groups = cast.before(
    at,
    (o) =>
      o.draft.type === "group" &&
      (want === undefined || !o.draft.members?.length || o.draft.members.length === want),
    3000,
  );
  const found = namedAlike(groups, lower) ?? preferredAntecedent(cast, at, groups);
  if (found) return found.draft;
  if (PLURAL_PRONOUNS.has(lower)) {
    // `The authors acknowledge …. Schools … differed, they wrote`, `Union leaders said …. They
    // said`: unnamed people spoken of as a plural in this sentence or the one before
    const here = cast.sentenceOf(at);
    const people = cast.lookBack(
      at,
      (o) =>
        o.draft.type === "unnamed" &&
        PEOPLE_NOUNS.has(o.draft.role ?? "") &&
        cast.sentenceOf(o.start) >= here - 1,
      600,
      false,
    );
    if (people) return people.draft;
    // `they` may also be an organisation speaking
    return cast.lookBack(at, (o) => o.draft.type === "organisation", IT_REACH, false)?.draft;
  }
  return undefined;
}

/** How far back `it` (or an organisation's `they`) looks for the organisation it stands for. */
export const IT_REACH = 1500;

/** `the attorneys`, `the attorneys general`: the plural noun after `the`. */
const DEFINITE_PLURAL = new RegExp(`^the[ ]+(\\p{L}+(?: ${POSTPOSITIVE})?)$`, "u");

/**
 * `the attorneys general` after `a coalition of 14 state attorneys general` and a pair of two
 * attorneys general named since: the group whose own name ends with the same plural noun.
 */
function namedAlike(groups: Occurrence[], lower: string): Occurrence | undefined {
  const m = DEFINITE_PLURAL.exec(lower);
  if (!m) return undefined;
  const noun = ` ${m[1] as string}`;
  return groups.find((o) => o.draft.name.toLowerCase().endsWith(noun));
}

const NUMBER_WORDS = new Map([
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
]);

/** `the two men` → 2, `the 14 officials` → 14: how many people a group reference counts. */
function groupSize(lower: string): number | undefined {
  for (const word of lower.split(" ")) {
    const n = /^\d{1,3}$/.test(word) ? Number(word) : NUMBER_WORDS.get(word);
    if (n !== undefined) return n;
  }
  return undefined;
}

/**
 * `officials`, `the city's top lawyers`, `the attorneys general`: a plural noun phrase for
 * people (a head noun with `general` after it is plural before it).
 */
export function isPluralPeopleNoun(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  if (words.length > 2 && words[words.length - 1] === POSTPOSITIVE) words.pop();
  const head = words[words.length - 1] ?? "";
  if (!GROUP_NOUNS.has(head) || words.length > 6) return false;
  // `officials`, `the officials`, `the city's top lawyers`; not `some officials`, `10 lawyers`
  return words.length === 1 || /^(?:the|these|those|[\p{L}.-]+['’]s)$/u.test(words[0] as string);
}

/** Two or more name mentions joined only by `,` / `and`: `Sessions and Kelly`. */
export function coordinatedNames<T extends { start: number; end: number }>(
  text: string,
  mentions: T[],
): T[][] {
  const out: T[][] = [];
  let run: T[] = [];
  for (const m of mentions) {
    const prev = run[run.length - 1];
    // every joining gap opens with a comma or with spaces and `and`: most gaps between two names
    // are neither, and need no slice and no patterns
    const gap = prev && mayJoin(text, prev.end, m.start) ? text.slice(prev.end, m.start) : "";
    // `X and Y`, `X, Y and Z`, and `X, Republican of Iowa, and Y`
    const joins =
      gap !== "" &&
      (LIST_GAP.test(gap) ||
        // `Marcus Bell and association chair Dana Whitfield`
        titledConjunct(gap) ||
        // `Ravel and the board's general counsel, Miriam Osei-Blake`
        ownedRoleConjunct(gap) ||
        // `Sens. Johnny Isakson of Georgia and John Boozman of Arkansas`
        PLACE_THEN_AND.test(gap) ||
        APPOSITIVE_THEN_AND.test(gap) ||
        (prev !== undefined && appositiveConjuncts(text, prev.start, gap)));
    if (prev && joins && !(gap.startsWith(",") && closesFrontedPhrase(text, prev.end))) run.push(m);
    else {
      if (run.length > 1) out.push(run);
      run = [m];
    }
  }
  if (run.length > 1) out.push(run);
  // `Sessions, Kelly` without `and` is a list only when the last link is `and`
  return out.filter((g) => {
    const a = g[g.length - 2] as T;
    const b = g[g.length - 1] as T;
    return AND_ANYWHERE.test(text.slice(a.end, b.start));
  });
}

/** `and` anywhere in the gap. */
const AND_ANYWHERE = /and/;

/** `, Republican of Iowa, and `: an appositive set off, then `and`. */
const APPOSITIVE_THEN_AND = /^,[ \u00a0]+[^,.;:“”"()]{1,50},[ \u00a0]+and[ \u00a0]+$/u;

/**
 * ` of Georgia and `, ` of Harrowgate, `: each name's place, then `and` or a list's comma (the
 * list's last link must still be `and`: see coordinatedNames).
 */
const PLACE_THEN_AND =
  /^[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'’-]*){0,3}(?:,?[ \u00a0]+and|,)[ \u00a0]+$/u;

/** `, ` or ` and `, `, and `: the gap between two names of a list. */
const LIST_GAP = /^(?:,[ \u00a0]+|,?[ \u00a0]+and[ \u00a0]+)$/u;

/**
 * `its chief nursing officer, Dr. Ana Reyes, and its chief executive, Corinne Ballard`: two
 * names each set off after its role, the second role owned like the first; the first name must
 * be an appositive too (`a header from Jamal Osei, and their manager, Fiona Strachan, said`
 * joins two clauses, not two people).
 */
function appositiveConjuncts(text: string, firstStart: number, gap: string): boolean {
  return (
    SET_OFF_AFTER_WORD.test(text.slice(Math.max(0, firstStart - 3), firstStart)) &&
    AND_OWNED_APPOSITIVE.test(gap)
  );
}

/** `, and their manager, `: a second owned role set off. */
const AND_OWNED_APPOSITIVE =
  /^,[ \u00a0]+and[ \u00a0]+(?:its|their|his|her|the)[ \u00a0]+[^,.;:“”"()]{1,50},[ \u00a0]+$/u;

/** A lower-case word, then a comma: the name after it is set off. */
const SET_OFF_AFTER_WORD = /\p{Ll},[ \u00a0]+$/u;

/** The gap `[from, to)` opens with `,` or with spaces then `and` or `of`. */
function mayJoin(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  const c = text.charCodeAt(from);
  if (c === 44) return true;
  if (c !== 32 && c !== 0xa0) return false;
  let j = from;
  while (j < to && isBlank(text.charCodeAt(j))) j++;
  return text.startsWith("and", j) || text.startsWith("of ", j);
}

/**
 * ` and the board's general counsel, ` between two names: the second set off after its role,
 * owned (`the board's`, `its`, `her`) and ending with a role noun. With no comma before `and`
 * (`, and their manager, Y, said` may join two clauses: see `appositiveConjuncts`).
 */
function ownedRoleConjunct(gap: string): boolean {
  const m = AND_OWNED_ROLE.exec(gap);
  return !!m && ROLE_NOUNS.has(m[1] as string);
}

/** ` and the board's general counsel, `: its role noun last. */
const AND_OWNED_ROLE =
  /^[ \u00a0]+and[ \u00a0]+(?:(?:the|a)[ \u00a0]+[\p{L}-]+['’]s|its|their|his|her)[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+){0,2}(\p{Ll}+),[ \u00a0]+$/u;

function titledConjunct(gap: string): boolean {
  const m = AND_LOWER_TITLE.exec(gap);
  const last =
    m?.[1]
      ?.trim()
      .split(/[ \u00a0]+/u)
      .pop() ?? "";
  return !!m && isTitleOrRole(last);
}

/** ` and association chair `: up to three lower-case words. */
const AND_LOWER_TITLE = /^,?[ \u00a0]+and[ \u00a0]+((?:[\p{Ll}]+[ \u00a0]+){1,3})$/u;

/**
 * `Responding to a missive from X, Sessions and Kelly wrote`: a comma that ends a sentence's
 * opening participle or prepositional phrase (its first comma) is not a list comma.
 */
export function closesFrontedPhrase(text: string, comma: number): boolean {
  const sentence = text.slice(sentenceStart(text, Math.max(0, comma - 300), comma), comma);
  if (sentence.includes(",")) return false;
  const first = (/^\s*([\p{L}]+)/u.exec(sentence)?.[1] ?? "").toLowerCase();
  return FRONTING.has(first) || /(?:ing|ed)$/.test(first);
}

/**
 * Where the last sentence of `text[lo, to)` starts: after its last line break or sentence end
 * (`.`, `!`, `?`, maybe a closing quote, then a space), give or take the spaces after it. Read
 * back by character codes: splitting the stretch by a Unicode pattern to keep its last piece
 * read all 300 characters and made a string of each sentence.
 */
function sentenceStart(text: string, lo: number, to: number): number {
  for (let q = to - 1; q >= lo; q--) {
    const c = text.charCodeAt(q);
    if (c === 10) return q + 1;
    if (c !== 46 && c !== 33 && c !== 63) continue;
    let e = q + 1;
    const d = e < to ? text.charCodeAt(e) : -1;
    if (
      (d === 34 || d === 0x201d || d === 0x2019) &&
      e + 1 < to &&
      isSpaceCode(text.charCodeAt(e + 1))
    )
      e++;
    if (e >= to || !isSpaceCode(text.charCodeAt(e))) continue;
    // a dot after a lone capital is an initial (`Tani G. Cantil-Sakauye`), not a sentence end
    if (!initialBefore(text, lo, q)) return e + 1;
  }
  return lo;
}

/**
 * A capital ends `text[lo, at)` that opens it or follows a space or a dot: the letter of an
 * initial, when a dot comes at `at`.
 */
function initialBefore(text: string, lo: number, at: number): boolean {
  let b = at - 1;
  if (b < lo) return false;
  const c = text.charCodeAt(b);
  if (c < 128) {
    if (c < 65 || c > 90) return false;
  } else {
    // a capital outside the BMP is a pair of halves, read whole (a half alone is none)
    const high = b > lo ? text.charCodeAt(b - 1) : 0;
    if (c >= 0xdc00 && c <= 0xdfff && high >= 0xd800 && high <= 0xdbff) b--;
    if (!CAPITAL.test(text.slice(b, at))) return false;
  }
  if (b === lo) return true;
  const p = text.charCodeAt(b - 1);
  return p === 46 || isSpaceCode(p);
}

/** One character (a code point) that is a capital letter. */
const CAPITAL = /^\p{Lu}$/u;

const FRONTING = new Set([
  "in",
  "on",
  "at",
  "after",
  "before",
  "during",
  "with",
  "without",
  "for",
  "from",
  "to",
  "by",
  "despite",
  "unlike",
  "like",
  "as",
  "since",
  "under",
  "over",
  "according",
  "when",
  "while",
  "although",
  "though",
  "because",
  "if",
  "once",
  "until",
  "asked",
  "speaking",
]);
