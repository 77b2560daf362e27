// Documents that speak for their authors (letters, statements, reports, testimony, memos,
// filings, notices, replies, resolutions; rulings, orders, lawsuits, motions and posts only with a
// writer): `the letter said` → the letter, whose members are its signers, found from `a letter
// signed by X and Y`, `X and Y sent a letter`, `The memo, sent on Sunday by X`, `A report released
// by the … Observatory`, `issued by the three governments`, `X wrote for the majority in the
// decision`, `X … writing in a letter`, `their letter`, `the bureau's recall notice`, `a missive
// from X`, `In a rare joint statement, the city's top lawyers …`, `X sent the letter …. It was
// also signed by Y`, `she sent an email`, `The Faculty Senate passed a resolution`, `…, the Office
// of the Inspector General said in an audit`, `The judge's order`; a reply is the one's who
// answered (`X answered …. According to the response`) or the letter that answers another (`The
// reply accused …`). A statement (or report, notice, post …) brought in as how something was
// said, with no writer found, is given one once that sentence's speaker is known
// (`issueStatements`). A definite document with no writer (`The 42-page complaint`) is issued by
// the subject of the nearest act that makes its kind (MAKING_ACTS: `filed suit`, `denied`,
// `replied`); subjects and possessors no name finds (`The county's permit office`, `The National
// Air Safety Board’s`) are resolved as the speakers step resolves a speaker phrase.
// This file runs the scan over the document nouns and issues carried statements; the parts it
// uses are in 05-documents/: context (shared readings), names, writers (after the noun), makers
// (making acts, subjects), authors (around the noun), reference (which document a noun names).

import {
  ADJECTIVAL,
  ARTICLES,
  DEFINITE,
  isDocumentSubject,
  opensSentence,
  type ScanContext,
  SCANNED_NOUNS,
  spanOf,
} from "./05-documents/context.ts";
import { CARRIED_KINDS, carriedAt, documentAt } from "./05-documents/reference.ts";
import type { Draft, Occurrence } from "./cast.ts";
import { DOCUMENT_HYPERNYMS, DOCUMENT_NOUNS } from "./lexicon/documents.ts";
import { inRegions, lowerBound, onlySpaces, type Token } from "./text.ts";

export { headBeforeOf } from "./05-documents/names.ts";

export interface DocumentScan {
  /** Document-noun occurrence start → the document it refers to. */
  at: Map<number, Draft>;
  /**
   * Statements brought in as the way something was said, with no writer found (`the union and
   * the company said in a joint statement`), in text order: whoever that sentence says spoke
   * issued them, known only once speakers are resolved (see `issueStatements`).
   */
  carried: Occurrence[];
  /** The carried letters, which only a writing cue issues (see `issueStatements`). */
  letters: Set<Draft>;
  /** The text scanned. */
  text: string;
}

// Words after which a document noun is a verb (`would release`, `to report`, `they note`).
const VERB_BEFORE = new Set([
  "would",
  "will",
  "could",
  "can",
  "may",
  "might",
  "must",
  "should",
  "shall",
  "to",
  "did",
  "does",
  "do",
  "not",
  "never",
  "they",
  "we",
  "i",
  "you",
]);

/**
 * Another document noun follows token `i` after a space (`a brief statement`, `brief remarks`):
 * `brief` is an adjective there, not a filing (`filed a brief supporting`, `The brief argues`).
 */
function beforeNoun(ctx: ScanContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  const next = ctx.tokens[i + 1];
  return !!next && DOCUMENT_NOUNS.has(next.lower) && onlySpaces(ctx.text, t.end, next.start);
}

/**
 * Scans every document noun outside quotes and removed text, in order, into `scan` (made before,
 * for the speaker resolver that reads its documents), and decides which document each refers to:
 * one with known authors becomes (or rejoins) that authors' document; a definite one without
 * authors refers back to the most salient document of that noun.
 */
