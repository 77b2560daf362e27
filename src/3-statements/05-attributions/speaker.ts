// The speaker side of a reporting cue: the subject before it, the inverted subject after it
// (`"…," said Kelly`), the antecedent of a relative clause, the subject past an aside, the one
// quoted (`quoted him as saying`), and the phrases before a cue that are not its speaker (a verb's
// object, a setting, a naming `what`).

import { type Cue, cueInfo, writtenRelative } from "../03-cues.ts";
import { CHANNEL_NOUNS, REACTION_LEMMAS, WRITTEN_NOUNS } from "../lexicon/cues.ts";
import {
  isProperName,
  isRoleWord,
  nounPhraseAfter,
  nounPhraseBefore,
  personOf,
  relativeAntecedent,
  sentenceSubject,
  skipBeforeCue,
  type TokenRange,
} from "../04-speaker-mention.ts";
import {
  CLAUSE_WORDS,
  DETERMINERS,
  OWN_PRONOUNS,
  PRONOUNS,
  SIMPLE_PAST,
  SUBJECT_PRONOUNS,
  TIME_MODIFIERS,
  TIME_NOUNS,
  TIME_WORDS,
} from "../lexicon/words.ts";
import { isDigit, lowerWord, type Token } from "../text.ts";
import { skipAfterCue } from "./after-cue.ts";
import {
  type Attribution,
  CLAUSE_OPENERS,
  closes,
  COORDINATORS,
  isEndPunct,
  opens,
  type SentenceView,
} from "./shared.ts";

/** Whether token `i` closes a quotation that opened the sentence at `floor` (`"…," said X …`). */
function quoteOpensAt(s: SentenceView, i: number, floor: number): boolean {
  const t = s.tokens[i] as Token;
  return t.mark === 2 && opens(s, floor) && (s.tokens[floor] as Token).quote === t.quote;
}

/** Whether only words outside quotations lie between `a`'s clause and token `to` (a few at most). */
function clauseRunsTo(s: SentenceView, a: Attribution, to: number): boolean {
  if (to - a.clause.last > CLAUSE_GAP) return false;
  for (let i = a.clause.last + 1; i < to; i++) if ((s.tokens[i] as Token).quote >= 0) return false;
  return true;
}

const CLAUSE_GAP = 10; // `said Rep. Bobby Scott (D-Va.) at the time, adding`

/** Who a cue's statement is by, and the tokens of the clause naming them with the cue. */
export interface Speaker {
  mention: TokenRange;
  clauseFirst: number;
  clauseLast: number;
  /** Taken from the sentence subject or a coordinated verb (less sure). */
  subjectMention: boolean;
  /** The cue is in a relative clause set off by a comma (`X, who said…, is…`). */
  relative: boolean;
}

/**
 * The speaker mention of a (not `according to`) cue: the sentence subject for a participle or a
 * coordinated verb, the antecedent of `who`, the noun phrase before the cue, or after it when
 * the clause is inverted (`"…," said Kelly.`).
 */
export function speakerOf(
  s: SentenceView,
  cue: Cue,
  floor: number,
  last: number,
  previous: Attribution | undefined,
): Speaker | undefined {
  const { tokens } = s;
  let mention: TokenRange | undefined;
  let clauseFirst = cue.first;
  let clauseLast = cue.last;
  let subjectMention = false;
  let relative = false;
  const b = skipBeforeCue(tokens, cue.first - 1);
  const quoted = quotedSpeaker(tokens, cue, floor);
  if (quoted) return quoted;
  if (cue.participle) {
    // `"…," she said, adding that…`: the participle goes on with the clause just before it.
    mention = previous && clauseRunsTo(s, previous, cue.first) ? previous.mention : undefined;
    mention ??= coordinateSubject(tokens, b, floor) ?? sentenceSubject(tokens, b - 1);
    // `After saying her foot was "so swollen …," she was …`: the participle's phrase opens the
    // sentence; its subject comes after it.
    if (!mention && b === 0) mention = sentenceSubject(tokens, last);
    subjectMention = true;
  } else {
    if (
      b >= floor &&
      ((tokens[b] as Token).lower === "and" || (tokens[b] as Token).lower === "but")
    ) {
      // (`"…," Smith said, and added that …`: the verb goes on with the clause just before it;
      // `telling CNN that … and questioning how …`: two participles joined share their subject)
      mention =
        previous &&
        (clauseRunsTo(s, previous, cue.first) || joinedParticiples(tokens, previous, cue))
          ? previous.mention
          : (subordinateSubject(tokens, b - 1, floor) ??
            pronounSubject(tokens, b - 1) ??
            sentenceSubject(tokens, b - 1));
      subjectMention = true;
    } else if (b >= floor && previous?.mention && relativeAfterSource(tokens, b, previous)) {
      // `according to the forecast office, which said …`: the source just named speaks again.
      mention = previous.mention;
      clauseFirst = b;
      relative = true;
    } else if (b >= floor && relativeAfterName(tokens, b, cue)) {
      const antecedent = antecedentSpeaker(tokens, b, floor);
      if (!antecedent) return undefined;
      ({ mention, clauseFirst, relative } = antecedent);
    } else if (b >= floor) {
      return accepted(s, cue, speakerBefore(s, cue, b, floor, last, previous));
    } else if (cue.first === 0) {
      // Inverted at the start: `Said Dorothy Poynter, who grew up with Ali, "…"`, `Stated Stone:`.
      const inverted = invertedSpeaker(s, cue, last, true);
      if (inverted) ({ mention, clauseLast } = inverted);
    }
  }
  if (!mention) return undefined;
  return accepted(s, cue, { mention, clauseFirst, clauseLast, subjectMention, relative });
}

