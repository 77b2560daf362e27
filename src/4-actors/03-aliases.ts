// Clusters name mentions into people: `John F. Kelly` = `John Kelly` = `Kelly` = `Secretary
// Kelly`. A full name joins a person with the same surname and a compatible given name; a lone
// surname joins the person with that surname the text has named most so far (the one named first on
// a tie), counting only names outside quotes.

import { givenGenderOfLower, middleSurname, type NameMention, surnameOf } from "./01-names.ts";
import { NAME_PARTICLES } from "./lexicon/titles.ts";
import { inOrder, isInitial } from "./text.ts";
import { pushTo } from "../map-lists.ts";

export interface Person {
  /** Name words of the fullest form seen (`John F. Kelly`). */
  words: string[];
  surname: string;
  given?: string;
  gender?: "f" | "m";
  mentions: NameMention[];
  lastAt: number;
  /** While mentions are read in text order: how often the person was named so far, and where first. */
  seen: number;
  firstSeenAt: number;
  /** The surname in lower case, and the given name as compared (`givenKey`): made once. */
  surnameKey: string;
  givenKey: string | undefined;
}

/**
 * A person with every field from the start, so all people share one shape. The surname's and
 * given name's keys come from the caller, which has lowered the words already (each toLowerCase is
 * a slow Unicode pass over a word of a text with curly quotes).
 */
function newPerson(
  words: string[],
  surname: string,
  surnameKey: string,
  given: string | undefined,
  givenKey: string | undefined,
  at: number,
): Person {
  return {
    words,
    surname,
    given,
    gender: undefined,
    mentions: [],
    lastAt: at,
    seen: 0,
    firstSeenAt: -1,
    surnameKey,
    givenKey,
  };
}

/** A given name as compared, from its lower case: without a closing dot (`j.` → `j`). */
function givenKey(lower: string): string {
  return lower.endsWith(".") ? lower.slice(0, -1) : lower;
}

/**
 * Whether a person and a name mention may be one: given names agree (the same name, an initial
 * of it, or either has none) and so do genders, where both are known.
 */
function agrees(p: Person, key: string | undefined, gender: Person["gender"]): boolean {
  if (p.gender && gender && p.gender !== gender) return false;
  const x = p.givenKey;
  if (x === undefined || key === undefined || x === key) return true;
  // an initial matches the name it abbreviates: both open with the same letter (compared on
  // every call, so the rare initial does not meet code the optimiser never saw run)
  const sameFirst = x.length > 0 && key.length > 0 && x.charCodeAt(0) === key.charCodeAt(0);
  return (x.length === 1 || key.length === 1) && sameFirst;
}

// Up to this many people of one surname are simply tried in turn; past it, an index.
const SCAN_LIMIT = 8;

/**
 * The people named in full with one surname, in order of first mention. A name mention joins the
 * first who `agrees` with it: tried in turn while they are few (nearly always), found through an
 * index once they are many, so an article naming thousands of one surname stays linear.
 */
class Namesakes {
  readonly all: Person[] = [];
  private index: GivenIndex | undefined = undefined;

  add(p: Person): void {
    this.all.push(p);
    if (this.index) this.index.add(p, this.all.length - 1);
    else if (this.all.length > SCAN_LIMIT) {
      this.index = new GivenIndex();
      for (let i = 0; i < this.all.length; i++) this.index.add(this.all[i] as Person, i);
    }
  }

  /** The first who agrees with a given name's key (`givenKey`; none for no given name). */
  find(key: string | undefined, gender: Person["gender"]): Person | undefined {
    if (this.index && key !== undefined) return this.index.find(key, gender);
    for (const p of this.all) if (agrees(p, key, gender)) return p;
    return undefined;
  }
}

/** The people a given name may agree with, by that name, by its first letter, and none. */
class GivenIndex {
  private readonly byGiven = new Map<string, Person[]>();
  /** People whose given name is an initial, by its letter. */
  private readonly initials = new Map<string, Person[]>();
  /** Everyone with a given name, by its first letter. */
  private readonly byLetter = new Map<string, Person[]>();
  private readonly noGiven: Person[] = [];
  private readonly rank = new Map<Person, number>();

