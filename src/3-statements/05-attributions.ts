// Attributions in one sentence: for each reporting cue, who (the speaker mention) and what (the
// content: the clause after `said (that)`, the words before a tail `…, X said`, a whole sentence
// around a parenthetical `Such policies, they wrote, made…`, or the clause beside `according to X`).

import type { Range } from "./01-sentences.ts";
import { type Cue, cueInfo, findCues } from "./03-cues.ts";
import type { CueInfo } from "./lexicon/cues.ts";
import {
  isRoleWord,
  nounPhraseAfter,
  nounPhraseBefore,
  relativeAntecedent,
  sentenceSubject,
  skipBeforeCue,
  type TokenRange,
} from "./04-speaker-mention.ts";
import {
  AFTER_CUE,
  CLAUSE_WORDS,
  DASHES,
  DETERMINERS,
  HEARERS,
  OWN_PRONOUNS,
  PREP_MODIFIERS,
  PREP_NOUNS,
  PREP_PARTICIPLES,
  PREP_PHRASE,
  PRONOUNS,
  TIME_MODIFIERS,
  TIME_NOUNS,
  TIME_WORDS,
} from "./lexicon/words.ts";
import { isSpace, type Token } from "./text.ts";

export interface Attribution {
  cue: Cue;
  mention?: TokenRange;
  /** Tokens of the speaker mention, cue and the words around them that are not content. */
  clause: TokenRange;
  /** What was said, as character ranges (two for `"A," X said, "B."`). */
  contents: Range[];
  /** The content sits before the cue (`…, X said`), or runs around it. */
  tail: boolean;
  /** The cue ends the sentence with a colon: its content is the next paragraph's quote. */
  colon: boolean;
  /** The speaker was taken from the sentence subject or a coordinated verb (less sure). */
  subjectMention: boolean;
  /** A `that` opened the content. */
  that: boolean;
  /** The content opened with the cue's preposition (`blamed officials for …`). */
  prep: boolean;
  /** The cue is in a relative clause set off by a comma (`X, who said…, is…`). */
  relative?: boolean;
}

export interface SentenceView {
  start: number;
  end: number;
  tokens: Token[];
  /** The indices of the tokens that may be cue words (see `tokenise`). */
  cueWords: readonly number[];
  /** The first colon outside quotes right before a quotation's opening mark, or -1 (most
   * sentences have none, and then no label can be found). */
  colonBeforeQuote: number;
}

/** Whether token `i` of the sentence is a quote's closing mark. */
function closes(s: SentenceView, i: number): boolean {
  return s.tokens[i]?.mark === 2;
}

/** Whether token `i` of the sentence is a quote's opening mark. */
function opens(s: SentenceView, i: number): boolean {
  return s.tokens[i]?.mark === 1;
}

export function findAttributions(norm: string, s: SentenceView): Attribution[] {
  const { tokens } = s;
  const out: Attribution[] = [];
  const last = tokens.length - 1;
  let floor = 0; // no mention walks back past an earlier attribution's clause
  const cues = findCues(tokens, s.cueWords);
  const label = s.colonBeforeQuote >= 0 ? labelled(norm, s) : undefined;
  if (cues.length === 0) {
    if (label) out.push(label);
    return out;
  }
  for (let ci = 0; ci < cues.length; ci++) {
    const cue = cues[ci] as Cue;
    const nextCue = ci + 1 < cues.length ? (cues[ci + 1] as Cue).first : Infinity;
    const a = attribute(norm, s, cue, floor, last, nextCue, out[out.length - 1]);
    if (!a) continue;
    // A naming verb with no quotation after it (`questioning the FBI's decisions`) says nothing.
    if (cue.info.needsQuote && !a.that && !a.prep && !a.tail && !quoteAfter(s, cue.last)) continue;
    out.push(a);
    floor = a.clause.last + 1;
  }
  if (label) addInOrder(out, label);
  // (one attribution, the common case, has no later clause to cut at and nothing nested)
  const nested = out.length > 1 ? cutAtLaterClauses(norm, s, out) : undefined;
  boundContents(norm, out, nested);
  let kept = 0;
  for (let i = 0; i < out.length; i++) {
    const a = out[i] as Attribution;
    if (a.contents.length > 0 || a.colon) out[kept++] = a;
  }
  out.length = kept; // (always: a store met only now and then throws optimised code away)
  return out;
}

