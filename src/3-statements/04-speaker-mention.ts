// The words that name a statement's speaker at the statement: the noun phrase before the reporting
// verb (`the two men wrote`), after it (`said Kelly`), or the sentence's subject (`X fired back,
// writing that…`). Appositives give the name part (`Cecillia Wang, deputy legal director…, said`).

import {
  BEFORE_CUE,
  CLAUSE_WORDS,
  DASHES,
  DETERMINERS,
  FOCUS_WORDS,
  HEARERS,
  LONE_QUANTIFIERS,
  LONE_SUBJECTS,
  NP_PREPOSITIONS,
  PAST_PARTICIPLES,
  PRONOUNS,
  REFLEXIVES,
  ROLE_HINTS,
  SIMPLE_PAST,
  SUBJECT_PRONOUNS,
  TIME_NOUNS,
  TIME_WORDS,
  TITLE_PARTICIPLES,
} from "./lexicon/words.ts";
import { endsInLy, endsInS, isDigit, lowerWord, type Token } from "./text.ts";
import { CUES, WRITTEN_NOUNS } from "./lexicon/cues.ts";
import { MONTHS } from "../lexicon/calendar.ts";
import { ORG_WORDS } from "../lexicon/organisations.ts";
import { BE_FORMS, FINITE_AUXILIARIES, MODALS } from "../lexicon/grammar.ts";

/** Inclusive token range. */
export interface TokenRange {
  first: number;
  last: number;
}

const MAX_NP = 12;
const NP_JOINERS = new Set(["of", "for", "at", "with", "from", "by", "and"]);
const SUBORDINATORS = new Set([
  "when",
  "while",
  "if",
  "after",
  "before",
  "as",
  "because",
  "although",
  "though",
  "since",
  "once",
  "until",
  "unless",
  "whether",
  "despite",
  "during",
  "in",
  "on",
  "at",
  "with",
  "without",
  "following",
  "amid",
  "asked",
  "given",
]);
// `Jan.`, `Sept.`: a month's short form is no speaker; `may` is left out, as it is also a verb.
const MONTH_ABBREVIATIONS = new Set([
  ...MONTHS.map((m) => m.slice(0, 3)).filter((m) => m !== "may"),
  "sept",
]);
const MAX_APPOSITIVE = 24;

function isNameToken(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.quote >= 0) return false;
  if (t.word) return t.cap;
  // (no read before the first token or past the last: in optimised code such a read is thrown
  // away and the function compiled again, as this was for a phrase opening on `'`)
  const p = i > 0 ? tokens[i - 1] : undefined;
  // The period of an initial or abbreviation (`John F. Kelly`, `Sen.`).
  if (t.lower === ".") return !!p && p.word && p.cap && p.end === t.start && p.end - p.start <= 4;
  // The apostrophe of a plural possessive (`the players' union`).
  if (t.lower === "'") return !!p && p.word && p.end === t.start && p.lower.endsWith("s");
  // The ampersand of a firm's name (`Tollway Partners & Co.`, `Corbel & Finch`).
  if (t.lower === "&") return !!p?.cap && i + 1 < tokens.length && !!tokens[i + 1]?.cap;
  return false;
}

/**
 * `The department's report on the outbreak at Lumière & Salt found`, `An inquiry into the crash
 * found`: the preposition at token `i` gives a written thing's or an inquiry's topic; the thing,
 * before it, heads the phrase (not the topic's place).
 */
function topicOf(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !TOPIC_PREPOSITIONS.has(t.lower)) return false;
  const noun = tokens[i - 1];
  return lowerWord(noun) && TOPIC_HEADS.has(noun.lower);
}

const TOPIC_PREPOSITIONS = new Set(["on", "into", "about"]);
/** Written things and the inquiries whose findings they report (`An investigation into … found`). */
const TOPIC_HEADS: ReadonlySet<string> = new Set([
  ...WRITTEN_NOUNS,
  ..."investigation inquiry review audit analysis probe examination assessment evaluation".split(
    " ",
  ),
]);

/** Skips auxiliaries and adverbs leftwards from `i`; returns the index of the first other token. */
export function skipBeforeCue(tokens: readonly Token[], i: number): number {
  while (i >= 0) {
    const t = tokens[i] as Token;
    if (t.word && !t.cap && (BEFORE_CUE.has(t.lower) || lyAdverb(tokens, i))) i--;
    else break;
  }
  return i;
}

/** An -ly word at `i` is an adverb, unless a determiner makes it a noun (`The family said`,
 * `The reply said`, `Its weekly said`). */
function lyAdverb(tokens: readonly Token[], i: number): boolean {
  const w = (tokens[i] as Token).lower;
  return endsInLy(w) && !DETERMINERS.has(tokens[i - 1]?.lower ?? "");
}

/**
 * Whether `t` and `next` open a count, the start of a noun phrase (`at least a dozen members`,
 * `at most two`, `about 40,000 homes`, `over 300 people`), not a preposition's phrase of place or
 * time (`at the briefing`, `about the plan`).
 */
export function opensCount(t: Token | undefined, next: Token | undefined): boolean {
  if (!t || !next) return false;
  if (t.lower === "at") return COUNT_LIMITS.has(next.lower);
  // (the digit first: it is one read, and most words after a preposition are none)
  return isDigit(next.lower.charCodeAt(0)) && COUNT_PREPOSITIONS.has(t.lower);
}

const COUNT_LIMITS = new Set(["least", "most"]);
const COUNT_PREPOSITIONS = new Set(["about", "over", "around", "under"]);

/**
 * The noun phrase ending at token `end` (walking left, stopping at `floor`), or undefined when
 * there is none (a verb, a clause word or punctuation first).
 */
