// The content side of a reporting cue: where what was reported starts and ends, after the cue
// (`said (that) …`), before it (a tail `…, X said`), or around it (a parenthetical).

import { BE_FORMS, FINITE_AUXILIARIES } from "../../lexicon/grammar.ts";
import type { Range } from "../01-sentences.ts";
import { type Cue, cueInfo } from "../03-cues.ts";
import { isRoleWord, nounPhraseAfter, opensCount, type TokenRange } from "../04-speaker-mention.ts";
import {
  CLAUSE_WORDS,
  DETERMINERS,
  PREP_PHRASE,
  PRONOUNS,
  REFLEXIVES,
  TIME_NOUNS,
  TIME_WORDS,
} from "../lexicon/words.ts";
import { endsInLy, endsInS, isDigit, type Token } from "../text.ts";
import { skipAfterCue, skipHearer, TIME_PHRASE_WORDS } from "./after-cue.ts";
import {
  type Attribution,
  CLAUSE_OPENERS,
  closes,
  COORDINATORS,
  isEndPunct,
  make,
  nonEmpty,
  opens,
  range,
  type SentenceView,
  trimEnd,
} from "./shared.ts";
import { SUBORDINATE_OPENERS, type Speaker } from "./speaker.ts";

/**
 * `wrote to the mine's management that …`, `said to reporters that`: a verb that takes its content
 * bare names whom it addressed after `to`; a `that` soon after opens the content (the `that`'s
 * index, else `to`, for the phrase readers after: not `responded to accusations that`, not bare).
 */
function addresseeThat(tokens: readonly Token[], to: number, last: number): number {
  const that = skipHearer(tokens, to + 1, last);
  return that > to + 1 && tokens[that]?.lower === "that" ? that : to;
}

/**
 * A headline (no end punctuation) whose cue is not `say` or `tell`: headlinese drops articles and
 * `that`, so what follows such a verb may be its object (`Both camps claim governor's race`,
 * `Chancellor warns students as …`); a clause there must show its verb (see `verbAhead`).
 */
function headlineObject(tokens: readonly Token[], cue: Cue): boolean {
  const end = tokens[tokens.length - 1];
  const lemma = cue.info.lemma;
  return !!end && end.quote < 0 && end.word && lemma !== "say" && lemma !== "tell";
}

/** `the posts to be returned`: a phrase opened by a determiner, then `to be` within a few words. */
function passiveAfter(tokens: readonly Token[], k: number, last: number): boolean {
  if (!DETERMINERS.has(tokens[k]?.lower ?? "")) return false;
  for (let j = k + 1; j < last && j <= k + PASSIVE_OBJECT_WORDS; j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0) return false;
    if (t.lower === "to") return tokens[j + 1]?.lower === "be";
  }
  return false;
}

const PASSIVE_OBJECT_WORDS = 5; // `the carved cedar house posts`

/**
 * `its panel, which the letter says recommended a ban`: a relative word right before the cue's
 * subject is the subject of the reported clause, which then opens with its finite verb (a past in
 * -ed, a present in -s) right after the cue.
 */
function subjectGap(
  tokens: readonly Token[],
  mention: TokenRange | undefined,
  next: Token | undefined,
): boolean {
  const relative = mention ? tokens[mention.first - 1] : undefined;
  if (!relative || !GAP_RELATIVES.has(relative.lower) || !next?.word || next.cap) return false;
  // (the subject a phrase: `the letter`, `the family`, a name, a pronoun)
  const first = tokens[(mention as TokenRange).first] as Token;
  if (!(first.cap || DETERMINERS.has(first.lower) || PRONOUNS.has(first.lower))) return false;
  const w = next.lower;
  return next.quote < 0 && w.length > 3 && (w.endsWith("ed") || endsInS(w));
}

const GAP_RELATIVES = new Set(["which", "who"]);

/**
 * `blamed officials for enacting…`: where the content opened by the cue's preposition starts, the
 * cue's object right after the clause (`clauseLast + 1`), or -1 when no such preposition follows
 * within ten words. (Apart from withContents so that its code is smaller: a function is optimised
 * after running an amount of code that grows with its size.)
 */
