// Written media by the nouns that name them, and the verbs that say only that words were
// written: `she wrote` after `a short post on Instagram` was the post, after `In a note to
// clients` the note (see 4-actors/08-channel).

import type { Channel } from "../types.ts";

/** `wrote`, `writes`: the words were written, but the verb does not say where. */
export const WRITING_VERBS: ReadonlySet<string> = new Set([
  "write",
  "writes",
  "wrote",
  "written",
  "writing",
]);

/** Nouns of the written media a writer is placed in (`in a blog post`, `in its 38-page decision`). */
export const WRITTEN_MEDIA: ReadonlyMap<string, Channel> = new Map([
  ["letter", "letter"],
  ["email", "letter"],
  ["e-mail", "letter"],
  ["reply", "letter"],
  ["statement", "statement"],
  ["post", "post"],
  ["posts", "post"],
  ["blog", "post"],
  ["newsletter", "post"],
  ["instagram", "post"],
  ["facebook", "post"],
  ["linkedin", "post"],
  ["tiktok", "post"],
  ["twitter", "post"],
  ["social", "post"],
  ["account", "post"],
  ["accounts", "post"],
  // (a covering note, a note to staff, as a memo is; an analyst's is a report, RESEARCH_READERS)
  ["note", "letter"],
  ["report", "report"],
  ["study", "report"],
  ["journal", "report"],
  ["decision", "document"],
  ["ruling", "document"],
  ["order", "document"],
  ["opinion", "document"],
  ["dissent", "document"],
  ["filing", "document"],
  ["complaint", "document"],
  // what a court is given or gives, however the article names it (`In a 47-page judgment …`,
  // `In a six-page answer filed with the court`): a document, whoever `wrote` it, never a letter
  // (not `brief` or `suit`: `in a brief phone interview`, `in a dark suit`)
  ["affidavit", "document"],
  ["answer", "document"],
  ["indictment", "document"],
  ["judgement", "document"],
  ["judgment", "document"],
  ["lawsuit", "document"],
  ["motion", "document"],
  ["petition", "document"],
  ["pleading", "document"],
]);

/**
 * Readers of an analyst's research note: `in a note to clients` is a report, where another note
 * (`a covering note`, `a note to staff`) is a letter.
 */
export const RESEARCH_READERS: ReadonlySet<string> = new Set([
  "clients",
  "investors",
  "subscribers",
]);

/**
 * Participles that open a sentence saying the reporter sought the speaker out (`Reached by phone
 * on Saturday, she said …`, `Contacted on Tuesday, …`): what follows was said to the reporter.
 */
export const REACHED: ReadonlySet<string> = new Set(["contacted", "reached"]);

/**
 * Verbs that report findings (`The coroner found that …`): a coroner's, an inquiry's or a
 * monitor's findings are written, so with no medium named their words are from a report.
 */
export const FINDING_VERBS: ReadonlySet<string> = new Set(["find", "finds", "found"]);

/**
 * Verbs of reading words aloud: what a speaker `read` (`read a statement outside the court`) was
 * written beforehand, and their words then come from it, as from one they said `in a statement`.
 */
export const READING_VERBS: ReadonlySet<string> = new Set(["read", "reading", "reads"]);

/**
 * A placing preposition and a medium's noun that make an idiom, not a medium: `in order to`, `in
 * answer to questions`, `set in motion`.
 */
export const PLACING_IDIOMS: ReadonlySet<string> = new Set([
  "in answer",
  "in motion",
  "in order",
  "in reply",
  "on order",
]);

/** Verbs that carry on what the statement before said (`She added that …`), in its medium. */
export const CONTINUING_VERBS: ReadonlySet<string> = new Set([
  "add",
  "added",
  "adding",
  "adds",
  "continued",
  "continues",
]);

/**
 * Media another speaker's `added` may go on in: one statement or letter, a post, an event, where
 * a lawsuit or a report is answered rather than shared.
 */
export const SHARED_MEDIA: ReadonlySet<Channel> = new Set([
  "letter",
  "post",
  "speech",
  "statement",
  "testimony",
]);

/** The channels of written media, which a later bare `wrote` may go on in. */
export const WRITTEN_CHANNELS: ReadonlySet<Channel> = new Set(WRITTEN_MEDIA.values());

/**
 * A court's bench or a part of it, that a judge writes for (`Writing for the majority`, `for a
 * unanimous court`): what they write is the judgment.
 */
export const BENCH_PARTS: ReadonlySet<string> = new Set([
  "bench",
  "court",
  "dissenters",
  "majority",
  "minority",
  "panel",
  "plurality",
]);