/** `speaker`, unless the cue is a noun after its mention (`a false claim`: see `nounAfterArticle`)
 * or reacts to the quotation rather than says it (see `reactsToAntecedent`). */
function accepted(s: SentenceView, cue: Cue, speaker: Speaker | undefined): Speaker | undefined {
  if (!speaker || nounAfterArticle(s.tokens, cue, speaker.mention)) return undefined;
  return reactsToAntecedent(s, cue, speaker.mention) ? undefined : speaker;
}

/**
 * The speaker of a cue with words of the sentence before it (`b`, the last of them past the cue's
 * auxiliaries and adverbs): the phrase there, its antecedent, the subject behind a verb's object
 * or a setting phrase, or, after a comma, a quotation or a dash, the inverted name after the cue.
 */
function speakerBefore(
  s: SentenceView,
  cue: Cue,
  b: number,
  floor: number,
  last: number,
  previous: Attribution | undefined,
): Speaker | undefined {
  const { tokens } = s;
  let clauseFirst = cue.first;
  let clauseLast = cue.last;
  let subjectMention = false;
  let mention: TokenRange | undefined =
    beforeParticiple(tokens, b, floor) ??
    nounPhraseBefore(tokens, b, floor) ??
    antecedentPastClause(tokens, b, floor);
  // (not for an -ing cue, which itself modifies the phrase before it, `a letter urging`, nor for a
  // cue that is a noun after its article, `to answer a straightforward question`)
  // (most phrases have no participle, infinitive or agent close before them: asked first, so the
  // other tests and the walk's function are called for few mentions, too few to be compiled)
  if (
    mention &&
    modifierNear(tokens, mention.first - 1, floor) &&
    !(tokens[cue.first] as Token).lower.endsWith("ing") &&
    !nounAfterArticle(tokens, cue, mention)
  )
    mention = modifiedSubject(tokens, mention, floor) ?? mention;
  const antecedent = mention && relativeAntecedent(tokens, mention, floor);
  const other =
    mention &&
    !antecedent &&
    (objectSubject(tokens, cue, mention) ?? namerSubject(tokens, cue, mention));
  const setting =
    mention && !antecedent && !other
      ? beforePrepositionalPhrase(tokens, mention, floor)
      : undefined;
  const subject = other ?? setting;
  if (subject) {
    // (`"…," a voice-over in the ad states`: a phrase right after the quotation starts the
    // clause, so that the quotation before it is the content)
    const opener = setting ? tokens[setting.first - 1] : undefined;
    if (opener && (opener.lower === "," || opener.mark === 2)) clauseFirst = subject.first;
    mention = subject;
    subjectMention = true;
  } else if (mention) {
    // (the clause starts at the phrase before the cue, so that words before the antecedent
    // are not read as a tail clause's content; but at the antecedent after `that` or a cue,
    // where an earlier report holds this one: `said that a commission appointed by …
    // estimated that`, `said a traffic study commissioned by … had found that`)
    clauseFirst = roleBefore(tokens, mention, floor) ?? mention.first;
    mention = antecedent ?? mention;
    const opener = tokens[mention.first - 1];
    if (opener && (opener.lower === "that" || cueInfo(opener))) clauseFirst = mention.first;
  } else if ((tokens[b] as Token).lower === "," || closes(s, b) || dashAside(tokens, b)) {
    // Inverted: `"…," said Kelly.` The name must end the clause, unless the quotation opens
    // the sentence (`"…," said Jo Doe when asked about…`): then nothing else can be said.
    const inverted = invertedSpeaker(s, cue, last, false, quoteOpensAt(s, b, floor));
    if (inverted) ({ mention, clauseLast } = inverted);
    else mention = beforeRelativeClause(tokens, b, floor);
    if (!mention && (mention = afterRelative(s, previous, b))) clauseFirst = b;
    if (!mention && (tokens[b] as Token).lower === ",") {
      mention = asideSubject(tokens, b, floor, cue.last, last);
      subjectMention = !!mention;
    }
  }
  return mention
    ? { mention, clauseFirst, clauseLast, subjectMention, relative: false }
    : undefined;
}

/**
 * `Saranathan's post ended with a line that employees quickly mocked on social media: "…"`: a
 * reaction verb in a relative clause whose gap is its object (`a line that employees mocked`),
 * with only a preposition's phrase before the colon and the quotation: the quotation is the thing
 * reacted to, the antecedent, not the reacting subject's words.
 */
function reactsToAntecedent(s: SentenceView, cue: Cue, mention: TokenRange): boolean {
  // (the colon first: most sentences have none, and it is a comparison, not a lookup)
  if (s.colonBeforeQuote <= cue.last || !REACTION_LEMMAS.has(cue.info.lemma)) return false;
  const { tokens } = s;
  const relative = tokens[mention.first - 1];
  const antecedent = tokens[mention.first - 2];
  if (relative?.lower !== "that" && relative?.lower !== "which") return false;
  if (!antecedent?.word || antecedent.cap || antecedent.quote >= 0) return false;
  if (CLAUSE_WORDS.has(antecedent.lower) || cueInfo(antecedent)) return false;
  // nothing but a preposition's phrase between the cue and the colon: the verb has no object
  const next = tokens[cue.last + 1] as Token;
  return cue.last + 1 === s.colonBeforeQuote || REACTION_SETTINGS.has(next.lower);
}

