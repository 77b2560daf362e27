// The words right after a reporting cue that are neither speaker nor content: the hearer of
// `told`, time words, adverbs and channel phrases (`said Friday in a statement`), up to a `that`.

import { cueInfo, gerundNoun } from "../03-cues.ts";
import { CHANNEL_NOUNS } from "../lexicon/cues.ts";
import { nounPhraseAfter, opensCount } from "../04-speaker-mention.ts";
import {
  AFTER_CUE,
  CLAUSE_WORDS,
  DETERMINERS,
  HEARERS,
  PREP_MODIFIERS,
  PREP_NOUNS,
  PREP_PARTICIPLES,
  PREP_PHRASE,
  PRONOUNS,
  TIME_MODIFIERS,
  TIME_NOUNS,
  TIME_WORDS,
  WITHIN_DURATIONS,
  LY_ADJECTIVES,
  LY_NOUNS,
  PERSONAL_PRONOUNS,
} from "../lexicon/words.ts";
import { FINITE_AUXILIARIES } from "../../lexicon/grammar.ts";
import { endsInS, isDigit, type Token } from "../text.ts";

/** After `told`: the hearer (`reporters`, `CNN`, `the Post`, `police officials`). */
export function skipHearer(tokens: readonly Token[], k: number, last: number): number {
  const t = tokens[k];
  if (!t?.word || t.quote >= 0) return k;
  if (HEARERS.has(t.lower)) return k + 1;
  if (t.cap || DETERMINERS.has(t.lower)) {
    const np = nounPhraseAfter(tokens, k, last);
    // (`told Channel 9 on Wednesday that`: a number after the name is part of it, when a `that`
    // soon follows to open what was told)
    const number = np && isDigit(tokens[np.last + 1]?.lower.charCodeAt(0) ?? 0) ? np.last + 1 : -1;
    if (number >= 0 && thatAhead(tokens, number + 1, last, NUMBER_THAT_REACH, true) >= 0)
      return number + 1;
    const placed = np ? thatAfterPlace(tokens, np.last + 1, last) : -1;
    if (placed >= 0) return placed;
    if (np) return thatSoon(tokens, afterTitle(tokens, np.last, last), np.last + 1, last);
  }
  // `told analysts on a call that`: a plural noun as the hearer, then a setting before `that`
  if (
    endsInS(t.lower) &&
    !t.cap &&
    (PREP_PHRASE.has(tokens[k + 1]?.lower ?? "") || opensSetting(tokens, k + 1))
  ) {
    const that = thatAfterAdjuncts(tokens, k + 1, last);
    if (that > 0) return that;
  }
  // up to three lower-case words before `that`
  for (let j = k; j <= last && j < k + 3; j++) {
    const u = tokens[j] as Token;
    if (!u.word) break;
    if (u.lower === "that") return j;
  }
  return k;
}

/**
 * `told a town hall in Salem, New Hampshire on Monday that`: after the hearer, a place (names and
 * their commas) after `in` or `at`, maybe a day, then `that`: the index of that `that`, else -1.
 */
function thatAfterPlace(tokens: readonly Token[], k: number, last: number): number {
  const prep = tokens[k];
  if (!prep || (prep.lower !== "in" && prep.lower !== "at") || !tokens[k + 1]?.cap) return -1;
  for (let j = k + 1; j <= last && j <= k + PLACE_REACH; j++) {
    const t = tokens[j] as Token;
    if (t.quote >= 0) return -1;
    if (t.lower === "that") return j > k + 1 ? j : -1;
    if (!(
      t.cap ||
      t.lower === "," ||
      t.lower === "." ||
      t.lower === "on" ||
      TIME_WORDS.has(t.lower)
    ))
      return -1;
  }
  return -1;
}

// (`in Salem, New Hampshire, on Monday`: a place of a few names, its state and a day)
const PLACE_REACH = 9;

