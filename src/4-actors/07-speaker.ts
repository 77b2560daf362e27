// A speaker phrase → the actor it names: a name or pair in it, a pronoun, `the letter`, a group
// reference, the writer (`I`), a role set off after a name, `one`/`another` of the people just
// spoken of, a group named just after (`The mayors of A and B said`), an unnamed source, an
// organisation (two together, or a body of people: `A coalition of …`) or a document named by
// what it is.

import type { Article, Span } from "../types.ts";
import { AFFILIATION, appositiveAfter, firstGroup, givenGender } from "./01-names.ts";
import {
  isPluralPeopleNoun,
  IT_REACH,
  resolveDescribedPerson,
  resolveGroupReference,
  resolvePersonPronoun,
} from "./04-coref.ts";
import { type DocumentScan, headBeforeOf } from "./05-documents.ts";
import {
  describedAs,
  headOf,
  holdsRole,
  knownThing,
  namedThing,
  phraseKind,
  unnamedActor,
} from "./06-unnamed.ts";
import type { Cast, Draft, DraftFields, Occurrence } from "./cast.ts";
import { DOCUMENT_NOUNS, MAKER_PARTICIPLES } from "./lexicon/documents.ts";
import { INDUSTRY_WORDS, ORG_NOUNS, ORG_WORDS } from "../lexicon/organisations.ts";
import {
  GROUP_REFERENCES,
  NOT_NAMES,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
} from "./lexicon/pronouns.ts";
import {
  ANONYMOUS_NOUNS,
  GROUP_NOUNS,
  PEOPLE_NOUNS,
  POSTPOSITIVE,
  ROLE_NOUNS,
} from "./lexicon/roles.ts";
import {
  asciiWordBefore,
  isAcronym,
  isBlank,
  isCapitalised,
  lowerBound,
  leadingWord,
  MAX_MENTION,
  squashSpaces,
  type Token,
} from "./text.ts";
import { AGENT_ENDING, isTitleOrRole } from "./words.ts";

export interface SpeakerContext {
  article: Article;
  text: string;
  tokens: Token[];
  /** Named people and groups outside quotes, in text order. */
  named: Occurrence[];
  cast: Cast;
  docs: DocumentScan;
}

// How far back a transcript label (`PENCE:`) looks for the person it names: longer than any
// article, yet bounded, so that an enormous input with many all-capital speakers (`NASA said`,
// each of which asks) stays linear in its length rather than scanning the whole text each time.
const LABEL_WINDOW = 100_000;

// `A spokesman for `, `a lawyer for `, `an aide to `: an article, up to two words, a role noun,
// then `for` or `to`
const ROLE_FOR =
  /^(?:an?|the)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,2}?(\p{Ll}+)[ \u00a0]+(?:for|to)[ \u00a0]+$/iu;

/** Whether `before`, the words ahead of a name in a speaker phrase, make one who speaks for it. */
function speaksFor(before: string): boolean {
  if (before.length > MAX_ROLE_FOR) return false;
  // the role noun read from a match in every case ("" for none, no role noun): a lookup made
  // only after a rare match was first made once widestNamed was compiled, and threw it away
  return ROLE_NOUNS.has(firstGroup(ROLE_FOR, before));
}

/** How long `A deputy press secretary for ` may be. */
const MAX_ROLE_FOR = 60;