/** Words opening where or when a reaction was made (`mocked on social media`, `mocked online`). */
const REACTION_SETTINGS = new Set(["on", "in", "at", "online", "during", "across", "over"]);

/**
 * `The coroner investigating the death of X has found`, `Doctors treating the miners said`, `The
 * firm hired by the council to audit the accounts said`: the phrase before the cue is the object
 * of a participle or an infinitive that follows the subject's noun (a reduced relative clause);
 * the noun that opens the clause speaks. Walks back over a few such links (and the prepositional
 * phrases inside them); undefined unless one is crossed and a phrase opening the clause is reached.
 * (Asked only when modifierNear finds a word it needs.)
 */
function modifiedSubject(
  tokens: readonly Token[],
  np: TokenRange,
  floor: number,
): TokenRange | undefined {
  let phrase: TokenRange | undefined = np;
  let crossed = false;
  for (let link = 0; link < MODIFIER_LINKS && phrase; link++) {
    if (phrase.first - 1 <= floor) return undefined; // (no read before the first token)
    // (`the death of 17-year-old Joaquín`: an age before the name; a subtraction met every time,
    // not a decrement met now and then, which threw the optimised code away)
    const k = phrase.first - 1 - (isAge(tokens[phrase.first - 1]) ? 1 : 0);
    if (k <= floor) return undefined;
    const t = tokens[k] as Token;
    if (!t.word || t.cap || t.quote >= 0) return undefined;
    let end: number;
    const participle = participleBefore(tokens, k, phrase);
    const infinitive = !participle && infinitiveAt(tokens, k);
    if (OBJECT_PREPOSITIONS.has(t.lower) || participle) end = k - 1;
    else if (infinitive)
      end = k - 2; // `the last man to mount a race`
    else if (t.lower === "by" && isPastParticiple(tokens[k - 1])) end = k - 2;
    else return undefined;
    crossed ||= end < k - 1 || participle;
    phrase = nounPhraseBefore(tokens, end, floor);
    // (before an infinitive, only a noun with its determiner: `Mr. Rhodes sought to`, `It's
    // funny to watch` are a verb and an adjective)
    if (infinitive && phrase && !DETERMINERS.has((tokens[phrase.first] as Token).lower))
      return undefined;
    if (crossed && phrase && opensClause(tokens, phrase, floor)) return phrase;
  }
  return undefined;
}

const MODIFIER_LINKS = 4;

/** Whether an -ing word, `to` or `by` stands among the words (no mark between) ending at `from`. */
function modifierNear(tokens: readonly Token[], from: number, floor: number): boolean {
  for (let j = from; j > floor && j >= from - MODIFIER_REACH; j--) {
    const t = tokens[j] as Token;
    if (!t.word) return false;
    if (t.lower === "to" || t.lower === "by" || t.lower.endsWith("ing")) return true;
  }
  return false;
}

const MODIFIER_REACH = 12;
const OBJECT_PREPOSITIONS = new Set(["of", "into", "in", "on", "for", "at", "from", "about"]);
/** -ing words that are prepositions, not participles (`including`, `following`). */
const ING_PREPOSITIONS = new Set(
  "including during regarding concerning following according excluding considering pending barring".split(
    " ",
  ),
);

/**
 * Whether token `k` is an -ing participle after a noun taking `object` (`doctors treating the
 * miners`): the object opens with a determiner, a name or a number, for a bare noun after an -ing
 * word is a compound (`hacking specialists`, `training slides`).
 */
function participleBefore(tokens: readonly Token[], k: number, object: TokenRange): boolean {
  const w = (tokens[k] as Token).lower;
  if (w.length < 5 || !w.endsWith("ing") || w.includes("-") || ING_PREPOSITIONS.has(w))
    return false;
  const noun = tokens[k - 1];
  if (!noun?.word || noun.quote >= 0 || DETERMINERS.has(noun.lower) || noun.lower === "to")
    return false;
  const first = tokens[object.first] as Token;
  return DETERMINERS.has(first.lower) || first.cap || isDigit(first.lower.charCodeAt(0));
}

/** `the last man to mount`: an infinitive after a noun (not after a verb: `sought to clarify`). */
function infinitiveAt(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k] as Token;
  if (tokens[k - 1]?.lower !== "to" || DETERMINERS.has(verb.lower)) return false;
  const noun = tokens[k - 2];
  if (!noun?.word || noun.cap || noun.quote >= 0) return false;
  const w = noun.lower;
  return !(w.endsWith("ed") || w.endsWith("ing") || SIMPLE_PAST.has(w) || CLAUSE_WORDS.has(w));
}

function isPastParticiple(t: Token | undefined): boolean {
  return !!t?.word && !t.cap && t.quote < 0 && t.lower.length > 4 && t.lower.endsWith("ed");
}

/** `17-year-old`: an age written as an adjective. */
function isAge(t: Token | undefined): boolean {
  return !!t?.word && isDigit(t.lower.charCodeAt(0)) && t.lower.endsWith("-old");
}

/** Whether the phrase opens its clause: at the floor, after a mark, `that`, `and` or a cue. */
function opensClause(tokens: readonly Token[], np: TokenRange, floor: number): boolean {
  if (np.first <= floor) return true;
  const before = tokens[np.first - 1] as Token;
  if (!before.word) return before.lower !== "(";
  return (
    before.lower === "that" || before.lower === "and" || before.lower === "but" || !!cueInfo(before)
  );
}