const LABEL: CueInfo = { lemma: ":", bare: false };

/**
 * `Pollsters agree - Carl Bialik: "One of the biggest lessons…"`: a dash, a name and a colon right
 * before a quotation label it as the name's words (a digest's way to cite).
 */
function labelled(norm: string, s: SentenceView): Attribution | undefined {
  const { tokens } = s;
  for (let j = Math.max(1, s.colonBeforeQuote); j + 1 < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.lower !== ":" || t.quote >= 0 || !opens(s, j + 1)) continue;
    const name = nounPhraseBefore(tokens, j - 1, 0);
    if (!name || !(tokens[name.last] as Token).cap) continue;
    // (`name.first > 0` first: reading before the first token is slow and throws optimised code away)
    if (name.first === 0 || !DASHES.has((tokens[name.first - 1] as Token).lower)) continue;
    const cue: Cue = { first: j, last: j, info: LABEL, according: false, participle: false };
    const content = range(norm, (tokens[j + 1] as Token).start, s.end);
    return make(cue, name, name.first, j, [content], false, false, false);
  }
  return undefined;
}

/** Adds `a` to the attributions, kept in the order of their clauses. */
function addInOrder(out: Attribution[], a: Attribution): void {
  let i = out.length;
  while (i > 0 && (out[i - 1] as Attribution).clause.first > a.clause.first) i--;
  const before = out[i - 1];
  if (before && before.clause.last >= a.clause.first) return; // inside another clause
  out.splice(i, 0, a);
}

/**
 * An earlier content stops where a later attribution's clause begins (`…, which she said was…`);
 * returns the contents that are the next report itself (`X said that Y said that …`).
 */
function cutAtLaterClauses(norm: string, s: SentenceView, out: Attribution[]): Set<Range> {
  const { tokens } = s;
  const nested = new Set<Range>();
  for (let i = 0; i < out.length; i++) {
    const a = out[i] as Attribution;
    // Only the next attribution can cut (its clause comes first); looking further would be quadratic.
    for (let j = i + 1; j < out.length && j <= i + 1; j++) {
      const b = out[j] as Attribution;
      const bStart = (tokens[b.clause.first] as Token).start;
      for (let ci = 0; ci < a.contents.length; ci++) {
        const c = a.contents[ci] as Range;
        // `X said that Y said that …`: the next report is the content; its tail is shared.
        if (bStart === c.start) nested.add(c);
        if (bStart > c.start && bStart < c.end) {
          let cut = b.clause.first;
          // back over the clause opener (`, which`) to the comma
          for (let k = b.clause.first - 1; k >= 0 && k >= b.clause.first - 3; k--) {
            const t = tokens[k] as Token;
            if (t.start < c.start) break;
            if (closes(s, k)) {
              cut = k + 1;
              break;
            }
            if (t.quote < 0 && (t.lower === "," || t.lower === ";" || t.lower === "—")) {
              cut = k;
              break;
            }
            // `… and dismissing critics who say`: the coordinated verb is not the content.
            if (t.quote < 0 && (COORDINATORS.has(t.lower) || (!t.cap && t.lower.endsWith("ing"))))
              cut = k;
          }
          // `declared the need for drive: "Change the world," she said.`: a quotation set off by a
          // colon or a dash right before a tail clause is that clause's, not the earlier content's.
          const open = b.tail ? quoteOpenBefore(s, cut - 1) : -1;
          const lead = tokens[open - 1]?.lower ?? "";
          const start = lead === ":" || DASHES.has(lead) ? (tokens[open] as Token).start : -1;
          const own = b.contents[0];
          if (start > c.start && own && own.start < start) {
            // (a new range: a `start` written after the range was made would slow every reader
            // of ranges and tokens, which share its shape)
            b.contents[0] = { start, end: own.end };
            cut = open;
          }
          const at = closes(s, cut - 1)
            ? (tokens[cut - 1] as Token).end
            : (tokens[cut] as Token).start;
          c.end = trimEnd(norm, c.start, at);
        }
      }
      a.contents = nonEmpty(a.contents);
    }
  }
  return nested;
}

