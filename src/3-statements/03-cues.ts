// Finding reporting verbs and phrases (`said`, `told reporters`, `according to`) among a sentence's
// tokens, leaving out words inside quotations and non-reporting uses (`the report`, `is said to`).

import { BE_FORMS } from "../lexicon/grammar.ts";
import {
  CHANNEL_NOUNS,
  CUES,
  buildCueInfo,
  type CueInfo,
  PARTICIPLES_ONLY,
  WRITTEN_NOUNS,
} from "./lexicon/cues.ts";
import { ABBREVIATIONS } from "./lexicon/abbreviations.ts";
import { DETERMINERS, LONE_QUANTIFIERS, LONE_SUBJECTS, NEGATIONS } from "./lexicon/words.ts";
import { isRoleWord, skipBeforeCue } from "./04-speaker-mention.ts";
import { endsInS, isDigit, lowerWord, type Token } from "./text.ts";

export interface Cue {
  /** First and last token of the cue (inclusive). */
  first: number;
  last: number;
  info: CueInfo;
  /** `according to X`: the speaker follows. */
  according: boolean;
  /** An -ing form after a comma (`…, writing that`): the speaker is the sentence's subject. */
  participle: boolean;
}

/** `by saying`, `after adding`: an -ing cue after these reports what the sentence's subject said
 * (opening the sentence too: `After saying…, she was…` has its subject after). */
const PARTICIPLE_OPENERS = new Set(["by", "after", "before", "while", "when", "upon", "since"]);

/** `went on to say`, `continued to insist`: an infinitive that does report. */
const CONTINUERS = new Set(["on", "continued", "continues", "went"]);
const ACCORDING = buildCueInfo("according to", { bare: true });

/** The cue words and `according`, looked up by a token's characters. */
const CUE_TABLE: ReadonlyMap<string, CueInfo> = new Map([...CUES, ["according", ACCORDING]]);

/** The reporting verb a token is, if any (not `according`, which needs its `to`). */
export function cueInfo(t: Token): CueInfo | undefined {
  const info = CUE_TABLE.get(t.lower);
  return info === ACCORDING ? undefined : info;
}

/** The cues among `tokens`, looked for at `cueWords`: the indices, in order, of the tokens that
 * may be cue words (the tokeniser lists them). */
export function findCues(tokens: readonly Token[], cueWords: readonly number[]): Cue[] {
  const cues: Cue[] = [];
  let cueEnd = -1; // the last token of the cue found last (its particle or `to`)
  for (let c = 0; c < cueWords.length; c++) {
    const i = cueWords[c] as number;
    const t = tokens[i] as Token;
    if (i <= cueEnd || t.quote >= 0) continue;
    const info = CUE_TABLE.get(t.lower);
    if (!info) continue;
    if (info === ACCORDING) {
      const next = tokens[i + 1];
      if (next && next.lower === "to" && next.quote < 0) {
        cues.push({ first: i, last: i + 1, info: ACCORDING, according: true, participle: false });
        cueEnd = i + 1;
      }
      continue;
    }
    // Capitalised mid-sentence it is a name or a title (`States`, `Post`), not a verb; but a past
    // form after a comma and before a lower-case word is one (`Murphy, the head of X, Tweeted on`).
    if (t.cap && i > 0) {
      const before = (tokens[i - 1] as Token).lower;
      if (before !== '"' && before !== "(" && !capitalisedVerb(tokens, i)) continue;
    }
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    if (nounAfterDeterminer(tokens, i) || pluralAfterPossessive(tokens, i)) continue;
    if (modifiesTitle(tokens, i, info) || participleBeforeNoun(tokens, i)) continue;
    // (`never publicly said`; not past a comma: `Amis, who voted no, said`)
    if (prev && (NEGATIONS.has(prev.lower) || (prev.word && prev2 && NEGATIONS.has(prev2.lower))))
      continue;
    if (inMedium(tokens, i) || gerundNoun(tokens, i)) continue;
    // An infinitive (`declined to say`, `is said to show`, `wants to tell`) reports nothing yet.
    if (prev?.lower === "to" && !(prev2 && CONTINUERS.has(prev2.lower))) continue;
    const next = tokens[i + 1];
    // A passive reports nothing: `is said to be`, `was reported to have` is hearsay with no
    // speaker, and the subject of a passive `told` is the hearer (`until they were told it was
    // safe`); not the progressive `is promising to`, `was pledging to`, which reports.
    const passive = !!prev && BE_FORMS.has(prev.lower) && !t.lower.endsWith("ing");
    // (and a passive of a verb that makes its medium has the thing made as its subject: `the
    // notes were written months after the fact`, `the video was posted on Monday`)
    if (passive && (next?.lower === "to" || info.hearer || info.makesMedium)) continue;
    // `who asked not to be named`, `asked to remain anonymous`: a request, no report.
    if (info.lemma === "ask" && (next?.lower === "to" || next?.lower === "not")) continue;
    if (info.lemma === "add" && addsAThing(next, tokens[i + 2])) continue;
    if (info.makesMedium && madeThingEnds(tokens, i + 1)) continue;
    let last = i;
    if (info.particle) {
      if (next?.lower !== info.particle) continue;
      last = i + 1;
    }
    const participle =
      t.lower.endsWith("ing") &&
      !!prev &&
      (afterComma(tokens, skipBeforeCue(tokens, i - 1)) ||
        (i > 0 && PARTICIPLE_OPENERS.has(prev.lower) && prev.quote < 0));
    cues.push({ first: i, last, info, according: false, participle });
    cueEnd = last;
  }
  return cues;
}