export function nounPhraseBefore(
  tokens: readonly Token[],
  end: number,
  floor: number,
): TokenRange | undefined {
  if (end < floor) return undefined;
  const last = tokens[end] as Token;
  if (last.lower === ",") return appositive(tokens, end, floor);
  if (last.lower === ")") return beforeParenthesis(tokens, end, floor);
  if (!last.word || last.quote >= 0) return undefined;
  if (FOCUS_WORDS.has(last.lower)) return beforeFocusWord(tokens, end, floor);
  // (`attacked by Clinton for suggesting`: no phrase ends in a preposition)
  if (!last.cap && (CLAUSE_WORDS.has(last.lower) || NP_JOINERS.has(last.lower))) return undefined;
  let i = end;
  let names = false; // (two names joined by `and`: maybe the last two of a list)
  while (i - 1 >= floor && end - (i - 1) < MAX_NP) {
    const t = tokens[i - 1] as Token;
    if (t.quote >= 0) break;
    if (!t.word) {
      if (isNameToken(tokens, i - 1)) {
        i--;
        continue;
      }
      break;
    }
    if (closeTo(tokens, i - 1)) {
      i--;
      continue;
    }
    if (CLAUSE_WORDS.has(t.lower) && !NP_PREPOSITIONS.has(t.lower) && !topicOf(tokens, i - 1)) {
      // Capitalised, a clause word is still one at the start of a sentence (`When`, `While`).
      if (!t.cap || i - 1 === 0 || !tokens[i - 2]?.word) break;
    }
    if (t.lower === "and") {
      // `Sessions and Kelly`, `the mayor and the governor`: both sides nominal.
      const left = tokens[i - 2];
      const right = tokens[i] as Token;
      const nominal = left?.cap
        ? right.cap || DETERMINERS.has(right.lower)
        : DETERMINERS.has(right.lower);
      if (left?.word && nominal && !CLAUSE_WORDS.has(left.lower)) {
        names = left.cap && right.cap;
        i--;
        continue;
      }
      // `Ana Ruiz, Tom Berg, and Li Wei`: the serial comma of a list of names, which opens
      // where the list does (its members' asides between)
      const start = right.cap ? serialList(tokens, i - 2, floor) : -1;
      if (start >= 0) i = start;
      break;
    }
    // `Asked about…`, `Holding signs…`: a participle opening the sentence is not a name; but
    // right before one noun and its verb it is that noun's adjective (`Shipping lines warned`).
    if (t.cap && i - 1 === 0 && /(?:ing|ed)$/.test(t.lower) && t.lower.length > 4) {
      if (i !== end || (tokens[end] as Token).cap || tokens[end + 1]?.lower.endsWith("ing")) break;
    }
    // `should reassure head teachers`, `to reassure…`: a word right after a modal or an
    // infinitive's `to` is its verb, which no phrase crosses (but `close to the negotiations`).
    if (!t.cap && VERB_MARKERS.has(tokens[i - 2]?.lower ?? "") && !closeTo(tokens, i - 2)) break;
    // `testimony came from a worker who testified`: an irregular past is the verb after the
    // subject's noun, which no phrase crosses (but `a saw`: after a determiner it is a noun).
    if (!t.cap && SIMPLE_PAST.has(t.lower) && !DETERMINERS.has(tokens[i - 2]?.lower ?? "")) break;
    // `dismissing critics`: an -ing verb is not part of the noun phrase (`the acting chief` is,
    // and so is `the chief operating officer`: some -ing words are a title's adjectives).
    if (
      !t.cap &&
      t.lower.endsWith("ing") &&
      t.lower.length > 4 &&
      !DETERMINERS.has(tokens[i - 2]?.lower ?? "") &&
      !TITLE_PARTICIPLES.has(t.lower) &&
      // (`a coalition of housing groups`: after `of`, right before the head noun, it modifies it)
      !(tokens[i - 2]?.lower === "of" && i === end) &&
      // (`policy planning director`: before a singular role noun it is the role's modifier; not
      // `dismissing critics`)
      !(i <= end && singularRole(tokens[i] as Token))
    )
      break;
    if (NP_PREPOSITIONS.has(t.lower) || topicOf(tokens, i - 1)) {
      // `a spokesman for the council`: keep the preposition only with a noun before it.
      const left = tokens[i - 2];
      if (!left?.word || left.quote >= 0 || CLAUSE_WORDS.has(left.lower)) break;
      i--;
      continue;
    }
    // Before a name, only titles and role nouns (`economist Aparna Mathur`), not a verb
    // (`He met John Smith`).
    if (
      !t.cap &&
      (tokens[i] as Token).cap &&
      !DETERMINERS.has(t.lower) &&
      !isRoleWord(t.lower) &&
      !nameParticle(tokens, i - 1) &&
      tokens[i - 2]?.word &&
      (tokens[i - 2] as Token).quote < 0
    )
      break;
    i--;
    // A determiner opens the phrase (`a move the mayor said`: the phrase is `the mayor`), unless
    // a preposition or `and` joins it to more on the left (`a spokesman for the council`).
    if (DETERMINERS.has(t.lower) && !t.cap) {
      const left = tokens[i - 1];
      const joined =
        !!left?.word &&
        (NP_PREPOSITIONS.has(left.lower) ||
          topicOf(tokens, i - 1) ||
          left.lower === "and" ||
          DETERMINERS.has(left.lower) ||
          closeTo(tokens, i - 1));
      if (!joined) break;
    }
  }
  // Strip leading conjunctions and sentence adverbs (`But the agency`, `And Kelly`).
  while (i < end) {
    const t = tokens[i] as Token;
    if (t.lower === "and" || t.lower === "but" || t.lower === "so" || NP_PREPOSITIONS.has(t.lower))
      i++;
    else break;
  }
  // (`at least a dozen members told her`: the count limit belongs to the phrase)
  if (i - 2 >= floor && opensCount(tokens[i - 2], tokens[i - 1])) i -= 2;
  const head = tokens[end] as Token;
  if (TIME_NOUNS.has(head.lower) || MONTH_ABBREVIATIONS.has(head.lower)) return undefined;
  // A lone lower-case word that is not a pronoun and has no determiner is probably a verb.
  if (
    i === end &&
    !head.cap &&
    !PRONOUNS.has(head.lower) &&
    !isLoneSubject(head.lower) &&
    !(LONE_QUANTIFIERS.has(head.lower) && tokens[end + 1]?.word) &&
    !headlineRole(tokens, end)
  )
    return undefined;
  // `a target he believed was "…"`, `an irony he says`: a subject pronoun right before the cue is
  // its subject; the noun before it is what the pronoun's clause describes.
  if (i < end && SUBJECT_PRONOUNS.has(head.lower)) return { first: end, last: end };
  if (names && i - 1 > floor && (tokens[i - 1] as Token).lower === ",")
    i = listStart(tokens, i, floor);
  return { first: i, last: end };
}

/**
 * `Ana Ruiz, Tom Berg and Li Wei wrote`: the names before the comma opening the phrase at token
 * `i` (`Tom Berg and Li Wei`) are the list's first members; each is a full name after a comma or
 * opening the sentence (`In Leeds, Tom Berg and Li Wei` starts at `Tom`).
 */
function listStart(tokens: readonly Token[], i: number, floor: number): number {
  let first = i;
  for (let members = 0; members < LIST_MEMBERS; members++) {
    let comma = first - 1;
    if (comma <= floor || (tokens[comma] as Token).lower !== ",") break;
    // (`Sigrún Hallvarðsdóttir, who runs the Westfold Infirmary,`: a member's aside)
    comma = asideOpening(tokens, comma, floor);
    let k = comma - 1;
    while (k >= floor && comma - k <= NAME_TOKENS && listNameToken(tokens, k)) k--;
    // (a full name: a single capitalised word is as likely an opening `However,` or a place)
    if (comma - 1 - k < 2) break;
    const before = k >= floor ? (tokens[k] as Token) : undefined;
    if (before && before.lower !== ",") break;
    first = k + 1;
    if (!before) break;
  }
  return first;
}

/**
 * `…, chief executive of Ardcarra General Hospital,`, `…, who runs the Westfold Infirmary,`: when
 * the words before the comma `comma` are a role or a relative clause set off after a name, the
 * comma opening them; else `comma`.
 */
function asideOpening(tokens: readonly Token[], comma: number, floor: number): number {
  for (let j = comma - 1; j > floor && comma - j <= LIST_ASIDE; j--) {
    const t = tokens[j] as Token;
    if (t.quote >= 0) return comma;
    if (t.lower !== ",") continue;
    const opener = tokens[j + 1] as Token;
    const aside =
      opener.lower === "who" || (opener.word && !opener.cap && isRoleWord(opener.lower));
    return aside && j + 1 < comma ? j : comma;
  }
  return comma;
}

// (a member's aside: a role with its organisation, a short relative clause)
const LIST_ASIDE = 10;

/** Where the list opens whose comma before its last `and` is token `comma` (-1 if none): full
 * names end before it and before a comma ahead of them (`Ana Ruiz, Tom Berg,`), so that two
 * clauses joined by `, and` are not read as one list (`He thanked Tom Berg, and Li Wei said`). */
function serialList(tokens: readonly Token[], comma: number, floor: number): number {
  if (comma - 1 <= floor || (tokens[comma] as Token).lower !== ",") return -1;
  const start = listStart(tokens, comma + 1, floor);
  let commas = 0;
  for (let j = start; j <= comma; j++) if ((tokens[j] as Token).lower === ",") commas++;
  return commas >= 2 ? start : -1;
}

