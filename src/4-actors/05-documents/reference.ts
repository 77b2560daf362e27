// What document a document noun refers to: a new one with its authors, or one named before
// (`the letter`, `the reply` that answers another), with its cosigners (`It was also signed by
// Y`); a writerless one is its maker's (`The 42-page complaint`) or its agent's (`A state audit
// …. State Auditor X found`).

import type { Channel, Span } from "../../types.ts";
import type { Cast, Draft, Occurrence } from "../cast.ts";
import { DOCUMENT_AGENTS, DOCUMENT_NOUNS, DOCUMENT_VERBS } from "../lexicon/documents.ts";
import { ROLE_NOUNS } from "../lexicon/roles.ts";
import { lowerBound, onlySpaces, sentenceIndex, type Token } from "../text.ts";
import { authorsAt } from "./authors.ts";
import {
  ARTICLES,
  articleBefore,
  CARRIER_PREPOSITIONS,
  COMMA,
  DEFINITE,
  INDEFINITE,
  isDocumentSubject,
  NAMING_ARTICLES,
  lastWord,
  opensSentence,
  POSSESSIVE_PRONOUNS,
  RELATIVE_REACH,
  type ScanContext,
  SENTENCE_WINDOW,
  spanOf,
  subjectIn,
  wordBeforeArticle,
} from "./context.ts";
import { makerBefore } from "./makers.ts";
import { ROLE_HOLDER_REACH } from "./names.ts";
import { slotsEnd, writerSlots, type WriterSlots } from "./writers.ts";

/**
 * Kinds whose nouns name a document only when its writer is found or it was named before (`Judge
 * X wrote for the majority in the 2-1 decision. … The opinion said`, `The lawsuit, filed … by the
 * Eastbank Tenants Union …. “…,” the complaint says`): `the decision to close the plant`, `public
 * opinion`, `a complaint from neighbours` are no documents.
 */
const WRITTEN_ONLY = new Set(["ruling", "lawsuit", "post", "motion"]);

/**
 * Kinds whose nouns with no writer name a document only as the subject opening a sentence (`The
 * reply accused the city …`): `in response to`, `time to provide a substantive response`, `flood
 * response operations` are none.
 */
const OPENING_ONLY = new Set(["reply"]);

/**
 * The kinds of document whose writer a sentence carrying one names (`In a filing, the company
 * said`, `The institute warned in a report last month that`): not testimony, which a witness
 * gives for others to cite.
 */
export const CARRIED_KINDS = new Set([
  "statement",
  "reply",
  "motion",
  "letter",
  "memo",
  "filing",
  "email",
  "report",
  "notice",
  "post",
]);

/** `in a joint statement`, `in a statement issued …`: the noun at token `i` is how it was said. */
export function carriedAt(ctx: ScanContext, i: number, articles = INDEFINITE): boolean {
  const prep = wordBeforeArticle(ctx, i, articles);
  return !!prep && CARRIER_PREPOSITIONS.has(prep.lower);
}

// `It was also signed by`, `It is co-signed by`: a sentence that adds a signer to the document
// the sentence before brought in
const ALSO_SIGNED =
  /^It[ \u00a0]+(?:was|is|had[ \u00a0]+been|has[ \u00a0]+been)[ \u00a0]+(?:also[ \u00a0]+)?(?:co-?)?signed[ \u00a0]+by[ \u00a0]+/u;