/** The opening mark of the quotation whose closing mark is token `close`, or -1. */
function quoteOpenBefore(s: SentenceView, close: number): number {
  if (!closes(s, close)) return -1;
  const q = (s.tokens[close] as Token).quote;
  let k = close;
  while (k > 0 && (s.tokens[k - 1] as Token).quote === q) k--;
  return opens(s, k) ? k : -1;
}

/**
 * Nested reports share their tails, so a chain of thousands would repeat the text thousands of
 * times: a nested content is bounded (and every content, far beyond any real clause).
 */
function boundContents(
  norm: string,
  out: readonly Attribution[],
  nested: ReadonlySet<Range> | undefined,
): void {
  for (let i = 0; i < out.length; i++) {
    const a = out[i] as Attribution;
    for (let ci = 0; ci < a.contents.length; ci++) {
      const c = a.contents[ci] as Range;
      const max = nested?.has(c) ? MAX_NESTED : MAX_CONTENT;
      if (c.end - c.start > max) {
        let e = c.start + max;
        while (e > c.start + max - 100 && !isSpace(norm.charCodeAt(e))) e--;
        c.end = trimEnd(norm, c.start, e);
      }
    }
  }
}

/** `according to X`: the speaker follows the cue; the content is the clause beside it. */
function according(
  norm: string,
  s: SentenceView,
  cue: Cue,
  floor: number,
  last: number,
): Attribution | undefined {
  const { tokens } = s;
  const mention =
    nounPhraseAfter(tokens, cue.last + 1, last) ?? sourceUpToComma(tokens, cue.last + 1, last);
  if (!mention) return undefined;
  // `"…," Demirel said, according to a translation provided by his office.`: right after another
  // cue's clause, the phrase tells where that report comes from; it reports nothing of its own.
  if (floor > 0 && cue.first === floor + 1 && tokens[floor]?.lower === ",") return undefined;
  const clauseLast = mention.last;
  const atStart =
    cue.first <= floor + 1 &&
    (cue.first === floor ||
      !(tokens[cue.first - 1] as Token).word ||
      (tokens[cue.first - 1] as Token).lower === "but");
  if (atStart) {
    let k = clauseLast + 1;
    if (tokens[k]?.lower === ",") k++;
    if (k > last) return undefined;
    return make(
      cue,
      mention,
      cue.first,
      clauseLast,
      [range(norm, (tokens[k] as Token).start, s.end)],
      false,
      false,
      false,
    );
  }
  let comma = cue.first - 1;
  if (tokens[comma]?.lower !== "," && tokens[comma]?.lower !== "—") comma = cue.first;
  // nothing left of the cue to attribute: an earlier cue's clause took it (`Then, according to
  // according to X`), and the floor lies past the cue
  if (floor >= comma) return undefined;
  const left = range(norm, (tokens[floor] as Token).start, (tokens[comma] as Token).start);
  return make(cue, mention, cue.first, clauseLast, [left], true, false, false);
}

/** One cue's attribution: who (its speaker and the clause naming them), then what (the contents). */
function attribute(
  norm: string,
  s: SentenceView,
  cue: Cue,
  floor: number,
  last: number,
  nextCue: number,
  previous: Attribution | undefined,
): Attribution | undefined {
  if (cue.according) return according(norm, s, cue, floor, last);
  const speaker = speakerOf(s, cue, floor, last, previous);
  if (!speaker) return undefined;
  const a = withContents(norm, s, cue, speaker, floor, last, nextCue);
  if (a && speaker.relative) a.relative = true;
  return a;
}

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
interface Speaker {
  mention: TokenRange;
  clauseFirst: number;
  clauseLast: number;
  /** Taken from the sentence subject or a coordinated verb (less sure). */
  subjectMention: boolean;
  /** The cue is in a relative clause set off by a comma (`X, who said…, is…`). */
  relative?: boolean;
}

/**
 * The speaker mention of a (not `according to`) cue: the sentence subject for a participle or a
 * coordinated verb, the antecedent of `who`, the noun phrase before the cue, or after it when
 * the clause is inverted (`"…," said Kelly.`).
 */