/** A token of a listed name: a name's, but not a capitalised opening word (`In`, `However`). */
function listNameToken(tokens: readonly Token[], k: number): boolean {
  const w = (tokens[k] as Token).lower;
  return isNameToken(tokens, k) && !CLAUSE_WORDS.has(w) && !LIST_OPENERS.has(w);
}

/** Capitalised words that open a sentence before its subject, not a name's (`In Leeds,`). */
const LIST_OPENERS = new Set(
  "in on at of from for by with after before during last this the a an".split(" "),
);

// (a list of a few names, each a few words: `Dr. Ifeoma Nwachukwu-Hale`)
const LIST_MEMBERS = 6;
const NAME_TOKENS = 5;

/** `written by Okafor alone, who`, `the mayor himself said`: a word that singles out the phrase
 * before it is no part of its name; the phrase ends before it (at token `focus`). */
function beforeFocusWord(
  tokens: readonly Token[],
  focus: number,
  floor: number,
): TokenRange | undefined {
  const prev = tokens[focus - 1];
  if (!prev?.word || prev.quote >= 0 || FOCUS_WORDS.has(prev.lower)) return undefined;
  return nounPhraseBefore(tokens, focus - 1, floor);
}

/**
 * `Two officials who spoke on condition of anonymity said`, `The union local that represents the
 * Lorain employees said`: the phrase before the cue ends a relative clause inside the subject; its
 * antecedent speaks. Not `people who Trump says` or `the claim that the mayor said`, where the
 * clause's own subject does, nor `who gained attention when he yelled` (another clause).
 */
export function relativeAntecedent(
  tokens: readonly Token[],
  np: TokenRange,
  floor: number,
): TokenRange | undefined {
  const head = tokens[np.first] as Token;
  if (np.first === np.last && SUBJECT_PRONOUNS.has(head.lower)) return undefined;
  const owner = whoseAntecedent(tokens, np.first, floor);
  if (owner) return owner;
  // `a commission appointed by President George W. Bush estimated`: a participle and `by`.
  // (`np.first >= 2` first: reading before the first token is slow and throws optimised code away)
  const by = np.first >= 2 ? (tokens[np.first - 1] as Token) : undefined;
  if (by?.lower === "by") {
    const participle = tokens[np.first - 2] as Token;
    if (participle.word && !participle.cap && participle.lower.endsWith("ed"))
      return nounPhraseBefore(tokens, np.first - 3, floor);
  }
  // `A witness who asked not to be named because she works in the arcade said`: a phrase after a
  // preposition is no subject, so the clause before the cue is the relative clause, however long.
  const objectOnly = objectOfPreposition(tokens, np.first - 1);
  const reach = objectOnly ? LONG_RELATIVE_REACH : RELATIVE_REACH;
  for (let w = np.first - 1; w > floor && w >= np.first - reach; w--) {
    const t = tokens[w] as Token;
    if (!t.word || t.quote >= 0) return undefined;
    if (t.lower !== "who" && t.lower !== "that") {
      if (RELATIVE_STOPS.has(t.lower) && !objectOnly) return undefined;
      continue;
    }
    // (`the man who controls that money says`: `that` right after `who` and its verb is the
    // object's determiner; the relative pronoun is further back)
    if (t.lower === "that" && tokens[w - 2]?.lower === "who" && lowerWord(tokens[w - 1])) continue;
    const verb = tokens[w + 1] as Token;
    if (w + 1 === np.first || !relativeVerb(verb, t.lower === "that")) return undefined;
    let antecedent = nounPhraseBefore(tokens, w - 1, floor);
    // `Democrats in Iowa who watched…`: a place after a preposition belongs to the phrase before.
    const prep = antecedent && tokens[antecedent.first - 1];
    const outer =
      prep && PLACE_PREPOSITIONS.has(prep.lower) && prep.quote < 0
        ? nounPhraseBefore(tokens, (antecedent as TokenRange).first - 2, floor)
        : undefined;
    if (antecedent && outer) antecedent = { first: outer.first, last: antecedent.last };
    if (antecedent && t.lower === "who") antecedent = personOf(tokens, antecedent);
    // (`told the union that…`: after a verb, `that` opens what was told)
    const left = antecedent && t.lower === "that" ? tokens[antecedent.first - 1] : undefined;
    if (
      left?.word &&
      !left.cap &&
      !DETERMINERS.has(left.lower) &&
      !SENTENCE_JOINERS.has(left.lower)
    )
      return undefined;
    return antecedent;
  }
  return undefined;
}

/**
 * `records of people who say`: `who` stands for a person, so after a thing's `of` (a lower-case
 * noun that is no role, kin, count or group) it takes the object when that is a person's phrase
 * (a name, a role, `people`); `a spokesman of the council who`, `the ex-wife of Alan Grayson
 * who`, `one of the men who`, `a majority of those who` keep the whole phrase.
 */
export function personOf(tokens: readonly Token[], np: TokenRange): TokenRange {
  for (let p = np.first + 1; p < np.last; p++) {
    if ((tokens[p] as Token).lower !== "of") continue;
    const head = tokens[p - 1] as Token;
    const object = tokens[np.last] as Token;
    const person = object.cap || isRoleWord(object.lower) || HEARERS.has(object.lower);
    return person && isThingNoun(head) ? { first: p + 1, last: np.last } : np;
  }
  return np;
}

/** A lower-case noun that names no person, group or count (`records`, `the ire`). */
function isThingNoun(t: Token): boolean {
  // (`ex-wife`: the last part of a compound is its head)
  const w = t.lower.slice(t.lower.lastIndexOf("-") + 1);
  return (
    t.word &&
    !t.cap &&
    !isRoleWord(w) &&
    !LONE_QUANTIFIERS.has(w) &&
    !LONE_SUBJECTS.has(w) &&
    !DETERMINERS.has(w) &&
    !PRONOUNS.has(w) &&
    !COUNT_NOUNS.has(w)
  );
}

/** Nouns that count or gather people (`dozens of women`, `a majority of voters`). */
const COUNT_NOUNS = new Set(
  "dozen dozens hundreds thousands millions majority minority number handful half percent group".split(
    " ",
  ),
);

/**
 * `Two mayors whose cities would have been joined by the cancelled rail line accused`: the phrase
 * before the cue ends a `whose` clause (no comma before `whose`: that shape is `whoseBefore`'s);
 * the phrase before `whose` speaks. The clause needs a verb of its own before the phrase (a
 * modal, `be`, `have` or an -ed word): in `a woman whose son police say was shot` police speak.
 */
function whoseAntecedent(
  tokens: readonly Token[],
  first: number,
  floor: number,
): TokenRange | undefined {
  let verb = false;
  for (let w = first - 1; w > floor && w >= first - LONG_RELATIVE_REACH; w--) {
    const t = tokens[w] as Token;
    if (!t.word || t.quote >= 0 || RELATIVE_STOPS.has(t.lower) || t.lower === "who")
      return undefined;
    if (t.lower === "whose") {
      // (the word before and the phrase are read at every `whose`: read only after a verb, first
      // at PolNeAR article 659 of the cold round, they were met after the compiler had optimised
      // the callers, which threw that code away)
      const before = tokens[w - 1];
      const phrase = nounPhraseBefore(tokens, w - 1, floor);
      return before?.word && before.quote < 0 && verb ? phrase : undefined;
    }
    if (w < first - 1 && (WHOSE_VERBS.has(t.lower) || t.lower.endsWith("ed"))) verb = true;
  }
  return undefined;
}