// `the letter, which she sent with Linwood Mayor Dariusz Pell`: a relative clause on the noun
// whose writing verb (after its subject, up to three words) takes `with` someone, maybe after a
// few words of whom to and when (`which she sent to Minister X on Sept. 4 with`)
const SENT_WITH =
  /^,?[ \u00a0]+(?:which|that)[ \u00a0]+(?:[\p{L}'’.-]+[ \u00a0]+){1,3}?(\p{L}+(?:-\p{L}+)?)(?:[ \u00a0]+[\p{L}\d.]+){0,8}?[ \u00a0]+with[ \u00a0]+/u;

// `the letter beneath Voss`, `alongside X`: where one signer's name stands to another's
const SIGNED_BESIDE = /^[ \u00a0]+(?:beneath|below|above|alongside)[ \u00a0]+/u;

/** How far after `with` its co-writer's name must start. */
const COSIGNER_REACH = 40;

/** Whether a document's one writer is among the members of the group `authors`. */
function writtenByOneOf(d: Draft, authors: Draft): boolean {
  const writer = d.members?.length === 1 ? d.members[0] : undefined;
  return writer !== undefined && authors.members?.includes(writer) === true;
}

/** Whether a document's one writer is an organisation and `writer` a person, who speaks for it. */
function issuedByBody(d: Draft, writer: Draft): boolean {
  return (
    writer.type === "person" && d.members?.length === 1 && d.members[0]?.type === "organisation"
  );
}

/**
 * `Marchetti sent the letter …. It was also signed by the state's emergency management director,
 * Paul Oduya.`: the person named in the next sentence's `It was also signed by …`, if it opens so;
 * right after the noun as where another signed (`signed the letter beneath Voss`); or in a relative clause on the noun ending at `nounEnd` that says whom it was sent with (`in the
 * letter, which she sent with Linwood Mayor Dariusz Pell`).
 */
function cosignerAfter(ctx: ScanContext, at: number, nounEnd: number): Draft | undefined {
  const { starts, text } = ctx;
  // `Quenneville signed the letter beneath Voss`
  const beside = SIGNED_BESIDE.exec(text.slice(nounEnd, nounEnd + 20));
  if (beside) {
    const from = nounEnd + beside[0].length;
    const who = subjectIn(ctx, from, from + 1, false);
    if (who) return who;
  }
  const sentWith = SENT_WITH.exec(text.slice(nounEnd, nounEnd + RELATIVE_REACH));
  if (sentWith && DOCUMENT_VERBS.has(sentWith[1] as string)) {
    const from = nounEnd + sentWith[0].length;
    const who = subjectIn(ctx, from, from + COSIGNER_REACH, false);
    if (who) return who;
  }
  const s = sentenceIndex(starts, at);
  const next = starts[s + 1];
  if (next === undefined || text.charCodeAt(next) !== 73 /* I */) return undefined;
  const end = Math.min(starts[s + 2] ?? text.length, next + SENTENCE_WINDOW);
  const m = ALSO_SIGNED.exec(text.slice(next, Math.min(end, next + 40)));
  if (!m) return undefined;
  return subjectIn(ctx, next + m[0].length, end, false);
}

// `, which the company's medical director also signed`: a relative clause on the noun that adds
// a signer (its subject: a possessive, then a role's plain words)
const ALSO_SIGNED_RELATIVE =
  /^,[ \u00a0]+(?:which|that)[ \u00a0]+(?:the[ \u00a0]+)?(?:[\p{L}-]+['’]s[ \u00a0]+)?((?:[\p{Ll}-]+[ \u00a0]+){0,2}[\p{Ll}-]+)[ \u00a0]+also[ \u00a0]+(?:co-?)?signed(?![\p{L}])/u;

/** How far after a relative clause's role its holder may be named (`The medical director, Dr. X,`). */
const HOLDER_AHEAD = 600;

/**
 * `The response, which the company's medical director also signed,` after the noun ending at
 * `nounEnd`: the person named near it, before or just after, whose role is that role.
 */
function alsoSignedIn(ctx: ScanContext, nounEnd: number): Draft | undefined {
  if (ctx.text.charCodeAt(nounEnd) !== COMMA) return undefined;
  const m = ALSO_SIGNED_RELATIVE.exec(ctx.text.slice(nounEnd, nounEnd + RELATIVE_REACH));
  if (!m) return undefined;
  const role = (m[1] as string).replace(/\s+/gu, " ");
  if (!ROLE_NOUNS.has(lastWord(role))) return undefined;
  const holds = (o: Occurrence): boolean =>
    o.draft.type === "person" && (o.draft.role ?? "").toLowerCase() === role;
  return (
    ctx.cast.lookBack(nounEnd, holds, ROLE_HOLDER_REACH, false)?.draft ??
    ctx.cast.after(nounEnd, holds, HOLDER_AHEAD)[0]?.draft
  );
}

/**
 * What `the report` refers back to among the recent documents of its kind (`recent`, the
 * latest last): among those already called by the same noun, if any (`the letter` is the open
 * letter, not the more quoted email; `The report`, not `a traffic study`), the most salient; on
 * a tie, one whose writer is known, then one named with the same noun (`An engineering report`,
 * not `an outside review`), else the latest: `the response` after a dek's `The company's answer`
 * and the body's `a six-page answer filed with the court` is the one just named.
 */
function definiteReferent(recent: Draft[], noun: string): Draft | undefined {
  const called = recent.filter((d) => calledBy(d, noun));
  let best: Draft | undefined;
  let bestRank = -1;
  for (const d of called.length ? called : recent) {
    // a tie goes to a document whose writer is known: a headline's `open letter` names no writer,
    // the body's (`Mayor X …, publishing an open letter`) does, and they are one letter
    const rank =
      d.salience * 4 + (d.members?.length ? 2 : 0) + (d.name.toLowerCase().endsWith(noun) ? 1 : 0);
    if (rank >= bestRank) {
      best = d;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * `The city attorney's letter, signed by X, …. In a letter to X, Y wrote …. The reply accused`:
 * the first `reply` is the latest letter (`letters`, the latest last) when an earlier one had
 * another writer, which it answers; else none.
 */
function answeringLetter(letters: Draft[]): Draft | undefined {
  const last = letters[letters.length - 1];
  const writer = last?.members?.[0];
  if (!writer) return undefined;
  for (const d of letters)
    if (d !== last && d.members?.length && !d.members.includes(writer)) return last;
  return undefined;
}

/**
 * `… wrote in a covering letter. In his reply, the council leader wrote …. The letter said`: a
 * reply written as a letter is one, and `The letter` opening a sentence after it is the latest
 * written, the reply (the latest of `replies`), when it was named after every letter (`letters`,
 * the latest last) and by another writer than the latest letter's, which it answers.
 */
function replyAfterLetters(letters: Draft[], replies: Draft[] | undefined): Draft | undefined {
  const reply = replies?.[replies.length - 1];
  const letter = letters[letters.length - 1];
  if (!reply?.members?.length || reply.noun !== "letter" || !letter) return undefined;
  if (lastMention(reply) < lastMention(letter)) return undefined;
  for (const writer of reply.members) if (letter.members?.includes(writer)) return undefined;
  return reply;
}

/** Where document `d` was last named so far (-1: never). */
function lastMention(d: Draft): number {
  return d.mentions[d.mentions.length - 1]?.start ?? -1;
}

/** Whether one of the words the text used for document `d` ends with `noun` (`an email`). */
function calledBy(d: Draft, noun: string): boolean {
  for (const alias of d.aliases) if (alias.toLowerCase().endsWith(noun)) return true;
  return false;
}

/**
 * The document the noun at token `i` (of `kind`, see SCANNED_NOUNS) refers to, made or found, and
 * mentioned there (none for a kind of WRITTEN_ONLY with no writer, none before and no sentence
 * carrying it); `byKind` keeps each kind's recent documents, the latest last.
 */
export function documentAt(
  ctx: ScanContext,
  i: number,
  kind: string,
  byKind: Map<string, Draft[]>,
  nextNoun: number | undefined,
): Draft | undefined {
  const { tokens, cast } = ctx;
  const t = tokens[i] as Token;
  const prev = (tokens[i - 1] as Token | undefined)?.lower ?? "";
  const channel = DOCUMENT_NOUNS.get(t.lower) as Channel;
  // the recent documents of this noun: a definite reference looks no further back
  const sameNoun = (byKind.get(kind) ?? []).slice(-20);
  // `The union sued the city. The complaint says`, `The 42-page complaint`: the first definite
  // one is made by the one who sued (issued, denied …) just before
  const definite = articleBefore(ctx, i, DEFINITE) >= 0;
  const slots = writerSlots(ctx, i, slotsEnd(ctx, i, nextNoun));
  // `The answer was also signed by Y`: Y joins the writers of the answer named before, or of the
  // one the nearest act before made (`X wrote to the authority …. The letter was also signed by Y`)
  const also = slots.also && definite;
  let doc = also ? definiteReferent(sameNoun, t.lower) : undefined;
  const first = also && !doc?.members?.length ? makerBefore(ctx, i, kind) : undefined;
  if (doc && first) doc.members = [first];
  const authors = doc
    ? undefined
    : (first ??
      authorsAt(ctx, i, slots.writers) ??
      (definite && !sameNoun.length ? makerBefore(ctx, i, kind) : undefined));
  if (authors) {
    doc = authoredDocument(ctx, t, kind, channel, authors, sameNoun, slots, prev);
  } else if (!doc && definite) {
    // (only `The letter` opening its sentence, what it says: `had read the letter` is most often
    // the one the reply answers)
    const opening = kind === "letter" && opensSentence(ctx, i);
    doc = opening ? replyAfterLetters(sameNoun, byKind.get("reply")) : undefined;
    doc ??= definiteReferent(sameNoun, t.lower);
    if (!doc && kind === "reply") doc = answeringLetter(byKind.get("letter") ?? []);
    // `The response, which the company's medical director also signed,`
    const cosigner = doc?.members?.length ? alsoSignedIn(ctx, t.end) : undefined;
    if (cosigner && !doc?.members?.includes(cosigner)) doc?.members?.push(cosigner);
  }
  if (doc && (authors || slots.also)) {
    const members = (doc.members ??= []);
    for (const writer of slots.writers) if (!members.includes(writer)) members.push(writer);
    if (slots.listed) mentionWriters(cast, slots.writers, slots.listed);
  }
  if (
    !doc &&
    (WRITTEN_ONLY.has(kind) || (OPENING_ONLY.has(kind) && !opensSentence(ctx, i))) &&
    !(CARRIED_KINDS.has(kind) && carriedAt(ctx, i))
  )
    return undefined;
  doc ??= unauthoredDocument(ctx, i, kind, channel);
  const list = byKind.get(kind) ?? [];
  if (list[list.length - 1] !== doc) {
    const old = list.indexOf(doc);
    if (old >= 0) list.splice(old, 1);
    list.push(doc);
    byKind.set(kind, list.slice(-40));
  }
  const det = tokens[i - 1];
  const startTok = det && MENTION_DETERMINERS.has(det.lower) ? det : t;
  cast.mention(
    doc,
    spanOf(ctx.text, startTok.start, t.end),
    isDocumentSubject(tokens, startTok === det ? i - 1 : i),
  );
  return doc;
}

/**
 * The document with `authors` the noun `t` (of `kind`) names: the one they wrote, the open one of
 * the same noun before it (`the letter`, now with its authors), or a new one; its cosigner after
 * it joins `slots`' writers. (Apart from documentAt for the compiler: a smaller function is
 * optimised sooner.)
 */
function authoredDocument(
  ctx: ScanContext,
  t: Token,
  kind: string,
  channel: Channel,
  authors: Draft,
  sameNoun: Draft[],
  slots: WriterSlots,
  prev: string,
): Draft {
  const key = `doc:${kind}:${authors.key}`;
  let doc = ctx.cast.get(key);
  if (!doc && prev === "the") {
    // `Signed by X and Y, the letter said`: the letter mentioned before, now with authors;
    // or X's own, now with its co-signers (`In a three-page reply, Ravel wrote …. The reply,
    // signed by Ravel and the board's general counsel, Y, disputed …`)
    // or an organisation's, whose named person is now its writer (`Westmere board’s resolution
    // …. The resolution, drafted by board chair Hamid Qureshi`)
    const open = sameNoun
      .filter(
        (d) =>
          !d.members?.length ||
          writtenByOneOf(d, authors) ||
          (slots.drafted && authors === slots.writers[0] && issuedByBody(d, authors)),
      )
      .pop();
    if (open) {
      open.members = [authors];
      open.name = `${t.lower} from ${authors.name}`;
      doc = open;
    }
  }
  doc ??= ctx.cast.ensure(key, () => ({
    type: "document",
    name: `${t.lower} from ${authors.name}`,
    noun: channel,
    members: [authors],
  }));
  const cosigner = cosignerAfter(ctx, t.start, t.end);
  if (cosigner) slots.writers.push(cosigner);
  return doc;
}

/**
 * A new document with no author known, named by the noun `i` (of `kind`) and the words before it,
 * given the person titled its agent near it. (Apart from documentAt for the compiler: a smaller
 * function is optimised sooner.)
 */
function unauthoredDocument(ctx: ScanContext, i: number, kind: string, channel: Channel): Draft {
  const { tokens } = ctx;
  const t = tokens[i] as Token;
  const key = `doc:${kind}:@${t.start}`;
  // named by its own words: `A city staff report` → `city staff report`
  let from = i;
  while (
    from > 0 &&
    i - from < 4 &&
    onlySpaces(ctx.text, (tokens[from - 1] as Token).end, (tokens[from] as Token).start) &&
    !DETERMINERS_OF_DOCUMENTS.has((tokens[from - 1] as Token).lower)
  )
    from--;
  const det = tokens[from - 1];
  const words =
    det && NAMING_ARTICLES.has(det.lower)
      ? ctx.text.slice((tokens[from] as Token).start, t.end)
      : "";
  const name = words && words !== t.text ? words.replace(/\s+/gu, " ") : `the ${t.lower}`;
  const doc = ctx.cast.ensure(key, () => ({ type: "document", name, noun: channel }));
  const agent = doc.members?.length ? undefined : agentNear(ctx, t);
  if (agent) {
    doc.members = [agent];
    doc.name = `${t.lower} from ${agent.name}`;
  }
  return doc;
}

/**
 * The people a writer slot lists (`signed by A of X, B of Y and C of Z`, `written by the lead
 * monitor, X, and her deputy, Y`) are a group there, as names joined by `and` are: `the three
 * executives wrote`, `the monitors found` speak for them.
 */
function mentionWriters(cast: Cast, writers: Draft[], span: Span): void {
  if (!writers.every((w) => w.type === "person")) return;
  const key = `group:${writers
    .map((d) => d.key)
    .sort()
    .join("+")}`;
  const group = cast.ensure(key, () => ({
    type: "group",
    name: writers.map((d) => d.name).join(" and "),
    members: writers,
  }));
  cast.mention(group, span, false);
}

// The words that end a document's own name (`a city staff report`; of them NAMING_ARTICLES name
// it by its words); a mention of a document takes in its article or possessive (`their letter`),
// not `this` or `that`.
const DETERMINERS_OF_DOCUMENTS = new Set([...ARTICLES, ...POSSESSIVE_PRONOUNS]);
const MENTION_DETERMINERS = new Set([...NAMING_ARTICLES, ...POSSESSIVE_PRONOUNS]);

/** How far on each side of a writerless document the person titled its agent may be named. */
const AGENT_REACH = 600;

/**
 * `A state audit released Tuesday says …. State Auditor X found`: the person nearest the noun
 * `t` whose title is the agent noun of its document (DOCUMENT_AGENTS: an audit's auditor) made it.
 */
function agentNear(ctx: ScanContext, t: Token): Draft | undefined {
  const agent = DOCUMENT_AGENTS.get(t.lower);
  if (!agent) return undefined;
  let best: Occurrence | undefined;
  for (let k = lowerBound(ctx.named, t.start - AGENT_REACH); k < ctx.named.length; k++) {
    const o = ctx.named[k] as Occurrence;
    if (o.start > t.end + AGENT_REACH) break;
    if (o.draft.type !== "person" || !titledAs(o.draft, agent)) continue;
    if (!best || Math.abs(o.start - t.start) < Math.abs(best.start - t.start)) best = o;
  }
  return best?.draft;
}

/** Whether a person's role has the word `agent` (`State Auditor` → `auditor`). */
function titledAs(d: Draft, agent: string): boolean {
  const role = d.role?.toLowerCase();
  return !!role && (role === agent || role.split(/[ -]/u).includes(agent));
}
