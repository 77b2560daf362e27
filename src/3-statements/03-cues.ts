// Finding reporting verbs and phrases (`said`, `told reporters`, `according to`) among a sentence's
// tokens, leaving out words inside quotations and non-reporting uses (`the report`, `is said to`).

import { CUES, type CueInfo } from "./lexicon/cues.ts";
import { DETERMINERS, NEGATIONS } from "./lexicon/words.ts";
import { lowerAscii, type Token } from "./text.ts";

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

/** `went on to say`, `continued to insist`: an infinitive that does report. */
const CONTINUERS = new Set(["on", "continued", "continues", "went"]);
const PASSIVE = new Set(["is", "was", "are", "were", "be", "been", "being"]);
const ACCORDING: CueInfo = {
  lemma: "according to",
  bare: true,
  hearer: undefined,
  channel: undefined,
  cognitive: undefined,
  preposition: undefined,
  particle: undefined,
  needsQuote: undefined,
};

/**
 * The first two letters, the length and the last letter of every cue word, as tables of bits:
 * most words fail them, and so are never hashed for the lexicon look-up (the hash is most of the
 * cost of looking a fresh string up).
 */
const CUE_LENGTHS = new Uint32Array(128 * 128);
const CUE_LAST = new Uint32Array(128 * 128);
for (const w of [...CUES.keys(), "according"]) {
  const a = w.charCodeAt(0);
  const b = w.length > 1 ? w.charCodeAt(1) : 0;
  if (a >= 128 || b >= 128) {
    // a cue word outside ASCII: no filter
    CUE_LENGTHS.fill(0xffffffff);
    CUE_LAST.fill(0xffffffff);
    continue;
  }
  const at = a * 128 + b;
  CUE_LENGTHS[at] = (CUE_LENGTHS[at] as number) | lengthBit(w.length);
  CUE_LAST[at] = (CUE_LAST[at] as number) | letterBit(w.charCodeAt(w.length - 1));
}

function lengthBit(n: number): number {
  return n < 31 ? 1 << n : 1 << 31;
}

function letterBit(c: number): number {
  return c >= 97 && c <= 122 ? 1 << (c - 97) : 1 << 31;
}

/** The filter, read from the token's characters when they are ASCII (so most words never make
 * their lower-case string). */
function mayBeCue(t: Token): boolean {
  if (!t.ascii) return mayBeCueWord(t.lower);
  const length = t.end - t.start;
  const a = lowerAscii(t.text.charCodeAt(t.start));
  const b = length > 1 ? lowerAscii(t.text.charCodeAt(t.start + 1)) : 0;
  const last = lowerAscii(t.text.charCodeAt(t.end - 1));
  return passes(a * 128 + b, length, last);
}

function mayBeCueWord(lower: string): boolean {
  const a = lower.charCodeAt(0);
  const b = lower.length > 1 ? lower.charCodeAt(1) : 0;
  if (a >= 128 || b >= 128) return true;
  return passes(a * 128 + b, lower.length, lower.charCodeAt(lower.length - 1));
}

function passes(at: number, length: number, last: number): boolean {
  return (
    ((CUE_LENGTHS[at] as number) & lengthBit(length)) !== 0 &&
    ((CUE_LAST[at] as number) & letterBit(last)) !== 0
  );
}

export function findCues(tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word || t.quote >= 0 || !mayBeCue(t)) continue;
    if (t.lower === "according") {
      const next = tokens[i + 1];
      if (next && next.lower === "to" && next.quote < 0) {
        cues.push({ first: i, last: i + 1, info: ACCORDING, according: true, participle: false });
        i++;
      }
      continue;
    }
    const info = CUES.get(t.lower);
    if (!info) continue;
    // Capitalised mid-sentence it is a name or a title (`States`, `Post`), not a verb.
    if (t.cap && i > 0) {
      const before = (tokens[i - 1] as Token).lower;
      if (before !== '"' && before !== "(") continue;
    }
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    if (prev && DETERMINERS.has(prev.lower)) continue; // `the report`, `his statement`
    if (prev && (NEGATIONS.has(prev.lower) || (prev2 && NEGATIONS.has(prev2.lower)))) continue;
    // An infinitive (`declined to say`, `is said to show`, `wants to tell`) reports nothing yet.
    if (prev?.lower === "to" && !(prev2 && CONTINUERS.has(prev2.lower))) continue;
    const next = tokens[i + 1];
    // `is said to be`, `was reported to have`: hearsay with no speaker.
    if (prev && PASSIVE.has(prev.lower) && next?.lower === "to") continue;
    let last = i;
    if (info.particle) {
      if (next?.lower !== info.particle) continue;
      last = i + 1;
    }
    const participle = t.lower.endsWith("ing") && prev?.lower === ",";
    cues.push({ first: i, last, info, according: false, participle });
    i = last;
  }
  return cues;
}