/**
 * `A city audit released Thursday found that`, `A report published on Monday said`, `Residents
 * interviewed said`: a participle (and its date) right before the cue, after a noun, describes
 * the phrase before it, which speaks (undefined when no such participle ends at `b`).
 */
function beforeParticiple(
  tokens: readonly Token[],
  b: number,
  floor: number,
): TokenRange | undefined {
  let p = b;
  const day = tokens[p] as Token;
  if (TIME_WORDS.has(day.lower) || TIME_NOUNS.has(day.lower)) {
    p--;
    if (tokens[p]?.lower === "on" || TIME_MODIFIERS.has(tokens[p]?.lower ?? "")) p--;
  }
  const participle = tokens[p];
  if (p <= floor || !participle?.word || participle.cap || participle.quote >= 0) return undefined;
  if (!participle.lower.endsWith("ed") || participle.lower.length < 5) return undefined;
  const noun = tokens[p - 1] as Token;
  if (!noun.word || noun.quote >= 0 || PARTICIPLE_NOT_AFTER.has(noun.lower)) return undefined;
  if (DETERMINERS.has(noun.lower) || PRONOUNS.has(noun.lower)) return undefined;
  return nounPhraseBefore(tokens, p - 1, floor);
}

/** Words before an -ed word that make it a verb or an adjective of the phrase, not a participle
 * after its noun (`has released`, `was injured`, `newly elected`). */
const PARTICIPLE_NOT_AFTER = new Set(
  "has have had is was are were be been being not never newly recently also who that which".split(
    " ",
  ),
);

/**
 * `An aide who was not authorized to speak publicly said`: a relative clause ending in a word that
 * ends no noun phrase (an adverb, an adjective, a verb) before the cue; its antecedent speaks.
 */
function antecedentPastClause(
  tokens: readonly Token[],
  b: number,
  floor: number,
): TokenRange | undefined {
  const t = tokens[b] as Token;
  if (!t.word || t.cap || t.quote >= 0) return undefined;
  // (the walk for the relative pronoun starts at `b`, as if a phrase began after it)
  return relativeAntecedent(tokens, { first: b + 1, last: b + 1 }, floor);
}

/**
 * `…, and a spokesman, Ken Obi, added that`: the role phrase before a name set off by commas is
 * part of the clause naming the speaker (where the report before it ends); its first token, or
 * undefined.
 */
function roleBefore(tokens: readonly Token[], name: TokenRange, floor: number): number | undefined {
  if (tokens[name.first - 1]?.lower !== "," || tokens[name.last + 1]?.lower !== ",")
    return undefined;
  const role = nounPhraseBefore(tokens, name.first - 2, floor);
  if (!role || (tokens[role.last] as Token).cap || !isRoleWord((tokens[role.last] as Token).lower))
    return undefined;
  return role.first;
}

/**
 * `Jane Doe, who said she…`: the speaker is the antecedent of the relative pronoun at `b`. A name
 * right before `, who` first: an appositive reading from the comma walks back to an earlier comma
 * (`Domestically, … from President Barack Obama, who called`); a role right before it is an
 * appositive (`John Smith, an architect, who said`).
 */
function antecedentSpeaker(
  tokens: readonly Token[],
  b: number,
  floor: number,
): { mention: TokenRange; clauseFirst: number; relative: boolean } | undefined {
  const comma = tokens[b - 1]?.lower === ",";
  const near = nounPhraseBefore(tokens, comma ? b - 2 : b - 1, floor);
  const named = near && (tokens[near.last] as Token).cap;
  let mention =
    (named ? near : undefined) ??
    (comma ? nounPhraseBefore(tokens, b - 1, floor) : undefined) ??
    near;
  if (!mention) return undefined;
  if ((tokens[b] as Token).lower === "who") mention = personOf(tokens, mention);
  // (`should reassure head teachers who worried that…`: a restrictive clause belongs to the
  // phrase, which an earlier report's content keeps; its clause starts at `who`)
  return { mention, clauseFirst: comma ? mention.first : b, relative: comma };
}

/**
 * `The newspaper quoted him as saying…`: the one quoted is the speaker of the `as` cue, not the
 * outlet quoting (undefined unless a quoting verb, its object and `as` come right before the cue).
 */
function quotedSpeaker(tokens: readonly Token[], cue: Cue, floor: number): Speaker | undefined {
  if (tokens[cue.first - 1]?.lower !== "as") return undefined;
  const last = cue.first - 2;
  for (let v = last - 1; v >= floor && v >= last - QUOTED_REACH; v--) {
    const t = tokens[v] as Token;
    if (!t.word || t.quote >= 0) return undefined;
    if (!QUOTING.has(t.lower)) continue;
    const mention = { first: v + 1, last };
    return {
      mention,
      clauseFirst: v,
      clauseLast: cue.last,
      subjectMention: false,
      relative: false,
    };
  }
  return undefined;
}

const QUOTING = new Set(["quoted", "quotes", "quoting", "cited", "cites", "citing"]);
// The quoting verb's object before `as` is one short phrase (`him`, `a senior official`, `the
// former chief executive`).
const QUOTED_REACH = 6;

/**
 * `A faulty signal that showed green…`, `a false claim`: a cue word in its base form right after
 * `a` or `an` and one more word is that phrase's noun; a singular subject would take `signals`.
 */
