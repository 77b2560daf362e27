// Attributions in one sentence: for each reporting cue, who (the speaker mention) and what (the
// content: the clause after `said (that)`, the words before a tail `…, X said`, a whole sentence
// around a parenthetical `Such policies, they wrote, made…`, or the clause beside `according to X`).
// This is the walk over the cues, which also drops cues that report nothing of their own (one inside
// the words a later `…, said X` reports, an `as X claims` aside by another speaker); `speaker.ts`
// finds who, `content.ts` and `after-cue.ts` find what.

import type { Range } from "../01-sentences.ts";
import { type Cue, findCues } from "../03-cues.ts";
import { buildCueInfo } from "../lexicon/cues.ts";
import {
  isRoleWord,
  nounPhraseAfter,
  nounPhraseBefore,
  type TokenRange,
} from "../04-speaker-mention.ts";
import { WRITTEN_NOUNS } from "../lexicon/cues.ts";
import { DASHES, LONE_SUBJECTS, NEGATIONS, PRONOUNS, REFUSED_VERBS } from "../lexicon/words.ts";
import { FINITE_AUXILIARIES } from "../../lexicon/grammar.ts";
import { endsInS, firstTokenFrom, isSpace, type Token } from "../text.ts";
import { gappedRelative, withContents } from "./content.ts";
import {
  type Attribution,
  closes,
  COORDINATORS,
  isEndPunct,
  make,
  nonEmpty,
  onlyNames,
  opens,
  range,
  type SentenceView,
  trimEnd,
} from "./shared.ts";
import { type Speaker, speakerOf } from "./speaker.ts";

export type { Attribution, SentenceView } from "./shared.ts";
export { onlyNames } from "./shared.ts";

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
    if (nestedInTail(tokens, a, cues[ci + 1])) continue;
    // A naming verb with no quotation after it (`questioning the FBI's decisions`) says nothing.
    // Nor one whose quotation comes only after a later verb set off by a comma (`one of the nine
    // who voted no, called the resolution "…"`): that verb names with it.
    // (not a participle, whose subject is this cue's: `have mocked X, calling him "…"`)
    const later = cues[ci + 1];
    const stop =
      later && !later.participle && tokens[later.first - 1]?.lower === "," ? later.first : last + 1;
    if (onlyNames(a) && !a.tail && !quoteAfter(s, cue.last, stop)) continue;
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
    if ((a.contents.length > 0 || a.colon) && !refusal(s, a)) out[kept++] = a;
  }
  out.length = kept; // (always: a store met only now and then throws optimised code away)
  return out;
}

/**
 * `A spokesman said it would not comment beyond the report`, `said she had no comment`: a content
 * that is only its subject refusing to speak reports nothing (a quotation or a `but` clause in it
 * does, so those stay).
 */
function refusal(s: SentenceView, a: Attribution): boolean {
  const c = a.contents[0];
  if (a.contents.length !== 1 || !c) return false;
  const { tokens } = s;
  let k = firstTokenFrom(tokens, c.start);
  const end = Math.min(tokens.length, k + REFUSAL_REACH);
  let refused = -1;
  for (; k < end && (tokens[k] as Token).start < c.end; k++) {
    const t = tokens[k] as Token;
    if (!t.word || t.quote >= 0) return false;
    // (`k > 0` first: a read before the first token throws the optimised code away)
    const before = k > 0 ? tokens[k - 1]?.lower : undefined;
    if (NEGATIONS.has(t.lower) && FINITE_AUXILIARIES.has(before ?? "")) {
      refused = REFUSED_VERBS.has(tokens[k + 1]?.lower ?? "") ? k + 2 : -1;
      break;
    }
    if (t.lower.endsWith("n't") && REFUSED_VERBS.has(tokens[k + 1]?.lower ?? "")) {
      refused = k + 2;
      break;
    }
    if (t.lower === "no" && tokens[k + 1]?.lower === "comment" && HAVE.has(before ?? "")) {
      refused = k + 2;
      break;
    }
  }
  if (refused < 0) return false;
  for (let j = refused; j < tokens.length && (tokens[j] as Token).start < c.end; j++) {
    const t = tokens[j] as Token;
    if (t.quote >= 0 || t.lower === "but" || t.lower === "that" || t.lower === ",") return false;
  }
  return true;
}

const HAVE = new Set(["has", "had", "have"]);
/** Words a refusal's subject and auxiliary take before the negation (`the company would not`). */
const REFUSAL_REACH = 6;

const LABEL = buildCueInfo(":", { bare: false });

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
        if (bStart === c.start || (bStart > c.start && coordinatedThat(tokens, b, c))) {
          nested.add(c);
          continue;
        }
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
          const end = c.end;
          c.end = trimEnd(norm, c.start, at);
          const resumed = b.mention && gappedRelative(tokens, b.mention) && resume(norm, s, b, end);
          if (resumed) a.contents.push(resumed);
        }
      }
      a.contents = nonEmpty(a.contents);
    }
  }
  return nested;
}

/**
 * `said the letter had been passed on and that they had found "no immediate danger"`: a `that`
 * after `and` (or `or`, `but`) right before the later clause opens a second object of the earlier
 * cue, so the later report is inside its content, as one right after its `that` is.
 */
