// The medium a statement was made in, from the words around it: `in a letter`, `the statement
// said`, `wrote` → letter, `told reporters` → interview, `told the crowd` → speech, `ICE policy
// prohibits` → document.

import {
  ADDRESSING_PLACES,
  AFTER_EVENT,
  SAID_LATER,
  AUDIENCE_NOUNS,
  CHAMBER_ENDS,
  CHAMBER_SIDES,
  EVENT_NOUNS,
  EVENT_PAIRS,
  GATHERINGS,
  SITTING_BODIES,
  TESTIMONY_HEARERS,
  WITNESS_OPENERS,
} from "../lexicon/events.ts";
import { BENCH_PARTS, REACHED } from "../lexicon/media.ts";
import type { Channel } from "../types.ts";
import type { Cue } from "./03-cues.ts";
import type { TokenRange } from "./04-speaker-mention.ts";
import { CHANNEL_NOUNS } from "./lexicon/cues.ts";
import { PRONOUNS } from "./lexicon/words.ts";
import type { Token } from "./text.ts";

/** A medium named by a phrase and the index of its head noun. */
interface Phrase {
  channel: Channel;
  head: number;
}

// The last sentence asked about and its phrase: the attributions of one sentence ask in a row.
let lastTokens: readonly Token[] | undefined;
let lastPhrase: Phrase | undefined;

/** `in a letter`, `in a joint statement`, `on Twitter` anywhere outside quotes in the sentence. */
export function channelPhrase(tokens: readonly Token[]): Channel | undefined {
  return sentencePhrase(tokens)?.channel;
}

/** The sentence's first medium phrase, remembered for its sentence. */
function sentencePhrase(tokens: readonly Token[]): Phrase | undefined {
  // Asked once per attribution, so remembered per sentence to stay linear (a one-entry cache
  // rather than a WeakMap, whose entries cost the garbage collector).
  if (tokens === lastTokens) return lastPhrase;
  lastPhrase = scanChannelPhrase(tokens);
  lastTokens = tokens;
  return lastPhrase;
}

function scanChannelPhrase(tokens: readonly Token[]): Phrase | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word || t.quote >= 0 || !isChannelPrep(t.lower)) continue;
    const found = phraseAt(tokens, i);
    if (found) return found;
  }
  return undefined;
}

/** The medium named by the phrase opened by the preposition `i`, and its head noun. */
function phraseAt(tokens: readonly Token[], i: number): Phrase | undefined {
  for (let j = i + 1; j < tokens.length && j <= i + PHRASE_WORDS; j++) {
    const u = tokens[j] as Token;
    if (!u.word || u.quote >= 0) return undefined;
    // (an infinitive ends the phrase: `rose in question period to call the document "…"`)
    if (u.lower === "to" && j > i + 1) return undefined;
    if (!CHANNEL_NOUNS.has(u.lower)) continue;
    const head = headNoun(tokens, j);
    if (refersToACall(tokens, i, head)) continue;
    const c = CHANNEL_NOUNS.get((tokens[head] as Token).lower);
    // Only speech-like channels count in a phrase: `in a report` is too loose to be the medium.
    if (c && c !== "document" && c !== "report") {
      // (one result object: a second one, built only for an event, deoptimised the callers; and
      // the audience is read for every medium: read only for a shared one, first at PolNeAR
      // article 11 of the cold round, it was met after the callers had been optimised)
      const audience = withAudience(tokens, head);
      const live = isEventPair(tokens, head) || (SHARED_LIVE.has(c) && audience);
      return { channel: live ? "speech" : c, head };
    }
  }
  return undefined;
}

/**
 * `Sen. Ida Park, who spoke at the rally on Friday, later said in an interview that …`: the phrase
 * right after the cue (past a word or two, `said Friday in a statement`) is the medium of its
 * words, whatever another phrase of the sentence names.
 */
function phraseAfterCue(tokens: readonly Token[], cue: Cue): Channel | undefined {
  for (let i = cue.last + 1; i < tokens.length && i <= cue.last + CUE_GAP + 1; i++) {
    const t = tokens[i] as Token;
    if (!t.word || t.quote >= 0) return undefined;
    if (isChannelPrep(t.lower)) return phraseAt(tokens, i)?.channel;
  }
  return undefined;
}

/** How many words may stand between a cue and its medium's phrase (`said on Friday in a …`). */
const CUE_GAP = 2;

/**
 * `asked on the call`, `said on that call`: a call named before, whose kind (a phone interview, an
 * earnings call with analysts) the actors stage reads from the speaker's scene; only `a call`
 * says here what it is.
 */