function speakerOf(
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
  if (cue.participle) {
    // `"…," she said, adding that…`: the participle goes on with the clause just before it.
    mention = previous && clauseRunsTo(s, previous, cue.first) ? previous.mention : undefined;
    mention ??= sentenceSubject(tokens, b - 1);
    subjectMention = true;
  } else {
    if (
      b >= floor &&
      ((tokens[b] as Token).lower === "and" || (tokens[b] as Token).lower === "but")
    ) {
      mention = subordinateSubject(tokens, b - 1, floor) ?? sentenceSubject(tokens, b - 1);
      subjectMention = true;
    } else if (b >= floor && relativeAfterName(tokens, b, cue)) {
      // `Jane Doe, who said she…`: the speaker is the relative pronoun's antecedent.
      // A name right before `, who` first: an appositive reading from the comma walks back to an
      // earlier comma (`Domestically, … from President Barack Obama, who called`); a role right
      // before it is an appositive (`John Smith, an architect, who said`).
      const comma = tokens[b - 1]?.lower === ",";
      const near = nounPhraseBefore(tokens, comma ? b - 2 : b - 1, floor);
      const named = near && (tokens[near.last] as Token).cap;
      mention =
        (named ? near : undefined) ??
        (comma ? nounPhraseBefore(tokens, b - 1, floor) : undefined) ??
        near;
      if (mention) clauseFirst = mention.first;
      relative = comma;
    } else if (b >= floor) {
      mention = nounPhraseBefore(tokens, b, floor);
      const antecedent = mention && relativeAntecedent(tokens, mention, floor);
      const subject =
        mention &&
        !antecedent &&
        (objectSubject(tokens, cue, mention) ??
          namerSubject(tokens, cue, mention) ??
          beforePrepositionalPhrase(tokens, mention, floor));
      if (subject) {
        mention = subject;
        subjectMention = true;
      } else if (mention) {
        // (the clause starts at the phrase before the cue, so that words before the antecedent
        // are not read as a tail clause's content; but at the antecedent after `that`, where an
        // earlier report holds this one: `said that a commission appointed by … estimated that`)
        clauseFirst = mention.first;
        mention = antecedent ?? mention;
        if (tokens[mention.first - 1]?.lower === "that") clauseFirst = mention.first;
      } else if ((tokens[b] as Token).lower === "," || closes(s, b)) {
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
    } else if (cue.first === 0) {
      // Inverted at the start: `Said Dorothy Poynter, who grew up with Ali, "…"`, `Stated Stone:`.
      const inverted = invertedSpeaker(s, cue, last, true);
      if (inverted) ({ mention, clauseLast } = inverted);
    }
  }
  if (!mention || nounAfterArticle(tokens, cue, mention)) return undefined;
  return { mention, clauseFirst, clauseLast, subjectMention, relative };
}

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
 * Whether token `b` is a relative pronoun whose antecedent may speak: `who`, or `which` right
 * after a capitalised name and its comma when a report follows the cue (`the Veskland Research
 * Council, which said in a statement that…`, `the Boston Globe, which concluded there are…`; not
 * `…, which said a lot`, where `which` is the clause before, nor `ISIS, which claimed
 * responsibility`, `…, which writes the rules`, a verb and its object).
 */
function relativeAfterName(tokens: readonly Token[], b: number, cue: Cue): boolean {
  const t = tokens[b] as Token;
  if (t.lower === "who") return true;
  if (t.lower !== "which" || t.quote >= 0 || tokens[b - 1]?.lower !== ",") return false;
  const name = tokens[b - 2];
  if (!name?.word || !name.cap || name.quote >= 0) return false;
  const next = tokens[cue.last + 1];
  if (cue.info.lemma === "say" || !next?.word) return cue.info.lemma === "say";
  return next.lower === "that" || next.cap || PRONOUNS.has(next.lower);
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
    return verb?.word && !verb.cap && verb.quote < 0 ? np : undefined;
  }
  return undefined;
}

const SUBORDINATE_REACH = 25;
const SUBORDINATE_OPENERS = new Set(["when", "after", "before", "because", "while", "since", "as"]);

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
  // (`with McCain calling it…`: after `with` the phrase is the one speaking)
  if (
    verb.quote >= 0 ||
    COORDINATORS.has(verb.lower) ||
    CLAUSE_OPENERS.has(verb.lower) ||
    verb.lower === "with"
  )
    return undefined;
  const subject = sentenceSubject(tokens, np.first - 2);
  return subject && subject.last < np.first - 1 ? subject : undefined;
}

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
  // (`A spokesman in the mayor's office said`: a role noun before the preposition is a phrase too)
  if (!left.cap && !PRONOUNS.has(left.lower) && !isRoleWord(left.lower)) return undefined;
  return nounPhraseBefore(tokens, np.first - 2, floor);
}