/**
 * Where the content starts at the cue's `that` (token `k`): after it, past a comma that opens an
 * aside (`pledged that, if elected, he would…`), or at it when it is the reported clause's subject
 * (`said that was up to the company`).
 */
function contentAfterThat(tokens: readonly Token[], k: number): number {
  if (demonstrative(tokens[k + 1])) return k;
  return tokens[k + 1]?.lower === "," ? k + 2 : k + 1;
}

/**
 * `Quillon repeated that line on Tuesday.`: `that` before one singular noun and then only a time
 * or place phrase to the sentence's end is a determiner; no clause follows it.
 */
function thatNamesThing(tokens: readonly Token[], k: number, last: number): boolean {
  const noun = tokens[k + 1];
  if (!noun?.word || noun.cap || noun.quote >= 0 || endsInS(noun.lower)) return false;
  if (PRONOUNS.has(noun.lower) || DETERMINERS.has(noun.lower) || CLAUSE_WORDS.has(noun.lower))
    return false;
  for (let j = k + 2; j <= last && j <= k + 1 + TIME_PHRASE_TOKENS; j++) {
    const t = tokens[j] as Token;
    if (t.lower === "." || t.lower === ";") return true;
    if (!t.word || t.quote >= 0) return false;
    if (!(t.cap || TIME_PHRASE_WORDS.has(t.lower) || TIME_NOUNS.has(t.lower))) return false;
  }
  return k + 2 > last;
}

// (`again earlier this week`, `at the Capitol on Tuesday`: a phrase or two of a few words)
const TIME_PHRASE_TOKENS = 5;
/** The lower-case words a time or place phrase after the noun may hold besides time nouns (a
 * place is a name: `at the Capitol`). */
export const TIME_PHRASE_WORDS: ReadonlySet<string> = new Set(
  "on in at during again the a an last this that next week earlier later today yesterday".split(
    " ",
  ),
);

/**
 * `a report that the governor called "…"`: after the `that` at `k`, a short subject, then a verb of
 * naming right before a quotation: the verb's object is the `that`, which opens a relative clause
 * on the noun before it, not a reported one. The index after that quotation, else -1.
 */
function namingRelative(tokens: readonly Token[], k: number, last: number): number {
  for (let j = k + 2; j <= last && j <= k + 1 + RELATIVE_SUBJECT_TOKENS; j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0) return -1;
    if (!namingVerb(t)) continue;
    const open = tokens[j + 1];
    if (open?.mark !== 1) return -1;
    let c = j + 2;
    while (c <= last && (tokens[c] as Token).quote === open.quote) c++;
    return c;
  }
  return -1;
}

const RELATIVE_SUBJECT_TOKENS = 6; // `Mayor Dominic Achterberg-Lowe`, `the city's chief engineer`
/** A verb of naming (no -ing form) whose object is the thing named (`called "…"`, `dubbed "…"`),
 * read off the cue lexicon's lemma. */
function namingVerb(t: Token): boolean {
  const lemma = cueInfo(t)?.lemma;
  return lemma !== undefined && NAMING_LEMMAS.has(lemma) && !t.lower.endsWith("ing");
}

const NAMING_LEMMAS = new Set(["call", "dub", "term", "label", "brand"]);

/** Whether the word after a `that` is a finite verb, making `that` a pronoun (`that was`). */
function demonstrative(next: Token | undefined): boolean {
  return !!next?.word && next.quote < 0 && FINITE_AFTER_THAT.has(next.lower);
}

const FINITE_AFTER_THAT = new Set(
  "is was were has had would will could should might must does did seems seemed".split(" "),
);

/** `told a TV interviewer that`: the `that` a few lower-case words on from `from`, else `k`. */
function thatSoon(tokens: readonly Token[], from: number, k: number, last: number): number {
  const that = thatAhead(tokens, from, last, THAT_REACH, false);
  return that >= 0 ? that : k;
}

