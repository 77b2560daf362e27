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
import { AFFILIATION, findNames, type NameMention } from "./01-names.ts";
import { type RoleNouns, roleAt } from "./02-roles.ts";
import { clusterPeople } from "./03-aliases.ts";
import { coordinatedNames, resolvePersonPronoun } from "./04-coref.ts";
import { type DocumentScan, issueStatements, scanDocuments } from "./05-documents.ts";
import { phraseKind, roleGroups, roleSubjects, sharesRoleWord } from "./06-unnamed.ts";
import { speakerResolver } from "./07-speaker.ts";
import {
  type AuthoredDocuments,
  channelOfAuthor,
  documentsByAuthor,
  Scenes,
} from "./08-channel.ts";
import { Cast, type Draft, type DraftFields, type Occurrence, resolvedPeople } from "./cast.ts";
import { ORG_NOUNS } from "../lexicon/organisations.ts";
import { ROLE_NOUNS } from "./lexicon/roles.ts";
import {
  inOrder,
  inRegions,
  lowerBound,
  MAX_MENTION,
  quoteRegions,
  type Regions,
  sentenceIndex,
  sentenceStarts,
  readWords,
  type Token,
  type Words,
} from "./text.ts";

export interface ActorsResult {
  statements: Statement[];
  actors: Actor[];
  warnings: Diagnostic[];
}