/** `PENCE`: a transcript's speaker label, or a surname in capitals. */
const TRANSCRIPT_LABEL = /^\p{Lu}[\p{Lu}'’-]+$/u;
/** `its authors`, `their author`: a document's writers (in lower case). */
const ITS_AUTHORS = /^(?:its|their)[ \u00a0]+authors?$/u;
/** A comma and blanks ending the words before a phrase: the phrase is set off after them. */
const COMMA_BEFORE = /,[ \u00a0]+$/u;
const ONE_OF_THOSE = /^one[ \u00a0]+of[ \u00a0]+(?:them|those|us)$/iu;
/** `Corvane`, `Wealth-X`: one capitalised word of an organisation's name. */
const ONE_CAPITALISED_WORD = /^\p{Lu}[\p{L}&-]+$/u;
/** `A coalition`, `the group`: an article and one noun. */
const ARTICLE_AND_NOUN = /^(?:an?|the)[ \u00a0]+(\p{L}+)$/iu;

/**
 * Whether `s` may open with a capital: a character outside ASCII (left to the pattern) or A–Z.
 * Most phrases open with a lower-case ASCII letter and are refused with no pattern run.
 */
function opensCapital(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 128 || (c >= 65 && c <= 90);
}

/** `s` (in lower case) opens with `i` or `t`, as `its` and `their` do. */
function opensWithIOrT(s: string): boolean {
  const c = s.charCodeAt(0);
  return c === 105 || c === 116;
}

/** `Melanie`, `Baz`: one capitalised word, which may be all the name a person goes by. */
const ONE_WORD_NAME = /^\p{Lu}\p{Ll}+$/u;

/** Returns the function that resolves one speaker phrase, creating actors as needed. */
export function speakerResolver(ctx: SpeakerContext): (given: Span) => Draft | undefined {
  const { article, text, tokens, named, cast, docs } = ctx;
  // a person's name in lower case, made once: a transcript label compares it with every person
  // mentioned in the lines before it (a person's name, unlike a document's, never changes)
  const lowerNames = new Map<Draft, string>();
  const lowerName = (d: Draft): string => {
    let lower = lowerNames.get(d);
    if (lower === undefined) {
      lower = d.name.toLowerCase();
      lowerNames.set(d, lower);
    }
    return lower;
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
    const phrase = squashSpaces(mention.text).trim();
    const best = widestNamed(text, named, mention);
    if (best) return namedInAppositive(text, named, mention, best, phrase) ?? best.draft;
    return resolveUnnamed(given.start, mention, phrase);
  };
  // (split in three only to help the compiler: as one function of every rule, each rule first met
  // after it was optimised threw all its code away, and it was compiled again whole)
  /** A phrase that holds no name: a pronoun, `one`, `I`, `it`, a plural, else `describe`. */
  const resolveUnnamed = (at: number, mention: Span, phrase: string): Draft | undefined => {
    const lower = phrase.toLowerCase();
    // `PENCE:` in a transcript: the person with that surname
    if (opensCapital(phrase) && TRANSCRIPT_LABEL.test(phrase)) {
      const surname = ` ${lower}`;
      const person = cast.lookBack(
        at,
        (o) => o.draft.type === "person" && lowerName(o.draft).endsWith(surname),
        LABEL_WINDOW,
        false,
      );
      if (person) return person.draft;
      // a transcript's speaker label (`WALLACE:`) is a person even when never named in full
      if (text[mention.end] === ":") {
        const name = phrase.charAt(0) + phrase.slice(1).toLowerCase();
        return cast.ensure(`person:${lower}`, () => ({ type: "person", name }));
      }
    }
    if (PERSON_PRONOUNS.has(lower)) return resolvePersonPronoun(cast, lower, mention.start);
    // `Fans reacted. “…,” one wrote. Another posted …`: each one of the people just spoken of
    // (unless the appositive names them: `Another, Marcus Webb, said`)
    if (ONE_OF.has(lower))
      return (
        personNamedAfter(text, named, mention.end, phrase) ??
        oneOfThem(cast, text, phrase, mention.start)
      );
    // a lone function word (`Though`) names nobody
    if (NOT_NAMES.has(lower) && !/^(?:i|we|it|they)$/.test(lower)) return undefined;
    // `I` outside quotes is the writer
    if (FIRST_PERSON.test(lower)) return author();
    // `The report acknowledges the point. Its authors write that …`: the document speaks
    if (opensWithIOrT(lower) && ITS_AUTHORS.test(lower)) {
      const doc = cast.lookBack(mention.start, (o) => o.draft.type === "document", 1500, false);
      if (doc) return doc.draft;
    }
    // (a document only where it was a subject: `In a statement, it said` is not the statement)
    if (lower === "it")
      return itReferent(cast, mention.start) ?? ownedOrganisationBefore(cast, text, mention.start);
    if (PLURAL_PRONOUNS.has(lower) || GROUP_REFERENCES.has(lower) || isPluralPeopleNoun(lower)) {
      // `sources` are unnamed by definition: never the people the text has named together
      let group = ANONYMOUS_NOUNS.has(lower)
        ? undefined
        : resolveGroupReference(cast, lower, mention.start);
      // a bare plural (`officials said`) may sum up a group named by its roles (`the city
      // attorney, district attorney and public defender`), never two people named together
      // (`Obama and Putin`, `Trump and Cruz`): it brings in people of its own
      if (group?.members?.length && GROUP_NOUNS.has(lower)) group = undefined;
      if (group) return group;
      if (PLURAL_PRONOUNS.has(lower)) return undefined;
      return (
        holdersNamedBefore(cast, lower, mention.start) ?? unnamedActor(cast, phrase, mention.start)
      );
    }
    return describe(mention, phrase, lower);
  };
  /** A phrase describing who speaks: a family, role holders, an appositive, a role, a document. */
  const describe = (mention: Span, phrase: string, lower: string): Draft | undefined => {
    // `Marisol and Gregory Vance …. the Vances wrote`: the people named with that surname
    const family =
      familyNamed(cast, phrase, mention.start) ?? holdersNamedBefore(cast, lower, mention.start);
    if (family) return family;
    // `The mayors of Brentwick and Oller Falls said …`, the mayors named together just after
    const holders =
      roleHoldersAhead(cast, phrase, mention.start) ??
      pairOfRolesAhead(cast, phrase, mention.start);
    if (holders) return holders;
    // `Sofia Brandt, a reviewer who …`: the role phrase stands for the name before it
    const base = Math.max(0, mention.start - 3);
    // (only after a blank: most phrases have no comma before them to read)
    const appositiveOf =
      mention.start > 0 && isBlank(text.charCodeAt(mention.start - 1))
        ? COMMA_BEFORE.exec(text.slice(base, mention.start))
        : null;
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
    // `The jury foreperson, a retired postal worker who …, said`: the description set off after
    // the role the sentence opens with is that role's holder, not someone else
    if (appositiveOf && INDEFINITE.test(phrase)) {
      const role = roleOpeningBefore(text, base + appositiveOf.index);
      if (role && phraseKind(phrase) !== "organisation")
        return unnamedActor(cast, role.text, role.start);
    }
    // `Another passenger, a student named Arvid Nesheim, said`: the person the appositive names
    const namedAfter =
      personNamedAfter(text, named, mention.end, phrase) ??
      knownAs(cast, text, mention.end, phrase);
    if (namedAfter) return namedAfter;
    // `One of them, a retired teacher, said`: the person the appositive describes
    const oneDescribed = oneOfThoseDescribed(cast, text, phrase, mention.end);
    if (oneDescribed) return oneDescribed;
    // `the teenager said`, `the 34-year-old said`: the person just named
    const described = resolveDescribedPerson(cast, lower, mention.start);
    if (described) return described;
    // `Baz said` after `Her coach, known … as Baz,`: the one-name person met before
    const oneName = ONE_WORD_NAME.test(phrase);
    const known = oneName ? cast.get(`person:${lower}`) : undefined;
    if (known) return known;
    // `Melanie said`: a lone given name is a person the story calls by first name
    const gender = oneName ? givenGender(phrase) : undefined;
    if (gender) {
      const person = cast.ensure(`person:${lower}`, () => ({ type: "person", name: phrase }));
      person.gender ??= gender;
      return person;
    }
    // `One trader, who gave only his first name, Dariusz, said`: a lone name set off after a role
    const setOff =
      loneNameAfterRole(cast, text, phrase, mention.start) ??
      loneNameBeforeRole(cast, text, phrase, mention.end);
    if (setOff) return setOff;
    const kind = phraseKind(phrase);
    if (kind === "document") {
      for (let k = lowerBound(tokens, mention.start); k < tokens.length; k++) {
        const t = tokens[k] as (typeof tokens)[number];
        if (t.start >= mention.end) break;
        if (t.start >= mention.start && docs.at.has(t.start)) {
          // `ICE enforcement policy` names its issuer; `the letter` does not; `The National Air
          // Safety Board’s preliminary report` is the document whose issuer was found there
          const doc = docs.at.get(t.start) as Draft;
          if (doc.members?.length || !/\p{Lu}/u.test(text.slice(mention.start + 1, t.start))) {
            // `a report by the Audit Office`: its issuer
            const by =
              /[ \u00a0](?:by|from)[ \u00a0]+(?:the[ \u00a0]+)?(?:[\p{Ll}-]+[ \u00a0]+){0,2}(\p{Lu}.*)$/u.exec(
                phrase,
              );
            if (by && !doc.members?.length) doc.organisation ??= by[1] as string;
            return doc;
          }
        }
      }
      return namedThing(cast, phrase, "document");
    }
    if (kind === "role" || kind === "people") return unnamedActor(cast, phrase, mention.start);
    if (kind === "organisation") return organisationSpeaker(cast, text, phrase, mention);
    return inquiryReport(cast, lower, mention.start) ?? unnamedActor(cast, phrase, mention.start);
  };
  return resolveMention;
}

/** `the inquiry`, `the investigation`: an investigation named as the one spoken of. */
const DEFINITE_INQUIRY = /^the[ \u00a0]+(?:inquiry|investigation|probe)$/u;

/** How far back a report whose findings an inquiry's `found` gives may be named. */
const INQUIRY_REACH = 1500;

/**
 * `The report, written by Ombudsman X after an 11-month inquiry, found …. The inquiry found`: an
 * investigation's findings are given in its report, so the inquiry (`lower`) speaking at `at` is
 * the latest report named before with a writer, which speaks for them.
 */
function inquiryReport(cast: Cast, lower: string, at: number): Draft | undefined {
  if (!DEFINITE_INQUIRY.test(lower)) return undefined;
  return cast.lookBack(
    at,
    (o) => o.draft.type === "document" && o.draft.noun === "report" && !!o.draft.members?.length,
    INQUIRY_REACH,
    false,
  )?.draft;
}

/** `a `, `an `: an indefinite article opening a phrase. */
const INDEFINITE = /^an?\s/i;

/** `I`, `we` (in lower case): outside quotes, the writer. */
const FIRST_PERSON = /^(?:i|we|me|us)$/;

/**
 * What `it` at `at` speaks for: the nearest organisation, or document named as a subject; but not
 * a writerless document named once in passing when one of its kind the text has cited more stands
 * before it in the paragraph (`The report does not assign blame; a final report is expected next
 * year. But it says`).
 */
function itReferent(cast: Cast, at: number): Draft | undefined {
  const nearest = cast.lookBack(
    at,
    (o) => o.draft.type === "organisation" || (o.draft.type === "document" && o.subject),
    IT_REACH,
    false,
  )?.draft;
  if (nearest?.type !== "document" || nearest.members?.length || nearest.salience > 1)
    return nearest;
  const paragraph = cast.paragraphOf(at);
  const cited = cast.lookBack(
    at,
    (o) =>
      o.draft.type === "document" &&
      o.subject &&
      o.draft.salience > 1 &&
      o.draft.noun === nearest.noun &&
      cast.paragraphOf(o.start) === paragraph,
    IT_REACH,
    false,
  )?.draft;
  return cited ?? nearest;
}

/** `the Vances`, `the Joneses`: a surname in the plural after `the`. */
const FAMILY = /^the[ \u00a0]+(\p{Lu}[\p{L}'’-]*?)(?:e?s)$/u;
/** How far back a family's plural looks for its members' names. */
const FAMILY_REACH = 3000;

/**
 * `Elias's parents, Marisol and Gregory Vance, published …. the Vances wrote`: a surname in the
 * plural is the nearest group named before whose members all bear it, else the group of all the
 * people named before with it (keyed as a pair is), not an organisation called `the Vances`.
 */
function familyNamed(cast: Cast, phrase: string, at: number): Draft | undefined {
  const m = FAMILY.exec(phrase);
  if (!m) return undefined;
  const stem = ` ${(m[1] as string).toLowerCase()}`;
  // `Vances` may be `Vance` + s or `Vanc` + es: either surname
  const surnames = [`${stem}e`, stem];
  const hasSurname = (d: Draft): boolean => {
    const name = d.name.toLowerCase();
    return surnames.some((s) => name.endsWith(s));
  };
  // the nearest pair of them named together (`Marisol and Gregory Vance`, not their son too)
  const pair = cast.lookBack(
    at,
    (o) =>
      o.draft.type === "group" &&
      (o.draft.members?.length ?? 0) > 1 &&
      o.draft.members?.every(hasSurname) === true,
    FAMILY_REACH,
    false,
  );
  if (pair) return pair.draft;
  const members: Draft[] = [];
  for (const o of cast.before(at, (o) => o.draft.type === "person", FAMILY_REACH))
    if (!members.includes(o.draft) && hasSurname(o.draft)) members.push(o.draft);
  if (members.length < 2) return undefined;
  // in text order, as a pair's members are (found nearest first)
  return groupOf(cast, members.reverse());
}

/** The group of `members` (in text order), keyed as a pair named together is. */
function groupOf(cast: Cast, members: Draft[]): Draft {
  const key = `group:${members
    .map((d) => d.key)
    .sort()
    .join("+")}`;
  return cast.ensure(key, () => ({
    type: "group",
    name: members.map((d) => d.name).join(" and "),
    members,
  }));
}

/** `the two`, `both`, `The two mothers`, `the three judges`, `the two co-founders`: a count of people. */
const COUNTED = /^(?:the[ \u00a0]+(two|three)|both)(?:[ \u00a0]+\p{Ll}[\p{Ll}-]*)?$/u;
/** `the ministers`: a definite plural role. */
const DEFINITE_ROLES = /^the[ \u00a0]+(\p{Ll}+)s$/u;
const COUNTS = new Map([
  ["two", 2],
  ["three", 3],
]);
/**
 * How many sentences back `the two` looks for the sentence naming them (a quote of theirs between,
 * `"…," they wrote. "…"`, counts its own sentences).
 */
const COUNTED_SENTENCES = 4;

/**
 * People the text named before that a plural stands for: `the two` (`The two mothers`) the ones
 * named in the nearest sentence that names people, when it names that many (`Baek …, and its
 * senior author, Nwachukwu-Ellis …, disagreed. …, the two wrote`); `the ministers` every person
 * named before with that role, when two or more were (`Agriculture Minister X …. Health Minister
 * Y …. the ministers warned`).
 */
function holdersNamedBefore(cast: Cast, lower: string, at: number): Draft | undefined {
  const counted = COUNTED.exec(lower);
  if (counted) return namedInOneSentence(cast, COUNTS.get(counted[1] ?? "two") as number, at);
  const plural = DEFINITE_ROLES.exec(lower);
  const role = plural?.[1];
  if (!role || !ROLE_NOUNS.has(role)) return undefined;
  const members: Draft[] = [];
  for (const o of cast.before(at, (o) => describedAs(cast, o, role), FAMILY_REACH))
    if (!members.includes(o.draft)) members.push(o.draft);
  if (members.length === 1) return teamOf(cast, members[0] as Draft, at);
  return members.length > 1 ? groupOf(cast, members.reverse()) : undefined;
}

/** How far back the team a lone role holder was named in may be. */
const TEAM_REACH = 1500;

/**
 * `City Auditor X and her deputy, Y, … the auditors wrote`: a plural role whose one holder the text
 * named together with others stands for them all (a team goes by its head's role), the nearest
 * group named before that holds them.
 */
function teamOf(cast: Cast, holder: Draft, at: number): Draft | undefined {
  return cast.lookBack(
    at,
    (o) => o.draft.type === "group" && !!o.draft.members?.includes(holder),
    TEAM_REACH,
    false,
  )?.draft;
}

/** The `count` people named in the nearest sentence before `at` that names any, if that many. */
function namedInOneSentence(cast: Cast, count: number, at: number): Draft | undefined {
  const here = cast.sentenceOf(at);
  const people = cast.before(at, (o) => o.draft.type === "person", FAMILY_REACH);
  const first = people[0];
  if (!first) return undefined;
  const sentence = cast.sentenceOf(first.start);
  if (sentence < here - COUNTED_SENTENCES) return undefined;
  const members: Draft[] = [];
  for (const o of people) {
    if (cast.sentenceOf(o.start) !== sentence) break;
    if (!members.includes(o.draft)) members.push(o.draft);
  }
  return members.length === count ? groupOf(cast, members.reverse()) : undefined;
}

/**
 * ` of the state police`, ` at the county hospital`: a name's organisation after it in lower case,
 * ending with a word that names organisations.
 */
function plainAffiliation(after: string): boolean {
  const m =
    /^[ \u00a0]+(?:of|at|from)[ \u00a0]+the[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+){0,2}(\p{Ll}+)$/u.exec(
      after,
    );
  return !!m && (ORG_WORDS.has(m[1] as string) || ORG_NOUNS.has(m[1] as string));
}

/**
 * `Crombie's campaign did not respond … In a statement, it said`: with no organisation or document
 * before it, `it` is the organisation the sentence before opens with, named by whose it is.
 */
function ownedOrganisationBefore(cast: Cast, text: string, at: number): Draft | undefined {
  const here = cast.sentenceStart(at);
  if (here === 0) return undefined;
  const from = cast.sentenceStart(here - 1);
  const m = /^\p{Lu}[\p{L}.-]*(?:[ \u00a0]+\p{Lu}[\p{L}.-]*){0,2}['’]s?[ \u00a0]+(\p{Ll}+)/u.exec(
    text.slice(from, Math.min(here, from + 60)),
  );
  if (!m || !ORG_NOUNS.has(m[1] as string)) return undefined;
  const span = { start: from, end: from + m[0].length, text: m[0] };
  const org = namedThing(cast, span.text, "organisation");
  cast.mention(org, span);
  return org;
}

/**
 * The definite role phrase that opens a sentence and ends at `comma` (`The jury foreperson`,
 * `The victim's mother`), if any.
 */
function roleOpeningBefore(text: string, comma: number): Span | undefined {
  const from = Math.max(0, comma - 60);
  const m =
    /(?:^|[.!?]["”’]?[ \u00a0]+|\n)(The[ \u00a0]+(?:[\p{Ll}'’-]+[ \u00a0]+){0,3}[\p{Ll}-]+)$/u.exec(
      text.slice(from, comma),
    );
  if (!m || phraseKind(m[1] as string) !== "role") return undefined;
  const start = comma - (m[1] as string).length;
  return { start, end: comma, text: m[1] as string };
}

/** `one`, `another`: a speaker who is one of the people just spoken of, unless named after. */
const ONE_OF = new Set(["one", "another"]);

/**
 * The person named in an appositive right after a speaker phrase that is no name: `, a student
 * named Arvid Nesheim,`, `, a man called Tom Reid,`, or the name itself set off after a role or
 * `one`/`another` (`Its conductor at the time, Viktor Halász, later recalled`, `Another, Marcus
 * Webb, said`). None for an `end` of -1.
 */
function personNamedAfter(
  text: string,
  named: Occurrence[],
  end: number,
  phrase: string,
): Draft | undefined {
  if (end < 0 || text.charCodeAt(end) !== 44) return undefined;
  const k = lowerBound(named, end);
  const o = named[k];
  if (!o || o.draft.type !== "person" || o.start - end > 60) return undefined;
  const gap = text.slice(end, o.start);
  if (
    /^,[ \u00a0]+(?:an?|the)[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+){1,3}(?:named|called)[ \u00a0]+$/u.test(
      gap,
    )
  )
    return o.draft;
  if (!setOffAfter(text, o.end) || !(/^,[ \u00a0]+$/u.test(gap) || lowerTitleGap(gap)))
    return undefined;
  // `Its sponsor, council member Jamal Whitaker,`: what someone's noun names is the person too
  return phraseKind(phrase) === "role" || ONE_OF.has(phrase.toLowerCase()) || OWNED.test(phrase)
    ? o.draft
    : undefined;
}

/**
 * `, known in the scene only as Baz,`, `, a rider who asked to be named only as Mbali,`, `, who
 * asked that only her first name, Itto, be used …,`: an appositive or relative clause giving the
 * one name a person goes by (any words before it, within the clause).
 */
const KNOWN_AS =
  /^,[ \u00a0]+(?:[^,.;“”"]{0,80}?[ \u00a0])?(?:(?:known|identified|named)[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+){0,5}?as|first[ \u00a0]+name,?)[ \u00a0]+(\p{Lu}[\p{L}'’-]+),/u;
const KNOWN_AS_REACH = 140;

/** `one of them`, `One of those`: a person among people just spoken of. */
const ONE_OF_THEM = /^one[ \u00a0]+of[ \u00a0]+(?:them|those|us)$/iu;

/**
 * `Her coach, known in the scene only as Baz, said`, `His neighbour, who asked that only her first
 * name, Itto, be used, said`: the person of that name (whose gender a `her` or `his` there gives).
 */
function knownAs(cast: Cast, text: string, end: number, phrase: string): Draft | undefined {
  if (text.charCodeAt(end) !== 44) return undefined;
  if (!(phraseKind(phrase) === "role" || OWNED.test(phrase) || ONE_OF_THEM.test(phrase)))
    return undefined;
  const m = KNOWN_AS.exec(text.slice(end, end + KNOWN_AS_REACH));
  if (!m) return undefined;
  const person = oneNamePerson(cast, m[1] as string, headOf(phrase));
  const owner = /[ \u00a0](his|her)[ \u00a0]/u.exec(m[0])?.[1];
  if (owner) person.gender ??= PERSON_PRONOUNS.get(owner);
  return person;
}

/** `Its sponsor`, `the bill's author`, `The diners' lawyer`: one noun owned by a pronoun or a name. */
const OWNED =
  /^(?:its|his|her|their|(?:the[ \u00a0]+)?\p{L}[\p{L}.-]*(?:['’]s|s['’]))[ \u00a0]+\p{Ll}+$/iu;

/** How far an affiliation after an appositive name may reach before its closing comma. */
const AFFILIATION_REACH = 60;

/**
 * A name ending at `end` is set off: a comma follows it, or its organisation and then a comma
 * (`, Faisal Boateng of Boateng & Mercer, said`).
 */
function setOffAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) === 44) return true;
  const after = text.slice(end, end + AFFILIATION_REACH);
  return AFFILIATION.test(after) && /^[^,.;“”"]*,/u.test(after);
}

/**
 * The widest named occurrence inside a speaker phrase that names its speaker (the pair before
 * its first name), if any.
 */
function widestNamed(text: string, named: Occurrence[], mention: Span): Occurrence | undefined {
  let best: Occurrence | undefined;
  for (let k = lowerBound(named, mention.start - MAX_MENTION); k < named.length; k++) {
    const o = named[k] as Occurrence;
    if (o.start >= mention.end) break;
    if (o.end <= mention.start) continue;
    // `Clinton's team` is not Clinton (most names end their phrase: nothing after them to read)
    if (o.end < mention.end && goesOnWithOther(o, text.slice(o.end, mention.end))) continue;
    // `A spokesman for Gov. X`, `a lawyer for X`: one who speaks for X, not X (most names open
    // their phrase, with no words before them to read)
    if (o.start > mention.start && speaksFor(text.slice(mention.start, o.start))) continue;
    if (!best || o.end - o.start > best.end - best.start) best = o;
  }
  return best;
}

/**
 * `Clinton's team`, `the Trump campaign` are not Clinton or Trump: a name names the speaker only
 * where the phrase ends with it or goes on (`after`) with an appositive; an organisation or a
 * place after the name leaves the person (or pair) the speaker.
 */
function goesOnWithOther(o: Occurrence, after: string): boolean {
  const rest = after.trim();
  if (!rest || /^(?:[,(–—-]|and\b|or\b|['’]s$)/u.test(rest)) return false;
  // (the type read by one lookup, made for every such phrase: its second test, first made after
  // widestNamed was compiled, threw that code away)
  return !(PERSONAL.has(o.draft.type) && (AFFILIATION.test(after) || plainAffiliation(after)));
}

/** The drafts an affiliation after the name leaves the speaker: a person, or a pair of people. */
const PERSONAL = new Set<string>(["person", "group"]);

/**
 * `A lawyer for Ridgeway, Camille de Vries, said`: a role for the name that ends the mention is
 * someone else, whom the appositive after it names.
 */
function namedInAppositive(
  text: string,
  named: Occurrence[],
  mention: Span,
  best: Occurrence,
  phrase: string,
): Draft | undefined {
  const forName =
    best.end === mention.end &&
    text.charCodeAt(mention.end) === 44 &&
    FOR_OR_OF_BEFORE.test(text.slice(mention.start, best.start));
  // asked in every case, -1 standing for no appositive to read: a call first made at a rare
  // `for X,` once resolveMention (where this is inlined) was compiled threw that code away
  return personNamedAfter(text, named, forName ? mention.end : -1, phrase);
}

/** ` for `, ` of ` ending the words before a name. */
const FOR_OR_OF_BEFORE = /[ \u00a0](?:for|of)[ \u00a0]+$/u;

/** `, council member `: the comma and a lower-case title of the name after it. */
function lowerTitleGap(gap: string): boolean {
  const words = /^,[ \u00a0]+((?:[\p{Ll}-]+[ \u00a0]+){1,3})$/u
    .exec(gap)?.[1]
    ?.trim()
    .split(/[ \u00a0]+/u);
  const last = words?.[words.length - 1] ?? "";
  return isTitleOrRole(last);
}

/**
 * The organisation (or group) a phrase of the organisation kind names, at `mention`: a body of
 * people, two organisations together, one named before, the proper name set off after it, its
 * short name, else the organisation of that name.
 */
function organisationSpeaker(cast: Cast, text: string, phrase: string, mention: Span): Draft {
  const collective = collectiveOfPeople(cast, text, phrase, mention.end);
  if (collective) return collective;
  const pair = organisationPair(cast, phrase);
  if (pair) return pair;
  const office = ownersOffice(cast, phrase, mention.start);
  if (office) return office;
  const named = namedOrganisationFor(cast, phrase.toLowerCase(), mention.start);
  if (named) return named;
  // `The state teachers' union, the Educators Association, said`: the proper name wins
  const proper = PROPER_NAME_SET_OFF.exec(text.slice(mention.end, mention.end + 80));
  if (!proper)
    return shortName(cast, phrase, mention.start) ?? namedThing(cast, phrase, "organisation");
  const org = namedThing(cast, proper[1] as string, "organisation");
  org.aliases.add(phrase);
  org.aliases.add(text.slice(mention.start, mention.end + proper[0].length).replace(/\s+/gu, " "));
  org.role ??= phrase.replace(/^(?:the|a|an)\s+/i, "");
  return org;
}

/** `, the Educators Association,`: a proper name set off after the phrase. */
const PROPER_NAME_SET_OFF =
  /^,[ \u00a0]+(?:the[ \u00a0]+)?(\p{Lu}[\p{L}'’&.-]*(?:[ \u00a0]+(?:(?:of|for|and)[ \u00a0]+)?\p{Lu}[\p{L}'’&.-]*)*)(?=,)/u;

const OWNED_OFFICE = /^(her|his)[ \u00a0]+(office|campaign)$/iu;

/**
 * `Her office recommended …`: the office of the person `her` stands for, the organisation named
 * for that person's role if the text named it (`Office of the Inspector General` for Inspector
 * General Oksana Wilder), else `Wilder's office`, as the text may also call it.
 */
function ownersOffice(cast: Cast, phrase: string, at: number): Draft | undefined {
  const m = OWNED_OFFICE.exec(phrase);
  if (!m) return undefined;
  const person = resolvePersonPronoun(cast, (m[1] as string).toLowerCase(), at, false);
  if (person?.type !== "person") return undefined;
  const noun = (m[2] as string).toLowerCase();
  if (noun === "office" && person.role) {
    const byRole = knownThing(cast, `Office of the ${person.role}`, "organisation");
    if (byRole) return byRole;
  }
  const surname = person.name.split(/[ \u00a0]+/u).pop() as string;
  return namedThing(cast, `${surname}’s ${noun}`, "organisation");
}

/** How far the role set off after `one of them` may reach: `, a` + up to 40 letters + `,`. */
const APPOSITIVE_REACH = 50;

/**
 * `Three residents spoke. One of them, a retired teacher, said`: `one of them` set off with a role
 * is an unnamed person of that role (who `she said` may then be), not one named `them`.
 */
function oneOfThoseDescribed(
  cast: Cast,
  text: string,
  phrase: string,
  end: number,
): Draft | undefined {
  // (no character but o and O matches the pattern's o: most phrases are refused by their first)
  if ((phrase.charCodeAt(0) | 32) !== 111 || !ONE_OF_THOSE.test(phrase)) return undefined;
  const m = /^,[ \u00a0]+(an?[ \u00a0]+[\p{Ll} \u00a0-]{2,40}),/u.exec(
    text.slice(end, end + APPOSITIVE_REACH),
  );
  if (!m || phraseKind(m[1] as string) !== "role") return undefined;
  return unnamedActor(cast, m[1] as string, end + 2);
}

/**
 * `Corvane said` after `Corvane Foods Inc.`, `Northgate` after `Northgate Residential`: one
 * capitalised word that opens the proper name of an organisation named before is its short name.
 */
function shortName(cast: Cast, phrase: string, at: number): Draft | undefined {
  if (!opensCapital(phrase) || !ONE_CAPITALISED_WORD.test(phrase)) return undefined;
  const prefix = `${phrase} `;
  // (not the first of two named together: `Forbes and Wealth-X`)
  const fits = (o: Occurrence) =>
    o.draft.type === "organisation" &&
    o.draft.name.startsWith(prefix) &&
    !o.draft.name.includes(" and ");
  return cast.lookBack(at, fits, 2500, false)?.draft;
}

/** Last words that make an organisation's name a company's (`Corvane Foods Inc.`). */
const COMPANY_ENDINGS = new Set([
  "inc",
  "inc.",
  "corp",
  "corp.",
  "co.",
  "ltd",
  "ltd.",
  "llc",
  "plc",
  "group",
  "holdings",
  "company",
  "corporation",
]);

/**
 * `The company said`, `the commission said`: the organisation named most recently that the phrase
 * fits, by its proper name ending with the noun (`European Commission`) or, for `the company` and
 * `the firm`, with a corporate ending or an industry (`Corvane Foods Inc.`, `Kestrel Foods`);
 * undefined for any other phrase.
 */
function namedOrganisationFor(cast: Cast, lower: string, at: number): Draft | undefined {
  if (!lower.startsWith("the ")) return undefined;
  const noun = lower.slice(4);
  if (!ORG_NOUNS.has(noun)) return undefined;
  const firm = noun === "company" || noun === "firm";
  const fits = (o: Occurrence): boolean => {
    const name = o.draft.name;
    // a proper name (`Clinton campaign`), not a description opening a sentence (`A tenants' group`)
    if (o.draft.type !== "organisation" || !isCapitalised(name) || opensWithArticle(name))
      return false;
    const written = name.slice(name.lastIndexOf(" ") + 1);
    const last = written.toLowerCase();
    // a corporate ending is capitalised (`Acme Corp`), not a description's `group`
    return (
      last === noun ||
      // `the board` for the `Westmarch Board of Medical Examiners`
      headBeforeOf(name) === noun ||
      (firm && (COMPANY_ENDINGS.has(last) || INDUSTRY_WORDS.has(last)) && isCapitalised(written))
    );
  };
  return cast.lookBack(at, fits, 2500, false)?.draft;
}

// Nouns for a body of people (`A coalition of 14 state attorneys general`).
const COLLECTIVE_NOUNS = new Set(["coalition", "group", "bloc", "delegation", "panel", "team"]);
/** Within how many words after `of` the people noun stands, and how many characters that reads. */
const COLLECTIVE_WORDS = 4;
const COLLECTIVE_REACH = 60;

/**
 * `A coalition of 14 state attorneys general … arguing`: a collective noun followed by `of` and
 * a plural people noun is a group of those people (named in full, so `the attorneys general`
 * finds it later), not an organisation called `A coalition`.
 */
function collectiveOfPeople(
  cast: Cast,
  text: string,
  phrase: string,
  end: number,
): Draft | undefined {
  // (no character but a, A, t and T matches the pattern's first: most phrases are refused by it)
  const first = phrase.charCodeAt(0) | 32;
  const m = first === 97 || first === 116 ? ARTICLE_AND_NOUN.exec(phrase) : null;
  if (!m || !COLLECTIVE_NOUNS.has((m[1] as string).toLowerCase())) return undefined;
  const of = /^[ \u00a0]+of[ \u00a0]+/u.exec(text.slice(end, end + 8));
  if (!of) return undefined;
  // the people noun within the next four words (`14 state attorneys general`)
  const from = end + of[0].length;
  const words = [...text.slice(from, from + COLLECTIVE_REACH).matchAll(/[\p{L}\d-]+/gu)].map(
    (w) => w[0],
  );
  const at = words.findIndex((w) => PEOPLE_NOUNS.has(w));
  if (at < 0 || at >= COLLECTIVE_WORDS) return undefined;
  const upTo = words[at + 1] === POSTPOSITIVE ? at + 2 : at + 1;
  const name = `${(m[1] as string).toLowerCase()} of ${words.slice(0, upTo).join(" ")}`;
  return cast.ensure(`group:${name}`, () => ({ type: "group", name }));
}

/**
 * `the Amalgamated Dockers' Union and Hallam Terminals said`: two organisations speaking together,
 * a group of the two; each side an acronym or a name of two or more words ending with a word that
 * names organisations (`Immigration and Customs Enforcement`, `Procter and Gamble` are one name).
 */
function organisationPair(cast: Cast, phrase: string): Draft | undefined {
  const parts = phrase.split(/[ \u00a0]+and[ \u00a0]+/u);
  if (parts.length !== 2) return undefined;
  const members: Draft[] = [];
  for (const part of parts) {
    const words = part.replace(/^the[ \u00a0]+/iu, "").split(/[ \u00a0]+/u);
    const last = words[words.length - 1] as string;
    // `the Dockers' Union`, `Hallam Terminals`, `the FBI`; not `States Citizenship` (of `United
    // States Citizenship and Immigration Services`)
    const proper = isAcronym(last) || (words.length > 1 && ORG_WORDS.has(last.toLowerCase()));
    if (!proper || phraseKind(part) !== "organisation") return undefined;
    members.push(namedThing(cast, part, "organisation"));
  }
  const [a, b] = members as [Draft, Draft];
  return cast.ensure(`group:${a.key}+${b.key}`, () => ({
    type: "group",
    name: `${a.name} and ${b.name}`,
    members,
  }));
}

/**
 * `One trader, who gave only his first name, Dariusz, said`: one capitalised word set off by commas
 * in a sentence that opens with a role (`One trader,`) is that person's name, not an
 * organisation's; `his` or `her` between them gives the gender.
 */
function loneNameAfterRole(
  cast: Cast,
  text: string,
  phrase: string,
  at: number,
): Draft | undefined {
  if (!ONE_WORD_NAME.test(phrase) || text.charCodeAt(at + phrase.length) !== 44) return undefined;
  const from = cast.sentenceStart(at);
  if (at - from > MAX_MENTION) return undefined;
  const m =
    /^(?:an?|one|another|the)[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+){0,2}?(\p{Ll}+),([^.]*),[ \u00a0]+$/iu.exec(
      text.slice(from, at),
    );
  if (!m || !ROLE_NOUNS.has(m[1] as string)) return undefined;
  const person = oneNamePerson(cast, phrase, m[1] as string);
  const owner = /\b(his|her)\b/u.exec(m[2] as string)?.[1];
  if (owner) person.gender ??= PERSON_PRONOUNS.get(owner);
  return person;
}

/**
 * `Sunniva, a rideshare driver who uses one name, told`: one capitalised word before an
 * appositive headed by a role noun is a person's name, not an organisation's.
 */
function loneNameBeforeRole(
  cast: Cast,
  text: string,
  phrase: string,
  end: number,
): Draft | undefined {
  if (!ONE_WORD_NAME.test(phrase)) return undefined;
  const role = appositiveAfter(text, end);
  if (!role || !/^an?[ \u00a0]/iu.test(role) || !ROLE_NOUNS.has(headOf(role))) return undefined;
  return oneNamePerson(cast, phrase, headOf(role));
}

/** The person known by the one name `name` (met again under it), with `role` if none yet. */
function oneNamePerson(cast: Cast, name: string, role: string): Draft {
  const person = cast.ensure(`person:${name.toLowerCase()}`, () => ({ type: "person", name }));
  person.role ??= role;
  return person;
}

/** How far ahead a lede's `The mayors of …` looks for the people it names. */
const HOLDERS_WINDOW = 800;

/**
 * `The mayors of Brentwick and Oller Falls said …. In a joint statement, Brentwick Mayor Cassandra
 * Pellow and Oller Falls Mayor Desmond Achebe …`: a definite plural role with its places, or a
 * counted one (`Two cabinet ministers`), said before the people are named, is the next group
 * whose every member holds that role.
 */
function roleHoldersAhead(cast: Cast, phrase: string, at: number): Draft | undefined {
  const count = COUNTS.get(leadingWord(phrase));
  const placed = OPENS_THE.test(phrase) && OF_INSIDE.test(phrase);
  if (!placed && count === undefined) return undefined;
  const head = headOf(phrase);
  if (!head.endsWith("s")) return undefined;
  const role = head.slice(0, -1);
  if (!GROUP_NOUNS.has(head) && !ROLE_NOUNS.has(role)) return undefined;
  // (a role's own word, or, `Two university heads`, one of its kinds: ROLE_SYNONYMS)
  const holds = (d: Draft): boolean => holdsRole(d.role, role);
  // (`Two cabinet ministers have asked …. Health Minister X and Agriculture Minister Y wrote`:
  // as many as it counts)
  const size = (n: number): boolean => (count === undefined ? n > 1 : n === count);
  const group = cast.after(
    at,
    (o) =>
      o.draft.type === "group" &&
      size(o.draft.members?.length ?? 0) &&
      (o.draft.members ?? []).every(holds),
    HOLDERS_WINDOW,
  )[0];
  return group?.draft;
}

/** ` of ` inside a phrase. */
const OF_INSIDE = /[ \u00a0]of[ \u00a0]/u;

/** `the ` opening a phrase. */
const OPENS_THE = /^the[ \u00a0]/iu;

// `The governor of Westmarch and her emergency management director`: two definite role phrases
const TWO_ROLES =
  /^the[ \u00a0]+(.+?)[ \u00a0]+and[ \u00a0]+(?:her|his|its|their|the)[ \u00a0]+(.+)$/iu;

/**
 * `The governor of Westmarch and her emergency management director accused …. In a letter, Gov.
 * Celia Marchetti and Emergency Management Director Paul Oduya wrote`: two roles joined by `and`,
 * said before the people are named, are the next pair named together whose members hold those
 * roles in that order.
 */
function pairOfRolesAhead(cast: Cast, phrase: string, at: number): Draft | undefined {
  const m = TWO_ROLES.exec(phrase);
  if (!m) return undefined;
  const heads = [headOf(m[1] as string), headOf(m[2] as string)];
  if (!heads.every(isTitleOrRole)) return undefined;
  return cast.after(
    at,
    (o) =>
      o.draft.type === "group" &&
      o.draft.members?.length === 2 &&
      o.draft.members.every((d, i) => holdsRole(d.role, heads[i] as string)),
    cast.paragraphsAhead(at, PAIR_PARAGRAPHS),
  )[0]?.draft;
}

/**
 * How many paragraphs after a lede's `The head of X and his deputy` the pair may be named: a
 * story's lede sums up what its body tells in full, several paragraphs on.
 */
const PAIR_PARAGRAPHS = 8;

/** How far back `one` / `another` looks for the people it is one of. */
const ONE_OF_WINDOW = 300;

/**
 * `Fans reacted … “…,” one wrote.`: an unnamed person of its own for each `one` or `another`,
 * named after the plural people noun just before it where there is one (`one of the fans`).
 */
function oneOfThem(cast: Cast, text: string, phrase: string, at: number): Draft {
  const before = text.slice(Math.max(0, at - ONE_OF_WINDOW), at);
  let noun: string | undefined;
  for (const m of before.matchAll(/\p{L}+/gu)) {
    const word = m[0].toLowerCase();
    if (PEOPLE_NOUNS.has(word)) noun = word;
  }
  const name = noun ? `${phrase.toLowerCase()} of the ${noun}` : phrase;
  return cast.ensure(`unnamed:${phrase.toLowerCase()}@${at}`, () => {
    const d: DraftFields = { type: "unnamed", name };
    if (noun) d.role = noun;
    return d;
  });
}

/** `A `, `An `, `The ` open `name`. */
function opensWithArticle(name: string): boolean {
  return name.startsWith("A ") || name.startsWith("An ") || name.startsWith("The ");
}

/**
 * A speaker phrase without its trailing clause (`A city staff report presented at the meeting` →
 * `A city staff report`), and widened to the document that carries an author's name (`the
 * Government Accountability Office` after `A 2025 report by` → the whole phrase).
 */
export function trimMention(text: string, m: Span): Span {
  let { start, end } = m;
  // (a mention of one word, as most are, has no space or comma to open a clause)
  const clause = hasSpaceOrComma(text, start, end)
    ? CLAUSE_AFTER.exec(text.slice(start, end))
    : null;
  if (clause && clause.index > 0) end = start + clause.index;
  // `Veraland's` cut short of `Veraland's state broadcaster`: the owner's thing is the speaker
  if (endsWithApostropheS(text, start, end)) {
    const owned = /^[ \u00a0]+((?:[\p{Ll}-]+[ \u00a0]+){0,2}([\p{Ll}]+))/u.exec(
      text.slice(end, end + 50),
    );
    const head = owned?.[2] ?? "";
    if (owned && (ORG_NOUNS.has(head) || ROLE_NOUNS.has(head) || AGENT_ENDING.test(head)))
      end += owned[0].length;
  }
  // (each pattern below is tried only when the words right before could end it)
  // `Brookfield & Chase`: a firm's name split at its ampersand
  const amp = ampersandBefore(text, start)
    ? /(?:\p{Lu}[\p{L}'’.-]*[ \u00a0]+)+&[ \u00a0]+$/u.exec(
        text.slice(Math.max(0, start - 40), start),
      )
    : null;
  if (amp) start -= amp[0].length;
  // `Analysts at Brookfield & Chase`: the people at the firm
  const lastWord = asciiWordBefore(text, start, 30, false);
  const at =
    lastWord === null || AT_WORDS.has(lastWord)
      ? /\b(\p{L}+)[ \u00a0]+(?:at|from|with)[ \u00a0]+(?:the[ \u00a0]+)?$/u.exec(
          text.slice(Math.max(0, start - 30), start),
        )
      : null;
  const atWord = (at?.[1] ?? "").toLowerCase();
  if (at && PEOPLE_NOUNS.has(atWord)) start -= at[0].length;
  // `An analysis by the nonpartisan Legislative Fiscal Office`, `A report released this month by
  // the Lindenport Housing Observatory`: the document
  const by = byOrFromNear(text, Math.max(0, start - 80), start)
    ? DOCUMENT_BY.exec(text.slice(Math.max(0, start - 80), start))
    : null;
  if (by && DOCUMENT_NOUNS.has((by[2] as string).toLowerCase())) start -= (by[1] as string).length;
  return start === m.start && end === m.end ? m : { start, end, text: text.slice(start, end) };
}

/** ` who …`, `, released …`: a clause or participle that closes the speaker's words. */
const CLAUSE_AFTER =
  /[ \u00a0,]+(?:who|which|that|presented|released|published|issued|obtained|filed|dated|signed|made|seen|reviewed|cited|quoted)\b/u;

const AT_WORDS = new Set(["at", "from", "with", "the"]);
// `a report` (`released this month`) `by the`: a document, then its maker
const DOCUMENT_BY = new RegExp(
  `\\b((?:an?|the)[ \\u00a0]+(?:[\\p{L}\\p{N}-]+[ \\u00a0]+){0,3}?([\\p{Ll}]+)(?:[ \\u00a0]+(?:${MAKER_PARTICIPLES})(?:[ \\u00a0]+[\\p{Ll}\\p{N}]+){0,3}?)?[ \\u00a0]+(?:by|from)[ \\u00a0]+(?:the[ \\u00a0]+)?(?:[\\p{Ll}-]+[ \\u00a0]+){0,2})$`,
  "iu",
);

/** `text[start, end)` has a plain space, a no-break space or a comma. */
function hasSpaceOrComma(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isBlank(c) || c === 44) return true;
  }
  return false;
}

/** `text[start, end)` ends with `'s` or `’s`, as `/['’]s$/` would find. */
function endsWithApostropheS(text: string, start: number, end: number): boolean {
  if (end - start < 2 || text.charCodeAt(end - 1) !== 115) return false;
  const c = text.charCodeAt(end - 2);
  return c === 39 || c === 0x2019;
}

/**
 * Whether the document pattern before a mention could match in `text[lo, at)`: that needs the
 * stretch to end in a space, with `by` or `from` (any case) among its last four words — at
 * most `the` and two lower-case words come after it. Most mentions fail this, and the pattern,
 * tried from every place of the stretch, was the costliest of trimMention's.
 */
function byOrFromNear(text: string, lo: number, at: number): boolean {
  let j = at - 1;
  if (j < lo || !isBlank(text.charCodeAt(j))) return false;
  for (let words = 0; words < 4; words++) {
    while (j >= lo && isBlank(text.charCodeAt(j))) j--;
    const end = j + 1;
    while (j >= lo && !isBlank(text.charCodeAt(j))) j--;
    if (isByOrFrom(text, j + 1, end)) return true;
    if (j < lo) return false;
  }
  return false;
}

/** A plain space or a no-break space, the blanks the pattern allows between its words. */
/** `text[start, end)` is `by` or `from` in any case (read by character codes, with no string). */
function isByOrFrom(text: string, start: number, end: number): boolean {
  const n = end - start;
  if (n === 2) return isLetter(text, start, 98) && isLetter(text, start + 1, 121);
  return (
    n === 4 &&
    isLetter(text, start, 102) &&
    isLetter(text, start + 1, 114) &&
    isLetter(text, start + 2, 111) &&
    isLetter(text, start + 3, 109)
  );
}

/** `text[at]` is the ASCII letter `lower` (its code) or its capital. */
function isLetter(text: string, at: number, lower: number): boolean {
  return (text.charCodeAt(at) | 32) === lower;
}

/** Spaces then `&` right before `start` (within the 40 characters the pattern looks at). */
function ampersandBefore(text: string, start: number): boolean {
  const lo = Math.max(0, start - 40);
  let j = start - 1;
  while (j >= lo && isBlank(text.charCodeAt(j))) j--;
  return j < start - 1 && j >= lo && text.charCodeAt(j) === 38;
}
