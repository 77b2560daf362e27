// Clusters name mentions into people: `John F. Kelly` = `John Kelly` = `Kelly` = `Secretary
// Kelly`. A full name joins a person with the same surname and a compatible given name; a lone
// surname joins the person with that surname the text has named most so far (most recent on a tie).

import { type NameMention, surnameOf } from "./01-names.ts";
import { inOrder, isInitial } from "./text.ts";

export interface Person {
  /** Name words of the fullest form seen (`John F. Kelly`). */
  words: string[];
  surname: string;
  given?: string;
  gender?: "f" | "m";
  mentions: NameMention[];
  lastAt: number;
  /** While mentions are read in text order: how often the person was named so far, and where last. */
  seen: number;
  seenAt: number;
}

/** A person with every field from the start, so all people share one shape. */
function newPerson(
  words: string[],
  surname: string,
  given: string | undefined,
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
    seenAt: -1,
  };
}

/** A given name as compared: lower case, without a closing dot (`J.` → `j`). */
function givenKey(given: string): string {
  const lower = given.toLowerCase();
  return lower.endsWith(".") ? lower.slice(0, -1) : lower;
}

/**
 * The people named in full with one surname, in order of first mention, found by given name
 * without trying each: an article naming thousands of people of one surname stays linear.
 * A given name agrees with the same name, with an initial of it, or with none.
 */
class Namesakes {
  readonly all: Person[] = [];
  private readonly byGiven = new Map<string, Person[]>();
  /** People whose given name is an initial, by its letter. */
  private readonly initials = new Map<string, Person[]>();
  /** Everyone with a given name, by its first letter. */
  private readonly byLetter = new Map<string, Person[]>();
  private readonly noGiven: Person[] = [];
  private readonly rank = new Map<Person, number>();

  add(p: Person): void {
    this.rank.set(p, this.all.length);
    this.all.push(p);
    if (!p.given) {
      this.noGiven.push(p);
      return;
    }
    const key = givenKey(p.given);
    push(this.byGiven, key, p);
    if (key.length === 0) return;
    push(this.byLetter, key.charAt(0), p);
    if (key.length === 1) push(this.initials, key, p);
  }

  /** The first person whose given name and gender agree with a mention's. */
  find(given: string, gender: Person["gender"]): Person | undefined {
    if (!given) return this.firstOf(this.all, gender);
    const key = givenKey(given);
    const letter = key.charAt(0);
    let best = this.firstOf(this.noGiven, gender);
    best = this.earlier(best, this.firstOf(this.byGiven.get(key), gender));
    if (key.length === 0) return best;
    const initialled = key.length === 1 ? this.byLetter.get(letter) : this.initials.get(letter);
    return this.earlier(best, this.firstOf(initialled, gender));
  }

  private firstOf(list: Person[] | undefined, gender: Person["gender"]): Person | undefined {
    for (const p of list ?? []) if (!p.gender || !gender || p.gender === gender) return p;
    return undefined;
  }

  private earlier(a: Person | undefined, b: Person | undefined): Person | undefined {
    if (!a || !b) return a ?? b;
    return (this.rank.get(a) as number) <= (this.rank.get(b) as number) ? a : b;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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
  for (const m of ordered) {
    if (m.words.length <= 1) continue;
    const written = surnameOf(m.words);
    const surname = written.toLowerCase();
    const given = m.words[0] as string;
    let same = bySurname.get(surname);
    let person = same?.find(given, m.gender);
    if (!person) {
      person = newPerson(m.words, written, given || undefined, m.start);
      people.push(person);
      if (!same) {
        same = new Namesakes();
        bySurname.set(surname, same);
      }
      same.add(person);
    } else if (fullness(m.words) > fullness(person.words)) person.words = m.words;
    if (m.gender) person.gender ??= m.gender;
    person.mentions.push(m);
    fullPeople.push(person);
  }
  const byGiven = new Map<string, Person>();
  for (const p of people) if (p.given) byGiven.set(p.given.toLowerCase(), p);
  // several people share a surname: a lone surname joins the one the text has named most so far
  // (writers disambiguate the minor one with a first name), the most recent on a tie. Scores
  // only grow, so the leader of each surname is kept as the walk goes, not sought each time.
  const leader = new Map<string, Person>();
  for (const [surname, same] of bySurname) leader.set(surname, same.all[0] as Person);
  // one walk in text order
  let nextFull = 0;
  for (const m of ordered) {
    let p: Person | undefined;
    if (m.words.length > 1) p = fullPeople[nextFull++] as Person;
    else {
      const word = (m.words[0] as string).toLowerCase();
      p = leader.get(word) ?? byGiven.get(word);
      if (!p) {
        p = newPerson(m.words, m.words[0] as string, undefined, m.start);
        people.push(p);
        leader.set(word, p);
      }
      if (m.gender) p.gender ??= m.gender;
      p.mentions.push(m);
    }
    p.seenAt = m.start;
    p.seen++;
    // the person may now lead its surname (`Tom`, given name alone, counts for Tom Ebeling)
    const surname = p.surname.toLowerCase();
    const lead = leader.get(surname);
    if (lead && lead !== p && score(p) > score(lead)) leader.set(surname, p);
  }
  for (const p of people) {
    if (!inOrder(p.mentions, byStart)) p.mentions.sort(byStart);
    p.lastAt = p.mentions[p.mentions.length - 1]?.start ?? 0;
  }
  return { people };
}

/** How often a person was named so far, then where last: the lone surname's choice. */
function score(p: Person): number {
  return p.seen * 1e9 + p.seenAt;
}

function byStart(a: NameMention, b: NameMention): number {
  return a.start - b.start;
}