export function resolveSpeakers(article: Article, found: FoundStatement[]): ActorsResult {
  const text = article.text;
  const words = readWords(text);
  const tokens = words.tokens;
  const starts = sentenceStarts(text, words.keptDots);
  const quotes = quoteRegions(text);
  const removed = removedRegions(article);
  const paragraphs = paragraphStarts(article);
  const cast = new Cast(text, starts, paragraphs);
  const scene: Scene = {
    article,
    text,
    words,
    tokens,
    starts,
    paragraphs,
    quotes,
    removed,
    cast,
    answers: new Set(),
    interviewee: undefined,
  };
  const speakerSpans = speakerSpansOf(found, quotes);

  // 1. people, from their names, and 2. groups: names joined by `and`, and roles joined by `and`
  const named = castNamed(scene, speakerSpans);
  // `the governor paused`: role phrases a pronoun may point back to, as to the names above; not
  // one inside what someone said (`The president will open a new wing, she said`)
  const ordered = inOrder(found, byContentStart) ? found : [...found].sort(byContentStart);
  const reported = contentRegions(ordered);
  roleSubjects(
    cast,
    text,
    scene.words,
    (at) => inRegions(quotes, at) || inRegions(removed, at) || inRegions(reported, at),
  );

  // 3. documents and their authors, whose writers are resolved as speaker phrases are
  const docs: DocumentScan = { at: new Map(), carried: [], letters: new Set(), text };
  const resolveMention = speakerResolver({ article, text, tokens, named, cast, docs });
  scanDocuments(docs, {
    text,
    tokens,
    documentNouns: words.documentNouns,
    starts,
    cast,
    quotes,
    removed,
    named,
    resolve: resolveMention,
  });

  // 4. speakers, in text order, so pronouns look back over speakers already resolved
  const warnings: Diagnostic[] = [];
  const speakerOf = new Map<string, Resolved>();
  const statements: Statement[] = [];
  const speakers: (Resolved | undefined)[] = [];
  const free = freePronouns(scene, speakerSpans);
  let nextPronoun = 0;
  for (let i = 0; i < ordered.length; i++) {
    const f = ordered[i] as FoundStatement;
    nextPronoun = resolvePronounsBefore(
      cast,
      free,
      nextPronoun,
      Math.min(f.content.start, f.speakerMention?.start ?? f.content.start),
    );
    const guess = findSpeaker(scene, named, resolveMention, ordered, i, speakers, speakerOf);
    const resolved = guess.resolved;
    const statement = statementOf(f, guess.confidence);
    if (resolved) {
      speakerOf.set(f.id, resolved);
      const said = f.cue ?? f.speakerMention;
      if (said) {
        const s = sentenceIndex(starts, said.start);
        issueStatements(docs, starts[s] as number, starts[s + 1] ?? text.length, resolved.draft, {
          cue: f.cue ? text.slice(f.cue.start, f.cue.end) : "",
          cueEnd: f.cue?.end,
          mention: f.speakerMention?.start,
        });
      }
      if (resolved.mention && !f.continues)
        mentionSpeaker(cast, named, resolved.draft, resolved.mention);
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

  // 5. the actors, and each statement's speaker by their ids and channel by its speaker (once
  // every document has the writers the speakers above gave it: `In a joint statement, X said`)
  const { actors, idOf } = cast.toActors();
  const authored = documentsByAuthor(cast);
  const scenes = new Scenes(cast, words, starts, quotes, reported);
  for (let i = 0; i < statements.length; i++) {
    const resolved = speakers[i];
    if (!resolved) continue;
    const statement = statements[i] as Statement;
    statement.speaker = speakerFor(resolved, idOf);
    const f = ordered[i] as FoundStatement;
    const channel = channelFromSpeaker(cast, authored, f, statement, resolved.draft);
    statement.channel = scenes.channel(f, resolved.draft, channel);
  }
  return { statements, actors, warnings };
}

/**
 * A statement's channel once its speaker is known: a document speaks in its own kind where the
 * sentence named none; a group's guessed `interview` gives way to the one document it signed in
 * view (see 08-channel).
 */
function channelFromSpeaker(
  cast: Cast,
  authored: AuthoredDocuments,
  f: FoundStatement,
  statement: Statement,
  speaker: Draft,
): Statement["channel"] {
  if (statement.channel === "unknown" && speaker.type === "document" && speaker.noun)
    return speaker.noun;
  if (f.channelGuessed && speaker.type === "group")
    return channelOfAuthor(cast, authored, speaker, f.content.start) ?? statement.channel;
  return statement.channel;
}

/** What the steps share: the article, its text's views, and the cast being built. */
interface Scene {
  article: Article;
  text: string;
  words: Words;
  tokens: Token[];
  /** Sentence starts, and paragraph starts. */
  starts: number[];
  paragraphs: number[];
  /** Regions inside quotation marks, and regions removed from the text, sorted. */
  quotes: Regions;
  removed: Regions;
  cast: Cast;
  /** The paragraphs (by index) read as an interview's answers so far. */
  answers: Set<number>;
  /** The interview's subject, once sought (null: nobody). */
  interviewee: Draft | null | undefined;
}

/**
 * A statement's speaker while statements are resolved: who, and the words naming them (always
 * given, undefined for none, so that all share one shape).
 */
interface Resolved {
  draft: Draft;
  mention: Span | undefined;
}

/** The statements' speaker spans outside quotes (a plain loop: flatMap's arrays showed). */
function speakerSpansOf(found: FoundStatement[], quotes: Regions): Span[] {
  const spans: Span[] = [];
  for (const f of found)
    if (f.speakerMention && !inRegions(quotes, f.speakerMention.start))
      spans.push(f.speakerMention);
  return spans;
}

/**
 * Steps 1 and 2: people from their names (with the roles the text gives them), pairs of names
 * and groups of roles, all mentioned in the cast; returns the named people and groups outside
 * quotes, in text order.
 */
function castNamed(scene: Scene, speakerSpans: Span[]): Occurrence[] {
  const { text, tokens, quotes, removed, cast } = scene;
  const names = withoutRemoved(
    findNames(text, tokens, (o) => inRegions(quotes, o), speakerSpans),
    removed,
  );
  const draftOf = peopleDrafts(cast, text, names, scene.words);
  const pairs = coordinatedNames(
    text,
    names.filter((m) => !m.inQuote),
  );
  // (a loop, not `new Set(pairs.flat())`: most articles have no pair, and the flat copy showed)
  const inPair = new Set<NameMention>();
  for (const pair of pairs) for (const m of pair) inPair.add(m);
  const named: Occurrence[] = [];
  for (const m of names) {
    const draft = draftOf.get(m);
    if (!draft) continue;
    // names in quotes stay mentions but are never antecedents
    cast.mention(draft, m, m.subject && !inPair.has(m), true, !m.inQuote);
    if (!m.inQuote)
      named.push({ start: m.start, end: m.end, draft, subject: m.subject && !inPair.has(m) });
  }
  for (const pair of pairs) mentionPair(cast, text, pair, draftOf, named);
  const pairOccurrences = named.filter((o) => o.draft.type === "group");
  for (const g of roleGroups(text, scene.words))
    if (!inRegions(quotes, g.start) && !inRegions(removed, g.start)) {
      const group = mentionRoleGroup(cast, text, g, named);
      group.members ??= namedNextByRoles(g, pairOccurrences);
    }
  named.sort((a, b) => a.start - b.start || b.end - a.end);
  return named;
}

/** How far after a group named by its roles the people holding them may be named. */
const ROLES_NAMED_WINDOW = 800;

/**
 * `The state's top environmental official and its attorney general have asked …. In a letter,
 * Environmental Secretary Marguerite Hartigan and Attorney General Samuel Tremaine wrote`: the next
 * people named together, as many as the roles, each sharing a word of role or organisation with
 * the role in the same place, are the group's members.
 */
function namedNextByRoles(g: Span, pairs: Occurrence[]): Draft[] | undefined {
  const conjuncts = g.text.toLowerCase().split(/,?[ \u00a0]+and[ \u00a0]+|,[ \u00a0]+/u);
  for (let k = lowerBound(pairs, g.end); k < pairs.length; k++) {
    const p = pairs[k] as Occurrence;
    if (p.start - g.end > ROLES_NAMED_WINDOW) break;
    const members = p.draft.members ?? [];
    if (members.length !== conjuncts.length) continue;
    const fits = members.every((m, i) => sharesRoleWord(m, conjuncts[i] as string));
    if (fits) return members;
  }
  return undefined;
}

/** Each name mention's person draft, made from the clustered people with their roles. */
function peopleDrafts(
  cast: Cast,
  text: string,
  names: NameMention[],
  nouns: RoleNouns,
): Map<NameMention, Draft> {
  const draftOf = new Map<NameMention, Draft>();
  for (const p of clusterPeople(names).people) {
    const name = p.words.join(" ");
    const draft = cast.ensure(`person:${name.toLowerCase()}`, () => ({ type: "person", name }));
    if (p.gender) draft.gender = p.gender;
    for (const m of p.mentions) {
      // the first role and organisation found stay: once both are known, no more are read
      if (draft.role === undefined || draft.organisation === undefined) {
        const info = roleAt(text, m.title, m.end, m.start, nouns);
        if (info.role) draft.role ??= info.role;
        if (info.organisation) draft.organisation ??= info.organisation;
      }
      draftOf.set(m, draft);
    }
  }
  return draftOf;
}

/** `Sessions and Kelly`: the group of two or more different people, mentioned as one. */
function mentionPair(
  cast: Cast,
  text: string,
  pair: NameMention[],
  draftOf: Map<NameMention, Draft>,
  named: Occurrence[],
): void {
  const unique: Draft[] = [];
  for (const m of pair) {
    const d = draftOf.get(m);
    if (d && !unique.includes(d)) unique.push(d);
  }
  if (unique.length < 2) return;
  // the members' keys and names by plain loops: the arrays `map` made did not always have the
  // same map, and the compiled code sorting and joining them was thrown away at a new one
  const keys: string[] = [];
  const names: string[] = [];
  for (const d of unique) {
    keys.push(d.key);
    names.push(d.name);
  }
  const group = cast.ensure(`group:${keys.sort().join("+")}`, () => ({
    type: "group",
    name: names.join(" and "),
    members: unique,
  }));
  const first = pair[0] as NameMention;
  const last = pair[pair.length - 1] as NameMention;
  const span = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
  cast.mention(group, span, first.subject);
  named.push({ start: span.start, end: span.end, draft: group, subject: first.subject });
}

/** `the city attorney, district attorney and public defender`: a group named by its roles. */
function mentionRoleGroup(
  cast: Cast,
  text: string,
  g: { start: number; end: number; text: string; organisation?: string },
  named: Occurrence[],
): Draft {
  const group = cast.ensure(`group:${g.text.toLowerCase().replace(/\s+/gu, " ")}`, () => {
    const d: DraftFields = {
      type: "group",
      name: g.text.replace(/\s+/gu, " "),
    };
    if (g.organisation) d.organisation = g.organisation;
    return d;
  });
  const subject = !/\b(?:to|by|with|from|for|against|of)[ \u00a0]+$/u.test(
    text.slice(Math.max(0, g.start - 12), g.start),
  );
  // a span of its own: `mention` is kept to one shape of span, and groups are few
  cast.mention(group, { start: g.start, end: g.end, text: g.text }, subject);
  named.push({ start: g.start, end: g.end, draft: group, subject });
  return group;
}

/**
 * `She has faced … She has called …`: pronouns outside quotes, removed text and speaker spans,
 * resolved in text order between the statements, so a chain of them keeps pointing at the same
 * person.
 */
function freePronouns(scene: Scene, speakerSpans: Span[]): Token[] {
  const { words, tokens, quotes, removed } = scene;
  const speakerStarts = new Set(speakerSpans.map((m) => m.start));
  const out: Token[] = [];
  for (let k = 0; k < words.pronouns.length; k++) {
    const t = tokens[words.pronouns[k] as number] as Token;
    if (!speakerStarts.has(t.start) && !inRegions(quotes, t.start) && !inRegions(removed, t.start))
      out.push(t);
  }
  return out;
}

/** Who said statement `i` of `ordered`, and how sure that is (its confidence, maybe lowered). */
function findSpeaker(
  scene: Scene,
  named: Occurrence[],
  resolveMention: (given: Span) => Draft | undefined,
  ordered: FoundStatement[],
  i: number,
  speakers: (Resolved | undefined)[],
  speakerOf: Map<string, Resolved>,
): { resolved: Resolved | undefined; confidence: number } {
  const { article, text, starts, quotes } = scene;
  const f = ordered[i] as FoundStatement;
  const confidence = f.confidence;
  const interviewee = interviewAnswer(scene, named, f);
  if (interviewee)
    return { resolved: { draft: interviewee, mention: undefined }, confidence: confidence * 0.8 };
  if (f.continues) return { resolved: carry(speakerOf, f.continues), confidence };
  // a mention inside quotes, or a dateline (`WASHINGTON (Reuters) —`), names no speaker
  const mention =
    f.speakerMention &&
    !inRegions(quotes, f.speakerMention.start) &&
    !isDateline(article, f.speakerMention)
      ? f.speakerMention
      : undefined;
  if (mention) {
    const draft = resolveMention(mention);
    if (!draft) return { resolved: undefined, confidence };
    // a pronoun or `the two men` is a guess about who, a name is not
    const guess = guessesWho(mention.text.trim());
    return { resolved: { draft, mention }, confidence: guess ? confidence * 0.9 : confidence };
  }
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
  )
    return { resolved: carry(speakerOf, prevFound.id), confidence: confidence * 0.8 };
  if (f.cue && !opensSentence) {
    const subject = sentenceSubject(scene, named, resolveMention, f.cue.start);
    if (subject)
      return { resolved: { draft: subject, mention: undefined }, confidence: confidence * 0.7 };
  }
  return { resolved: undefined, confidence };
}

/** `he`, `they`, `both`, `the two men`: words that guess at who speaks rather than name them. */
function guessesWho(phrase: string): boolean {
  // each opens with s, h, t, i, w or b in either case, or with a character outside ASCII (`ſ`
  // matches s under /iu): most speaker phrases are names that open otherwise, refused with no
  // pattern run. (Not by their length, whose read checks the string's kind: a kind first met
  // after the caller was compiled threw that code away.)
  const c = phrase.charCodeAt(0) | 32;
  if (c < 128 && c !== 115 && c !== 104 && c !== 116 && c !== 105 && c !== 119 && c !== 98)
    return false;
  return GUESSED_SPEAKER.test(phrase);
}

const GUESSED_SPEAKER = /^(?:s?he|they|it|we|i|the\s+(?:two|three)\s+\p{L}+|both)$/iu;

/**
 * A Q&A interview: a quote with no cue that opens a paragraph right after an unquoted question
 * (`What surprised you most?`), or after such an answer, is the interviewee's; the interviewee is
 * the first person the article names, in the introduction.
 */
function interviewAnswer(scene: Scene, named: Occurrence[], f: FoundStatement): Draft | undefined {
  if (!f.quote || f.speakerMention || f.cue) return undefined;
  const { text, paragraphs, answers } = scene;
  const k = sentenceIndex(paragraphs, f.quote.start);
  const from = paragraphs[k] as number;
  if (k === 0 || f.quote.start - from > 3 || text.slice(from, f.quote.start).trim().length > 1)
    return undefined;
  if (!answers.has(k - 1) && !isQuestion(text, paragraphs[k - 1] as number, from)) return undefined;
  // sought once per article: an interview of many answers stays linear
  if (scene.interviewee === undefined) {
    scene.interviewee = null;
    for (const o of named)
      if (o.draft.type === "person") {
        scene.interviewee = o.draft;
        break;
      }
  }
  if (scene.interviewee) answers.add(k);
  return scene.interviewee ?? undefined;
}

/** `text[from, to)` is a short paragraph that asks a question and quotes nobody. */
function isQuestion(text: string, from: number, to: number): boolean {
  if (to - from > 300) return false;
  const p = text.slice(from, to).trim();
  return p.endsWith("?") && !/["“”]/u.test(p);
}

/**
 * `X ordered a review, saying …`: a cue without a named speaker has the subject of its
 * sentence, a name or a role phrase (`A federal judge on Thursday sentenced …, calling it …`).
 */
function sentenceSubject(
  scene: Scene,
  named: Occurrence[],
  resolveMention: (given: Span) => Draft | undefined,
  cue: number,
): Draft | undefined {
  const { text, starts } = scene;
  const from = starts[sentenceIndex(starts, cue)] ?? 0;
  // only what opens the sentence (after any dateline): before its first lower-case word
  const lead = text.slice(from, cue);
  const firstLower = lead.replace(/\([^)]*\)/gu, (x) => " ".repeat(x.length)).search(/\p{Ll}/u);
  const limit = from + (firstLower < 0 ? lead.length : firstLower);
  const opener = named[lowerBound(named, from)];
  if (opener && opener.start < limit) return opener.draft;
  const window = text.slice(Math.max(from, limit - 4), limit + 60);
  const article0 = /(?:^|[\s—–-])((?:A|An|The)[ \u00a0]+)/u.exec(window);
  if (!article0) return undefined;
  const npStart =
    Math.max(from, limit - 4) +
    article0.index +
    article0[0].length -
    (article0[1] as string).length;
  const words = [...text.slice(npStart, npStart + 60).matchAll(/[\p{L}.-]+/gu)].slice(1, 5);
  const head = words.find((w) => ROLE_NOUNS.has(w[0].toLowerCase()));
  if (!head || !words.slice(0, words.indexOf(head)).every((w) => /^\p{Ll}/u.test(w[0])))
    return organisationAt(scene.cast, text, npStart, resolveMention);
  const end = npStart + head.index + head[0].length;
  return resolveMention({ start: npStart, end, text: text.slice(npStart, end) });
}

/**
 * `The Bank of Nordmark kept its rate, saying …`: the organisation a sentence opens with, named
 * by `The` and capitalised words (joined by `of`, `for`, `and`).
 */
function organisationAt(
  cast: Cast,
  text: string,
  at: number,
  resolveMention: (given: Span) => Draft | undefined,
): Draft | undefined {
  const m =
    /^(?:The|the)[ \u00a0]+\p{Lu}[\p{L}.'’&-]*(?:[ \u00a0]+(?:(?:of|for|and)[ \u00a0]+)?\p{Lu}[\p{L}.'’&-]*){0,5}(?:[ \u00a0]+(\p{Ll}+))?/u.exec(
      text.slice(at, at + 80),
    );
  if (!m) return undefined;
  // `The Obama administration`: a lower-case word after the name is its head, or no part of it
  const noun = m[1] !== undefined && ORG_NOUNS.has(m[1]);
  const phrase = noun || m[1] === undefined ? m[0] : m[0].slice(0, m[0].lastIndexOf(m[1]) - 1);
  if (phraseKind(phrase) !== "organisation") return undefined;
  const span = { start: at, end: at + phrase.length, text: phrase };
  const draft = resolveMention(span);
  if (draft?.type !== "organisation") return undefined;
  cast.mention(draft, span);
  return draft;
}

