// The actors stage: turns the statements stage's speaker spans (`she`, `the letter`, `Sessions
// and Kelly`) into actors — people, groups, organisations, documents, unnamed sources — and
// gives every statement its speaker and the people that speaker stands for.

import type {
  Actor,
  Article,
  Diagnostic,
  FoundStatement,
  Span,
  Speaker,
  Statement,
} from "../types.ts";
import { findNames, type NameMention } from "./01-names.ts";
import { roleAt } from "./02-roles.ts";
import { clusterPeople, type Person } from "./03-aliases.ts";
import { coordinatedNames, resolvePersonPronoun } from "./04-coref.ts";
import { scanDocuments } from "./05-documents.ts";
import { roleGroups } from "./06-unnamed.ts";
import { speakerResolver } from "./07-speaker.ts";
import { Cast, type Draft, type Occurrence, resolvedPeople } from "./cast.ts";
import { ROLE_NOUNS } from "./lexicon/roles.ts";
import {
  inRegions,
  lowerBound,
  MAX_MENTION,
  quoteRegions,
  sentenceIndex,
  sentenceStarts,
  type Token,
  tokenize,
} from "./text.ts";

export interface ActorsResult {
  statements: Statement[];
  actors: Actor[];
  warnings: Diagnostic[];
}

export function resolveSpeakers(article: Article, found: FoundStatement[]): ActorsResult {
  const text = article.text;
  const tokens = tokenize(text);
  const starts = sentenceStarts(text, tokens);
  const quotes = quoteRegions(text);
  const removed = removedRegions(article);
  const cast = new Cast(text, starts, paragraphStarts(article));

  // people, from their names
  // a plain loop: flatMap's array per statement showed in profiles
  const speakerSpans: Span[] = [];
  for (const f of found)
    if (f.speakerMention && !inRegions(quotes, f.speakerMention.start))
      speakerSpans.push(f.speakerMention);
  const names = withoutRemoved(
    findNames(text, tokens, (o) => inRegions(quotes, o), speakerSpans),
    removed,
  );
  const { people, personOf } = clusterPeople(names);
  const draftOf = new Map<Person, Draft>();
  for (const p of people) {
    const name = p.words.join(" ");
    const draft = cast.ensure(`person:${name.toLowerCase()}`, () => ({ type: "person", name }));
    if (p.gender) draft.gender = p.gender;
    for (const m of p.mentions) {
      const info = roleAt(text, m.title, m.end, m.start);
      if (info.role) draft.role ??= info.role;
      if (info.organisation) draft.organisation ??= info.organisation;
    }
    draftOf.set(p, draft);
  }

  // groups: names joined by `and`, and roles joined by `and`
  const pairs = coordinatedNames(
    text,
    names.filter((m) => !m.inQuote),
  );
  const inPair = new Set(pairs.flat());
  const named: Occurrence[] = [];
  for (const m of names) {
    const draft = draftOf.get(personOf.get(m) as Person);
    if (!draft) continue;
    // names in quotes stay mentions but are never antecedents
    cast.mention(draft, m, m.subject && !inPair.has(m), true, !m.inQuote);
    if (!m.inQuote)
      named.push({ start: m.start, end: m.end, draft, subject: m.subject && !inPair.has(m) });
  }
  for (const pair of pairs) {
    const unique: Draft[] = [];
    for (const m of pair) {
      const d = draftOf.get(personOf.get(m) as Person);
      if (d && !unique.includes(d)) unique.push(d);
    }
    if (unique.length < 2) continue;
    const key = `group:${unique
      .map((d) => d.key)
      .sort()
      .join("+")}`;
    const group = cast.ensure(key, () => ({
      type: "group",
      name: unique.map((d) => d.name).join(" and "),
      members: unique,
    }));
    const first = pair[0] as NameMention;
    const last = pair[pair.length - 1] as NameMention;
    const span = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
    cast.mention(group, span, first.subject);
    named.push({ start: span.start, end: span.end, draft: group, subject: first.subject });
  }
  for (const g of roleGroups(text, tokens)) {
    if (inRegions(quotes, g.start) || inRegions(removed, g.start)) continue;
    const group = cast.ensure(`group:${g.text.toLowerCase().replace(/\s+/gu, " ")}`, () => {
      const d: Omit<Draft, "key" | "aliases" | "mentions" | "salience"> = {
        type: "group",
        name: g.text.replace(/\s+/gu, " "),
      };
      if (g.organisation) d.organisation = g.organisation;
      return d;
    });
    const subject = !/\b(?:to|by|with|from|for|against|of)[ \u00a0]+$/u.test(
      text.slice(Math.max(0, g.start - 12), g.start),
    );
    cast.mention(group, g, subject);
    named.push({ start: g.start, end: g.end, draft: group, subject });
  }
  named.sort((a, b) => a.start - b.start || b.end - a.end);

  // documents and their authors
  const docs = scanDocuments({ text, tokens, starts, cast, quotes, removed, named });

  // speakers, in text order, so pronouns look back over speakers already resolved
  const warnings: Diagnostic[] = [];
  const ordered = [...found].sort((a, b) => a.content.start - b.content.start);
  const speakerOf = new Map<string, { draft: Draft; mention?: Span }>();
  const statements: Statement[] = [];
  const speakers: ({ draft: Draft; mention?: Span } | undefined)[] = [];
  const resolveMention = speakerResolver({ article, text, tokens, named, cast, docs });

  // `She has faced … She has called …`: pronouns that open clauses outside any statement are
  // resolved in text order too, so a chain of them keeps pointing at the same person
  const speakerStarts = new Set(speakerSpans.map((m) => m.start));
  const freePronouns: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // `he`/`she` in any case, by character codes (only ASCII letters lower-case to these), so
    // other words need no lower-case string
    const n = t.end - t.start;
    if ((n !== 2 && n !== 3) || (text.charCodeAt(t.end - 1) | 32) !== 101) continue;
    if ((text.charCodeAt(t.end - 2) | 32) !== 104) continue;
    if (n === 3 && (text.charCodeAt(t.start) | 32) !== 115) continue;
    if (!speakerStarts.has(t.start) && !inRegions(quotes, t.start) && !inRegions(removed, t.start))
      freePronouns.push(t);
  }
  let nextPronoun = 0;

  for (let i = 0; i < ordered.length; i++) {
    const f = ordered[i] as FoundStatement;
    let resolved: { draft: Draft; mention?: Span } | undefined;
    let confidence = f.confidence;
    nextPronoun = resolvePronounsBefore(
      cast,
      freePronouns,
      nextPronoun,
      Math.min(f.content.start, f.speakerMention?.start ?? f.content.start),
    );
    // a mention inside quotes, or a dateline (`WASHINGTON (Reuters) —`), names no speaker
    const mention =
      f.speakerMention &&
      !inRegions(quotes, f.speakerMention.start) &&
      !isDateline(article, f.speakerMention)
        ? f.speakerMention
        : undefined;
    if (f.continues) resolved = carry(speakerOf, f.continues);
    else if (mention) {
      const draft = resolveMention(mention);
      if (draft) resolved = { draft, mention };
      // a pronoun or `the two men` is a guess about who, a name is not
      if (
        draft &&
        /^(?:s?he|they|it|we|i|the\s+(?:two|three)\s+\p{L}+|both)$/iu.test(mention.text.trim())
      )
        confidence *= 0.9;
    } else {
      // a quote opening a sentence with no cue of its own carries on the nearest earlier statement
      const prev = speakers[speakers.length - 1];
      const prevFound = ordered[i - 1];
      const opensSentence =
        starts[sentenceIndex(starts, f.content.start)] === f.content.start ||
        /(?:^|[.!?]["”’]?\s+|\n)["“]?$/u.test(
          text.slice(Math.max(0, f.content.start - 4), f.content.start),
        );
      if (
        prev &&
        prevFound &&
        opensSentence &&
        sameParagraph(article, prevFound.content.start, f.content.start)
      ) {
        resolved = carry(speakerOf, prevFound.id);
        confidence *= 0.8;
      } else if (f.cue && !opensSentence) {
        // `X ordered a review, saying …`: a cue without a named speaker has the sentence's subject
        const from = starts[sentenceIndex(starts, f.cue.start)] ?? 0;
        // only what opens the sentence (after any dateline): before its first lower-case word
        const lead = text.slice(from, f.cue.start);
        const firstLower = lead
          .replace(/\([^)]*\)/gu, (x) => " ".repeat(x.length))
          .search(/\p{Ll}/u);
        const limit = from + (firstLower < 0 ? lead.length : firstLower);
        const opener = named[lowerBound(named, from)];
        let subject: Draft | undefined = opener && opener.start < limit ? opener.draft : undefined;
        // `A federal judge on Thursday sentenced …, calling it …`
        if (!subject) {
          const window = text.slice(Math.max(from, limit - 4), limit + 60);
          const article0 = /(?:^|[\s—–-])((?:A|An|The)[ \u00a0]+)/u.exec(window);
          if (article0) {
            const npStart =
              Math.max(from, limit - 4) +
              article0.index +
              article0[0].length -
              (article0[1] as string).length;
            const words = [...text.slice(npStart, npStart + 60).matchAll(/[\p{L}.-]+/gu)].slice(
              1,
              5,
            );
            const head = words.find((w) => ROLE_NOUNS.has(w[0].toLowerCase()));
            if (head && words.slice(0, words.indexOf(head)).every((w) => /^\p{Ll}/u.test(w[0]))) {
              const end = npStart + head.index + head[0].length;
              subject = resolveMention({ start: npStart, end, text: text.slice(npStart, end) });
            }
          }
        }
        if (subject) {
          resolved = { draft: subject };
          confidence *= 0.7;
        }
      }
    }
    const statement = statementOf(f, confidence);
    if (resolved) {
      speakerOf.set(f.id, resolved);
      if (resolved.mention && !f.continues) {
        const m = resolved.mention;
        let isName = false;
        for (let k = lowerBound(named, m.start - MAX_MENTION); k < named.length; k++) {
          const o = named[k] as Occurrence;
          if (o.start > m.start) break;
          if (o.end >= m.end) isName = true;
        }
        const pronoun = /^(?:s?he|they|it|we|i)$/i.test(m.text.trim());
        if (!isName) cast.mention(resolved.draft, m, true, !pronoun);
        else
          cast.addOccurrence({ start: m.start, end: m.end, draft: resolved.draft, subject: true });
      }
      if (
        statement.channel === "unknown" &&
        resolved.draft.type === "document" &&
        resolved.draft.noun
      )
        statement.channel = resolved.draft.noun as Statement["channel"];
    } else if (f.speakerMention || f.continues) {
      warnings.push({
        source: article.source,
        ruleId: "speaker-unresolved",
        reason: f.continues
          ? `statement ${f.id} continues ${f.continues}, whose speaker is unknown`
          : `could not tell who "${f.speakerMention?.text}" is for statement ${f.id}`,
        fatal: false,
      });
    }
    statements.push(statement);
    speakers.push(resolved);
  }

  const { actors, idOf } = cast.toActors();
  statements.forEach((s, i) => {
    const resolved = speakers[i];
    if (!resolved) return;
    const { draft, mention } = resolved;
    const speaker: Speaker = {
      actorId: idOf.get(draft) as string,
      name: draft.name,
      resolvedActorIds: resolvedPeople(draft).map((d) => idOf.get(d) as string),
    };
    if (mention) speaker.mention = { start: mention.start, end: mention.end, text: mention.text };
    s.speaker = speaker;
  });
  return { statements, actors, warnings };
}