/** A verb inside a `whose` clause, before the phrase at the cue: a modal, `be`, `have`, -ed. */
const WHOSE_VERBS: ReadonlySet<string> = new Set([...FINITE_AUXILIARIES, ...BE_FORMS]);

/** Words that a verb follows: modals, and the `to` of an infinitive. */
const VERB_MARKERS = new Set([...MODALS, "to"]);
// How far back a `who`/`that` is sought: a short relative clause (`who watched the debate`), or,
// when the phrase before the cue is a preposition's object and so cannot speak, a long one
// (`who asked not to be named because she works for a shop in the arcade`).
const RELATIVE_REACH = 8;
const LONG_RELATIVE_REACH = 20;
/** Prepositions whose object never reaches into the phrase before them (`a shop in the arcade`). */
const OBJECT_PREPOSITIONS = new Set(
  "in on near into inside outside across through under over behind around beside within".split(" "),
);

/**
 * Whether token `p` is a preposition whose object cannot speak: one of place, or `to`, `with`,
 * `about` after a verb of speaking or writing (`told not to speak to reporters said`, `who wrote
 * to the council said`); after a noun those may join its phrase (`an adviser to the mayor`).
 */
function objectOfPreposition(tokens: readonly Token[], p: number): boolean {
  const t = tokens[p];
  if (!t) return false;
  if (OBJECT_PREPOSITIONS.has(t.lower)) return true;
  if (!ADDRESSEE_PREPOSITIONS.has(t.lower)) return false;
  const verb = tokens[p - 1];
  return !!verb && (SPEAKING_VERBS.has(verb.lower) || CUES.has(verb.lower));
}

const ADDRESSEE_PREPOSITIONS = new Set(["to", "with", "about"]);
/** Verbs of talking that are no reporting cue (they name no words said). */
const SPEAKING_VERBS = new Set(
  "speak speaks spoke spoken speaking talk talks talked talking chat chatted".split(" "),
);
// Subordinators: past one, a relative clause has ended and another clause speaks.
const RELATIVE_STOPS = new Set(
  "when while if because since although though where which whether unless until".split(" "),
);
const SENTENCE_JOINERS = new Set(["and", "but", "so", "yet"]);

/** The verb opening a relative clause: any lower-case word after `who` (`who once studied`), a
 * finite-looking one after `that` (`that represents`), which also opens a reported clause. */
function relativeVerb(t: Token, afterThat: boolean): boolean {
  if (!t.word || t.cap || t.quote >= 0 || DETERMINERS.has(t.lower) || PRONOUNS.has(t.lower))
    return false;
  return !afterThat || /(?:[^s]s|ed)$/.test(t.lower);
}

export function isRoleWord(w: string): boolean {
  return ROLE_HINTS.has(w) || ROLE_SUFFIX.test(w);
}

const ROLE_SUFFIX = /(?:ist|er|or|ian|ant|ent|man|woman|men|women|ee|ive|al|ic|ary|ess|ate)s?$/;

/** `Mayors press state board over rail line; chair says money "is not there"`: a headline drops
 * its articles, so a lone role noun opening the clause after a semicolon or a colon is its subject. */
function headlineRole(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower;
  return (before === ";" || before === ":") && ROLE_HINTS.has((tokens[i] as Token).lower);
}

/** `Rep. Gwen Moore (D-Wis.) said`: the party and state in brackets ending at `end` are not the
 * name; the phrase before them is. */
function beforeParenthesis(
  tokens: readonly Token[],
  end: number,
  floor: number,
): TokenRange | undefined {
  for (let j = end - 1; j >= floor && j >= end - MAX_PARENTHESIS; j--) {
    const t = tokens[j] as Token;
    if (t.quote >= 0) return undefined;
    if (t.lower === "(") return nounPhraseBefore(tokens, j - 1, floor);
  }
  return undefined;
}

// Tokens of a bracketed party and state (`(D-Wis.)`, `(R-N.Y.)`).
const MAX_PARENTHESIS = 8;

/** `A source close to the negotiations`: token `i` is the `to` of `close to`, inside the phrase. */
function closeTo(tokens: readonly Token[], i: number): boolean {
  // (`i > 0` first: a read before the first token throws the optimised code away)
  return i > 0 && tokens[i]?.lower === "to" && CLOSE_WORDS.has(tokens[i - 1]?.lower ?? "");
}

/** Words whose `to` names a relation, not a verb (`close to`, `loyal to`, `next to`), among them
 * roles held for someone (`an aide to the mayor`, `the ambassador to France`). */
const CLOSE_WORDS = new Set(
  (
    "close closer closest loyal next aide aides adviser advisers advisor advisors assistant " +
    "assistants ambassador ambassadors envoy envoys successor heir counsel consultant " +
    "consultants spokesman spokeswoman spokesperson secretary"
  ).split(" "),
);

/** A lower-case word that may be a subject with no determiner: a plural (`officials`) or one of
 * LONE_SUBJECTS (`police`, `one`). */
function isLoneSubject(w: string): boolean {
  return (endsInS(w) && w.length > 3) || LONE_SUBJECTS.has(w);
}

/** `NAME, APPOSITIVE,` before a cue: the name part, else the whole appositive. */
function appositive(
  tokens: readonly Token[],
  comma: number,
  floor: number,
): TokenRange | undefined {
  const j = appositiveStart(tokens, comma, floor);
  if (j < 0) return undefined;
  const appo = { first: j + 1, last: comma - 1 };
  if (appo.last < appo.first) return undefined;
  const known = knownAsName(tokens, appo);
  if (known) return known;
  // `Its candidate there, Della Okafor-Ring,`: an adverb of place or time ends the role phrase.
  const end = ROLE_ADVERBS.has(tokens[j - 1]?.lower ?? "") ? j - 2 : j - 1;
  const name = nounPhraseBefore(tokens, end, floor);
  // `The signers, who include hydrologists, botanists and …, wrote`: the commas are a list's,
  // inside a relative clause; its antecedent speaks.
  // `Critics, including the opposition leader, Ruth Mbeki, say`: the names are examples of
  // the group before `including`, which speaks.
  const opener = name ? tokens[name.first - 1] : undefined;
  if (name && ASIDE_OPENERS.has(opener?.lower ?? "") && tokens[name.first - 2]?.lower === ",")
    return nounPhraseBefore(tokens, name.first - 3, floor);
  if (!name) {
    const described =
      datedRole(tokens, j - 1, floor) ||
      roleInfinitive(tokens, j - 1, floor) ||
      whoseRole(tokens, j - 1, floor);
    return described && isProperName(tokens, appo) ? appo : undefined;
  }
  // `Owen Pike, whose father, Gerald Pike, died …, said`: the name is inside a `whose` clause
  // about the one before it, who speaks.
  const whose = whoseBefore(tokens, name.first - 1, floor);
  if (whose >= 0) return nounPhraseBefore(tokens, whose - 2, floor);
  // `Cory James, 22, of Flint, Mich., said`, `Clinton, during a meeting in Columbus, Ohio, said`:
  // a place after a preposition is part of a longer aside; the name is before it. But after a
  // participle (`One contractor named in the audit, Tallgrass Fiber, said`) the phrase is the
  // subject's own, and a proper name after it names the subject.
  if (PLACE_PREPOSITIONS.has(tokens[name.first - 1]?.lower ?? "")) {
    if (afterParticiple(tokens, name.first - 1) && isProperName(tokens, appo)) return appo;
    return beforeAside(tokens, name.first - 1, floor);
  }
  // `A lawyer for Ridgeway, Camille de Vries, said`: a role of a named body ends in a name, but
  // the role is its head; the person named in the appositive is the one it describes (a full
  // name: one word there is rather a place, `a pastor at the church of Elizabeth, Colorado,`).
  const roleOfName = roleOf(tokens, name) && appo.last > appo.first && isProperName(tokens, appo);
  // `A spokeswoman for Kovar's parent company, Astrana Group, said`: an organisation's name renames
  // the body the role serves, not the role; the role's whole phrase speaks.
  if (roleOfName && renamesBody(tokens, name.last, appo.last))
    return { first: name.first, last: appo.last };
  // `A state lawmaker who represents Pellham, Rep. Yolanda Prentice, said`: the name before the
  // comma is a relative clause's object; the appositive, a full name, names the one the clause
  // describes. (Not `who is a pastor at the church of Elizabeth, Colorado,`: a place.)
  const object = !DETERMINERS.has((tokens[name.first] as Token).lower);
  const fullName = appo.last > appo.first && isProperName(tokens, appo);
  if (object && fullName && inRelativeClause(tokens, name.first)) return appo;
  if ((tokens[name.last] as Token).cap && !roleOfName) return name;
  // `the group's director, Jane Doe, said`: the appositive is the name.
  if ((tokens[appo.first] as Token).cap) return appo;
  return name;
}