export function scanDocuments(scan: DocumentScan, ctx: ScanContext): void {
  const { at, carried, letters } = scan;
  const byKind = new Map<string, Draft[]>();
  const { tokens, documentNouns } = ctx;
  // the document a sentence was last about, for `the document` after it
  let latest: Occurrence | undefined;
  // and where a noun of DOCUMENT_HYPERNYMS was last
  let hypernym = -1;
  for (let k = 0; k < documentNouns.length; k++) {
    const i = documentNouns[k] as number;
    const t = tokens[i] as Token;
    // only the nouns of documents with authors are scanned
    const kind = SCANNED_NOUNS.get(t.lower);
    if (!kind && DOCUMENT_HYPERNYMS.has(t.lower)) {
      // (`According to a document X prepared …. But the document`: that one, no earlier)
      if (latest && hypernym < latest.start) hypernymAt(ctx, i, latest, at);
      hypernym = t.start;
    }
    if (!kind || inRegions(ctx.quotes, t.start) || inRegions(ctx.removed, t.start)) continue;
    // `the agency would release its records`, `to review the case`: a verb, no document
    if (VERB_BEFORE.has((tokens[i - 1] as Token | undefined)?.lower ?? "")) continue;
    // `in a brief statement`: an adjective before its noun
    if (ADJECTIVAL.has(t.lower) && beforeNoun(ctx, i)) continue;
    // the rest in its own function: this loop, over every word, stays small for the compiler
    const doc = documentAt(ctx, i, kind, byKind, documentNouns[k + 1]);
    if (!doc) continue;
    at.set(t.start, doc);
    // (a body's own document, named before, may carry its writers' words: `In the letter, X wrote`)
    const carrying = doc.members?.length
      ? isBodys(doc) && carriedAt(ctx, i, ARTICLES)
      : carriedAt(ctx, i);
    const carries = CARRIED_KINDS.has(kind) && carrying;
    if (carries) {
      carried.push({ start: t.start, end: t.end, draft: doc, subject: false });
      addIfLetter(letters, doc, kind);
    }
    // (the one a sentence is about: its subject, or how it was said)
    if (carries || opensSentence(ctx, i))
      latest = { start: t.start, end: t.end, draft: doc, subject: false };
  }
}

/** How far after the last document named `the document` may refer to it. */
const HYPERNYM_REACH = 1500;

/**
 * `The response, from X, called …. The document added that`: a definite noun for any document
 * (DOCUMENT_HYPERNYMS) at token `i` is the one a sentence was last about (`latest`: its subject,
 * or how it was said), if near, and is mentioned there.
 */
function hypernymAt(ctx: ScanContext, i: number, latest: Occurrence, at: Map<number, Draft>): void {
  const t = ctx.tokens[i] as Token;
  const det = ctx.tokens[i - 1];
  if (!det || !DEFINITE.has(det.lower) || !onlySpaces(ctx.text, det.end, t.start)) return;
  if (t.start - latest.end > HYPERNYM_REACH || inRegions(ctx.quotes, t.start)) return;
  at.set(t.start, latest.draft);
  ctx.cast.mention(
    latest.draft,
    spanOf(ctx.text, det.start, t.end),
    isDocumentSubject(ctx.tokens, i - 1),
  );
}

/** Cues that say the speaker wrote what the sentence carries (`he wrote in a letter`). */
const WRITING_CUES = new Set(["wrote", "writes", "write", "writing"]);

/**
 * `In a joint statement, the union and the company said …. “…,” the statement said`: the speaker
 * of a statement whose sentence `[from, to)` carries a document with no writer wrote it — a
 * statement, memo, filing or email whatever the cue (`In a filing, the company said`), a letter
 * only when the cue is `wrote` (`In a pastoral letter …, he wrote that`): a letter may be read
 * out, or spoken of, by others than its writer. `said` holds the cue word and where the speaker's
 * mention starts.
 */