/**
 * `told CNN's "State of the Union" that`: past a quoted title right after a possessive hearer
 * (the token after its closing mark), else right after the hearer.
 */
function afterTitle(tokens: readonly Token[], hearerLast: number, last: number): number {
  const open = tokens[hearerLast + 1];
  const first = tokens[hearerLast + 2];
  if (!(tokens[hearerLast] as Token).lower.endsWith("'s") || open?.mark !== 1 || !first?.cap)
    return hearerLast + 1;
  for (let j = hearerLast + 2; j <= last && j <= hearerLast + 1 + TITLE_TOKENS; j++)
    if ((tokens[j] as Token).mark === 2) return j + 1;
  return hearerLast + 1;
}

// (a show's title is a few words: `State of the Union`, `Meet the Press`)
const TITLE_TOKENS = 8;

/**
 * The `that` among the `reach` words from `k`, else -1. Punctuation or a quotation ends the search,
 * and so does a capital unless `names` (`told Channel 9 on Wednesday that`).
 */
function thatAhead(
  tokens: readonly Token[],
  k: number,
  last: number,
  reach: number,
  names: boolean,
): number {
  for (let j = k; j <= last && j < k + reach; j++) {
    const u = tokens[j] as Token;
    // (a day may come between: `told NBC's "Meet the Press" on Sunday that`)
    if (!u.word || u.quote >= 0 || (u.cap && !names && !TIME_WORDS.has(u.lower))) return -1;
    if (u.lower === "that") return j;
  }
  return -1;
}

// A hearer's last words before `that` (`a TV interviewer that`); after a number in a name, a short
// time or place phrase may come first (`Channel 9 on Wednesday that`).
const THAT_REACH = 3;
const NUMBER_THAT_REACH = 4;

/**
 * Skips time words and prepositional phrases after the cue (`said Friday in a statement`,
 * `wrote to Sessions and Kelly earlier this month`); reports whether a `that` then opens the content.
 */