function prepositionObject(
  tokens: readonly Token[],
  cue: Cue,
  k: number,
  last: number,
  clauseLast: number,
): number {
  for (let j = k; j <= last && j < k + 10; j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0) break;
    if (t.lower === cue.info.preposition) return clauseLast + 1;
    // `The letter asked for the posts to be returned`: a passive infinitive after `for` and a
    // phrase asks for what is to be done to it; the content starts at the phrase.
    if (cue.info.preposition === "to" && t.lower === "for" && passiveAfter(tokens, j + 1, last))
      return j + 1;
    // (`asked whether the UK would have to wait`: the `to` of a request follows its object,
    // not a clause, nor `asked for anonymity to speak`; but `urged them not to`)
    if (
      cue.info.preposition === "to" &&
      t.lower !== "not" &&
      (CLAUSE_WORDS.has(t.lower) || t.lower === "for")
    )
      break;
  }
  return -1;
}

/** The attribution of a cue and its speaker, with the contents around the clause. */
export function withContents(
  norm: string,
  s: SentenceView,
  cue: Cue,
  speaker: Speaker,
  floor: number,
  last: number,
  nextCue: number,
): Attribution | undefined {
  const { tokens } = s;
  const { mention, clauseFirst, clauseLast, subjectMention } = speaker;
  const contents: Range[] = [];
  let tail = false;
  let colon = false;
  // What follows the clause.
  let k = clauseLast + 1;
  if (cue.info.hearer) k = skipHearer(tokens, k, last);
  else if (cue.info.bare && tokens[k]?.lower === "to") k = addresseeThat(tokens, k, last);
  // where a content opened by the cue's preposition starts (-1: none opens one)
  const objectFirst = cue.info.preposition
    ? prepositionObject(tokens, cue, k, last, clauseLast)
    : -1;
  const afterPreposition = objectFirst >= 0;
  const skip = skipAfterCue(tokens, k, last);
  k = skip.next;
  const hasThat = skip.that;
  const before = clauseFirst - 1;
  const precededByBreak =
    !cue.participle &&
    before >= floor &&
    ((tokens[before] as Token).lower === "," ||
      closes(s, before) ||
      (tokens[before] as Token).lower === "—");

  const nextTok = tokens[k];
  const atEnd = k > last || isEndPunct(nextTok as Token);
  const naming = !!cue.info.needsQuote && !hasThat && !afterPreposition;
  // `"…," she said after reading…`: after a closed quote only `that` opens a second content.
  // What comes before may be an opening phrase (`On Tuesday's episode of "The Show,"`), where
  // the report was made: content only when the clause after the cue goes on from it (below).
  const adverbialBefore =
    precededByBreak && opensWithPhrase(s, floor) && !clauseAfterOpener(tokens, floor, before);
  const quoteBefore = precededByBreak && closes(s, before) && !adverbialBefore;
  const gap = subjectGap(tokens, mention, nextTok);
  const rightStarts =
    !!nextTok &&
    !atEnd &&
    (hasThat ||
      gap ||
      (!quoteBefore &&
        (afterPreposition ||
          opens(s, k) ||
          naming ||
          ((cue.info.bare || cue.according) &&
            (startsContent(cue, nextTok, tokens[k + 1]) || verbAhead(tokens, k, last))))));
  // `In July, she says, the lid flew open`: a clause after the cue's comma goes on from the opening
  // phrase, which is then the report's too; a quotation after the comma stands on its own
  const clauseAfter = nextTok?.lower === "," && !!tokens[k + 1]?.word && !opens(s, k + 1);
  if (precededByBreak && !rightStarts && (!adverbialBefore || clauseAfter)) {
    const inverted = !!mention && mention.first > cue.last;
    tail = tailContents(norm, s, floor, before, k, last, atEnd, inverted, contents);
  } else if (k <= last) {
    const t = tokens[k] as Token;
    if (t.lower === ":") {
      if (k === last) colon = true;
      else contents.push(range(norm, (tokens[k + 1] as Token).start, s.end));
    } else if (t.lower === ",") {
      // `As The Daily Caller reported, the creator "gave…"`: an `as` clause reports what follows.
      if (k < last && (opens(s, k + 1) || asClause(tokens, clauseFirst, floor)))
        contents.push(range(norm, (tokens[k + 1] as Token).start, s.end));
    } else if (isEndPunct(t)) {
      // nothing follows
    } else if (naming) {
      const first = tokens[clauseLast + 1];
      if (first) contents.push(range(norm, first.start, s.end));
    } else if (
      hasThat ||
      gap ||
      afterPreposition ||
      opens(s, k) ||
      cue.info.bare ||
      cue.according
    ) {
      // A bare complement should start like a clause: not with a preposition or an `-ed` word.
      if (
        hasThat ||
        gap ||
        opens(s, k) ||
        afterPreposition ||
        (!headlineObject(tokens, cue) && startsContent(cue, t, tokens[k + 1])) ||
        verbAhead(tokens, k, last)
      ) {
        const start = afterPreposition ? (tokens[objectFirst] as Token).start : t.start;
        contents.push(range(norm, start, s.end));
      }
    }
  } else if ((tokens[last] as Token).lower === ":") {
    colon = true;
  }
  const { relative } = speaker;
  if (relative || gappedRelative(tokens, mention))
    endAtMainVerb(norm, s, clauseLast, last, contents);
  if (relative && !hasThat && objectOnly(tokens, k, contents[0])) contents.length = 0;
  const firstContent = contents[0];
  // (stored for every content, the same end when there is no refusal: a store or a call made
  // only at the rare refusal was first met after the compiler had optimised withContents, which
  // threw that code away)
  if (!tail && firstContent) firstContent.end = refusalEnd(norm, s, k, last, firstContent);
  const kept = nonEmpty(contents);
  // `He told his audience, to rowdy applause:`, `said about its plan:`: a clause with nothing
  // reported in it that ends the sentence with a colon promises the next paragraph's quotation.
  if (!colon && kept.length === 0 && !tail) colon = endsWithColon(s, k, last, nextCue);
  if (colon) {
    return make(
      cue,
      mention,
      clauseFirst,
      clauseLast,
      [],
      false,
      true,
      subjectMention,
      false,
      false,
      relative,
    );
  }
  if (kept.length === 0) return undefined;
  return make(
    cue,
    mention,
    clauseFirst,
    clauseLast,
    kept,
    tail,
    false,
    subjectMention,
    hasThat,
    afterPreposition,
    relative,
  );
}