/** Whether a lower-case body's noun (`company`) at `noun` is renamed by an organisation's name
 * ending at `nameLast` (`Astrana Group`). */
function renamesBody(tokens: readonly Token[], noun: number, nameLast: number): boolean {
  const t = tokens[noun] as Token;
  return !t.cap && ORG_WORDS.has(t.lower) && ORG_WORDS.has((tokens[nameLast] as Token).lower);
}

/** Whether a `who` comes a verb or two before token `first` (`who represents`, `who has led`). */
function inRelativeClause(tokens: readonly Token[], first: number): boolean {
  for (let k = first; k > 0 && first - k <= RELATIVE_VERB_WORDS; k--) {
    const t = tokens[k - 1] as Token;
    if (t.lower === "who") return true;
    if (!lowerWord(t) || DETERMINERS.has(t.lower)) return false;
  }
  return false;
}

const RELATIVE_VERB_WORDS = 2; // `who has long represented`

/** The `whose` of `, whose NOUN,` ending at the comma `comma` (a few words), or -1. */
function whoseBefore(tokens: readonly Token[], comma: number, floor: number): number {
  if (tokens[comma]?.lower !== ",") return -1;
  for (let k = comma - 1; k > floor && k >= comma - WHOSE_REACH; k--) {
    const t = tokens[k] as Token;
    if (!t.word || t.quote >= 0) return -1;
    if (t.lower === "whose") return tokens[k - 1]?.lower === "," ? k : -1;
  }
  return -1;
}

const WHOSE_REACH = 4; // `whose longtime business partner,`

/** Whether the preposition at `k` follows a lower-case participle (`named in`, `hired by`). */
function afterParticiple(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k - 1]?.lower ?? "";
  return lowerWord(tokens[k - 1]) && /(?:ed|en)$/.test(w) && w.length > 3;
}

/** Whether the phrase's head is a role word before a preposition (`A spokeswoman for the Ministry
 * of Research`, `the head of the FBI`). */
function roleOf(tokens: readonly Token[], r: TokenRange): boolean {
  for (let k = r.first + 1; k <= r.last; k++) {
    const t = tokens[k] as Token;
    if (!NP_PREPOSITIONS.has(t.lower)) continue;
    const head = tokens[k - 1] as Token;
    return head.word && !head.cap && isRoleWord(head.lower);
  }
  return false;
}

/** `Her coach, known in the scene only as Baz, said`: the name the appositive gives the phrase
 * before it, which is who speaks (by the name the story goes on to use). */
function knownAsName(tokens: readonly Token[], appo: TokenRange): TokenRange | undefined {
  if ((tokens[appo.first] as Token).lower !== "known") return undefined;
  let k = appo.last;
  while (k > appo.first && (tokens[k] as Token).cap) k--;
  return k < appo.last && (tokens[k] as Token).lower === "as"
    ? { first: k + 1, last: appo.last }
    : undefined;
}

const PLACE_PREPOSITIONS = new Set(["in", "of", "from", "at", "near", "on"]);
/** Adverbs that may follow a role before its name (`Its candidate there, Della Okafor-Ring,`). */
const ROLE_ADVERBS = new Set(["there", "here", "then", "now"]);
/** Words opening an aside after a phrase that still speaks (`who` clauses, examples). */
const ASIDE_OPENERS = new Set(["who", "including"]);

/**
 * `Its conductor at the time, Viktor Halász,`: a role noun dated by a phrase ending in a time noun
 * (no speaker itself, as a time noun heads no phrase that speaks) names the one in the appositive.
 */
function datedRole(tokens: readonly Token[], end: number, floor: number): boolean {
  const head = tokens[end];
  if (!head?.word || head.cap || !TIME_NOUNS.has(head.lower)) return false;
  for (let k = end - 1; k > floor && k >= end - DATED_REACH; k--) {
    const t = tokens[k] as Token;
    if (!t.word || t.quote >= 0) return false;
    if (!NP_PREPOSITIONS.has(t.lower)) continue;
    const role = tokens[k - 1] as Token;
    return lowerWord(role) && isRoleWord(role.lower);
  }
  return false;
}

const DATED_REACH = 3;

/**
 * `The only trustee to vote no, Rangi Whaanga-Ellis,`: a role noun described by an infinitive
 * (whose last word may end no noun phrase: `no`, `against`, `first`) names the one in the appositive.
 */
function roleInfinitive(tokens: readonly Token[], end: number, floor: number): boolean {
  for (let k = end; k > floor + 1 && k >= end - INFINITIVE_REACH; k--) {
    const t = tokens[k] as Token;
    if (!t.word || t.quote >= 0) return false;
    if (t.lower !== "to") continue;
    const role = tokens[k - 1] as Token;
    return lowerWord(role) && isRoleWord(role.lower);
  }
  return false;
}

const INFINITIVE_REACH = 4; // `to vote no`, `to speak out against`

/**
 * `the Veterinary Council, whose president, Dr. Emeka Ofori-Lindahl, called …`: a role owned by
 * `whose` (a few lower-case words) ending at `end` names the one in the appositive, who is the
 * subject of the relative clause's verb, the cue.
 */
function whoseRole(tokens: readonly Token[], end: number, floor: number): boolean {
  const role = tokens[end];
  if (!lowerWord(role) || !isRoleWord(role.lower)) return false;
  for (let k = end - 1; k > floor && k >= end - WHOSE_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.lower === "whose") return true;
    if (!lowerWord(t)) return false;
  }
  return false;
}

/** Whether the range opens and ends with a capitalised word (`Viktor Halász`). */
export function isProperName(tokens: readonly Token[], r: TokenRange): boolean {
  return !!tokens[r.first]?.cap && !!tokens[r.last]?.cap;
}

/** The name before the aside that holds token `at`: past the comma opening it, a name or a
 * shorter appositive (`Cory James, 22,`); with no comma, the phrase right before the aside. */
function beforeAside(tokens: readonly Token[], at: number, floor: number): TokenRange | undefined {
  for (let k = at - 1; k > floor && at - k < MAX_APPOSITIVE; k--) {
    const t = tokens[k] as Token;
    if (t.quote >= 0) return undefined;
    if (t.lower !== ",") continue;
    const shorter = appositiveNoAside(tokens, k, floor);
    const name = shorter ?? nounPhraseBefore(tokens, k - 1, floor);
    return name && (tokens[name.last] as Token).cap ? name : undefined;
  }
  // (`a woman in Worcester, Massachusetts, said`: no comma opens it; the phrase before the place)
  return nounPhraseBefore(tokens, at - 1, floor);
}

