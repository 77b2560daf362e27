// The actors of one article while they are being found: drafts that collect names, aliases and
// mentions, and the occurrences (places in the text where an actor is referred to) that pronouns
// and definite references look back over.

import type { Actor, ActorType, Channel, Span } from "../types.ts";
import { inOrder, sentenceIndex, squashSpaces } from "./text.ts";

export interface Draft {
  key: string;
  type: ActorType;
  name: string;
  role?: string;
  organisation?: string;
  aliases: Set<string>;
  mentions: Span[];
  members?: Draft[];
  gender?: "f" | "m";
  /** For documents: the channel the noun that names them gives (`memo` → `letter`). */
  noun?: Channel;
  /** How often the text has referred to it so far: definite references prefer the salient one. */
  salience: number;
}

export interface Occurrence {
  start: number;
  end: number;
  draft: Draft;
  /** Not the object of a preposition, and not one of a coordinated pair. */
  subject: boolean;
}

export class Cast {
  /** The text, for rules that look at the words around an occurrence. */
  readonly text: string;
  private readonly sentenceStarts: number[];
  private readonly paragraphStarts: number[];
  readonly drafts = new Map<string, Draft>();
  /**
   * Occurrences as a few runs, each in text order: names are added in order, then documents,
   * then statements' speakers, so a new run starts only when an addition goes backwards.
   */
  private readonly runs: Occurrence[][] = [];
  private readonly seenSpans = new Map<Draft, Set<number | string>>();

  /** `sentenceStarts` and `paragraphStarts` are sorted start offsets, the first of each 0. */
  constructor(text = "", sentenceStarts: number[] = [0], paragraphStarts: number[] = [0]) {
    this.text = text;
    this.sentenceStarts = sentenceStarts;
    this.paragraphStarts = paragraphStarts;
  }

  /** Which sentence an offset is in. */
  sentenceOf(offset: number): number {
    return sentenceIndex(this.sentenceStarts, offset);
  }

  /** How many characters from `offset` to the end of the `count`-th paragraph after its own. */
  paragraphsAhead(offset: number, count: number): number {
    const end = this.paragraphStarts[this.paragraphOf(offset) + count + 1] ?? this.text.length;
    return end - offset;
  }

  /** Which paragraph an offset is in. */
  paragraphOf(offset: number): number {
    return sentenceIndex(this.paragraphStarts, offset);
  }

  /** Where the sentence holding an offset starts. */
  sentenceStart(offset: number): number {
    return this.sentenceStarts[sentenceIndex(this.sentenceStarts, offset)] ?? 0;
  }

  get occurrences(): Occurrence[] {
    return this.runs.flat().sort((a, b) => a.start - b.start || b.end - a.end);
  }

  get(key: string): Draft | undefined {
    return this.drafts.get(key);
  }

  ensure(key: string, make: () => DraftFields): Draft {
    let d = this.drafts.get(key);
    if (!d) {
      d = newDraft(key, make());
      this.drafts.set(key, d);
    }
    return d;
  }

  /**
   * Records that `span` refers to `draft`. With `antecedent` false (a name inside a quote) it
   * stays a mention but is never looked back to by a pronoun.
   */
  mention(draft: Draft, span: Span, subject = true, alias = true, antecedent = true): void {
    // one number per span while offsets fit in 26 bits (64 MB), else a string
    const key =
      span.end < 0x4000000 ? span.start * 0x4000000 + span.end : `${span.start}:${span.end}`;
    let seen = this.seenSpans.get(draft);
    if (!seen) {
      seen = new Set();
      this.seenSpans.set(draft, seen);
    }
    if (!seen.has(key)) {
      seen.add(key);
      draft.mentions.push({ start: span.start, end: span.end, text: span.text });
      draft.salience++;
    }
    const surface = squashSpaces(span.text).trim();
    if (alias && surface) draft.aliases.add(surface);
    if (antecedent) this.addOccurrence({ start: span.start, end: span.end, draft, subject });
  }

  addOccurrence(o: Occurrence): void {
    for (const run of this.runs) {
      if ((run[run.length - 1] as Occurrence).start <= o.start) {
        run.push(o);
        return;
      }
    }
    this.runs.push([o]);
  }

  /**
   * The nearest occurrence before `at` (within `window` characters) that `accept` takes; with
   * `subjectsFirst`, a subject anywhere in the window beats a nearer object.
   */
  lookBack(
    at: number,
    accept: (o: Occurrence) => boolean,
    window = 2500,
    subjectsFirst = true,
  ): Occurrence | undefined {
    let best: Occurrence | undefined;
    let fallback: Occurrence | undefined;
    for (const run of this.runs) {
      for (let i = lastBefore(run, at); i >= 0; i--) {
        const o = run[i] as Occurrence;
        if (o.start < at - window) break;
        if (o.end > at || !accept(o)) continue;
        if (o.subject || !subjectsFirst) {
          if (!best || o.start > best.start) best = o;
          break;
        }
        if (!fallback || o.start > fallback.start) fallback = o;
      }
    }
    return best ?? fallback;
  }

  /** Every occurrence `accept` takes in the `window` characters before `at`, nearest first. */
  before(at: number, accept: (o: Occurrence) => boolean, window = 2500): Occurrence[] {
    const out: Occurrence[] = [];
    for (const run of this.runs) {
      for (let i = lastBefore(run, at); i >= 0; i--) {
        const o = run[i] as Occurrence;
        if (o.start < at - window) break;
        if (o.end <= at && accept(o)) out.push(o);
      }
    }
    return out.sort((a, b) => b.start - a.start);
  }