  add(p: Person, rank: number): void {
    this.rank.set(p, rank);
    const x = p.givenKey;
    if (x === undefined) {
      this.noGiven.push(p);
      return;
    }
    pushTo(this.byGiven, x, p);
    if (x.length === 0) return;
    pushTo(this.byLetter, x.charAt(0), p);
    if (x.length === 1) pushTo(this.initials, x, p);
  }

  /** The first person, in order, who agrees with a given name (`key`) and gender. */
  find(key: string, gender: Person["gender"]): Person | undefined {
    let best = this.first(this.noGiven, key, gender);
    best = this.earlier(best, this.first(this.byGiven.get(key), key, gender));
    if (key.length === 0) return best;
    const letter = key.charAt(0);
    const initialled = key.length === 1 ? this.byLetter.get(letter) : this.initials.get(letter);
    return this.earlier(best, this.first(initialled, key, gender));
  }

  private first(list: Person[] | undefined, key: string, gender: Person["gender"]) {
    for (const p of list ?? []) if (agrees(p, key, gender)) return p;
    return undefined;
  }

  private earlier(a: Person | undefined, b: Person | undefined): Person | undefined {
    if (!a || !b) return a ?? b;
    return (this.rank.get(a) as number) <= (this.rank.get(b) as number) ? a : b;
  }
}

function outsideQuotes(m: NameMention): boolean {
  return !m.inQuote;
}

/** Counts the name words that are not initials: the fuller name wins as canonical. */
function fullness(words: string[]): number {
  let names = 0;
  for (const w of words) if (!isInitial(w)) names++;
  return words.length + names * 0.01;
}

export function clusterPeople(mentions: NameMention[]): { people: Person[] } {
  const people: Person[] = [];
  const ordered = inOrder(mentions, byStart) ? mentions : [...mentions].sort(byStart);
  // full names first, so a surname seen before its full name (a caption) still finds it; each
  // one's person is kept in `fullPeople`, in the same (text) order
  const fullPeople: Person[] = [];
  // the people named in full, by surname in lower case
  const bySurname = new Map<string, Namesakes>();
  const surnameForms = new Map<string, Person>();
  for (const m of ordered) {
    if (m.words.length <= 1) continue;
    const written = surnameOf(m.words);
    // `Duncan Hunter Sr.` is the father of the Duncan Hunter named without it: another person
    const writtenLower = written.toLowerCase();
    const surname = isSenior(m.words) ? `${writtenLower} sr.` : writtenLower;
    // `Van der Mollen` opening a sentence: a surname with its particle, no given name `Van`
    const first = m.words[0] as string;
    const firstLower = first.toLowerCase();
    const given = NAME_PARTICLES.has(firstLower) ? "" : first;
    const key = given ? givenKey(firstLower) : undefined;
    let same = bySurname.get(surname);
    // `De la Fuente` after `Rafael de la Fuente Ortiz`, `Te Rangi` after `Hemi Te Rangi`: a
    // compound surname, not a given name and a surname
    const compound = !given || givenGenderOfLower(firstLower) === undefined;
    let person = compound ? surnameForms.get(m.words.join(" ").toLowerCase()) : undefined;
    person ??= same?.find(key, m.gender);
    if (!person) {
      person = newPerson(m.words, written, writtenLower, given || undefined, key, m.start);
      people.push(person);
      if (!same) {
        same = new Namesakes();
        bySurname.set(surname, same);
      }
      same.add(person);
      addSurnameForms(surnameForms, person);
    } else if (fullness(m.words) > fullness(person.words)) person.words = m.words;
    if (m.gender) person.gender ??= m.gender;
    person.mentions.push(m);
    fullPeople.push(person);
  }
  const byGiven = new Map<string, Person>();
  for (const p of people) if (p.given) byGiven.set(p.given.toLowerCase(), p);
  // `Etxeberria said` after `Maite Etxeberria Goikoetxea`: a first surname, when no one bears it
  // last, of a name the writer gives (not one in quotation marks: `"The Rachel Maddow Show"`)
  const byMiddle = new Map<string, Person>();
  for (const p of people) {
    const middle = middleSurname(p.words);
    if (middle && !byMiddle.has(middle) && p.mentions.some(outsideQuotes)) byMiddle.set(middle, p);
  }
  // several people share a surname: a lone surname joins the one the text has named most so far
  // (writers disambiguate the minor one with a first name), the one named first on a tie (the
  // story's subject, whose kin come later: `Odile Fensham` … `her daughter, Margit Fensham`).
  // A name inside a quote is the speaker's, not the writer's, and does not count. Scores only
  // grow, so the leader of each surname is kept as the walk goes, not sought each time.
  const leader = new Map<string, Person>();
  for (const [surname, same] of bySurname) leader.set(surname, same.all[0] as Person);
  // one walk in text order
  let nextFull = 0;
  for (const m of ordered) {
    let p: Person | undefined;
    if (m.words.length > 1) p = fullPeople[nextFull++] as Person;
    else {
      const word = (m.words[0] as string).toLowerCase();
      p = leader.get(word);
      // `Ms. Loewy` beside her son `Aurel Loewy`: the namesake of her gender, not the leader
      // (sought for every lone surname with a gender, so that the rare clash meets no call the
      // optimised walk never saw run, which would throw it away)
      const namesake = p && m.gender ? bySurname.get(word)?.find(undefined, m.gender) : undefined;
      if (p && m.gender && p.gender && p.gender !== m.gender) p = namesake ?? p;
      // a given name alone (`Freddy`) is how writers tell the minor namesake apart: it does not
      // make that one lead the surname (`Mr. Trump` stays Donald)
      if (!p && (p = byGiven.get(word) ?? byMiddle.get(word))) {
        p.mentions.push(m);
        continue;
      }
      if (!p) {
        p = newPerson(m.words, m.words[0] as string, word, undefined, undefined, m.start);
        people.push(p);
        leader.set(word, p);
      }
      if (m.gender) p.gender ??= m.gender;
      p.mentions.push(m);
    }
    if (m.inQuote) continue;
    if (p.seen === 0) p.firstSeenAt = m.start;
    p.seen++;
    // the person may now lead its surname (`Tom`, given name alone, counts for Tom Ebeling)
    const lead = leader.get(p.surnameKey);
    if (lead && lead !== p && score(p) > score(lead)) leader.set(p.surnameKey, p);
  }
  for (const p of people) {
    if (!inOrder(p.mentions, byStart)) p.mentions.sort(byStart);
    p.lastAt = p.mentions[p.mentions.length - 1]?.start ?? 0;
  }
  return { people };
}