/** `appositive` without looking past another aside (bounded: one step back). */
function appositiveNoAside(
  tokens: readonly Token[],
  comma: number,
  floor: number,
): TokenRange | undefined {
  const j = appositiveStart(tokens, comma, floor);
  if (j < 0) return undefined;
  const name = nounPhraseBefore(tokens, j - 1, floor);
  return name && (tokens[name.last] as Token).cap ? name : undefined;
}

/** The comma opening the appositive that the comma `comma` closes (words and names between,
 * no quotation but a work's title), or -1. */
function appositiveStart(tokens: readonly Token[], comma: number, floor: number): number {
  let j = comma - 1;
  while (j >= floor && comma - j < MAX_APPOSITIVE) {
    const t = tokens[j] as Token;
    if (t.mark === 2) {
      // (`Kwan, whose album "Salt in the Orchard" topped the charts, posted`: a title is a name
      // inside the aside, not words said there)
      const open = titleOpen(tokens, j);
      if (open < 0) return -1;
      j = open - 1;
      continue;
    }
    if (t.quote >= 0) return -1;
    if (t.lower === ",") return j;
    if (!t.word && !isNameToken(tokens, j) && t.lower !== "'" && t.lower !== "-") return -1;
    j--;
  }
  return j >= floor && (tokens[j] as Token).lower === "," ? j : -1;
}

/**
 * The opening mark of the quotation closed at token `close` when it is a work's title inside a
 * noun phrase, else -1: a few words, the first capitalised and the last no punctuation (which
 * would end an utterance), after an article, a possessive or `whose`, and at most one noun
 * (`whose album "Salt in the Orchard"`, `her "Blue Hour" tour`, `Kwan's "Salt"`).
 */
function titleOpen(tokens: readonly Token[], close: number): number {
  const q = (tokens[close] as Token).quote;
  if (!tokens[close - 1]?.word) return -1;
  let open = close - 1;
  while (open > 0 && close - open <= TITLE_WORDS && (tokens[open] as Token).mark !== 1) open--;
  const first = tokens[open + 1];
  if ((tokens[open] as Token).mark !== 1 || (tokens[open] as Token).quote !== q || !first?.cap)
    return -1;
  const before = tokens[open - 1];
  if (!before?.word || before.quote >= 0) return -1;
  if (ownerWord(before)) return open;
  const owner = tokens[open - 2];
  return !before.cap && !!owner && owner.quote < 0 && ownerWord(owner) ? open : -1;
}

const TITLE_WORDS = 8;

/** An article, a possessive determiner, `whose` or a name's possessive (`Kwan's`). */
function ownerWord(t: Token): boolean {
  return TITLE_OWNERS.has(t.lower) || (t.word && t.lower.endsWith("'s"));
}

const TITLE_OWNERS = new Set("the a an his her their its our my your whose".split(" "));

/** The noun phrase starting at token `start`, walking right (`said the two men`, `said Kelly`). */
export function nounPhraseAfter(
  tokens: readonly Token[],
  start: number,
  ceil: number,
): TokenRange | undefined {
  const first = tokens[start];
  if (!first || start > ceil || !first.word || first.quote >= 0) return undefined;
  let det = DETERMINERS.has(first.lower) || /^\d/.test(first.lower);
  if (!first.cap && !det && !PRONOUNS.has(first.lower)) {
    // `library director Anita Feldman`, `spokeswoman Gillian Christensen`: role words, then a name.
    let j = start;
    while (j <= ceil && j < start + 3) {
      const t = tokens[j] as Token;
      if (!t.word || t.cap || CLAUSE_WORDS.has(t.lower)) break;
      j++;
    }
    const name = tokens[j];
    if (j === start || j > ceil || !name?.word || !name.cap || name.quote >= 0) return undefined;
    const rest = nounPhraseAfter(tokens, j, ceil);
    return rest ? { first: start, last: rest.last } : undefined;
  }
  // `Speaking to reporters…`, `When…`: a capital that only starts the sentence (but `Kettering
  // County Executive Anya Lindqvist signed`: an -ing word opening a name).
  if (
    first.cap &&
    !det &&
    (CLAUSE_WORDS.has(first.lower) ||
      (first.lower.endsWith("ing") && !opensName(tokens, start, ceil)))
  )
    return undefined;
  if (PRONOUNS.has(first.lower)) return { first: start, last: start };
  let i = start;
  let lastGood = start;
  let seenCap = first.cap && !det;
  let lower = 0;
  while (i + 1 <= ceil && i + 1 - start < MAX_NP) {
    const t = tokens[i + 1] as Token;
    if (t.quote >= 0) break;
    if (!t.word) {
      if (isNameToken(tokens, i + 1)) {
        i++;
        continue;
      }
      break;
    }
    if (t.cap) {
      if (TIME_WORDS.has(t.lower)) break;
      i++;
      lastGood = i;
      // `The head of Harlow City's civilian police oversight commission`: inside a phrase
      // opened by a determiner, a name's possessive is one too; the phrase goes on in lower case.
      seenCap = !(det && first.cap && t.lower.endsWith("'s"));
      if (!seenCap) lower = 0;
      continue;
    }
    if (t.lower === "and" || NP_PREPOSITIONS.has(t.lower) || t.lower === "by") {
      const n = tokens[i + 2];
      if (n?.word && (n.cap || DETERMINERS.has(n.lower))) {
        i++;
        continue;
      }
      break;
    }
    if (DETERMINERS.has(t.lower) && NP_JOINERS.has((tokens[i] as Token).lower)) {
      // `a report by the city auditor`, `the state's top official and its attorney general`: a
      // new determiner phrase after the preposition or `and`.
      det = true;
      seenCap = false;
      lower = 0;
      i++;
      continue;
    }
    if (CLAUSE_WORDS.has(t.lower) || TIME_WORDS.has(t.lower)) break;
    if (i === start && standsAsSubject(tokens, start)) break;
    // `told the court her client was…`: a determiner after the phrase's noun opens the next one.
    if (lower > 0 && DETERMINERS.has(t.lower)) break;
    // Lower-case words only inside a phrase opened by a determiner (`the two men`), or after a
    // name as its role (`a Homeland Security spokeswoman`).
    if (seenCap && nameParticle(tokens, i + 1)) {
      i++;
      continue;
    }
    if (seenCap ? !roleAfterName(tokens, i + 1) : !det) break;
    if (lower >= MAX_LOWER_WORDS) break;
    if (
      lower > 0 &&
      (t.lower.endsWith("ed") || SIMPLE_PAST.has(t.lower) || verbBeforeObject(tokens, i + 1))
    )
      break;
    lower++;
    i++;
    lastGood = i;
  }
  const head = tokens[lastGood] as Token;
  if (lastGood === start && (TIME_NOUNS.has(head.lower) || MONTH_ABBREVIATIONS.has(head.lower)))
    return undefined;
  return { first: start, last: lastGood };
}

// Lower-case words after a phrase's first (`the two senior policy advisers`): more is a clause.
const MAX_LOWER_WORDS = 4;

/**
 * Whether the lower-case word at `k`, after a name, still belongs to its phrase: a role noun
 * (`a Homeland Security spokeswoman`), a role noun between names (`Concord resident Whit Symms`), a
 * modifier before a role noun (`Police oversight chief`), or one last noun before the clause ends
 * (`Robert Antonacci of the New York delegation.`), but not after a role noun, which ends the
 * phrase (`Police oversight chief quits,`).
 */