/**
 * `two months after writing the memo.`, `she wrote a letter, and …`: a verb that makes its medium,
 * with that written thing as its object and nothing after it in the clause, made a document and
 * reports nothing here (nor before a participle that reports: `wrote a letter saying …`).
 */
function madeThingEnds(tokens: readonly Token[], k: number): boolean {
  const first = tokens[k];
  if (!lowerWord(first) || !(DETERMINERS.has(first.lower) || first.lower.endsWith("'s")))
    return false;
  for (let j = k + 1; j <= k + MADE_THING_WORDS; j++) {
    const t = tokens[j];
    if (!lowerWord(t)) return false;
    if (!WRITTEN_NOUNS.has(t.lower) && !CHANNEL_NOUNS.has(t.lower)) continue;
    const after = tokens[j + 1];
    if (!after) return true;
    // (`wrote a letter saying …`: the participle reports, for the same subject)
    const participle = after.lower.endsWith("ing") && CUE_TABLE.has(after.lower);
    return after.quote < 0 && (CLAUSE_ENDS.has(after.lower) || participle);
  }
  return false;
}

const MADE_THING_WORDS = 3; // `the six-page memo`, `a short written statement`
const CLAUSE_ENDS = new Set([".", ",", ";", "!", "?", "and", "but", ")"]);

/** A capitalised past form after a comma, a lower-case word after it: a verb, not a name. */
export function capitalisedVerb(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    tokens[i - 1]?.lower === "," &&
    (tokens[i] as Token).lower.endsWith("ed") &&
    !!next?.word &&
    !next.cap &&
    next.quote < 0
  );
}

/**
 * `Her challenger, state Sen. Dmitri Halvorsen, declined`: a cue's base form with no subject
 * before it (after a comma, a determiner or nothing) and right before a capitalised title (`Sen.`,
 * `Attorney General`) modifies it; an inverted clause has a finite form there (`said Sen. …`),
 * or a plural title after `say` (`say Sens. …`), and `analysts say Mr. Putin …` has its subject.
 */
function modifiesTitle(tokens: readonly Token[], i: number, info: CueInfo): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (t.lower !== info.lemma || !next?.cap || next.quote >= 0 || endsInS(next.lower)) return false;
  // (both tests run whenever a base form has a capitalised word after it: with the title's test
  // behind the words-before one, it was first met only after findCues was optimised, which threw
  // that code away, twice on PolNeAR)
  const dotted = tokens[i + 2]?.lower === ".";
  const title = isRoleWord(next.lower) || (ABBREVIATIONS.has(next.lower) && dotted);
  const prev = i > 0 ? tokens[i - 1] : undefined; // (a read before the first token deoptimises)
  const free = !prev || prev.lower === "," || prev.lower === "(" || DETERMINERS.has(prev.lower);
  return title && free;
}