/**
 * `The Huffington Post, which said it would cover…, said it would treat…`, `the European Union,
 * which contended Ireland undertaxed the company, is a good example`: a relative clause set off by
 * commas ends at its first comma when the sentence's own verb follows, and so does the report inside it.
 */
function endAtMainVerb(
  norm: string,
  s: SentenceView,
  from: number,
  last: number,
  contents: Range[],
): void {
  const { tokens } = s;
  const c = contents[0];
  if (!c) return;
  for (let k = from + 1; k < last; k++) {
    const t = tokens[k] as Token;
    if (t.start < c.start || t.quote >= 0 || t.lower !== ",") continue;
    if (t.start >= c.end) return;
    // (only the first comma: after another, `the two men, and Mr. Cruz in particular, must do`
    // closes an aside inside the report)
    const verb = tokens[k + 1] as Token;
    if (
      verb.quote < 0 &&
      verb.word &&
      !verb.cap &&
      (FINITE_AUXILIARIES.has(verb.lower) || !!cueInfo(verb))
    )
      c.end = trimEnd(norm, c.start, t.start);
    return;
  }
}

/**
 * `said the office was reviewing the order and declined to answer questions`: a coordinated
 * refusal to speak is the speaker's own act after the report, not part of what was said; the
 * content `c` ends before its `and`. Returns where `c` ends: there, else where it ended.
 */
function refusalEnd(norm: string, s: SentenceView, k: number, last: number, c: Range): number {
  const { tokens } = s;
  for (let j = k; j + 3 <= last && j < k + REFUSAL_REACH; j++) {
    const t = tokens[j] as Token;
    if (t.quote >= 0 || (t.lower !== "and" && t.lower !== "but")) continue;
    if (t.start < c.start || t.start >= c.end) return c.end;
    const verb = tokens[j + 1] as Token;
    const to = tokens[j + 2] as Token;
    const act = tokens[j + 3] as Token;
    // (the three tests and the cut are made at every `and`/`but` in the content: made only in
    // turn, the later ones were first met after the compiler had optimised withContents, which
    // threw that code away)
    const refuses = REFUSALS.has(verb.lower);
    const toVerb = to.lower === "to";
    const speaks = act.quote < 0 && (SPEAKING.has(act.lower) || !!cueInfo(act));
    const cut = trimEnd(norm, c.start, t.start);
    if (!refuses || !toVerb) continue;
    if (speaks) return cut;
  }
  return c.end;
}