/**
 * Records the speaker's own words as a mention of them: a name is already one (only its place as
 * a subject is added); a pronoun is an antecedent but no alias.
 */
function mentionSpeaker(cast: Cast, named: Occurrence[], draft: Draft, m: Span): void {
  let isName = false;
  for (let k = lowerBound(named, m.start - MAX_MENTION); k < named.length; k++) {
    const o = named[k] as Occurrence;
    if (o.start > m.start) break;
    // `Gideon Marwick of the Civic Justice Project`: the name, with its organisation after it
    if (o.end >= m.end || (o.draft === draft && AFFILIATION.test(cast.text.slice(o.end, m.end))))
      isName = true;
  }
  const pronoun = SUBJECT_PRONOUN.test(m.text.trim());
  if (!isName) cast.mention(draft, m, true, !pronoun);
  else cast.addOccurrence({ start: m.start, end: m.end, draft, subject: true });
}

const SUBJECT_PRONOUN = /^(?:s?he|they|it|we|i)$/i;

/** A statement's speaker as the record has it: actor ids, and the words naming them. */
function speakerFor({ draft, mention }: Resolved, idOf: Map<Draft, string>): Speaker {
  const speaker: Speaker = {
    actorId: idOf.get(draft) as string,
    name: draft.name,
    resolvedActorIds: resolvedPeople(draft).map((d) => idOf.get(d) as string),
  };
  if (mention) speaker.mention = { start: mention.start, end: mention.end, text: mention.text };
  return speaker;
}