  /** Every occurrence `accept` takes in the `window` characters after `at`, nearest first. */
  after(at: number, accept: (o: Occurrence) => boolean, window = 600): Occurrence[] {
    const out: Occurrence[] = [];
    for (const run of this.runs) {
      for (let i = lastBefore(run, at) + 1; i < run.length; i++) {
        const o = run[i] as Occurrence;
        if (o.start > at + window) break;
        if (accept(o)) out.push(o);
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** Final actors, ids `a1`, `a2`, … in order of first mention. */
  toActors(): { actors: Actor[]; idOf: Map<Draft, string> } {
    const used: Draft[] = [];
    const taken = new Set<Draft>();
    for (const d of this.drafts.values()) if (d.mentions.length > 0) addWithMembers(d, used, taken);
    // each draft beside where it is first mentioned, found once (not twice per comparison)
    const firsts: FirstMention[] = [];
    for (const d of used) firsts.push({ draft: d, at: firstMention(d) });
    firsts.sort(byFirstMention);
    const idOf = new Map<Draft, string>();
    for (let i = 0; i < firsts.length; i++)
      idOf.set((firsts[i] as FirstMention).draft, `a${i + 1}`);
    const actors: Actor[] = [];
    for (const { draft } of firsts) actors.push(actorOf(draft, idOf));
    return { actors, idOf };
  }
}

/** A draft and the offset of its first mention (NO_MENTION without one). */
interface FirstMention {
  draft: Draft;
  at: number;
}

/** By first mention, then by key. */
function byFirstMention(a: FirstMention, b: FirstMention): number {
  return a.at - b.at || a.draft.key.localeCompare(b.draft.key);
}

/** The actor a draft becomes, with the id `idOf` gives it. */
function actorOf(d: Draft, idOf: Map<Draft, string>): Actor {
  const id = idOf.get(d) as string;
  // mentions are made only by `mention`, as { start, end, text }
  const sorted = inOrder(d.mentions, byStart) ? d.mentions : d.mentions.slice().sort(byStart);
  const mentions: Actor["mentions"] = [];
  for (const m of sorted) mentions.push({ start: m.start, end: m.end, text: m.text, actorId: id });
  const actor: Actor = { id, name: d.name, type: d.type, aliases: [...d.aliases], mentions };
  if (d.role) actor.role = d.role;
  if (d.organisation) actor.organisation = d.organisation;
  const members = memberIds(d, idOf);
  if (members.length) actor.members = members;
  return actor;
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start;
}

/** What a new draft is made from: its fields but those `Cast.ensure` gives it. */
export type DraftFields = Omit<Draft, "key" | "aliases" | "mentions" | "salience">;

/**
 * A draft with every field from the start, in one order (those not given undefined): drafts
 * made with different fields, or given a role or gender later, had many shapes, and the code
 * reading them was slower and thrown away at each new one.
 */
function newDraft(key: string, f: DraftFields): Draft {
  return {
    key,
    type: f.type,
    name: f.name,
    role: f.role,
    organisation: f.organisation,
    aliases: new Set(),
    mentions: [],
    members: f.members,
    gender: f.gender,
    noun: f.noun,
    salience: 0,
  };
}

/** The ids of a draft's members that became actors (a loop: `map` then `filter` made arrays of changing kinds). */
function memberIds(d: Draft, idOf: Map<Draft, string>): string[] {
  const ids: string[] = [];
  if (!d.members) return ids;
  for (const m of d.members) {
    const id = idOf.get(m);
    if (id) ids.push(id);
  }
  return ids;
}

/** Adds `d` and then its members (recursively) to `used`, each once. */
function addWithMembers(d: Draft, used: Draft[], taken: Set<Draft>): void {
  if (taken.has(d)) return;
  taken.add(d);
  used.push(d);
  for (const m of d.members ?? []) addWithMembers(m, used, taken);
}

/**
 * After every offset in a text (strings are shorter than 2^29), and a small integer: Infinity, a
 * double, met first in a draft named only as a group's member, threw away the compiled `toActors`
 * that had only seen small integers there.
 */
const NO_MENTION = 0x3fffffff;

/** Where a draft is first mentioned (NO_MENTION without mentions). */
function firstMention(d: Draft): number {
  let min = NO_MENTION;
  for (const m of d.mentions) if (m.start < min) min = m.start;
  return min;
}

/** The people a speaker stands for: a document's or group's member people, else itself. */
export function resolvedPeople(d: Draft, seen = new Set<Draft>()): Draft[] {
  if (seen.has(d)) return [];
  seen.add(d);
  if ((d.type === "group" || d.type === "document") && d.members?.length) {
    const out: Draft[] = [];
    for (const m of d.members)
      for (const p of resolvedPeople(m, seen)) if (!out.includes(p)) out.push(p);
    return out.length ? out : [d];
  }
  return [d];
}

/** Index of the last occurrence starting before `at` in a run sorted by start, or -1. */
function lastBefore(run: Occurrence[], at: number): number {
  let lo = 0;
  let hi = run.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((run[mid] as Occurrence).start < at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