// (the refusal follows a short report: `said X and declined to …` within a sentence's reach)
const REFUSAL_REACH = 60;
const REFUSALS = new Set(["declined", "refused"]);
/** What a speaker declines to do besides the reporting verbs (`declined to discuss`, `… to be
 * interviewed`). */
const SPEAKING = new Set(
  "discuss speak give provide release share identify specify detail address be".split(" "),
);

/**
 * `Councilmember Yvette Sandoval, who wrote the city's permit rules in 2024, said`: in a relative
 * clause, a content that is one noun phrase and a time or place phrase is the verb's object (what
 * was written), no report.
 */
function objectOnly(tokens: readonly Token[], k: number, c: Range | undefined): boolean {
  const first = tokens[k];
  if (!c || !first || first.start !== c.start || !DETERMINERS.has(first.lower)) return false;
  const np = nounPhraseAfter(tokens, k, tokens.length - 1);
  if (!np) return false;
  for (let j = np.last + 1; j < tokens.length && j <= np.last + OBJECT_TAIL + 1; j++) {
    const t = tokens[j] as Token;
    if (t.start >= c.end) return true;
    if (!t.word || t.quote >= 0) return false;
    if (!(t.cap || isDigit(t.lower.charCodeAt(0)) || TIME_PHRASE_WORDS.has(t.lower))) return false;
  }
  return false;
}

// (`in 2024`, `at the Capitol last week`: a short phrase after the object)
const OBJECT_TAIL = 5;

/**
 * `The announcement, which some have argued was intended to …, was an "insult"`: a speaker right
 * after a `which` set off by a comma reports inside a relative clause whose gap is the antecedent;
 * like a speaker's own relative clause, it ends before the sentence's verb.
 */
export function gappedRelative(tokens: readonly Token[], mention: TokenRange): boolean {
  return tokens[mention.first - 1]?.lower === "which" && tokens[mention.first - 2]?.lower === ",";
}

/** Whether the clause starting at `first` is opened by `as` at the sentence's (or a break's) start. */
function asClause(tokens: readonly Token[], first: number, floor: number): boolean {
  if (tokens[first - 1]?.lower !== "as") return false;
  const before = tokens[first - 2];
  return first - 1 === floor || before?.lower === "," || before?.lower === "but";
}

/**
 * The content before a clause set off by a break (`…, X said.`, `"…," X said`), and after it when
 * it runs on (`…, X said, "…"`, a parenthetical); adds to `contents` and says whether it did.
 */
function tailContents(
  norm: string,
  s: SentenceView,
  floor: number,
  before: number,
  k: number,
  last: number,
  atEnd: boolean,
  inverted: boolean,
  contents: Range[],
): boolean {
  const { tokens } = s;
  const nextTok = tokens[k];
  const leftStart = (tokens[floor] as Token).start;
  const leftEnd =
    (tokens[before] as Token).lower === "," || (tokens[before] as Token).lower === "—"
      ? (tokens[before] as Token).start
      : (tokens[before] as Token).end;
  if (atEnd || nextTok?.lower === "—" || nextTok?.lower === "(" || nextTok?.lower === "–") {
    contents.push(range(norm, leftStart, leftEnd));
    return true;
  } else if (nextTok?.lower === ",") {
    const after = tokens[k + 1];
    if (after && opens(s, k + 1)) {
      // `An average, the memo said, "hides every bad night…"`: a lone noun phrase before the
      // aside is the quoted predicate's subject; the content runs around the clause.
      // (and `There was, she said, "an implicit bargain."`: a clause left open by its verb)
      if (onlyPhrase(tokens, floor, before) || BE_FORMS.has(tokens[before - 1]?.lower ?? "")) {
        contents.push(range(norm, leftStart, s.end));
        return true;
      }
      contents.push(range(norm, leftStart, leftEnd));
      contents.push(range(norm, after.start, s.end));
      return true;
    } else if (parenthetical(s, floor, before, k, inverted)) {
      contents.push(range(norm, leftStart, s.end));
      return true;
    } else {
      contents.push(range(norm, leftStart, leftEnd));
      if (reportGoesOn(s, floor, k, last))
        contents.push(range(norm, (tokens[k + 2] as Token).start, s.end));
      return true;
    }
  } else if (nextTok?.lower === ":" && k < last) {
    // (`Its chief executive, Omar Feltham, added: "…"`, `Asked what he would do, he said: "…"`:
    // a role before the name or a question put to the speaker is no reported clause)
    if (!onlyPhrase(tokens, floor, before) && !askedOpener(tokens, floor))
      contents.push(range(norm, leftStart, leftEnd));
    contents.push(range(norm, startAfterColon(tokens, k), s.end));
    return true;
  } else if (closes(s, before)) {
    // `"…," Mr. Clarke recalled of the proceedings.`: after a closed quote the rest is framing.
    contents.push(range(norm, leftStart, leftEnd));
    return true;
  }
  return false;
}