function coordinatedThat(tokens: readonly Token[], b: Attribution, c: Range): boolean {
  const that = tokens[b.clause.first - 1];
  const and = tokens[b.clause.first - 2];
  return (
    that?.lower === "that" &&
    !!and &&
    and.start > c.start &&
    and.quote < 0 &&
    (and.lower === "and" || and.lower === "or" || and.lower === "but")
  );
}

/**
 * `He said the announcement, which some have argued was intended …, was an "insult"`: past a
 * relative clause's report (ended at its comma), the outer content goes on to `end`.
 */
function resume(norm: string, s: SentenceView, b: Attribution, end: number): Range | undefined {
  const inner = b.contents[b.contents.length - 1];
  if (!inner || inner.end >= end) return undefined;
  const { tokens } = s;
  let k = b.clause.last + 1;
  while (k < tokens.length && (tokens[k] as Token).start < inner.end) k++;
  const next = tokens[k + 1];
  if (tokens[k]?.lower !== "," || !next || next.start >= end) return undefined;
  return range(norm, next.start, end);
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
    let k = participlePhraseEnd(tokens, clauseLast + 1, last);
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
  if (previous && qualifiesOther(s.tokens, speaker, previous)) return undefined;
  return withContents(norm, s, cue, speaker, floor, last, nextCue);
}

/**
 * `The rejection of the treaty signals "the beginning of the end" for the EU, said Geert Wilders`:
 * a cue whose subject is a thing, not a name, a pronoun or a role, inside the words an inverted
 * tail clause (`…, said X`) reports, is part of X's words; it reports nothing of its own.
 */
function nestedInTail(tokens: readonly Token[], a: Attribution, next: Cue | undefined): boolean {
  if (!next || !a.mention || next.according || next.participle || a.tail) return false;
  if ((tokens[next.first] as Token).lower.endsWith("ing")) return false;
  const before = tokens[next.first - 1];
  if (!before || !(before.lower === "," || before.mark === 2)) return false;
  // (inverted: a name and then the clause's end or a comma, `said Geert Wilders, founder …`)
  const name = nounPhraseAfter(tokens, next.last + 1, tokens.length - 1);
  if (!name) return false;
  // (the three tests are made for every phrase: made only in turn, the later ones were first met
  // after the compiler had optimised findAttributions, which threw that code away)
  const end = tokens[name.last + 1];
  const capitalised = (tokens[name.first] as Token).cap;
  const endsClause = !end || end.lower === "," || isEndPunct(end);
  const thing = isThing(tokens, a.mention);
  return capitalised && endsClause && thing;
}

/** A phrase headed by a lower-case noun that is no pronoun, role, medium or plural (`The
 * rejection of the treaty`), its head being the word before any `of`. */
function isThing(tokens: readonly Token[], np: TokenRange): boolean {
  let head = np.last;
  for (let i = np.first + 1; i <= np.last; i++)
    if ((tokens[i] as Token).lower === "of") {
      head = i - 1;
      break;
    }
  const t = tokens[head] as Token;
  if (t.cap || PRONOUNS.has(t.lower) || isRoleWord(t.lower) || endsInS(t.lower)) return false;
  return !WRITTEN_NOUNS.has(t.lower) && !LONE_SUBJECTS.has(t.lower);
}

/**
 * `The brief argued that the rule did not go beyond its authority, as the alliance claims, because
 * …`: an `as` aside by another speaker after a report qualifies that report (here, against it)
 * and reports nothing of its own; by the same speaker it restates it (`he thought that …, as he
 * later explained, was …`).
 */
function qualifiesOther(
  tokens: readonly Token[],
  speaker: Speaker,
  previous: Attribution,
): boolean {
  const first = speaker.clauseFirst;
  if (tokens[first - 1]?.lower !== "as" || tokens[first - 2]?.lower !== ",") return false;
  return !!previous.mention && !samePhrase(tokens, speaker.mention, previous.mention);
}

/** Whether two token ranges spell the same words. */
function samePhrase(tokens: readonly Token[], a: TokenRange, b: TokenRange): boolean {
  if (a.last - a.first !== b.last - b.first) return false;
  for (let i = 0; i <= a.last - a.first; i++)
    if ((tokens[a.first + i] as Token).lower !== (tokens[b.first + i] as Token).lower) return false;
  return true;
}

const MAX_CONTENT = 20_000;
const MAX_NESTED = 600;

/**
 * `According to a police report obtained by the Gazette, the driver…`: a participle phrase after
 * the source describes it; the content starts past its comma. Returns that comma, else `k`.
 */
function participlePhraseEnd(tokens: readonly Token[], k: number, last: number): number {
  const t = tokens[k];
  if (!t?.word || t.cap || !/(?:ed|en)$/.test(t.lower)) return k;
  for (let j = k + 1; j <= last && j <= k + PARTICIPLE_REACH; j++) {
    const u = tokens[j] as Token;
    if (u.quote >= 0) return k;
    if (u.lower === ",") return j;
  }
  return k;
}

// A participle phrase describing a source is short (`obtained by the Gazette`,
// `released by the state health department on Monday`); further on, the comma is the content's.
const PARTICIPLE_REACH = 10;

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

/** Whether a quotation opens within reach after token `i`, before token `stop`. */
function quoteAfter(s: SentenceView, i: number, stop: number): boolean {
  for (let j = i + 1; j < stop && j <= i + QUOTE_REACH; j++) if (opens(s, j)) return true;
  return false;
}

const QUOTE_REACH = 14;