function refersToACall(tokens: readonly Token[], prep: number, head: number): boolean {
  if (head !== prep + 2 || (tokens[head] as Token).lower !== "call") return false;
  const det = (tokens[prep + 1] as Token).lower;
  return det === "the" || det === "that";
}

/**
 * How many words of a phrase right after a cue or a medium noun are read: `told` to its hearer
 * (`told about 2,000 mourners`), `with`/`to` to an audience, `in` to a document.
 */
const PHRASE_WORDS = 4;

/**
 * The medium noun `j`, or the one after it when that names a medium too: `in a video` is a post
 * but `in a video statement` a statement, `on a video call` an interview. A participle after the
 * noun describes it (`in a statement emailed to reporters`), as one before it names the medium
 * of the noun it precedes (`in an emailed response`).
 */
function headNoun(tokens: readonly Token[], j: number): number {
  const next = tokens[j + 1];
  if (!next?.word || next.quote >= 0 || next.lower.endsWith("ed")) return j;
  return CHANNEL_NOUNS.has(next.lower) ? j + 1 : j;
}

/** `in`, `on`, `at`, `via`, `during` or `through`: told by the length and a comparison, as most
 * words are none, and a word looked up in a set would be hashed first. */
function isChannelPrep(w: string): boolean {
  switch (w.length) {
    case 2:
      return w === "in" || w === "on" || w === "at";
    case 3:
      return w === "via";
    case 6:
      return w === "during";
    case 7:
      return w === "through";
    default:
      return false;
  }
}

/** `at a public hearing`: the noun and the word before name a spoken event (a public comment). */
function isEventPair(tokens: readonly Token[], head: number): boolean {
  const prev = tokens[head - 1];
  const w = (tokens[head] as Token).lower;
  return prev !== undefined && PAIR_ENDS.has(w) && EVENT_PAIRS.has(`${prev.lower} ${w}`);
}

/** The second words of EVENT_PAIRS: a pair is built only for them (most words are none). */
const PAIR_ENDS: ReadonlySet<string> = new Set(
  [...EVENT_PAIRS].map((p) => p.slice(p.indexOf(" ") + 1)),
);

/**
 * `… in an email that organisers called "a threat"`: the cue is in a clause describing the
 * medium of the sentence's phrase, so its words are about that medium, not made in it.
 */
function describesPhrase(tokens: readonly Token[], cue: Cue): boolean {
  const head = sentencePhrase(tokens)?.head ?? -1;
  if (head < 0 || cue.first <= head) return false;
  const rel = tokens[head + 1];
  return rel !== undefined && RELATIVES.has(rel.lower) && cue.first - head <= PHRASE_WORDS;
}

/** Words opening a clause about the noun before them. */
const RELATIVES: ReadonlySet<string> = new Set(["that", "which"]);

/**
 * `on a call with analysts`, `in a video message to supporters`: a medium shared with an
 * audience gathered for it is an event there (an earnings call), not an interview. A letter or a
 * memo to its readers stays one (`in a separate memo to board members`).
 */
const SHARED_LIVE: ReadonlySet<Channel> = new Set(["interview", "post"]);

/** Whether the medium noun `noun` is shared `with` / `to` an audience (AUDIENCE_NOUNS). */
function withAudience(tokens: readonly Token[], noun: number): boolean {
  const w = tokens[noun + 1];
  if (!w || (w.lower !== "with" && w.lower !== "to")) return false;
  for (let j = noun + 2; j < tokens.length && j <= noun + 1 + PHRASE_WORDS; j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0) return false;
    if (AUDIENCE_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/**
 * `said in a court filing`, `wrote in a report released …`: a document or a report named in the
 * phrase right after the cue is its medium, though one named elsewhere in the sentence is too
 * loose to be (`X, cited in a report, said`).
 */
function writtenAfterCue(tokens: readonly Token[], cue: Cue): Channel | undefined {
  const prep = tokens[cue.last + 1];
  if (!prep || prep.quote >= 0 || (prep.lower !== "in" && prep.lower !== "through"))
    return undefined;
  for (let j = cue.last + 2; j < tokens.length && j <= cue.last + 1 + PHRASE_WORDS; j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0) return undefined;
    const c = CHANNEL_NOUNS.get(t.lower);
    if (c) return c === "document" || c === "report" ? c : undefined;
  }
  return undefined;
}

/**
 * `In a filing with the exchange board, the company said`, `In its 38-page decision, the panel
 * said`, `In a letter to its 3,400 members, the guild told them`: a medium named in the phrase
 * that opens the sentence frames all it reports, a document or a report as much as a letter.
 */
export function openingMedium(tokens: readonly Token[]): Channel | undefined {
  const first = tokens[0];
  if (!first || first.quote >= 0) return undefined;
  if (first.lower === "writing") return writesForBench(tokens) ? "document" : undefined;
  if (first.lower !== "in" && first.lower !== "through") return undefined;
  for (let j = 1; j < tokens.length && j <= PHRASE_WORDS; j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0) return undefined;
    const c = CHANNEL_NOUNS.get(t.lower);
    if (c) return CHANNEL_NOUNS.get((tokens[headNoun(tokens, j)] as Token).lower);
  }
  return undefined;
}