function roleAfterName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const after = tokens[k + 1];
  if (ROLE_HINTS.has(t.lower)) return true;
  if (isRoleWord(t.lower) && !!after?.word && after.cap && after.quote < 0) return true;
  if (!!after?.word && !after.cap && ROLE_HINTS.has(after.lower)) return true;
  const final = !after || after.lower === "," || after.lower === "." || after.quote >= 0;
  // (a past tense there is the name's verb: `Ryan waited, telling reporters …`)
  const past = t.lower.endsWith("ed") || SIMPLE_PAST.has(t.lower);
  return final && !past && !ROLE_HINTS.has((tokens[k - 1] as Token).lower);
}

/**
 * `Another posted a photo…`, `Some wrote that…`: a determiner that stands for a noun, followed by
 * an -ed verb and that verb's object, is the subject alone (not `Many affected residents`).
 */
function standsAsSubject(tokens: readonly Token[], start: number): boolean {
  if (!STANDALONE_DETERMINERS.has((tokens[start] as Token).lower)) return false;
  const verb = tokens[start + 1] as Token;
  const object = tokens[start + 2];
  return (
    verb.lower.endsWith("ed") &&
    !!object &&
    (DETERMINERS.has(object.lower) || PRONOUNS.has(object.lower) || object.lower === "that")
  );
}

const STANDALONE_DETERMINERS = new Set(
  "one another some many several both all each most few".split(" "),
);

/**
 * `The notice gives the company…`, `One reader sent us`: after the phrase's noun, a word in -s or
 * a past participle before a determiner or a pronoun is the verb, with its object (not a noun of
 * the phrase).
 */
function verbBeforeObject(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!(endsInS(t.lower) || PAST_PARTICIPLES.has(t.lower)) || !next?.word) return false;
  // (`The letter asks Voss to …`: a verb that takes a person, before a name)
  if (next.cap && next.quote < 0 && PERSON_VERBS.has(t.lower)) return true;
  return DETERMINERS.has(next.lower) || PRONOUNS.has(next.lower);
}

/** Verb forms in -s that take a person as object and are no plural nouns. */
const PERSON_VERBS = new Set(
  "asks tells urges warns accuses blames invites implores informs advises assures reassures".split(
    " ",
  ),
);

/**
 * Whether the capitalised word at `start` begins a run of names that its verb follows
 * (`Kettering County Executive Anya Lindqvist signed`), not a participle's object before the
 * subject at the sentence's start (`Addressing Congress, Obama said`, `Speaking Tuesday`).
 */
function opensName(tokens: readonly Token[], start: number, ceil: number): boolean {
  let k = start + 1;
  while (k <= ceil && k - start < MAX_NP && (isNameToken(tokens, k) || tokens[k]?.lower === "-")) {
    if (TIME_WORDS.has((tokens[k] as Token).lower)) return false;
    k++;
  }
  // (after an opening phrase, `A third official, Kettering County Executive Anya Lindqvist,`,
  // the name may be an appositive that a comma closes)
  const verb = tokens[k];
  if (k === start + 1 || !verb || verb.quote >= 0) return false;
  return verb.word ? !verb.cap : verb.lower === "," && start > 0;
}

/** The subject at the start of the sentence (after openers such as `But` or `Earlier, `). */
export function sentenceSubject(tokens: readonly Token[], ceil: number): TokenRange | undefined {
  let i = datelineEnd(tokens, ceil);
  // Skip an opening adverbial that ends in a comma: within the first few tokens, or further when
  // the sentence opens with a participle or a subordinator (`Speaking at a rally in Iowa on…,`).
  const first = tokens[0];
  const opener = !!first?.cap && (first.lower.endsWith("ing") || SUBORDINATORS.has(first.lower));
  for (let k = 0; k < Math.min(ceil, opener ? 24 : 8); k++) {
    const t = tokens[k] as Token;
    if (t.quote >= 0) {
      if (!opener) break;
      // (an opener may quote: `After saying her foot was "so swollen …," she was`)
      if (t.lower === "," && tokens[k + 1]?.mark === 2) {
        i = k + 2;
        break;
      }
      continue;
    }
    if (t.lower === ",") {
      // `Beck, who has…, intended`: a relative clause follows a subject, never an opener; nor
      // does an appositive (`Maria Lopez, the agency's spokeswoman, declined …`), nor a
      // coordinator (`Ryan endorsed Trump in June, but only after …`: a clause came first).
      if (
        tokens[k + 1]?.lower !== "who" &&
        !CLAUSE_JOINERS.has(tokens[k + 1]?.lower ?? "") &&
        !nameBeforeAppositive(tokens, k, ceil) &&
        !roleBeforeAppositive(tokens, k, ceil) &&
        !subjectBeforeAside(tokens, k) &&
        !participleAside(tokens, k)
      )
        i = opener ? openerEnd(tokens, k, ceil) : k + 1;
      break;
    }
  }
  // (and sentence adverbs with no comma: `Then the mayor delivered …`)
  while (i <= ceil && SUBJECT_OPENERS.has((tokens[i] as Token).lower)) i++;
  i = afterTimeOpener(tokens, i, ceil);
  const np = nounPhraseAfter(tokens, i, ceil);
  return (np && nameAfterRole(tokens, np, ceil)) ?? np;
}

/**
 * `Two weeks ago a parents' group had published …`, `Last month the board voted …`: a time phrase
 * with no comma before the subject (a count and a time noun then `ago`, `earlier`, `later`; or
 * `last`, `this`, `next` and a time noun): the index after it, else `i`.
 */
function afterTimeOpener(tokens: readonly Token[], i: number, ceil: number): number {
  const first = tokens[i];
  const noun = tokens[i + 1];
  const afterNoun = i + 2; // (one sum: a sum first met in the rare branch deoptimises its caller)
  if (afterNoun > ceil || !first?.word || !lowerWord(noun) || !isTimeNoun(noun.lower)) return i;
  if (TIME_DEICTICS.has(first.lower)) return afterNoun;
  const after = tokens[i + 2] as Token;
  return i + 3 <= ceil && lowerWord(after) && TIME_AFTERS.has(after.lower) ? i + 3 : i;
}

const TIME_DEICTICS = new Set(["last", "this", "next"]);
const TIME_AFTERS = new Set(["ago", "earlier", "later", "before"]);

/** `week`, `weeks`: a time noun, singular or plural. */
function isTimeNoun(w: string): boolean {
  return TIME_NOUNS.has(w) || (w.endsWith("s") && TIME_NOUNS.has(w.slice(0, -1)));
}

/** Whether token `k` is a particle inside a name, between capitalised words (`Michery el
 * Soheil`, `Piet van der Molen`). */
function nameParticle(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (t.cap || !NAME_PARTICLES.has(t.lower)) return false;
  let left = k - 1;
  while (left >= 0 && NAME_PARTICLES.has((tokens[left] as Token).lower)) left--;
  let right = k + 1;
  while (right < tokens.length && NAME_PARTICLES.has((tokens[right] as Token).lower)) right++;
  return !!tokens[left]?.cap && !!tokens[right]?.cap && right - left <= 3;
}

const NAME_PARTICLES = new Set(
  "el al de del della di da das do dos du van von der den ter ten bin ibn la le".split(" "),
);

/** A lower-case role noun not in the plural (`director`, `spokesman`). */
function singularRole(t: Token): boolean {
  return !t.cap && !endsInS(t.lower) && isRoleWord(t.lower);
}

/** Conjunctions and adverbs that may open a sentence before its subject, with no comma. */
const SUBJECT_OPENERS = new Set(
  "but and so yet then later still now instead finally soon also".split(" "),
);

