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

function compatibleGiven(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  const x = a.toLowerCase().replace(/\.$/, "");
  const y = b.toLowerCase().replace(/\.$/, "");
  if (x === y) return true;
  // an initial matches the name it abbreviates: both open with the same letter (compared on
  // every call, so the rare initial does not meet code the optimiser never saw run)
  const sameFirst = x.length > 0 && y.length > 0 && x.charCodeAt(0) === y.charCodeAt(0);
  return (x.length === 1 || y.length === 1) && sameFirst;
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
  // the people named in full, by surname in lower case, in order of first mention
  const bySurname = new Map<string, Person[]>();
  for (const m of ordered) {
    if (m.words.length <= 1) continue;
    const written = surnameOf(m.words);
    const surname = written.toLowerCase();
    const given = m.words[0];
    const same = bySurname.get(surname);
    let person: Person | undefined;
    for (const p of same ?? [])
      if (compatibleGiven(p.given, given) && (!p.gender || !m.gender || p.gender === m.gender)) {
        person = p;
        break;
      }
    if (!person) {
      person = newPerson(m.words, written, given || undefined, m.start);
      people.push(person);
      if (same) same.push(person);
      else bySurname.set(surname, [person]);
    } else if (fullness(m.words) > fullness(person.words)) person.words = m.words;
    if (m.gender) person.gender ??= m.gender;
    person.mentions.push(m);
    fullPeople.push(person);
  }
  const byGiven = new Map<string, Person>();
  for (const p of people) if (p.given) byGiven.set(p.given.toLowerCase(), p);
  // one walk in text order: a lone surname joins the person with that surname seen last
  let nextFull = 0;
  for (const m of ordered) {
    if (m.words.length > 1) {
      const p = fullPeople[nextFull++] as Person;
      p.seenAt = m.start;
      p.seen++;
      continue;
    }
    const word = (m.words[0] as string).toLowerCase();
    const candidates = bySurname.get(word) ?? [];
    // several people share the surname: the one the text has named most so far (writers
    // disambiguate the minor one with a first name), the most recent on a tie
    let best: Person | undefined;
    let bestScore = 0;
    for (const p of candidates) {
      const score = p.seen * 1e9 + p.seenAt;
      if (!best || score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    best ??= byGiven.get(word);
    if (!best) {
      best = newPerson(m.words, m.words[0] as string, undefined, m.start);
      people.push(best);
      bySurname.set(word, [best]);
    }
    if (m.gender) best.gender ??= m.gender;
    best.mentions.push(m);
    best.seenAt = m.start;
    best.seen++;
  }
  for (const p of people) {
    if (!inOrder(p.mentions, byStart)) p.mentions.sort(byStart);
    p.lastAt = p.mentions[p.mentions.length - 1]?.start ?? 0;
  }
  return { people };
}

function byStart(a: NameMention, b: NameMention): number {
  return a.start - b.start;
}