export function skipAfterCue(
  tokens: readonly Token[],
  k: number,
  last: number,
): { next: number; that: boolean } {
  let guard = 0;
  let channel = false; // a channel phrase was skipped (`in a statement`)
  let medium = false; // the phrase just skipped ends in a medium's noun (`in a memo`)
  while (k <= last && guard++ < 12) {
    const t = tokens[k] as Token;
    // `said, however, that…`: an adverb set off by commas.
    if (
      t.lower === "," &&
      tokens[k + 2]?.lower === "," &&
      SET_OFF.has(tokens[k + 1]?.lower ?? "")
    ) {
      k += 3;
      continue;
    }
    // `told them, in effect, that…`: a short aside set off by commas, then `that`.
    const that = t.lower === "," ? thatAfterAside(tokens, k + 1, last) : -1;
    if (that > 0) {
      k = that;
      continue;
    }
    if (t.quote >= 0 || !t.word) break;
    if (t.lower === "that") {
      if (thatNamesThing(tokens, k, last)) return { next: k, that: false };
      // (`said in a report that the governor called "…"`: a relative clause about the medium)
      const relative = medium ? namingRelative(tokens, k, last) : -1;
      if (relative > 0) return { next: relative, that: false };
      return { next: contentAfterThat(tokens, k), that: true };
    }
    // (`saying only that`: `only` limits what was said, before its `that`)
    if (
      AFTER_CUE.has(t.lower) ||
      isAdverb(t) ||
      // (the test met at every word first: a test first met after optimisation deoptimises)
      (tokens[k + 1]?.lower === "that" && t.lower === "only")
    ) {
      k++;
      continue;
    }
    if (t.lower === "within" && WITHIN_DURATIONS.has(tokens[k + 1]?.lower ?? "")) {
      k += 2;
      continue;
    }
    if (
      TIME_MODIFIERS.has(t.lower) &&
      tokens[k + 1] &&
      TIME_NOUNS.has((tokens[k + 1] as Token).lower)
    ) {
      k += 2;
      continue;
    }
    // `"She's tough," Obama said of Clinton, "and…"`: whom the words are about.
    if (t.lower === "of" && k + 1 <= last) {
      const end = prepPhrase(tokens, k + 1, last);
      if (end > k + 1) {
        k = end;
        continue;
      }
    }
    // (`says at least a dozen members have told her`: a count opens the content's subject)
    if (PREP_PHRASE.has(t.lower) && !opensCount(t, tokens[k + 1])) {
      const end = prepPhrase(tokens, k + 1, last);
      // `admitted under Warren's grilling he hadn't`: a short setting, past where the phrase
      // reader stops, then a person's clause
      const clause = SETTINGS.has(t.lower) ? pronounAfterPhrase(tokens, k + 1, last) : -1;
      if (clause > end) return { next: clause, that: false };
      if (end > k + 1) {
        k = end;
        channel = true;
        medium = CHANNEL_NOUNS.has((tokens[end - 1] as Token).lower);
        continue;
      }
      // `said in a post on social media that`: a short phrase more, then `that`.
      // (not `to`: `responded on Sunday to accusations that he…` names what was answered)
      // (but after a channel phrase `to` names its addressee: `in a memo to staff that`)
      const thatMayFollow = SETTINGS.has(t.lower) || (medium && t.lower === "to");
      const that = thatMayFollow ? thatAfterPhrase(tokens, k + 1, last, channel) : -1;
      if (that > 0) return { next: that + 1, that: true };
      const adjunct = t.lower === "to" ? -1 : thatAfterAdjuncts(tokens, k, last);
      if (adjunct > 0) return { next: contentAfterThat(tokens, adjunct), that: true };
    }
    // `had argued as recently as 2023 that`, `said outside the court that`: a setting the
    // phrase reader does not take, then `that`
    if (opensSetting(tokens, k)) {
      const adjunct = thatAfterAdjuncts(tokens, k, last);
      if (adjunct > 0) return { next: contentAfterThat(tokens, adjunct), that: true };
    }
    break;
  }
  // `wrote in her newsletter, "Signal & Noise," that…`: a title set off by commas, then `that`.
  if (tokens[k]?.lower === "," && tokens[k + 1]?.mark === 1) {
    let c = k + 2;
    while (c <= last && (tokens[c] as Token).mark !== 2) c++;
    if (tokens[c + 1]?.lower === "that") return { next: c + 2, that: true }; // `Noise," that`
    if (tokens[c + 1]?.lower === "," && tokens[c + 2]?.lower === "that")
      return { next: c + 3, that: true };
  }
  return { next: k, that: false };
}

/**
 * `told reporters at the port on Thursday evening that`, `said by phone that`: adjuncts of place,
 * time or manner (prepositions and their short objects, no verb, clause word or pronoun) from the
 * preposition at `k`, then `that` before the reported clause's subject: that `that`, else -1.
 */
function thatAfterAdjuncts(tokens: readonly Token[], k: number, last: number): number {
  // (`agreed with`, `reckoned with the role that`: `with` names what the verb is about)
  if ((tokens[k] as Token).lower === "with") return -1;
  // (first the `that`, with a plain scan: most settings have none, `said on a visit to Ohio.`)
  let that = -1;
  for (let j = k + 1; j <= last && j < k + ADJUNCT_REACH && that < 0; j++) {
    const t = tokens[j] as Token;
    // (`told reporters after the ceremony, through an interpreter, that`: an aside between)
    if (t.lower === ",") that = thatAfterAside(tokens, j + 1, last);
    else if (!t.word || t.quote >= 0) return -1;
    else if (t.lower === "that") that = j;
    if (that < 0 && t.lower === ",") return -1;
  }
  if (that <= k + 1 || !subjectAfterThat(tokens, that)) return -1;
  for (let j = k + 1; j < that; j++) {
    const t = tokens[j] as Token;
    const verb = cueInfo(t) && !DETERMINERS.has(tokens[j - 1]?.lower ?? "");
    const participle =
      t.lower.endsWith("ing") && !gerundNoun(tokens, j) && !TIME_NOUNS.has(t.lower);
    // (a preposition may be a clause word elsewhere: `after`, `on`; `as recently as`)
    const clause = CLAUSE_WORDS.has(t.lower) && !PREP_PHRASE.has(t.lower) && t.lower !== "as";
    if (clause || PERSONAL_PRONOUNS.has(t.lower) || verb || participle) return -1;
  }
  return that;
}