/**
 * The statement without the statements stage's working fields, with its confidence: built field
 * by field in the order that stage writes them (object rest and spread made slow objects, whose
 * `speaker` was costly to add).
 */
function statementOf(f: FoundStatement, confidence: number): Statement {
  const s: Statement = {
    id: f.id,
    kind: f.kind,
    content: f.content,
    channel: f.channel,
    confidence,
  };
  if (f.quote !== undefined) s.quote = f.quote;
  if (f.cue !== undefined) s.cue = f.cue;
  return s;
}

/** The article's removed regions as sorted `[start, end)` pairs. */
function removedRegions(article: Article): [number, number][] {
  return [...article.removals]
    .map((r): [number, number] => [r.start, r.end])
    .sort((a, b) => a[0] - b[0]);
}

/** Where the article's paragraphs start: its own paragraphs, else blank lines. */
function paragraphStarts(article: Article): number[] {
  if (article.paragraphs.length) return article.paragraphs.map((p) => p.start);
  return [0, ...[...article.text.matchAll(/\n\s*\n/g)].map((m) => m.index + m[0].length)];
}

/** The mentions that do not start in a removed region. */
function withoutRemoved(names: NameMention[], removed: [number, number][]): NameMention[] {
  if (removed.length === 0) return names;
  return names.filter((m) => !inRegions(removed, m.start));
}