const SETTING_PREPOSITIONS = new Set(["in", "during", "at", "through", "outside", "across"]);

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

/** Words that open a clause whose subject follows (`that he is feeling`). */
const CLAUSE_OPENERS = new Set([
  "that",
  "which",
  "who",
  "whom",
  "because",
  "if",
  "when",
  "while",
  "as",
  "since",
  "although",
  "though",
  "where",
  "whether",
]);

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
  if (!np) return undefined;
  const mention = { first: np.first, last: nounTail(tokens, np.last, last) };
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

/**
 * `Clinton, who called Sanders after the race, told…`: the name before a relative clause that
 * ends at the comma `comma` before the cue.
 */
function beforeRelativeClause(
  tokens: readonly Token[],
  comma: number,
  floor: number,
): TokenRange | undefined {
  for (let j = comma - 1; j > floor && j >= comma - MAX_RELATIVE; j--) {
    const t = tokens[j] as Token;
    if (t.quote >= 0 || t.lower === ",") return undefined;
    if (t.lower === "who" && (tokens[j - 1] as Token).lower === ",")
      return nounPhraseBefore(tokens, j - 2, floor);
  }
  return undefined;
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

/** The attribution of a cue and its speaker, with the contents around the clause. */
function withContents(
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
  let afterPreposition = false;
  if (cue.info.preposition) {
    // `blamed officials for enacting…`: the content starts at the cue's object.
    for (let j = k; j <= last && j < k + 10; j++) {
      const t = tokens[j] as Token;
      if (!t.word || t.quote >= 0) break;
      if (t.lower === cue.info.preposition) {
        afterPreposition = true;
        break;
      }
    }
  }
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
  // What comes before is an opening phrase (`On Tuesday's episode of "The Show,"`), not content.
  const adverbialBefore = precededByBreak && opensWithPhrase(s, floor);
  const quoteBefore = precededByBreak && closes(s, before) && !adverbialBefore;
  const rightStarts =
    !!nextTok &&
    !atEnd &&
    (hasThat ||
      (!quoteBefore &&
        (afterPreposition ||
          opens(s, k) ||
          naming ||
          ((cue.info.bare || cue.according) &&
            (startsContent(cue, nextTok, tokens[k + 1]) || verbAhead(tokens, k, last))))));
  if (precededByBreak && !rightStarts && !adverbialBefore) {
    tail = tailContents(norm, s, floor, before, k, last, atEnd, contents);
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
    } else if (hasThat || afterPreposition || opens(s, k) || cue.info.bare || cue.according) {
      // A bare complement should start like a clause: not with a preposition or an `-ed` word.
      if (
        hasThat ||
        opens(s, k) ||
        afterPreposition ||
        startsContent(cue, t, tokens[k + 1]) ||
        verbAhead(tokens, k, last)
      ) {
        const start = afterPreposition ? (tokens[clauseLast + 1] as Token).start : t.start;
        contents.push(range(norm, start, s.end));
      }
    }
  } else if ((tokens[last] as Token).lower === ":") {
    colon = true;
  }
  if (speaker.relative) endAtMainVerb(norm, s, clauseLast, last, contents);
  const kept = nonEmpty(contents);
  // `He told his audience, to rowdy applause:`, `said about its plan:`: a clause with nothing
  // reported in it that ends the sentence with a colon promises the next paragraph's quotation.
  if (!colon && kept.length === 0 && !tail) colon = endsWithColon(s, k, last, nextCue);
  if (colon) {
    return make(cue, mention, clauseFirst, clauseLast, [], false, true, subjectMention, false);
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
    if (verb.quote < 0 && verb.word && !verb.cap && (MAIN_VERBS.has(verb.lower) || !!cueInfo(verb)))
      c.end = trimEnd(norm, c.start, t.start);
    return;
  }
}