function nounAfterArticle(tokens: readonly Token[], cue: Cue, np: TokenRange): boolean {
  const word = tokens[cue.first] as Token;
  if (np.last !== cue.first - 1 || np.last !== np.first + 1 || word.lower !== cue.info.lemma)
    return false;
  const article = (tokens[np.first] as Token).lower;
  const middle = tokens[np.last] as Token;
  return (article === "a" || article === "an") && !middle.cap && !SHARES.has(middle.lower);
}

/** `a third say`, `a majority say`: a share of a plural takes the plural verb. */
const SHARES = new Set(
  "few third quarter fifth half majority minority plurality number handful lot".split(" "),
);

/**
 * Whether token `b` is a relative pronoun whose antecedent may speak: `who`, `that` or `which`
 * after a written thing's noun (`a memo that accuses`), or `which` right after a capitalised
 * name and its comma when a report follows the cue (`the Veskland Research Council, which said
 * in a statement that…`, `the Boston Globe, which concluded there are…`; not `…, which said a
 * lot`, where `which` is the clause before, nor `ISIS, which claimed responsibility`, `…, which
 * writes the rules`, a verb and its object).
 */
function relativeAfterName(tokens: readonly Token[], b: number, cue: Cue): boolean {
  const t = tokens[b] as Token;
  if (t.lower === "who") return true;
  if (writtenRelative(tokens, b)) return true;
  if (t.lower !== "which" || t.quote >= 0 || tokens[b - 1]?.lower !== ",") return false;
  const name = tokens[b - 2];
  if (!name?.word || name.quote >= 0) return false;
  if (!name.cap) return writtenBy(tokens, b - 2);
  const next = tokens[cue.last + 1];
  const says = cue.info.lemma === "say"; // (one test: a second, met rarely, deoptimised speakerOf)
  if (says || !next?.word) return says;
  return next.lower === "that" || next.cap || PRONOUNS.has(next.lower);
}

/**
 * `a 2023 report by the museum's trustees, which found that…`: the phrase ending at token `end`
 * is the author of a written thing named just before (`which` stands for the thing, whose
 * finding is its authors').
 */
function writtenBy(tokens: readonly Token[], end: number): boolean {
  for (let j = end - 1; j > 0 && end - j <= AUTHOR_WORDS; j--) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0) return false;
    if (t.lower === "by") return WRITTEN_NOUNS.has((tokens[j - 1] as Token).lower);
  }
  return false;
}

// (an author's phrase after `by`: `the museum's board of trustees`)
const AUTHOR_WORDS = 6;

/** Whether token `b` is `, which` or `, who` right after the source of an `according to` just
 * before (`according to the regional forecast office, which said`). */
function relativeAfterSource(tokens: readonly Token[], b: number, previous: Attribution): boolean {
  const t = tokens[b] as Token;
  if (!previous.cue.according) return false;
  if ((t.lower !== "which" && t.lower !== "who") || t.quote >= 0) return false;
  return tokens[b - 1]?.lower === "," && previous.mention?.last === b - 2;
}

const RELATIVES = new Set(["who", "which", "that", "whom", "whose"]);
const BE = new Set(["is", "was", "are", "were", "has", "had", "have"]);

/**
 * `Gunnhild Sorvik, a critic who reviewed "…" for this newspaper, said the…`, `A report it
 * published in March, based on 800 leases, found that…`: an aside too long or too quoted to read
 * as an appositive sits between the sentence's subject and its cue; the subject speaks, when the
 * cue reports something after it.
 */
function asideSubject(
  tokens: readonly Token[],
  comma: number,
  floor: number,
  cueLast: number,
  last: number,
): TokenRange | undefined {
  const next = tokens[cueLast + 1];
  if (!next || cueLast + 1 > last || isEndPunct(next) || !next.word) return undefined;
  const first = tokens[floor] as Token;
  if (!first.word || first.quote >= 0 || !(first.cap || DETERMINERS.has(first.lower)))
    return undefined;
  const np = nounPhraseAfter(tokens, floor, comma - 1);
  if (!np) return undefined;
  // `A report it published`: a pronoun after the noun opens a relative clause. (A new range, not
  // the phrase's changed: a field written after it was made slows every reader of its kind.)
  const subject =
    np.last > np.first && PRONOUNS.has((tokens[np.last] as Token).lower)
      ? { first: np.first, last: np.last - 1 }
      : np;
  // The aside opens with a comma of its own after the subject; a verb before it (`Clinton's
  // rhetoric was milder than her aides', who, on a call, criticized…`) makes a clause of its own.
  let opened = false;
  for (let k = subject.last + 1; k < comma; k++) {
    const t = tokens[k] as Token;
    if (t.quote >= 0) continue;
    if (t.lower === ",") return subject;
    if (RELATIVES.has(t.lower)) opened = true;
    else if (!opened && BE.has(t.lower)) return undefined;
  }
  return undefined;
}

/**
 * `such as when Cruz knocked Rubio on trade and called him "…"`, `started the rant when he brought
 * it up and later said`: a verb coordinated inside a subordinate clause shares that clause's
 * subject, not the sentence's (undefined when no subordinator opens a clause before `end`).
 */
function subordinateSubject(
  tokens: readonly Token[],
  end: number,
  floor: number,
): TokenRange | undefined {
  for (let j = end - 1; j >= floor && j >= end - SUBORDINATE_REACH; j--) {
    const t = tokens[j] as Token;
    // (`when I asked him, he looked … and said`: past a comma the subordinate clause has ended)
    if (t.quote >= 0 || t.lower === "," || t.lower === ";" || t.lower === ":") return undefined;
    if (t.cap || !SUBORDINATE_OPENERS.has(t.lower)) continue;
    const np = nounPhraseAfter(tokens, j + 1, end);
    const head = np ? (tokens[np.last] as Token) : undefined;
    const verb = np ? tokens[np.last + 1] : undefined;
    if (!np || !head || !(head.cap || PRONOUNS.has(head.lower))) return undefined;
    return lowerWord(verb) ? np : undefined;
  }
  return undefined;
}