/**
 * The statement without the statements stage's working fields, with its confidence: built field
 * by field in the order that stage writes them (object rest and spread made slow objects, whose
 * `speaker` was costly to add). Every statement has every field, unset ones undefined (which JSON
 * leaves out): one shape, where a quote, a cue and a speaker each added or not made eight, and
 * the compiled resolveSpeakers was thrown away at the `speaker` store of each shape it had not
 * met yet.
 */
function statementOf(f: FoundStatement, confidence: number): Statement {
  return {
    id: f.id,
    kind: f.kind,
    content: f.content,
    channel: f.channel,
    confidence,
    quote: f.quote,
    cue: f.cue,
    speaker: undefined,
  };
}

/** The contents of statements sorted by where they start, as regions, overlapping ones merged. */
function contentRegions(ordered: FoundStatement[]): Regions {
  const regions: Regions = [];
  for (const { content: c } of ordered) {
    const n = regions.length;
    if (n && c.start <= (regions[n - 1] as number))
      regions[n - 1] = Math.max(regions[n - 1] as number, c.end);
    else regions.push(c.start, c.end);
  }
  return regions;
}

/**
 * The article's removed regions, sorted by start, with its dateline: the agency in
 * `DRAVENMARK (Caspar Press) -` is who published the story, not one of its actors.
 */