/**
 * `The company "took it seriously," Holm said, and had been investigating …`: after the clause's
 * comma at `k`, `and` and an auxiliary with no subject go on with the predicate of the subject
 * before the quotation, and `and the final figure reflected …`, a clause of its own, with the
 * report; so the words from token `k + 2` are content too (not after a whole quotation, where the
 * speaker does: `"…," Melanie said, and was gone`).
 */
function reportGoesOn(s: SentenceView, floor: number, k: number, last: number): boolean {
  const { tokens } = s;
  const aux = tokens[k + 2];
  return (
    tokens[k + 1]?.lower === "and" &&
    aux?.quote === -1 &&
    (FINITE_AUXILIARIES.has(aux.lower) || determinerClause(tokens, k + 2, last)) &&
    !opens(s, floor)
  );
}

/** `the final figure reflected`: a determiner's noun phrase at `k`, then a past or auxiliary verb. */
function determinerClause(tokens: readonly Token[], k: number, last: number): boolean {
  if (!DETERMINERS.has((tokens[k] as Token).lower)) return false;
  const np = nounPhraseAfter(tokens, k, last);
  const verb = np ? tokens[np.last + 1] : undefined;
  if (!verb?.word || verb.cap || verb.quote >= 0) return false;
  return FINITE_AUXILIARIES.has(verb.lower) || verb.lower.endsWith("ed");
}

/**
 * Whether the clause whose comma is at `k` is a parenthetical, the content running on around it
 * (`Such policies, they wrote, made…`): not after a quotation that opened the sentence, when an
 * -ing participle follows (`…, she said, adding`),
 * nor `and` after a quote (`"…," Melanie said, and soon the balloons dropped`: the story goes on),
 * nor a time phrase (`…, hours after`).
 */
function parenthetical(
  s: SentenceView,
  floor: number,
  before: number,
  k: number,
  inverted: boolean,
): boolean {
  const after = s.tokens[k + 1];
  if (!after) return false;
  // `…, said Geert Wilders, founder of the Party for Freedom.`: after an inverted clause's name, a
  // phrase about the speaker (but `The paradox, says Carl Anthony, a historian, is that …` goes on).
  if (inverted && describes(after) && !verbAfterAside(s.tokens, k + 1)) return false;
  // `"We were never told," said Jane Doe, 42, a nurse from Dayton.`: after a quotation that is
  // all the words before the clause, a phrase after the comma describes the speaker (but `"It's
  // our bad luck," he said, that both men…` goes on with the quotation).
  if (
    closes(s, before) &&
    opens(s, floor) &&
    s.tokens[floor]?.quote === s.tokens[before]?.quote &&
    describes(after)
  )
    return false;
  if (after.word && after.lower.endsWith("ing") && after.quote < 0) return false;
  if (closes(s, before) && COORDINATORS.has(after.lower)) return false;
  return !timeAside(s.tokens, k + 1);
}

/** Whether a comma within reach after token `k` is followed by a finite verb (`, is that`): the
 * sentence goes on past the phrase about the speaker. */
function verbAfterAside(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + ASIDE_REACH; j++) {
    const t = tokens[j] as Token;
    if (t.quote >= 0) return false;
    const next = tokens[j + 1];
    if (t.lower === "," && next?.word && !next.cap && FINITE_AUXILIARIES.has(next.lower))
      return true;
  }
  return false;
}

const ASIDE_REACH = 24;

/** A word opening a phrase about the speaker: a name, a number (an age), a determiner, a
 * relative pronoun, a role (`executive director of …`) or an adverb (`formerly Twitter`). */