/** The speaker of an earlier statement, carried over without its mention. */
function carry(
  speakerOf: Map<string, { draft: Draft; mention?: Span }>,
  id: string,
): { draft: Draft } | undefined {
  const from = speakerOf.get(id);
  return from && { draft: from.draft };
}

/**
 * Resolves the free pronouns from `next` on that come before `at`, in text order, so a chain of
 * them keeps pointing at the same person; returns where the next call goes on.
 */
function resolvePronounsBefore(cast: Cast, pronouns: Token[], next: number, at: number): number {
  for (; next < pronouns.length; next++) {
    const t = pronouns[next] as Token;
    if (t.start >= at) break;
    // only a pronoun that opens its sentence: one inside a fronted clause may point ahead
    // (`Asked whether he would resign, Ellison said …`)
    if (cast.sentenceStart(t.start) !== t.start) continue;
    const draft = resolvePersonPronoun(cast, t.lower, t.start);
    if (draft) cast.addOccurrence({ start: t.start, end: t.end, draft, subject: true });
  }
  return next;
}

/** A speaker mention that is the article's dateline (`WASHINGTON (Reuters) —`). */
function isDateline(article: Article, m: Span): boolean {
  const d = article.meta.dateline;
  if (d && m.start < d.end && d.start < m.end) return true;
  // an all-capitals place opening a paragraph before `(Agency) —` or a dash; not `PENCE:`
  return (
    /^[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*$/u.test(m.text) &&
    /^[ \u00a0]*(?:\(|[—–-]|,)/u.test(article.text.slice(m.end, m.end + 4))
  );
}

function sameParagraph(article: Article, a: number, b: number): boolean {
  if (article.paragraphs.length === 0) return !article.text.slice(a, b).includes("\n");
  const k = lowerBound(article.paragraphs, a + 1) - 1;
  const p = article.paragraphs[k];
  if (p && !(a < p.end)) return false;
  return !!p && p.start <= b && b < p.end;
}