const SUBORDINATE_REACH = 25;

/**
 * `It said the operator, Oderline, had "…" and asked …`: a subject pronoun and its verb open the
 * sentence, and the verb coordinated after them shares that subject, not a name in an appositive
 * of the first verb's content (the pronoun, else undefined).
 */
function pronounSubject(tokens: readonly Token[], ceil: number): TokenRange | undefined {
  const first = tokens[0] as Token;
  return ceil > 1 && SUBJECT_PRONOUNS.has(first.lower) && lowerWord(tokens[1])
    ? { first: 0, last: 0 }
    : undefined;
}

/**
 * `The Chamber said that …, while the Merchants Alliance backed the mayor, saying …`: a participle
 * after a clause coordinated by `, while` (`, but`, `, and`, `, whereas`) goes with that clause's
 * subject, a name, pronoun or role followed by its verb (undefined when no such clause ends at the
 * comma `b` before the participle).
 */
function coordinateSubject(
  tokens: readonly Token[],
  b: number,
  floor: number,
): TokenRange | undefined {
  if (tokens[b]?.lower !== ",") return undefined;
  for (let j = b - 1; j > floor && j >= b - COORDINATE_REACH; j--) {
    const t = tokens[j] as Token;
    if (t.quote >= 0 || t.lower === ";" || t.lower === ":") return undefined;
    // (the comma may end a quotation before the coordinator: `would "drive shoppers away," while`)
    const before = tokens[j - 1] as Token;
    if (t.cap || !CLAUSE_COORDINATORS.has(t.lower) || !(before.lower === "," || before.mark === 2))
      continue;
    const np = nounPhraseAfter(tokens, j + 1, b - 1);
    const head = np ? (tokens[np.last] as Token) : undefined;
    const verb = np ? tokens[np.last + 1] : undefined;
    if (!np || !head || !(head.cap || PRONOUNS.has(head.lower) || isRoleWord(head.lower)))
      return undefined;
    return lowerWord(verb) && np.last + 1 < b ? np : undefined;
  }
  return undefined;
}

const COORDINATE_REACH = 20;
const CLAUSE_COORDINATORS = new Set(["while", "whereas", "but", "and", "yet"]);
/** Words opening a subordinate clause (`when`, `because`). */
export const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set([
  "when",
  "after",
  "before",
  "because",
  "while",
  "since",
  "as",
]);

/** Whether the cue, an -ing form after `and`/`but`, joins the participle cue of `previous`. */
function joinedParticiples(tokens: readonly Token[], previous: Attribution, cue: Cue): boolean {
  return previous.cue.participle && (tokens[cue.first] as Token).lower.endsWith("ing");
}

/**
 * `Ban Ki-moon condemned what he called a "brazen breach"`, `Clinton says she appreciated … what she
 * calls "…"`: the pronoun naming inside `what … calls` is the sentence's subject, who chose the
 * words; the subject's name is the speaker (undefined when the sentence has no other subject).
 */
function namerSubject(tokens: readonly Token[], cue: Cue, np: TokenRange): TokenRange | undefined {
  if (!cue.info.needsQuote || np.first !== np.last || tokens[np.first - 1]?.lower !== "what")
    return undefined;
  if (!OWN_PRONOUNS.has((tokens[np.first] as Token).lower)) return undefined;
  const subject = sentenceSubject(tokens, np.first - 2);
  return subject && subject.last < np.first - 1 ? subject : undefined;
}

/**
 * `She released a statement saying…`, `carrying signs saying…`, `sent an email to supporters
 * stating…`: an -ing cue after a verb's object tells what the object says, and in `made the
 * following comment:` the cue word is the object's own head; the speaker is the sentence's subject
 * (undefined when the phrase before the cue is no such object).
 */
function objectSubject(tokens: readonly Token[], cue: Cue, np: TokenRange): TokenRange | undefined {
  const verb = tokens[np.first - 1];
  const ing = (tokens[cue.first] as Token).lower.endsWith("ing");
  if (!(ing || modifiesCue(tokens, np)) || !verb?.word || verb.cap) return undefined;
  // (`with McCain calling it…`, `hours after a memo from its chief executive telling…`: after a
  // preposition the phrase is the one speaking)
  if (
    verb.quote >= 0 ||
    COORDINATORS.has(verb.lower) ||
    CLAUSE_OPENERS.has(verb.lower) ||
    ING_SUBJECT_PREPOSITIONS.has(verb.lower)
  )
    return undefined;
  const subject = sentenceSubject(tokens, np.first - 2);
  return subject && subject.last < np.first - 1 ? subject : undefined;
}

/** Prepositions whose object, before an -ing cue, is that cue's subject, not a verb's object. */
const ING_SUBJECT_PREPOSITIONS = new Set(["with", "after", "before", "from", "of", "for", "amid"]);

/**
 * `Trump in his announcement speech called…`, `but in a later interview said…`: a phrase after a
 * preposition of place or time right before the cue is where, not who; the speaker is the name
 * before the preposition (the sentence subject after a conjunction, the phrase before a participle
 * that leads to it). Undefined when none is there.
 */