function describes(t: Token): boolean {
  if (t.quote >= 0 || t.lower === "that") return false;
  if (t.cap || isDigit(t.lower.charCodeAt(0)) || DETERMINERS.has(t.lower)) return true;
  if (t.lower === "who" || t.lower === "which" || t.lower === "whose") return true;
  return isRoleWord(t.lower) || endsInLy(t.lower);
}

/**
 * `…, the company said in a filing on Thursday, hours after a memo…`: a time phrase after the
 * clause's comma sets the report in time; the content does not run on through it.
 */
function timeAside(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  if (t.lower === "the" || t.lower === "a") return countedTime(tokens, k + 1);
  if (!(TIME_NOUNS.has(t.lower) || TIME_LEADS.has(t.lower)) || !next?.word) return false;
  return TIME_RELATIONS.has(next.lower);
}

/**
 * `…, the superintendent told families on Monday, the fourth straight day of closures`: a time noun
 * after a few lower-case modifiers, then `of`, `in` or the sentence's end, dates the report.
 */
function countedTime(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + COUNTED_REACH; j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.cap || t.quote >= 0) return false;
    if (!TIME_NOUNS.has(t.lower)) continue;
    const after = tokens[j + 1];
    return j > k && (!after || TIME_AFTER.has(after.lower) || isEndPunct(after));
  }
  return false;
}

// (`the fourth straight day`: up to three modifiers before the time noun)
const COUNTED_REACH = 4;
const TIME_AFTER = new Set(["of", "in", "since"]);

const TIME_LEADS = new Set(["shortly", "moments", "soon", "just", "hours", "days", "weeks"]);
const TIME_RELATIONS = new Set(["after", "before", "later", "earlier", "since", "ago"]);

/** Whether the tokens from `floor` to the break at `before` are one noun phrase, no clause. */
function onlyPhrase(tokens: readonly Token[], floor: number, before: number): boolean {
  const np = nounPhraseAfter(tokens, floor, before - 1);
  return !!np && np.last === before - 1;
}

/** `Asked what he would do next, he said:`: the question put to the speaker opens the sentence. */
function askedOpener(tokens: readonly Token[], floor: number): boolean {
  const t = tokens[floor];
  return !!t && t.cap && QUESTION_OPENERS.has(t.lower);
}

const QUESTION_OPENERS = new Set(["asked", "pressed", "questioned"]);

/**
 * Whether the sentence ends in a colon after token `k`, with no quotation and no later cue (at
 * `nextCue`) on the way (`do we know…!— Cruz called them on it:` is Cruz's promise, not ours).
 */
function endsWithColon(s: SentenceView, k: number, last: number, nextCue: number): boolean {
  if (nextCue <= last) return false;
  if (k > last || (s.tokens[last] as Token).lower !== ":") return false;
  for (let j = k; j < last; j++) if ((s.tokens[j] as Token).quote >= 0) return false;
  return true;
}

/** An opening phrase at `floor`: a preposition (`On Tuesday's episode of "The Show,"`), after a
 * time word or two (`Sunday on Fox News's "Sunday Morning Futures,"`). */
function opensWithPhrase(s: SentenceView, floor: number): boolean {
  const { tokens } = s;
  let k = floor;
  while (k < floor + 2 && TIME_WORDS.has((tokens[k] as Token | undefined)?.lower ?? "")) k++;
  const t = tokens[k];
  if (!t || !PREP_PHRASE.has(t.lower) || opens(s, k)) return false;
  // (`At least 37 people fell ill`: a count opens the clause's subject, no phrase)
  return !opensCount(t, tokens[k + 1]);
}

/**
 * `In 212 of the 480 projects auditors sampled, the homes could not get service, it said.`: past
 * the opening phrase's comma, a clause with a finite verb runs up to the cue's break (at `before`);
 * that clause is what was reported, the phrase only its setting.
 */
function clauseAfterOpener(tokens: readonly Token[], floor: number, before: number): boolean {
  let comma = -1;
  for (let j = floor + 1; j < before && j <= floor + OPENER_REACH; j++) {
    const t = tokens[j] as Token;
    if (t.quote >= 0) return false;
    if (t.lower === ",") {
      comma = j;
      break;
    }
  }
  const first = tokens[comma + 1];
  // (not a relative clause about the phrase's last noun: `…Trump, who has insulted …`)
  if (comma < 0 || !first || !startsClause(first) || PREP_PHRASE.has(first.lower)) return false;
  if (CLAUSE_OPENERS.has(first.lower)) return false;
  for (let j = comma + 2; j < before && j <= comma + CLAUSE_REACH; j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0) return false;
    if (FINITE_AUXILIARIES.has(t.lower)) return true;
  }
  return false;
}