/**
 * `Writing for the majority, Justice X said …`, `Writing for a unanimous court, …`: a judge who
 * writes for the bench (BENCH_PARTS) writes the judgment, a document.
 */
function writesForBench(tokens: readonly Token[]): boolean {
  return tokens[1]?.lower === "for" && phraseHas(tokens, BENCH_PARTS);
}

/**
 * `Testifying before the Senate Finance Committee, the treasurer said …`, `Appearing before the
 * committee, …`: the sentence opens by placing its subject at a hearing as a witness.
 */
function witnessOpening(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (!first?.word || first.quote >= 0 || !WITNESS_OPENERS.has(first.lower)) return false;
  if (first.lower === "testifying") return true;
  return tokens[1]?.lower === "before" && phraseHas(tokens, TESTIMONY_HEARERS);
}

/** The phrase after an opening participle and its preposition (`for the majority`) has a word of `words`. */
function phraseHas(tokens: readonly Token[], words: ReadonlySet<string>): boolean {
  for (let j = 2; j < tokens.length && j <= 1 + PHRASE_WORDS; j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0) return false;
    if (words.has(t.lower)) return true;
  }
  return false;
}

/**
 * `Reached by phone on Saturday, she said the letter "says what it says"`, `When reached, …`: the
 * reporter sought the speaker out, so the words are an interview, whatever document they are about.
 */
function reachedByReporter(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (!first?.word || first.quote >= 0) return false;
  const opener = first.lower === "when" ? tokens[1] : first;
  return opener !== undefined && opener.quote < 0 && REACHED.has(opener.lower);
}

/**
 * `told the crowd`, `told a news conference`, `told lawmakers`: a hearer gathered at an event
 * (`told the meeting`) makes it a speech there, where `told reporters` is an interview; `told the
 * committee`, `told the jury` is testimony. `told reporters after the meeting` is past it.
 */
function toldAnEvent(tokens: readonly Token[], cue: Cue): Channel | undefined {
  if (!cue.info.hearer) return undefined;
  // (read to the phrase's end: `told the Senate Judiciary Committee` is a witness's hearer)
  let speech = false;
  for (let j = cue.last + 1; j < tokens.length && j <= cue.last + PHRASE_WORDS; j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0) break;
    if (TESTIMONY_HEARERS.has(t.lower)) return "testimony";
    const w = t.lower;
    if (AUDIENCE_NOUNS.has(w) || EVENT_NOUNS.has(w) || GATHERINGS.has(w)) speech = true;
    else if (isChamber(tokens, j))
      speech = true; // `told the House of Commons`, `told the lower house`
    else if (AFTER_EVENT.has(w)) break;
  }
  return speech ? "speech" : undefined;
}

/**
 * `said in the legislature`, `said in parliament`, `said during question period`, `said on the
 * Senate floor`: a body in session, or a sitting's own event, right after the cue places the words
 * there. (A crowd is not: `said in the crowd` is one of its members.)
 */
function inASitting(tokens: readonly Token[], cue: Cue): boolean {
  const prep = tokens[cue.last + 1];
  if (prep?.lower === "on" && prep.quote < 0) return onTheFloor(tokens, cue.last + 2);
  return sittingAt(tokens, cue.last + 1);
}

/**
 * The phrase opened by token `i` places its words at a sitting: `in` or `during` and a body in
 * session (`in the legislature`) or a sitting's event (`during question period`).
 */
function sittingAt(tokens: readonly Token[], i: number): boolean {
  const prep = tokens[i];
  if (!prep || prep.quote >= 0 || (prep.lower !== "in" && prep.lower !== "during")) return false;
  for (let j = i + 1; j < tokens.length && j <= i + PHRASE_WORDS; j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0) return false;
    if (isChamber(tokens, j) || isEventPair(tokens, j)) return true;
  }
  return false;
}

/**
 * Token `j` names a legislature's chamber (SITTING_BODIES): `house` only as `the lower house`, or
 * as a capitalised `House` ending its phrase (`told the House on Monday`, not `House investigators`).
 */
function isChamber(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  if (!SITTING_BODIES.has(t.lower)) return false;
  if (t.lower !== "house") return true;
  if (CHAMBER_SIDES.has((tokens[j - 1] as Token | undefined)?.lower ?? "")) return true;
  const next = tokens[j + 1];
  return t.cap && (!next?.word || next.quote >= 0 || (!next.cap && CHAMBER_ENDS.has(next.lower)));
}