/**
 * The forms a compound surname is named by, in lower case, for a person named with a given name
 * before it: from its particle on, whole or by its first part (`de la Fuente Ortiz`, `de la
 * Fuente` of `Rafael de la Fuente Ortiz`); with no particle, the last two of three or more words
 * (`Te Rangi` of `Hemi Te Rangi`, `Wasserman Schultz`).
 */
function addSurnameForms(forms: Map<string, Person>, p: Person): void {
  const words = p.words;
  let from = 1;
  while (from < words.length && !NAME_PARTICLES.has(words[from] as string)) from++;
  if (from >= words.length) {
    const n = words.length;
    if (n < 3 || isInitial(words[n - 2] as string)) return;
    const form = `${(words[n - 2] as string).toLowerCase()} ${(words[n - 1] as string).toLowerCase()}`;
    if (!forms.has(form)) forms.set(form, p);
    return;
  }
  let form = "";
  for (let i = from; i < words.length; i++) {
    const w = words[i] as string;
    form = form ? `${form} ${w.toLowerCase()}` : w.toLowerCase();
    if (!NAME_PARTICLES.has(w) && !forms.has(form)) forms.set(form, p);
  }
}

/** The name ends with `Sr.` (or `Senior`): the elder of a father and son sharing a name. */
function isSenior(words: string[]): boolean {
  const written = words[words.length - 1] as string;
  // (no lower-case copy of every surname: the three endings open with an s. No length read
  // either: its check of the string's map threw the optimised walk away once)
  if ((written.charCodeAt(0) | 32) !== 115) return false;
  const last = written.toLowerCase();
  return last === "sr." || last === "sr" || last === "senior";
}

/** How often a person was named so far, then how early first: the lone surname's choice. */
function score(p: Person): number {
  return p.seen * 1e9 - p.firstSeenAt;
}

function byStart(a: NameMention, b: NameMention): number {
  return a.start - b.start;
}