/** `outside the court`, `as recently as 2023` (a bounded comparative of time): a setting's
 * opening besides the prepositions of `PREP_PHRASE`. */
function opensSetting(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  return t.lower === "outside" || (t.lower === "as" && tokens[k + 2]?.lower === "as");
}

// (`at the port on Thursday evening`: two or three short phrases)
const ADJUNCT_REACH = 10;

/** Whether the words after the `that` at `j` open a clause's subject, not a relative clause's
 * verb (`the port that serves`). */
function subjectAfterThat(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (!next?.word || next.quote >= 0 || next.lower.endsWith("ed") || CLAUSE_WORDS.has(next.lower))
    return false;
  return (
    next.cap ||
    PRONOUNS.has(next.lower) ||
    DETERMINERS.has(next.lower) ||
    pluralSubject(next, tokens[j + 2])
  );
}

/** The `that` right after a comma that closes a few lower-case words from `k`, else -1. */
function thatAfterAside(tokens: readonly Token[], k: number, last: number): number {
  // (a preposition's phrase may be longer: `, through the same interpreter,`)
  const reach = PREP_PHRASE.has(tokens[k]?.lower ?? "") ? ASIDE_PHRASE_WORDS : ASIDE_WORDS;
  for (let j = k; j <= last && j <= k + reach; j++) {
    const t = tokens[j] as Token;
    if (t.lower === ",") return j > k && tokens[j + 1]?.lower === "that" ? j + 1 : -1;
    // (not another clause: `He hoped, he said, that …`)
    if (!t.word || t.cap || t.quote >= 0 || PRONOUNS.has(t.lower) || cueInfo(t)) return -1;
  }
  return -1;
}

const ASIDE_WORDS = 3; // `in effect`, `in other words`, `at least publicly`
const ASIDE_PHRASE_WORDS = 6; // `through the same court interpreter`

/** Adverbs a writer sets off by commas inside a clause (`said, however, that`). */
const SET_OFF = new Set(["however", "though", "too", "also", "again", "moreover", "meanwhile"]);

/** `sarcastically`, `angrily`: -ly words that are not nouns, adjectives or verbs. */
function isAdverb(t: Token): boolean {
  return (
    !t.cap &&
    t.lower.length > 5 &&
    t.lower.endsWith("ly") &&
    !LY_NOUNS.has(t.lower) &&
    !LY_ADJECTIVES.has(t.lower)
  );
}

/**
 * The `that` ending a short phrase of plain words from `k` (`social media that`), when a clause
 * follows it, not a verb (`the plan that passed`), else -1. With no channel phrase before it
 * (`testified during the trial that she…`), the clause must open with a pronoun, a determiner or
 * a name, as `the issue that divides them` does not.
 */