const MAIN_VERBS = new Set(
  "is was are were has had have will would could can should may might must".split(" "),
);

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
      contents.push(range(norm, leftStart, leftEnd));
      contents.push(range(norm, after.start, s.end));
      return true;
    } else if (
      after &&
      !(after.word && after.lower.endsWith("ing") && after.quote < 0) &&
      !(closes(s, before) && COORDINATORS.has(after.lower))
    ) {
      // (`"…," Melanie said, and soon the balloons dropped`: after a quote, `and` goes on with the story.)
      // Parenthetical: the content runs around the clause.
      contents.push(range(norm, leftStart, s.end));
      return true;
    } else {
      contents.push(range(norm, leftStart, leftEnd));
      return true;
    }
  } else if (nextTok?.lower === ":" && k < last) {
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
  return !!t && PREP_PHRASE.has(t.lower) && !opens(s, k);
}

/** The ranges that hold something. */
function nonEmpty(ranges: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i] as Range;
    if (r.end > r.start) out.push(r);
  }
  return out;
}

const MAX_CONTENT = 20_000;
const MAX_NESTED = 600;

const COORDINATORS = new Set(["and", "or", "but", "while", "as"]);

/** `according to court filings,`: a lower-case source runs to the comma or the sentence's end. */
function sourceUpToComma(
  tokens: readonly Token[],
  k: number,
  last: number,
): TokenRange | undefined {
  let j = k;
  while (j <= last && j < k + 8) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0) break;
    j++;
  }
  const end = tokens[j];
  if (j === k || (end && end.lower !== "," && end.lower !== "." && j <= last)) return undefined;
  return { first: k, last: j - 1 };
}

/** Whether a quotation opens within reach after token `i`, before the sentence ends. */
function quoteAfter(s: SentenceView, i: number): boolean {
  for (let j = i + 1; j < s.tokens.length && j <= i + QUOTE_REACH; j++)
    if (opens(s, j)) return true;
  return false;
}

const QUOTE_REACH = 14;

function make(
  cue: Cue,
  mention: TokenRange,
  clauseFirst: number,
  clauseLast: number,
  contents: Range[],
  tail: boolean,
  colon: boolean,
  subjectMention: boolean,
  that = false,
  prep = false,
): Attribution {
  return {
    cue,
    mention,
    clause: { first: Math.min(clauseFirst, cue.first), last: Math.max(clauseLast, cue.last) },
    contents,
    tail,
    colon,
    subjectMention,
    that,
    prep,
  };
}

function startAfterColon(tokens: readonly Token[], k: number): number {
  const t = tokens[k] as Token;
  if (t.lower === ":" && tokens[k + 1]) return (tokens[k + 1] as Token).start;
  return t.start;
}

function isEndPunct(t: Token): boolean {
  return (
    t.lower === "." || t.lower === "!" || t.lower === "?" || t.lower === ";" || t.lower === ")"
  );
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
  const count = COUNT_PREPOSITIONS.has(first.lower) && /^\d/.test(tokens[k + 1]?.lower ?? "");
  if (PREPOSITIONS.has(first.lower) && !count) return false;
  for (let j = k; j <= last && j <= k + VERB_REACH; j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0) return false;
    if (j > k && MAIN_VERBS.has(t.lower)) return true;
    if (CLAUSE_OPENERS.has(t.lower) || COORDINATORS.has(t.lower) || t.lower === "to") return false;
  }
  return false;
}