/** `added it by hand`, `added them to the list`: `it` or `them` after `add` and before a phrase
 * of where or how is a thing put somewhere, not words reported (`added it was late` reports). */
function addsAThing(next: Token | undefined, after: Token | undefined): boolean {
  if (!next || (next.lower !== "it" && next.lower !== "them")) return false;
  return !!after && (PLACING_WORDS.has(after.lower) || after.lower === ".");
}

const PLACING_WORDS = new Set("to by in on at into onto under beside below above".split(" "));

/** `a 31-page written order`: a participle-only form with no auxiliary before it, before a
 * written thing's or a medium's noun, is an adjective; so it is before any noun right after a
 * determiner or a measure (`a six-page written rebuttal`, `her sworn answers`). */
function participleBeforeNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!PARTICIPLES_ONLY.has(t.lower) || !next?.word || next.cap || next.quote >= 0) return false;
  const prev = (i > 0 ? tokens[i - 1]?.lower : undefined) ?? ""; // (as in modifiesTitle)
  if (BE_FORMS.has(prev) || HAVE_FORMS.has(prev)) return false;
  if (WRITTEN_NOUNS.has(next.lower) || CHANNEL_NOUNS.has(next.lower)) return true;
  // (`of ignoring written warnings`, `despite written promises`: an -ing verb or a preposition
  // takes the phrase as its object, of which the participle is an adjective)
  const objectTaker = (prev.endsWith("ing") && prev.length > 4) || OBJECT_PREPOSITIONS.has(prev);
  if (DETERMINERS.has(prev) || isNumber(prev) || prev.includes("-") || objectTaker) return true;
  return ownerBeforeAdjective(tokens, i, next);
}

/**
 * `the ministry's written reply`: a possessive before the participle is its noun's owner, the
 * participle an adjective; unless `'s` is `has` with the verb's object or adverb after it
 * (`the ministry's written to`, `she's written twice`).
 */
function ownerBeforeAdjective(tokens: readonly Token[], i: number, next: Token): boolean {
  if (!possessiveBefore(tokens, i)) return false;
  const w = next.lower;
  // (an adverb: `she's written widely`, not `reply`)
  const adverb = w.length > 5 && w.endsWith("ly");
  return !(AFTER_HAS_WRITTEN.has(w) || DETERMINERS.has(w) || isNumber(w) || adverb);
}

/** Whether token `i` follows a possessive (`council's`, `the players'`), not a contraction. */
function possessiveBefore(tokens: readonly Token[], i: number): boolean {
  return afterApostropheS(tokens, i) && !CONTRACTED_SUBJECTS.has((tokens[i - 1] as Token).lower);
}

/** `she's`, `that's`: `'s` after these is `has` or `is`, never a possessive. */
const CONTRACTED_SUBJECTS = new Set(
  "he's she's it's who's that's there's here's what's where's".split(" "),
);

/** Words that follow a verb's `has written` rather than an adjective's noun. */
const AFTER_HAS_WRITTEN = new Set(
  "to that about in on at by for of with it them him her us me back again off up out down".split(
    " ",
  ),
);

const OBJECT_PREPOSITIONS = new Set(["of", "about", "with", "without", "despite", "for"]);

const HAVE_FORMS = new Set(["has", "have", "had", "having"]);

/**
 * `the report`, `his statement`, `the 35 states`: the cue word at `i` is a noun after its
 * determiner or number. (`her` is also an object, `one` and `another` stand alone, and `with her
 * says` or `"…," one wrote` has no noun: `says`, `told` never are; nor has `a memo that accuses`.)
 */
function nounAfterDeterminer(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || !(DETERMINERS.has(prev.lower) || isNumber(prev.lower))) return false;
  return !standsAlone(prev, tokens[i] as Token) && !writtenRelative(tokens, i - 1);
}