function thatAfterPhrase(
  tokens: readonly Token[],
  k: number,
  last: number,
  channel: boolean,
): number {
  for (let j = k; j <= last && j < k + PHRASE_THAT_REACH; j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0) return -1;
    if (t.lower !== "that") {
      // (`responded before adding that`: a verb's `that`, not the cue's; but `in the state
      // capital that`: a cue word after a determiner is a noun)
      // (`under questioning that`: after such a preposition an -ing word is a noun)
      const gerund = gerundNoun(tokens, j);
      const verb = cueInfo(t) && !DETERMINERS.has(tokens[j - 1]?.lower ?? "") && !gerund;
      const participle = t.lower.endsWith("ing") && !gerund;
      if ((CLAUSE_WORDS.has(t.lower) && !placeAhead(tokens, j)) || participle || verb) return -1;
      continue;
    }
    const next = tokens[j + 1];
    const verbal = !next?.word || next.lower.endsWith("ed") || CLAUSE_WORDS.has(next.lower);
    const subject =
      !!next &&
      (next.cap ||
        PRONOUNS.has(next.lower) ||
        DETERMINERS.has(next.lower) ||
        pluralSubject(next, tokens[j + 2]));
    return j > k && !verbal && (channel || subject) ? j : -1;
  }
  return -1;
}

const PHRASE_THAT_REACH = 5;

/**
 * The personal pronoun that opens a clause after a short phrase of plain words from `k` (`Warren's
 * grilling he hadn't`), a verb right after it, else -1.
 */
function pronounAfterPhrase(tokens: readonly Token[], k: number, last: number): number {
  for (let j = k + 1; j <= last && j < k + PHRASE_THAT_REACH; j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0 || CLAUSE_WORDS.has(t.lower)) return -1;
    if (!PERSONAL_PRONOUNS.has(t.lower)) continue;
    const verb = tokens[j + 1];
    return verb?.word && !verb.cap && verb.quote < 0 ? j : -1;
  }
  return -1;
}

/** `said in parliament in Astana that`: a setting's preposition before a place's name goes on
 * with the phrase (the setting named twice, the body then its city), not a clause. */
function placeAhead(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  return SETTINGS.has((tokens[j] as Token).lower) && !!next?.cap && next.quote < 0;
}

/** `that inspectors had not sampled`: a plural noun and a finite auxiliary open a clause. */
function pluralSubject(t: Token, next: Token | undefined): boolean {
  return endsInS(t.lower) && t.lower.length > 3 && !!next && FINITE_AUXILIARIES.has(next.lower);
}
const SETTINGS = new Set(["in", "on", "at", "under", "during", "after", "before", "via"]);

/** Index after a prepositional object made of modifiers, names and a channel or time noun. */
function prepPhrase(tokens: readonly Token[], k: number, last: number): number {
  let j = k;
  let noun = false;
  while (j <= last && j < k + 8) {
    const t = tokens[j] as Token;
    if (t.quote >= 0) break;
    if (!t.word) {
      // initials and abbreviations inside names (`Sen.`)
      if (t.lower === "." && noun && tokens[j - 1]?.cap) {
        j++;
        continue;
      }
      if (t.lower === "'" || t.lower === "-") {
        j++;
        continue;
      }
      break;
    }
    if (t.cap && !TIME_NOUNS.has(t.lower)) {
      noun = true;
      j++;
      // `on CNN's "State of the Union"`: a programme's title belongs to the phrase.
      const n = tokens[j];
      if (t.lower.endsWith("'s") && n && n.quote >= 0) {
        const q = n.quote;
        while (j <= last && (tokens[j] as Token).quote === q) j++;
      }
      continue;
    }
    if (PREP_NOUNS.has(t.lower)) {
      noun = true;
      j++;
      continue;
    }
    if (noun && (PREP_PARTICIPLES.has(t.lower) || t.lower === "and")) {
      j++;
      continue;
    }
    // (after a noun, a modifier of the next one: `an afternoon news conference`)
    if (PREP_MODIFIERS.has(t.lower) && (!noun || PREP_NOUNS.has(tokens[j + 1]?.lower ?? ""))) {
      j++;
      continue;
    }
    if (/^\d/.test(t.lower)) {
      j++;
      continue;
    }
    break;
  }
  return noun ? j : k;
}