export function issueStatements(
  scan: DocumentScan,
  from: number,
  to: number,
  speaker: Draft,
  said: { cue: string; cueEnd?: number; mention: number | undefined },
): void {
  if (speaker.type === "document") return;
  for (let k = lowerBound(scan.carried, from); k < scan.carried.length; k++) {
    const o = scan.carried[k] as Occurrence;
    if (o.start >= to) break;
    issueCarried(scan, o, speaker, said);
  }
}

/**
 * Adds a carried document named by a letter noun to `letters`. (Apart for the compiler: called for
 * few nouns, this is not built into scanDocuments, whose code the first carried letter, met late,
 * threw away.)
 */
function addIfLetter(letters: Set<Draft>, doc: Draft, kind: string): void {
  if (kind === "letter") letters.add(doc);
}

/**
 * Gives the carried document `o` its writer, `speaker`, when `said` says they wrote it (see
 * issueStatements). (Apart for the compiler: few statements carry one, so this code, called
 * seldom, is not built into the optimised caller, whose rarely taken branches threw it away.)
 */
function issueCarried(
  scan: DocumentScan,
  o: Occurrence,
  speaker: Draft,
  said: { cue: string; cueEnd?: number; mention: number | undefined },
): void {
  if (scan.letters.has(o.draft) && !writtenIn(scan.text, said, o)) return;
  if (relativeOn(scan.text, o, said.mention)) return;
  if (!o.draft.members?.length) o.draft.members = [speaker];
  // `The council published an open letter …. In the letter, Mayor X and chair Y wrote`: the
  // people who write a body's document in it are its writers, as one who drafts it is
  else if (isBodys(o.draft) && WRITING_CUES.has(said.cue.toLowerCase()) && byPeople(speaker)) {
    o.draft.members = [speaker];
    o.draft.name = o.draft.name.replace(/ from .*$/su, ` from ${speaker.name}`);
  }
}

/** Whether a document's one writer is an organisation (`the council's letter`). */
function isBodys(d: Draft): boolean {
  return d.members?.length === 1 && d.members[0]?.type === "organisation";
}

/** A person, or a group of people (`Mayor X and chair Y`). */
function byPeople(d: Draft): boolean {
  return (
    d.type === "person" || (d.type === "group" && !!d.members?.every((m) => m.type === "person"))
  );
}

/**
 * The cue says its speaker wrote the letter `o`: a writing cue (`he wrote that`), or any cue the
 * letter directly follows as how it was said (`The Nurses Association said in a letter to the
 * commission that`): one who speaks of another's letter names its writer (`said in a letter from`).
 */
function writtenIn(text: string, said: { cue: string; cueEnd?: number }, o: Occurrence): boolean {
  if (WRITING_CUES.has(said.cue.toLowerCase())) return true;
  if (said.cueEnd === undefined || o.start < said.cueEnd || o.start - said.cueEnd > CUE_TO_LETTER)
    return false;
  return CUE_THEN_LETTER.test(text.slice(said.cueEnd, o.start));
}

// ` in a `, ` in an open `, ` in a two-page `: from a cue to the letter it was said in
const CUE_TO_LETTER = 30;

const CUE_THEN_LETTER =
  /^[ \u00a0]+in[ \u00a0]+(?:a|an|the|her|his|their|its)[ \u00a0]+(?:[\p{Ll}\d-]+[ \u00a0]+){0,2}$/u;

/**
 * `in an email that organisers called "…"`: the speaker named in a relative clause on the
 * document says something of it, and did not write it.
 */
function relativeOn(text: string, o: Occurrence, mention: number | undefined): boolean {
  if (mention === undefined || mention < o.end || mention - o.end > RELATIVE_GAP) return false;
  return /^[ \u00a0]+(?:that|which)[ \u00a0]/u.test(text.slice(o.end, mention));
}

// From the document noun to the speaker of a relative clause on it: ` that `, ` which `.
const RELATIVE_GAP = 8;