function beforePrepositionalPhrase(
  tokens: readonly Token[],
  np: TokenRange,
  floor: number,
): TokenRange | undefined {
  const prep = tokens[np.first - 1];
  if (!prep?.word || prep.cap || !SETTING_PREPOSITIONS.has(prep.lower)) return undefined;
  const left = tokens[np.first - 2];
  if (!left?.word || left.quote >= 0) return undefined;
  if (left.lower === "and" || left.lower === "but") {
    const subject = sentenceSubject(tokens, np.first - 3);
    return subject && subject.last < np.first - 2 ? subject : undefined;
  }
  // `Protesters marching through the streets chanted`: a participle phrase after the subject.
  if (!left.cap && left.lower.endsWith("ing") && left.lower.length > 4)
    return nounPhraseBefore(tokens, np.first - 3, floor);
  // (`A spokesman in the mayor's office said`: a role noun before the preposition is a phrase too,
  // and so is any phrase that opens the clause after a quotation: `"…," a voice-over in the ad
  // states`)
  if (left.cap || PRONOUNS.has(left.lower) || isRoleWord(left.lower))
    return nounPhraseBefore(tokens, np.first - 2, floor);
  if (!breakNear(tokens, np.first - 3)) return undefined; // (no walk for most phrases)
  const before = nounPhraseBefore(tokens, np.first - 2, floor);
  const opener = before ? tokens[before.first - 1] : undefined;
  return opener && ((opener.lower === "," && opener.quote < 0) || opener.mark === 2)
    ? before
    : undefined;
}

/** Whether a comma or a closing quotation mark lies among the few tokens ending at `k` (where a
 * short phrase before a setting phrase may open the clause). */
function breakNear(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j >= 0 && j >= k - 3; j--) {
    const t = tokens[j] as Token;
    if ((t.lower === "," && t.quote < 0) || t.mark === 2) return true;
  }
  return false;
}

const SETTING_PREPOSITIONS = new Set(["in", "on", "during", "at", "through", "outside", "across"]);

/**
 * `Sanders made the following comment:`, `delivered a snappy retort:`: an article and an adjective
 * before the cue word make it a noun (the object's head), not a verb with its subject.
 */
function modifiesCue(tokens: readonly Token[], np: TokenRange): boolean {
  if (np.last !== np.first + 1) return false;
  const article = tokens[np.first] as Token;
  const word = tokens[np.last] as Token;
  return ARTICLES.has(article.lower) && !word.cap && ADJECTIVE.test(word.lower);
}

const ARTICLES = new Set(["a", "an", "the", "his", "her", "their", "its"]);
const ADJECTIVE = /(?:ing|ive|ful|ous|ial|ic|ppy|tty|sty|rsh|ong|ear)$/;

/**
 * The name after an inverted cue (`said Kelly`), which must end the clause; one opening the sentence
 * may end in a colon or a relative clause before its quotation (`Said Jo Doe, who…, "…"`).
 */
function invertedSpeaker(
  s: SentenceView,
  cue: Cue,
  last: number,
  atStart: boolean,
  quoteOpened = false,
): { mention: TokenRange; clauseLast: number } | undefined {
  const { tokens } = s;
  // (`"…," told X` is not English: after `told` comes the hearer)
  if (cue.info.hearer) return undefined;
  const np = nounPhraseAfter(tokens, cue.last + 1, last);
  if (!np || makesMedium(tokens, cue, np)) return undefined;
  const mention = { first: np.first, last: nounTail(tokens, np.last, last) };
  const named = appositiveName(tokens, mention, last);
  if (named) return { mention: named, clauseLast: named.last };
  if (quoteOpened) return { mention, clauseLast: mention.last };
  const after = skipAfterCue(tokens, mention.last + 1, last).next;
  const t = after <= last ? tokens[after] : undefined; // (no read past the end)
  if (!t || isEndPunct(t) || t.lower === "—" || t.lower === "(")
    return { mention, clauseLast: mention.last };
  // `"Meh," wrote a supporter who runs the account.`: a relative clause describes the speaker.
  if (!atStart && t.lower === "who" && closes(s, cue.first - 1))
    return { mention, clauseLast: mention.last };
  if (t.lower === ",") {
    if (!atStart || opens(s, after + 1)) return { mention, clauseLast: mention.last };
    const close = relativeClauseEnd(s, after + 1, last);
    return close < 0 ? undefined : { mention, clauseLast: close - 1 };
  }
  if (atStart && t.lower === ":") return { mention, clauseLast: mention.last };
  return undefined;
}

/**
 * `Kwan, …, posted a short video from her tour bus.`: a verb that makes its medium (`posted`,
 * `wrote`) takes a phrase headed by a noun of that medium as its object, the thing made; it names
 * no speaker. (`said the statement`, `reports a new study` do: neither verb makes its medium.)
 */
function makesMedium(tokens: readonly Token[], cue: Cue, np: TokenRange): boolean {
  const medium = cue.info.channel;
  if (!medium || !cue.info.makesMedium) return false;
  let head = np.last;
  for (let i = np.first + 1; i <= np.last; i++)
    if (OBJECT_JOINERS.has((tokens[i] as Token).lower)) {
      head = i - 1;
      break;
    }
  const t = tokens[head] as Token;
  return !t.cap && CHANNEL_NOUNS.get(t.lower) === medium;
}