const VERB_REACH = 4;
const COUNT_PREPOSITIONS = new Set(["about", "over", "around", "under"]);
const PREPOSITIONS = new Set(
  "to about of for with by from into on in at as against over during after before through via up out off down back away".split(
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
  if (startsClause(t)) return true;
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
  return w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("ous");
}

const NON_CLAUSE_STARTS = new Set([
  "to",
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

/** After `told`: the hearer (`reporters`, `CNN`, `the Post`, `police officials`). */
function skipHearer(tokens: readonly Token[], k: number, last: number): number {
  const t = tokens[k];
  if (!t?.word || t.quote >= 0) return k;
  if (HEARERS.has(t.lower)) return k + 1;
  if (t.cap || DETERMINERS.has(t.lower)) {
    const np = nounPhraseAfter(tokens, k, last);
    if (np) return thatSoon(tokens, np.last + 1, last);
  }
  // up to three lower-case words before `that`
  for (let j = k; j <= last && j < k + 3; j++) {
    const u = tokens[j] as Token;
    if (!u.word) break;
    if (u.lower === "that") return j;
  }
  return k;
}

/** `told a TV interviewer that`: the `that` a few lower-case words on, else `k` itself. */
function thatSoon(tokens: readonly Token[], k: number, last: number): number {
  for (let j = k; j <= last && j < k + 3; j++) {
    const u = tokens[j] as Token;
    if (!u.word || u.cap || u.quote >= 0) break;
    if (u.lower === "that") return j;
  }
  return k;
}

/**
 * Skips time words and prepositional phrases after the cue (`said Friday in a statement`,
 * `wrote to Sessions and Kelly earlier this month`); reports whether a `that` then opens the content.
 */
function skipAfterCue(
  tokens: readonly Token[],
  k: number,
  last: number,
): { next: number; that: boolean } {
  let guard = 0;
  let channel = false; // a channel phrase was skipped (`in a statement`)
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
    if (t.quote >= 0 || !t.word) break;
    if (t.lower === "that") return { next: k + 1, that: true };
    if (AFTER_CUE.has(t.lower) || isAdverb(t)) {
      k++;
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
    if (PREP_PHRASE.has(t.lower)) {
      const end = prepPhrase(tokens, k + 1, last);
      if (end > k + 1) {
        k = end;
        channel = true;
        continue;
      }
      // `said in a post on social media that`: a short phrase more, then `that`.
      // (not `to`: `responded on Sunday to accusations that he…` names what was answered)
      const that = SETTINGS.has(t.lower) ? thatAfterPhrase(tokens, k + 1, last, channel) : -1;
      if (that > 0) return { next: that + 1, that: true };
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

/** Adverbs a writer sets off by commas inside a clause (`said, however, that`). */
const SET_OFF = new Set(["however", "though", "too", "also", "again", "moreover", "meanwhile"]);

/** `sarcastically`, `angrily`: -ly words that are not nouns or adjectives of time. */
function isAdverb(t: Token): boolean {
  return !t.cap && t.lower.length > 5 && t.lower.endsWith("ly") && !NOT_ADVERBS.has(t.lower);
}

const NOT_ADVERBS = new Set([
  "family",
  "supply",
  "assembly",
  "likely",
  "apply",
  "reply",
  "rally",
  "anomaly",
  "monopoly",
  "butterfly",
  "friendly",
  "elderly",
  "costly",
  "lonely",
  "lovely",
  "orderly",
  "deadly",
  "weekly",
  "monthly",
  "yearly",
  "daily",
  "unlikely",
  "comply",
  "multiply",
  "italy",
  "bully",
  "jelly",
]);

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
      // (`responded before adding that`: a verb's `that`, not the cue's)
      if (CLAUSE_WORDS.has(t.lower) || t.lower.endsWith("ing") || cueInfo(t)) return -1;
      continue;
    }
    const next = tokens[j + 1];
    const verbal = !next?.word || next.lower.endsWith("ed") || CLAUSE_WORDS.has(next.lower);
    const subject = !!next && (next.cap || PRONOUNS.has(next.lower) || DETERMINERS.has(next.lower));
    return j > k && !verbal && (channel || subject) ? j : -1;
  }
  return -1;
}

const PHRASE_THAT_REACH = 5;
const SETTINGS = new Set(["in", "on", "at", "during", "after", "before", "via"]);

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

function range(norm: string, start: number, end: number): Range {
  let s = start;
  while (s < end && (isSpace(norm.charCodeAt(s)) || isLeadMark(norm.charCodeAt(s)))) s++;
  return { start: s, end: trimEnd(norm, s, end) };
}

/** `,` `—` `:` (read by character code: see text.ts on comparing characters as strings). */
function isLeadMark(c: number): boolean {
  return c === 44 || c === 0x2014 || c === 58;
}

/** Drops trailing space and sentence punctuation (not closing quotes). */
function trimEnd(norm: string, start: number, end: number): number {
  let e = end;
  while (e > start && isTrailing(norm.charCodeAt(e - 1))) e--;
  return e;
}

/** Space, `.` `,` `;` `:` and the dashes — and –. */
function isTrailing(c: number): boolean {
  return (
    c === 32 ||
    c === 10 ||
    c === 9 ||
    c === 13 ||
    c === 46 ||
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 0x2014 ||
    c === 0x2013
  );
}