/**
 * `Speaking in parliament on Tuesday, she said …`, `In the legislature on Thursday, …`: the phrase
 * opening the sentence, or one right after an opening `Speaking`, places its words at a sitting.
 */
function sittingOpens(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (first !== undefined && first.quote < 0 && first.lower === "speaking")
    return sittingAt(tokens, 1);
  return sittingAt(tokens, 0);
}

/**
 * `on the Senate floor`, `on the floor of the House` from token `from`: a chamber's floor, named
 * by a capitalised body next to it (`on the factory floor` is a workplace).
 */
function onTheFloor(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j < tokens.length && j < from + PHRASE_WORDS; j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0) return false;
    if (t.lower !== "floor") continue;
    const before = tokens[j - 1] as Token;
    const after = tokens[j + 1]?.lower === "of" ? tokens[j + 3] : undefined;
    return before.cap || (after !== undefined && after.cap && after.quote < 0);
  }
  return false;
}

/**
 * The words right after the cue place its words: `said from the bench`, `from the podium` (the
 * place one addresses a room from: a judge's sentencing remarks, a speaker's) at an event;
 * `said later`, `said afterwards` past the event the speaker was at, to the reporter (a phrase
 * after the word, `said later at a briefing`, was read before).
 */
function placeAfterCue(tokens: readonly Token[], cue: Cue): Channel | undefined {
  const next = tokens[cue.last + 1];
  if (next === undefined || next.quote >= 0) return undefined;
  if (SAID_LATER.has(next.lower)) return "interview";
  if (next.lower !== "from") return undefined;
  for (let j = cue.last + 2; j < tokens.length && j <= cue.last + 3; j++) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0) return undefined;
    if (ADDRESSING_PLACES.has(t.lower)) return "speech";
  }
  return undefined;
}

/** Channel from the speaker mention's head noun (`the letter`, `the statement`, `ICE policy`). */
function mentionChannel(
  tokens: readonly Token[],
  mention: TokenRange | undefined,
): Channel | undefined {
  if (!mention) return undefined;
  const head = tokens[mention.last] as Token;
  return CHANNEL_NOUNS.get(head.lower);
}

export function channelFor(
  tokens: readonly Token[],
  cue: Cue | undefined,
  mention: TokenRange | undefined,
): { channel: Channel; explicit: boolean } {
  // (one result object per kind: a literal per rule, most met rarely, deoptimised the callers
  // each time one was first built after the compiler had optimised them)
  const named = namedChannel(tokens, cue, mention);
  if (named) return { channel: named, explicit: true };
  return { channel: guessedChannel(tokens, cue, mention), explicit: false };
}

/** The medium the sentence names or implies, if any. */
function namedChannel(
  tokens: readonly Token[],
  cue: Cue | undefined,
  mention: TokenRange | undefined,
): Channel | undefined {
  const fromMention = mentionChannel(tokens, mention);
  if (fromMention) return fromMention;
  const afterCue = cue && writtenAfterCue(tokens, cue);
  if (afterCue) return afterCue;
  const opening = openingMedium(tokens);
  if (opening === "document" || opening === "report") return opening;
  // the cue's own phrase first, then one elsewhere in the sentence not about another medium
  const found = cue && phraseAfterCue(tokens, cue);
  const inSentence = found ? undefined : channelPhrase(tokens);
  const phrase =
    found ?? (inSentence && cue && describesPhrase(tokens, cue) ? undefined : inSentence);
  const told =
    cue && (toldAnEvent(tokens, cue) ?? (inASitting(tokens, cue) ? "speech" : undefined));
  // a call told to a gathered audience is an event (`told analysts on a conference call`)
  // (the phrase is tested first: it is met in every sentence with a phrase, `told` in few, and a
  // test first met after the compiler has optimised this code throws that code away)
  if (phrase && !(phrase === "interview" && told)) return phrase;
  if (reachedByReporter(tokens)) return "interview";
  if (witnessOpening(tokens)) return "testimony";
  if (told) return told;
  // `In the legislature on Thursday, the minister said …`
  if (sittingOpens(tokens)) return "speech";
  return (cue && placeAfterCue(tokens, cue)) ?? cue?.info.channel;
}

/** No medium named: someone who `said` something to the reporter is interviewed. */
function guessedChannel(
  tokens: readonly Token[],
  cue: Cue | undefined,
  mention: TokenRange | undefined,
): Channel {
  if (!cue || !mention) return "unknown";
  const head = tokens[mention.last] as Token;
  return head.cap || PRONOUNS.has(head.lower) ? "interview" : "unknown";
}