/** Words after the head of a made thing's phrase (`a video from her bus`, `a letter to staff`). */
const OBJECT_JOINERS = new Set(["of", "from", "to", "for", "on", "about", "with", "in"]);

/**
 * `"…," said its owner, Ferdinand Osei-Bram.`: after a role phrase, the name set off by a comma
 * (then the clause's end or another comma) names the speaker, as it does before the cue (`Its
 * owner, Ferdinand Osei-Bram, said`); not a day (`said the mayor, Tuesday`).
 */
function appositiveName(
  tokens: readonly Token[],
  role: TokenRange,
  last: number,
): TokenRange | undefined {
  // (a role phrase opens and ends in lower case, `another Twitter user`; `voter Stephanie Hooton
  // of Derry, N.H.` is a name with its place)
  const head = tokens[role.last] as Token;
  if ((tokens[role.first] as Token).cap || head.cap || !head.word) return undefined;
  if (tokens[role.last + 1]?.lower !== ",") return undefined;
  const first = tokens[role.last + 2];
  if (!first || TIME_WORDS.has(first.lower) || TIME_NOUNS.has(first.lower)) return undefined;
  const name = nounPhraseAfter(tokens, role.last + 2, last);
  if (!name || !isProperName(tokens, name)) return undefined;
  const end = tokens[name.last + 1];
  return !end || isEndPunct(end) || end.lower === "," ? name : undefined;
}

/**
 * `Trump, who has told aides he sees…, said in his formal statement:`: the cue right after the
 * first comma past a relative clause's report (where `endAtMainVerb` ends it) is the sentence's
 * own verb; the antecedent speaks. (The relative clause is no content before this cue's clause.)
 */
function afterRelative(
  s: SentenceView,
  previous: Attribution | undefined,
  comma: number,
): TokenRange | undefined {
  if (!previous?.relative || s.tokens[comma]?.lower !== ",") return undefined;
  for (let k = previous.clause.last + 1; k < comma; k++) {
    const t = s.tokens[k] as Token;
    if (t.lower === "," && t.quote < 0) return undefined;
  }
  return previous.mention;
}

/** `Dr Evans — who has studied the virus — warned`: a dash closing an aside before the cue. */
function dashAside(tokens: readonly Token[], b: number): boolean {
  const t = tokens[b] as Token;
  return t.quote < 0 && ASIDE_DASHES.has(t.lower);
}

// Em and en dashes set off an aside (DASHES also holds the hyphen, which joins a compound).
const ASIDE_DASHES = new Set(["—", "–"]);

/**
 * `Clinton, who called Sanders after the race, told…`, `Dr Evans — who has studied it — warned`:
 * the name before a relative clause that ends at the comma (or dash) `end` before the cue and
 * opens with the same mark.
 */
function beforeRelativeClause(
  tokens: readonly Token[],
  end: number,
  floor: number,
): TokenRange | undefined {
  const closer = (tokens[end] as Token).lower;
  for (let j = end - 1; j > floor && j >= end - MAX_RELATIVE; j--) {
    const t = tokens[j] as Token;
    if (t.quote >= 0 || t.lower === closer) return undefined;
    if (t.lower === "who" && (tokens[j - 1] as Token).lower === closer)
      return nounPhraseBefore(tokens, j - 2, floor) ?? beforeAge(tokens, j - 2, floor);
  }
  return undefined;
}

/**
 * `One of the riders, Ana Silva, 38, who…`: a person's age set off by commas after the name
 * (token `age`); the name before it, not a descriptor before the name, is who the clause is about.
 */
function beforeAge(tokens: readonly Token[], age: number, floor: number): TokenRange | undefined {
  const t = tokens[age];
  if (!t || !isDigit(t.lower.charCodeAt(0)) || t.lower.length > 3) return undefined;
  if (tokens[age - 1]?.lower !== ",") return undefined;
  const name = nounPhraseBefore(tokens, age - 2, floor);
  return name && isProperName(tokens, name) ? name : undefined;
}

/**
 * `said a former senior law enforcement official.`: the lower-case words that end a name phrase
 * longer than the phrase walk takes, when nothing but the clause's end follows them.
 */
function nounTail(tokens: readonly Token[], end: number, last: number): number {
  let j = end + 1;
  while (j <= last && j <= end + MAX_TAIL) {
    const t = tokens[j] as Token;
    if (!t.word || t.cap || t.quote >= 0 || isFunctionWord(t.lower)) break;
    j++;
  }
  const stop = tokens[j];
  const ends = !stop || stop.lower === "," || stop.lower === "." || stop.lower === "—";
  return j > end + 1 && ends ? j - 1 : end;
}

const MAX_TAIL = 3;

/** Clause, coordinating and time words: none ends a name phrase. */
function isFunctionWord(w: string): boolean {
  return (
    CLAUSE_WORDS.has(w) ||
    COORDINATORS.has(w) ||
    TIME_WORDS.has(w) ||
    TIME_NOUNS.has(w) ||
    TIME_MODIFIERS.has(w)
  );
}

/** The comma closing `who grew up with Ali,` when a quotation opens right after it, or -1. */
function relativeClauseEnd(s: SentenceView, k: number, last: number): number {
  const { tokens } = s;
  if (tokens[k]?.lower !== "who") return -1;
  for (let j = k + 1; j < last && j <= k + MAX_RELATIVE; j++) {
    const t = tokens[j] as Token;
    if (t.quote >= 0) return -1;
    if (t.lower === ",") return opens(s, j + 1) ? j : -1;
  }
  return -1;
}

const MAX_RELATIVE = 20;