/**
 * `the council's questions`, `the players' claims`: a cue word ending in `s` after a possessive is
 * a plural noun (`'s` as `has` or `is` takes no `-s` verb after it).
 */
function pluralAfterPossessive(tokens: readonly Token[], i: number): boolean {
  return (tokens[i] as Token).lower.endsWith("s") && afterApostropheS(tokens, i);
}

/** Whether token `i` follows a word ending in `'s` or a plural's `'` (`council's`, `players'`). */
function afterApostropheS(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (prev.word) return prev.lower.endsWith("'s");
  const owner = tokens[i - 2];
  return (
    prev.lower === "'" && !!owner?.word && owner.end === prev.start && owner.lower.endsWith("s")
  );
}

/**
 * `said in a preliminary report published…`, `wrote in a recent post`, `in a Facebook post`: a
 * preposition, a determiner and one word (a name too) before a medium's noun make that noun the
 * medium, not a verb.
 */
function inMedium(tokens: readonly Token[], i: number): boolean {
  if (i < 3 || !CHANNEL_NOUNS.has((tokens[i] as Token).lower)) return false;
  const word = tokens[i - 1] as Token;
  const det = tokens[i - 2] as Token;
  const prep = tokens[i - 3] as Token;
  return word.word && DETERMINERS.has(det.lower) && MEDIUM_PREPOSITIONS.has(prep.lower);
}

const MEDIUM_PREPOSITIONS = new Set(["in", "on", "via", "through", "from"]);

/**
 * `acknowledged under questioning that`, `during questioning`: after a preposition that opens no
 * participle's clause (unlike `by saying`, `after telling`), an -ing word is a noun, the act,
 * with no subject or content of its own.
 */
export function gerundNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prep = tokens[i - 1];
  return !!prep && t.lower.endsWith("ing") && prep.quote < 0 && GERUND_PREPOSITIONS.has(prep.lower);
}

const GERUND_PREPOSITIONS = new Set(["under", "during", "at", "via", "through", "despite"]);

/** `a memo that accuses`, `the report which found`: token `i` is a relative pronoun after a
 * written thing's noun, its antecedent, which speaks (so `that` there is no determiner). */
export function writtenRelative(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // (no read before the first token: it throws the optimised code away)
  return !!t && RELATIVE_THAT.has(t.lower) && i > 0 && isWrittenNoun(tokens[i - 1]);
}

function isWrittenNoun(t: Token | undefined): boolean {
  return lowerWord(t) && WRITTEN_NOUNS.has(t.lower);
}

const RELATIVE_THAT = new Set(["that", "which"]);

/** `studied with her says`, `"…," one wrote`: `her` as an object, `one` or `another` as a
 * subject, before a verb form no noun shares. */
function standsAlone(prev: Token, t: Token): boolean {
  const lone = LONE_SUBJECTS.has(prev.lower) || LONE_QUANTIFIERS.has(prev.lower);
  return (prev.lower === "her" || lone) && ONLY_VERBS.has(t.lower);
}

const ONLY_VERBS = new Set(["said", "says", "told", "tells", "wrote", "writes"]);

/**
 * A comma at token `i`, or a closing quotation mark with the comma inside it (`maniacal," adding`);
 * the caller has stepped back over set-off adverbs (`…, recently telling`), maybe to before the first
 * token.
 */
function afterComma(tokens: readonly Token[], i: number): boolean {
  if (i < 0) return false;
  const t = tokens[i] as Token;
  if (t.lower === ",") return true;
  return t.mark === 2 && tokens[i - 1]?.lower === ",";
}

/** `35`, `1,200`: a counted noun follows (not `34-year-old`, a noun itself, which a verb may follow). */
function isNumber(w: string): boolean {
  // (a digit first before the regex: most words before a cue word are not numbers)
  // (and a length first: the character past the end is a read V8 deoptimises on)
  return w.length > 0 && isDigit(w.charCodeAt(0)) && NUMBER.test(w);
}

const NUMBER = /^\d[\d,.]*$/;