/** `the agency's spokeswoman, Maria Lopez, declined`: after a lower-case role phrase, the name set
 * off by commas before the verb names the subject (as before a cue: see `appositive`). */
function nameAfterRole(
  tokens: readonly Token[],
  role: TokenRange,
  ceil: number,
): TokenRange | undefined {
  if ((tokens[role.last] as Token).cap || tokens[role.last + 1]?.lower !== ",") return undefined;
  const name = nounPhraseAfter(tokens, role.last + 2, ceil);
  if (!name) return undefined;
  // (every test below is made for every phrase after the role's comma, and the whole phrase made:
  // made only when the name is set off, first at PolNeAR article 346 of the cold round, they
  // were met after the compiler had optimised sentenceSubject, which threw that code away)
  const setOff = isProperName(tokens, name) && tokens[name.last + 1]?.lower === ",";
  // (`A spokeswoman for Kovar's parent company, Astrana Group, declined`: it renames the body)
  const ofBody = roleOf(tokens, role);
  const renames = renamesBody(tokens, role.last, name.last);
  const verbAfter = lowerWord(tokens[name.last + 2]);
  const whole = { first: role.first, last: name.last };
  if (!setOff) return undefined;
  if (ofBody && renames) return whole;
  return verbAfter ? name : undefined;
}

/** `The response, from the ministry's counsel, X, called …`: a determiner and a noun that is no
 * time (`The next day,` opens a sentence) before the comma at `comma`, then an aside opened by a
 * preposition, are the subject, not an opening adverbial. */
function subjectBeforeAside(tokens: readonly Token[], comma: number): boolean {
  const noun = tokens[comma - 1] as Token;
  return (
    comma <= ASIDE_SUBJECT_WORDS &&
    DETERMINERS.has((tokens[0] as Token).lower) &&
    !TIME_NOUNS.has(noun.lower) &&
    !TIME_WORDS.has(noun.lower) &&
    NP_PREPOSITIONS.has(tokens[comma + 1]?.lower ?? "")
  );
}

const ASIDE_SUBJECT_WORDS = 4; // `The agency's response,`

/** `A spokeswoman for Kovar's parent company, Astrana Group, declined`: a determiner and a role
 * of a body renamed after the comma at `comma` by an organisation's name open the subject, not an
 * adverbial. */
function roleBeforeAppositive(tokens: readonly Token[], comma: number, ceil: number): boolean {
  const body = tokens[comma - 1] as Token;
  // (the cheap tests first: most sentences fail them, and the phrase reader is not cheap)
  if (!DETERMINERS.has((tokens[0] as Token).lower) || body.cap || !ORG_WORDS.has(body.lower))
    return false;
  const name = nounPhraseAfter(tokens, comma + 1, ceil);
  return (
    !!name &&
    renamesBody(tokens, comma - 1, name.last) &&
    roleOf(tokens, { first: 0, last: comma - 1 })
  );
}

/**
 * `Maria Lopez, the agency's spokeswoman, declined …`: a name of two or more capitalised words
 * opening the sentence before the comma at `comma`, then a phrase, a comma and a lower-case word
 * (its verb): the name is the subject, the phrase its appositive.
 */
function nameBeforeAppositive(tokens: readonly Token[], comma: number, ceil: number): boolean {
  // (one word before the comma is rather an opener, `However,`, but not before a reflexive)
  const reflexive = REFLEXIVES.has(tokens[comma + 1]?.lower ?? "");
  if (comma < (reflexive ? 1 : 2)) return false;
  for (let k = 0; k < comma; k++) {
    const t = tokens[k] as Token;
    if (!(t.cap || isNameToken(tokens, k)) || TIME_WORDS.has(t.lower) || CLAUSE_WORDS.has(t.lower))
      return false;
  }
  if (reflexive) return reflexiveAside(tokens, comma + 2, ceil);
  const appositive = nounPhraseAfter(tokens, comma + 1, ceil);
  if (!appositive || tokens[appositive.last + 1]?.lower !== ",") return false;
  const verb = tokens[appositive.last + 2];
  return lowerWord(verb);
}

/** `Silverman, herself a Sanders supporter during the primary, incurred`: after a reflexive, an
 * aside of plain words up to a comma and a lower-case verb describes the name before it. */
function reflexiveAside(tokens: readonly Token[], k: number, ceil: number): boolean {
  for (let j = k; j <= ceil && j < k + REFLEXIVE_ASIDE; j++) {
    const t = tokens[j] as Token;
    if (t.lower === ",") {
      const verb = tokens[j + 1];
      return j > k && lowerWord(verb);
    }
    if (!t.word || t.quote >= 0) return false;
  }
  return false;
}

const CLAUSE_JOINERS = new Set(["but", "and", "yet"]);
const REFLEXIVE_ASIDE = 10; // `herself a Sanders supporter during the primary`

/** `The letter, signed by both officials, asks`: a determiner's phrase, then at the comma `comma`
 * a participle and its `by` or `in`: an aside about the subject, which the phrase is. */
function participleAside(tokens: readonly Token[], comma: number): boolean {
  const first = tokens[0];
  const verb = tokens[comma + 1];
  if (!first || !DETERMINERS.has(first.lower) || !verb?.word || verb.cap) return false;
  return /(?:ed|en)$/.test(verb.lower) && ASIDE_PREPOSITIONS.has(tokens[comma + 2]?.lower ?? "");
}

const ASIDE_PREPOSITIONS = new Set(["by", "in", "on", "last", "this", "after"]);

/**
 * Where the clause after a participle or subordinate opener starts: past the opener's later commas
 * too (`Speaking in Salem, New Hampshire, Trump went…`, `When Mook, Clinton's manager, was asked…,
 * he laughed`) when a name phrase followed by a word (its verb) comes after one; else after the
 * first comma, at `first`.
 */
function openerEnd(tokens: readonly Token[], first: number, ceil: number): number {
  let best = first + 1;
  for (let k = first + 1; k < ceil && k < OPENER_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.quote >= 0) break;
    if (t.lower !== ",") continue;
    const np = nounPhraseAfter(tokens, k + 1, ceil);
    const next = np ? tokens[np.last + 1] : undefined;
    if (np && next?.word && next.quote < 0 && !next.cap && opensPhrase(tokens[k + 1] as Token))
      best = k + 1;
  }
  return best;
}

const OPENER_REACH = 40;

/** A capitalised word, a determiner or a pronoun: what a subject starts with (not `urged`, `that`). */
function opensPhrase(t: Token): boolean {
  if (CLAUSE_WORDS.has(t.lower)) return false;
  return t.cap || DETERMINERS.has(t.lower) || PRONOUNS.has(t.lower);
}

const MAX_DATELINE = 8;

/**
 * `Washington (AFP) – Democrat Hillary Clinton has taken…`, `PHILADELPHIA ― Clinton's campaign
 * said`: a dateline of capitalised words (and an agency in brackets) before a dash opens the
 * sentence; the subject starts after it (0 when there is none).
 */
function datelineEnd(tokens: readonly Token[], ceil: number): number {
  let inBrackets = false;
  for (let k = 0; k < ceil && k < MAX_DATELINE; k++) {
    const t = tokens[k] as Token;
    if (t.quote >= 0) return 0;
    if (t.lower === "(") inBrackets = true;
    else if (t.lower === ")") inBrackets = false;
    else if (DASHES.has(t.lower))
      return k > 0 && !inBrackets && tokens[k + 1]?.cap ? k + 1 : 0; // (not `Christie — who is…`)
    else if (t.word ? !t.cap && !inBrackets : t.lower !== "," && t.lower !== ".") return 0;
  }
  return 0;
}
