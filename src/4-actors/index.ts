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
import { findNames, givenGender, type NameMention } from "./01-names.ts";
import { roleAt } from "./02-roles.ts";
import { clusterPeople } from "./03-aliases.ts";
import {
  coordinatedNames,
  isPluralPeopleNoun,
  resolveGroupReference,
  resolvePersonPronoun,
} from "./04-coref.ts";
import { scanDocuments } from "./05-documents.ts";
import { headOf, namedThing, phraseKind, roleGroups, unnamedActor } from "./06-unnamed.ts";
import { Cast, type Draft, type Occurrence, resolvedPeople } from "./cast.ts";
import { DOCUMENT_NOUNS } from "./lexicon/documents.ts";
import {
  GROUP_REFERENCES,
  NOT_NAMES,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
} from "./lexicon/pronouns.ts";
import { ROLE_NOUNS } from "./lexicon/roles.ts";
import {
  inRegions,
  lowerBound,
  MAX_MENTION,
  quoteRegions,
  sentenceIndex,
  sentenceStarts,
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
  const removed = [...article.removals]
    .map((r): [number, number] => [r.start, r.end])
    .sort((a, b) => a[0] - b[0]);
  const inQuote = (o: number) => inRegions(quotes, o);
  const skip = (o: number) => inQuote(o) || inRegions(removed, o);
  const cast = new Cast();
  cast.sentenceOf = (offset) => sentenceIndex(starts, offset);
  const paragraphStarts = article.paragraphs.length
    ? article.paragraphs.map((p) => p.start)
    : [0, ...[...text.matchAll(/\n\s*\n/g)].map((m) => m.index + m[0].length)];
  cast.paragraphOf = (offset) => sentenceIndex(paragraphStarts, offset);
  cast.sentenceStart = (offset) => starts[sentenceIndex(starts, offset)] ?? 0;
  cast.text = text;

  // people, from their names
  const speakerSpans = found.flatMap((f) =>
    f.speakerMention && !inQuote(f.speakerMention.start) ? [f.speakerMention] : [],
  );
  const names = findNames(text, tokens, inQuote, speakerSpans).filter(
    (m) => !inRegions(removed, m.start),
  );
  const { people, personOf } = clusterPeople(names);
  const draftOf = new Map<(typeof people)[number], Draft>();
  for (const p of people) {
    const key = `person:${p.words.join(" ").toLowerCase()}`;
    const draft = cast.ensure(key, () => ({ type: "person", name: p.words.join(" ") }));
    if (p.gender) draft.gender = p.gender;
    for (const m of p.mentions) {
      const info = roleAt(text, m.title, m.end, m.start);
      if (info.role) draft.role ??= info.role;
      if (info.organisation) draft.organisation ??= info.organisation;
    }
    draftOf.set(p, draft);
  }
  const personDraft = (m: NameMention) => draftOf.get(personOf.get(m) as (typeof people)[number]);

  // groups: names joined by `and`, and roles joined by `and`
  const pairs = coordinatedNames(
    text,
    names.filter((m) => !m.inQuote),
  );
  const inPair = new Set(pairs.flat());
  const named: Occurrence[] = [];
  for (const m of names) {
    const draft = personDraft(m);
    if (!draft) continue;
    cast.mention(draft, m, m.subject && !inPair.has(m), true, !m.inQuote);
    // only names outside quotes are antecedents
    if (!m.inQuote)
      named.push({ start: m.start, end: m.end, draft, subject: m.subject && !inPair.has(m) });
  }
  // names in quotes stay mentions but must never be antecedents
  for (const pair of pairs) {
    const members = pair.map(personDraft).filter((d): d is Draft => !!d);
    const unique = [...new Set(members)];
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
    if (skip(g.start)) continue;
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
  const docs = scanDocuments({ text, tokens, starts, cast, skip, named });

  // speakers, in text order, so pronouns look back over speakers already resolved
  const warnings: Diagnostic[] = [];
  const ordered = [...found].sort((a, b) => a.content.start - b.content.start);
  const speakerOf = new Map<string, { draft: Draft; mention?: Span }>();
  const statements: Statement[] = [];
  const speakers: ({ draft: Draft; mention?: Span } | undefined)[] = [];
  const isDateline = (m: Span) => {
    const d = article.meta.dateline;
    if (d && m.start < d.end && d.start < m.end) return true;
    return /^[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*$/u.test(m.text);
  };
  const author = (): Draft => {
    const byline = article.meta.byline.join(" and ");
    if (!byline)
      return cast.ensure("unnamed:the author", () => ({
        type: "unnamed",
        name: "the author",
        role: "author",
      }));
    return cast.ensure(`person:${byline.toLowerCase()}`, () => ({
      type: article.meta.byline.length > 1 ? "group" : "person",
      name: byline,
      role: "author",
    }));
  };
  const resolveMention = (given: Span): Draft | undefined => {
    const mention = trimMention(text, given);
    const phrase = mention.text.replace(/\s+/gu, " ").trim();
    const lower = phrase.toLowerCase();
    // the widest named occurrence inside the mention: the pair before its first name
    let best: Occurrence | undefined;
    for (let k = lowerBound(named, mention.start - MAX_MENTION); k < named.length; k++) {
      const o = named[k] as Occurrence;
      if (o.start >= mention.end) break;
      if (o.end <= mention.start) continue;
      // `Clinton's team`, `the Trump campaign` are not Clinton or Trump: a name names the
      // speaker only where the phrase ends with it or goes on with an appositive
      const rest = text.slice(o.end, mention.end).trim();
      if (rest && !/^(?:[,(–—-]|and\b|or\b)/u.test(rest)) continue;
      if (!best || o.end - o.start > best.end - best.start) best = o;
    }
    if (best) return best.draft;
    if (lower in PERSON_PRONOUNS) return resolvePersonPronoun(cast, lower, mention.start);
    // a lone function word (`Though`) names nobody
    if (NOT_NAMES.has(lower) && !/^(?:i|we|it|they)$/.test(lower)) return undefined;
    // `I` outside quotes is the writer
    if (/^(?:i|we|me|us)$/.test(lower)) return author();
    if (lower === "it")
      return cast.lookBack(
        mention.start,
        (o) => o.draft.type === "organisation" || o.draft.type === "document",
        1500,
        false,
      )?.draft;
    if (PLURAL_PRONOUNS.has(lower) || GROUP_REFERENCES.has(lower) || isPluralPeopleNoun(lower)) {
      const group = resolveGroupReference(cast, lower, mention.start);
      if (group) return group;
      if (PLURAL_PRONOUNS.has(lower)) return undefined;
      return unnamedActor(cast, phrase, mention.start);
    }
    // `Sofia Brandt, a reviewer who …`: the role phrase stands for the name before it
    const base = Math.max(0, mention.start - 3);
    const appositiveOf = /,[ \u00a0]+$/u.exec(text.slice(base, mention.start));
    if (appositiveOf) {
      const comma = base + appositiveOf.index;
      for (let k = lowerBound(named, comma - MAX_MENTION); k < named.length; k++) {
        const o = named[k] as Occurrence;
        if (o.start > comma) break;
        if (
          o.end === comma &&
          o.draft.type === "person" &&
          /^(?:an?|the)\s/i.test(phrase) &&
          (phraseKind(phrase) === "role" ||
            (phraseKind(phrase) === "other" &&
              /(?:ist|er|or|ian|ant|ent|eer)$/.test(headOf(phrase))))
        )
          return o.draft;
      }
    }
    // `Melanie said`: a lone given name is a person the story calls by first name
    const gender = /^\p{Lu}\p{Ll}+$/u.test(phrase) ? givenGender(phrase) : undefined;
    if (gender) {
      const person = cast.ensure(`person:${lower}`, () => ({ type: "person", name: phrase }));
      person.gender ??= gender;
      return person;
    }
    const kind = phraseKind(phrase);
    if (kind === "document") {
      for (let k = lowerBound(tokens, mention.start); k < tokens.length; k++) {
        const t = tokens[k] as (typeof tokens)[number];
        if (t.start >= mention.end) break;
        if (t.start >= mention.start && docs.at.has(t.start)) {
          // `ICE enforcement policy` names its issuer; `the letter` does not
          if (!/\p{Lu}/u.test(text.slice(mention.start + 1, t.start))) {
            const doc = docs.at.get(t.start) as Draft;
            // `a report by the Audit Office`: its issuer
            const by = /[ \u00a0](?:by|from)[ \u00a0]+(?:the[ \u00a0]+)?(\p{Lu}.*)$/u.exec(phrase);
            if (by && !doc.members?.length) doc.organisation ??= by[1] as string;
            return doc;
          }
        }
      }
      return namedThing(cast, phrase, "document");
    }
    if (kind === "role" || kind === "people") return unnamedActor(cast, phrase, mention.start);
    if (kind === "organisation") {
      // `The state teachers' union, the Educators Association, said`: the proper name wins
      const proper =
        /^,[ \u00a0]+(?:the[ \u00a0]+)?(\p{Lu}[\p{L}'’&.-]*(?:[ \u00a0]+(?:(?:of|for|and)[ \u00a0]+)?\p{Lu}[\p{L}'’&.-]*)*)(?=,)/u.exec(
          text.slice(mention.end, mention.end + 80),
        );
      if (!proper) return namedThing(cast, phrase, "organisation");
      const org = namedThing(cast, proper[1] as string, "organisation");
      org.aliases.add(phrase);
      org.aliases.add(
        text.slice(mention.start, mention.end + proper[0].length).replace(/\s+/gu, " "),
      );
      org.role ??= phrase.replace(/^(?:the|a|an)\s+/i, "");
      return org;
    }
    return unnamedActor(cast, phrase, mention.start);
  };

  // `She has faced … She has called …`: pronouns that open clauses outside any statement are
  // resolved in text order too, so a chain of them keeps pointing at the same person
  const speakerStarts = new Set(speakerSpans.map((m) => m.start));
  const freePronouns = tokens.filter(
    (t) => (t.lower === "she" || t.lower === "he") && !speakerStarts.has(t.start) && !skip(t.start),
  );
  let nextPronoun = 0;
  const resolvePronounsBefore = (at: number) => {
    for (; nextPronoun < freePronouns.length; nextPronoun++) {
      const t = freePronouns[nextPronoun] as (typeof freePronouns)[number];
      if (t.start >= at) break;
      // only a pronoun that opens its sentence: one inside a fronted clause may point ahead
      // (`Asked whether he would resign, Ellison said …`)
      if (starts[sentenceIndex(starts, t.start)] !== t.start) continue;
      const draft = resolvePersonPronoun(cast, t.lower, t.start);
      if (draft) cast.addOccurrence({ start: t.start, end: t.end, draft, subject: true });
    }
  };

  for (let i = 0; i < ordered.length; i++) {
    const f = ordered[i] as FoundStatement;
    let resolved: { draft: Draft; mention?: Span } | undefined;
    let confidence = f.confidence;
    resolvePronounsBefore(Math.min(f.content.start, f.speakerMention?.start ?? f.content.start));
    // a mention inside quotes, or a dateline (`WASHINGTON (Reuters) —`), names no speaker
    const mention =
      f.speakerMention && !inQuote(f.speakerMention.start) && !isDateline(f.speakerMention)
        ? f.speakerMention
        : undefined;
    const carry = (id: string) => {
      const from = speakerOf.get(id);
      return from && { draft: from.draft };
    };
    if (f.continues) resolved = carry(f.continues);
    else if (mention) {
      const draft = resolveMention(mention);
      if (draft) resolved = { draft, mention };
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
        resolved = carry(prevFound.id);
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
        let subject: Draft | undefined;
        for (let k = lowerBound(named, from); k < named.length; k++) {
          const o = named[k] as Occurrence;
          if (o.start >= limit) break;
          subject = o.draft;
          break;
        }
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
    const { speakerMention: _m, continues: _c, ...rest } = f;
    const statement: Statement = { ...rest, confidence };
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
        reason: `could not tell who "${f.speakerMention?.text ?? f.continues}" is for statement ${f.id}`,
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
 * A speaker phrase without its trailing clause (`A city staff report presented at the meeting` →
 * `A city staff report`), and widened to the document that carries an author's name (`the
 * Government Accountability Office` after `A 2025 report by` → the whole phrase).
 */
export function trimMention(text: string, m: Span): Span {
  let { start, end } = m;
  const clause =
    /[ \u00a0,]+(?:who|which|that|presented|released|published|issued|obtained|filed|dated|signed|made|seen|reviewed|cited|quoted)\b/u.exec(
      text.slice(start, end),
    );
  if (clause && clause.index > 0) end = start + clause.index;
  const by =
    /\b((?:an?|the)[ \u00a0]+(?:[\p{L}\p{N}-]+[ \u00a0]+){0,3}?([\p{Ll}]+)[ \u00a0]+(?:by|from)[ \u00a0]+)$/iu.exec(
      text.slice(Math.max(0, start - 60), start),
    );
  if (by && (by[2] as string).toLowerCase() in DOCUMENT_NOUNS) start -= (by[1] as string).length;
  return start === m.start && end === m.end ? m : { start, end, text: text.slice(start, end) };
}

function sameParagraph(article: Article, a: number, b: number): boolean {
  if (article.paragraphs.length === 0) return !article.text.slice(a, b).includes("\n");
  const k = lowerBound(article.paragraphs, a + 1) - 1;
  const p = article.paragraphs[k];
  if (p && !(a < p.end)) return false;
  return !!p && p.start <= b && b < p.end;
}