function removedRegions(article: Article): Regions {
  const regions: Regions = [];
  const dateline = article.meta.dateline;
  const spans: Span[] = dateline ? [...article.removals, dateline] : [...article.removals];
  const n = spans.length;
  if (n === 0) return regions;
  spans.sort(byStart);
  for (let k = 0; k < n; k++) {
    const r = spans[k] as Span;
    regions.push(r.start, r.end);
  }
  return regions;
}

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

function byContentStart(a: FoundStatement, b: FoundStatement): number {
  return a.content.start - b.content.start;
}

/** Where the article's paragraphs start: its own paragraphs, else blank lines. */
function paragraphStarts(article: Article): number[] {
  if (article.paragraphs.length) return article.paragraphs.map((p) => p.start);
  return [0, ...[...article.text.matchAll(/\n\s*\n/g)].map((m) => m.index + m[0].length)];
}

/** The mentions that do not start in a removed region. */
function withoutRemoved(names: NameMention[], removed: Regions): NameMention[] {
  if (removed.length === 0) return names;
  return names.filter((m) => !inRegions(removed, m.start));
}

/** The speaker of an earlier statement, carried over without its mention. */
function carry(speakerOf: Map<string, Resolved>, id: string): Resolved | undefined {
  const from = speakerOf.get(id);
  return from && { draft: from.draft, mention: undefined };
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
  // an all-capitals place opening a paragraph before `(Agency) —` or a dash; not `PENCE:` (most
  // mentions have an ASCII lower-case letter, which the pattern refuses: no need to run it)
  return (
    !hasAsciiLower(m.text) &&
    /^[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*$/u.test(m.text) &&
    /^[ \u00a0]*(?:\(|[—–-]|,)/u.test(article.text.slice(m.end, m.end + 4))
  );
}

/** `s` has a letter a–z. */
function hasAsciiLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

function sameParagraph(article: Article, a: number, b: number): boolean {
  if (article.paragraphs.length === 0) return !article.text.slice(a, b).includes("\n");
  const k = lowerBound(article.paragraphs, a + 1) - 1;
  const p = article.paragraphs[k];
  if (p && !(a < p.end)) return false;
  return !!p && p.start <= b && b < p.end;
}