// (an opening phrase is a few words; the clause's verb comes within a long subject's reach)
const OPENER_REACH = 12;
const CLAUSE_REACH = 12;

function startAfterColon(tokens: readonly Token[], k: number): number {
  const t = tokens[k] as Token;
  if (t.lower === ":" && tokens[k + 1]) return (tokens[k + 1] as Token).start;
  return t.start;
}

/**
 * `says about 40,000 homes are now…`, `say more digging is planned`: a few plain words and then a
 * finite verb make a clause, whatever word opens it (not `said to have`, an infinitive).
 */
function verbAhead(tokens: readonly Token[], k: number, last: number): boolean {
  const first = tokens[k];
  // A preposition opens a phrase (`argued in 2004 were`, `said of the encounter he had`), but an
  // approximation opens a count (`about 40,000 homes`, `over 300 people`).
  if (!first) return false;
  if (PREPOSITIONS.has(first.lower) && !opensCount(first, tokens[k + 1])) return false;
  for (let j = k; j <= last && j <= k + VERB_REACH; j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0) return false;
    if (j > k && FINITE_AUXILIARIES.has(t.lower)) return true;
    if (CLAUSE_OPENERS.has(t.lower) || COORDINATORS.has(t.lower) || t.lower === "to") return false;
  }
  return false;
}

const VERB_REACH = 4;
const PREPOSITIONS = new Set(
  "to about of for with by from into on in at as against over under during after before through via up out off down back away".split(
    " ",
  ),
);
/** Could this token open a reported clause? (Not `to`, `about`, `-ed` participles.) */
function startsClause(t: Token): boolean {
  if (!t.word) return false;
  if (t.cap || PRONOUNS.has(t.lower) || DETERMINERS.has(t.lower)) return true;
  if (NON_CLAUSE_STARTS.has(t.lower)) return false;
  return !t.lower.endsWith("ed") && !t.lower.endsWith("ing");
}

/**
 * Whether token `t` opens a cue's bare content: a clause's start, or after a finite `said` or
 * `told` a noun phrase whose first word would not open one elsewhere (`said affected passengers
 * would…`, `said more than 300 volunteers had…`; not `would add less than 1 percent`, `adding
 * coal-fired generators`, `said based on`).
 */
function startsContent(cue: Cue, t: Token, next: Token | undefined): boolean {
  // (`which her office said she wrote herself, was …`: a lone object, no clause; but `claimed
  // itself to be` reports)
  if (REFLEXIVES.has(t.lower) && !next?.word) return false;
  // (`would believe it when she saw him`: a pronoun right before a subordinator is an object; a
  // subject has its verb next)
  if (PRONOUNS.has(t.lower) && SUBORDINATE_OPENERS.has(next?.lower ?? "")) return false;
  if (startsClause(t) || opensCount(t, next)) return true;
  if (cue.participle || (cue.info.lemma !== "say" && cue.info.lemma !== "tell")) return false;
  if (next?.lower === "than" && COMPARATIVES.has(t.lower)) return true; // a count
  // an -ed adjective before a plural noun
  return (
    t.word &&
    !t.cap &&
    t.lower.endsWith("ed") &&
    !!next?.word &&
    !next.cap &&
    isPlural(next.lower) &&
    !NON_CLAUSE_STARTS.has(next.lower)
  );
}

const COMPARATIVES = new Set(["more", "fewer", "less"]);

function isPlural(w: string): boolean {
  return w.length > 3 && endsInS(w) && !w.endsWith("ous");
}

const NON_CLAUSE_STARTS = new Set([
  "to",
  "under",
  "about",
  "of",
  "for",
  "with",
  "by",
  "from",
  "into",
  "on",
  "in",
  "at",
  "as",
  "against",
  "goodbye",
  "hello",
  "so",
  "yes",
  "no",
  "nothing",
  "something",
  "anything",
  "little",
  "much",
  "more",
  "less",
  "otherwise",
  "up",
  "out",
  "off",
  "down",
  "back",
  "over",
  "away",
  "and",
  "or",
  "but",
  "because",
  "than",
  "very",
  "too",
  "not",
]);
