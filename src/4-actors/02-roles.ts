// Roles and organisations from what the text says about a person: the title before the name
// (`Homeland Security Secretary` → Secretary, Homeland Security) and the appositive after it
// (`, deputy legal director at the ACLU,` → deputy legal director, ACLU).

import { appositiveAfter, firstGroup } from "./01-names.ts";
import { POSSESSIVE_DETERMINERS } from "./lexicon/pronouns.ts";
import { ROLE_NOUNS } from "./lexicon/roles.ts";
import { TITLE_WORDS } from "./lexicon/titles.ts";
import { asciiWordBefore, lowerWordStart, type Token, type Words } from "./text.ts";
import { isTitleOrRole } from "./words.ts";

export interface RoleInfo {
  role?: string;
  organisation?: string;
}

const HONORIFICS = new Set(["mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "dr.", "dr"]);

/** Splits a title into its role words and the organisation or place words around them. */
export function roleFromTitle(title: string): RoleInfo {
  const words = title.split(/\s+/).filter(Boolean);
  const role: string[] = [];
  const org: string[] = [];
  let afterOf = false;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (HONORIFICS.has(lower)) continue;
    if (lower === "of" || lower === "for") {
      afterOf = true;
      continue;
    }
    if (lower === "the") continue;
    // `Forecaster Nadia Brookfield`: a role noun standing as the title
    if (!afterOf && isTitleOrRole(lower)) role.push(w);
    else org.push(w);
  }
  const info: RoleInfo = {};
  if (role.length) info.role = role.join(" ");
  if (org.length) info.organisation = org.join(" ");
  return info;
}

/**
 * Reads a role noun phrase: `deputy legal director at the ACLU`, `a Homeland Security
 * spokeswoman`, `spokesman for the California judicial council`.
 */
export function roleFromPhrase(phrase: string): RoleInfo {
  let text = phrase.trim().replace(LEADING_ARTICLE, "");
  // fields kept in locals and the object made once at the end: writing `organisation` twice
  // (an owner, then a preposition) made the field mutable for every object of this shape, and
  // V8 threw away the compiled peopleDrafts, which relied on it being written once
  let organisation: string | undefined;
  // `the state's chief epidemiologist`
  const owner = OWNER.exec(text);
  if (owner) {
    organisation = owner[1] as string;
    text = text.slice(owner[0].length);
  }
  const split = ROLE_PREPOSITION.exec(text);
  if (split) {
    const role = text.slice(0, split.index).trim();
    return foundRole(role, text.slice(split.index + split[0].length).trim());
  }
  // capitalised words before the role noun are its organisation: `a Homeland Security spokeswoman`;
  // a possessive pronoun opening a sentence is not (`Her findings`, `His spokesman`)
  const words = text.split(/\s+/);
  let i = POSSESSIVE_DETERMINERS.has((words[0] as string).toLowerCase()) ? 1 : 0;
  const from = i;
  while (i < words.length - 1 && OPENS_CAPITAL.test(words[i] as string)) i++;
  if (i > from) organisation = words.slice(from, i).join(" ");
  return foundRole(words.slice(i).join(" "), organisation);
}

/** A word opening with a capital. */
const OPENS_CAPITAL = /^\p{Lu}/u;

/** ` at the `, ` for `: between a role and its organisation. */
const ROLE_PREPOSITION = /\s+(?:at|of|for|with|from|in)\s+(?:the\s+)?/i;

/** `the state's `: the owner opening a role phrase. */
const OWNER = /^([\p{L}.-]+(?:\s\p{Lu}[\p{L}.-]*)*)['’]s\s+/u;

/** An article opening a phrase, with the blanks after it. */
const LEADING_ARTICLE = /^(?:a|an|the)\s+/i;

/** A role and organisation with only the fields found, role first. */
function foundRole(role: string | undefined, organisation: string | undefined): RoleInfo {
  const info: RoleInfo = {};
  if (role !== undefined) info.role = role;
  if (organisation !== undefined) info.organisation = organisation;
  return info;
}

/** `union president Marcus Bell` → president, union; `Committee chair Maria Delgado`. */
function lowerCaseTitle(text: string, start: number): RoleInfo {
  // the title is the lower-case word right before: most often there is none, or it is no title
  const last = asciiWordBefore(text, start, 40, true);
  if (last !== null && !TITLE_WORDS.has(last)) return {};
  const m = /(?:^|[\s(])((?:[\p{L}’'-]+[ \u00a0]+)?)([\p{Ll}]+)[ \u00a0]+$/u.exec(
    text.slice(Math.max(0, start - 40), start),
  );
  const title = m?.[2];
  if (!m || !title || !TITLE_WORDS.has(title)) return {};
  const info: RoleInfo = { role: title };
  const org = (m[1] ?? "").trim();
  if (org && !/^(?:the|a|an|and|or|by|to|of|with|for|from|said|says)$/i.test(org))
    info.organisation = org;
  return info;
}

/**
 * `The church's pastor, the Rev. Daniel Okoro,`, `Her lawyer, Mark Oduya,`: the role phrase set
 * off by a comma right before a name (opening its sentence or clause), ending with a role noun.
 */
function roleSetOffBefore(text: string, start: number, nouns: RoleNouns): string | undefined {
  // read back by character codes: asked of most name mentions, which have no comma before (and
  // not before the text's start, which would make the optimised code start over)
  if (start < 1) return undefined;
  let j = start - 1;
  while (j > 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0xa0)) j--;
  // `, the Rev. Daniel Okoro`: a `the` before a title (after a comma, so no letter before it)
  // (the step back made in every case, by 0 or 4: made only for `, the`, it was first met after
  // this was compiled, and threw that code away)
  const the = text.charCodeAt(j) === 101 && text.startsWith(", the", j - 4);
  j -= the ? 4 : 0;
  // `The jury president, the Danish actor Birgitte Holmgaard,`: a description between
  if (!the && text.charCodeAt(j) !== 44) j = describedBefore(text, j, nouns);
  // (made before the comma is asked for: a sum first met after this was compiled threw it away)
  const from = Math.max(0, j - SET_OFF_REACH);
  if (text.charCodeAt(j) !== 44) return undefined;
  // a role noun right before the comma, or no pattern to run
  if (!ROLE_NOUNS.has(text.slice(lowerWordStart(text, j, 16), j))) return undefined;
  return ROLE_SET_OFF.exec(text.slice(from, j))?.[1];
}

/**
 * `, the Danish actor ` ending at `j` (its last letter): a description of the person (an article,
 * up to two capitalised words, a role noun) after the comma that closes the role set off before
 * the name; the comma's offset, else `j`.
 */
function describedBefore(text: string, j: number, nouns: RoleNouns): number {
  // (most names follow a word that is no role noun: nothing more is read for them)
  const c = text.charCodeAt(j);
  if (c < 97 || c > 122 || !roleNounEndsAt(nouns, j + 1)) return j;
  return descriptionComma(text, j + 1) ?? j;
}

/**
 * The comma before `, the Danish actor ` ending at `end`, if the words there are such a
 * description. (A function of its own: met only at a role noun before a name, its sums, inlined
 * into the caller compiled before any was met, threw that code away.)
 */
function descriptionComma(text: string, end: number): number | undefined {
  const from = Math.max(0, end - DESCRIBED_REACH);
  const m = DESCRIBED.exec(text.slice(from, end));
  return m ? from + m.index : undefined;
}

/** How far back from a name the comma before its description may be. */
const DESCRIBED_REACH = 50;

const DESCRIBED = /,[ \u00a0]+(?:the|an?)[ \u00a0]+(?:\p{Lu}\p{Ll}+[ \u00a0]+){0,2}\p{Ll}+$/u;

/** A title of one abbreviated word (`Rev.`, `Dr.`), which a role phrase before the name outranks. */
const ABBREVIATED_ROLE = /^\p{L}+\.$/u;

/** How far before its comma a role phrase set off before a name may start. */
const SET_OFF_REACH = 80;
// an article, possessive pronoun or owner's name, up to three words, and the role noun last;
// opening a sentence, or after `by`, `and` (`It was also signed by the state's emergency
// management director, Paul Oduya`, `X and the senate's vice chair, Lucia Brandt`)
const ROLE_SET_OFF =
  /(?:^|[.!?;:]["”’]?[ \u00a0]+|\n|[ \u00a0](?:by|and)[ \u00a0]+)((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\p{Lu}[\p{L}.-]*['’]s)[ \u00a0]+(?:[\p{L}'’-]+[ \u00a0]+){0,3}?(\p{Ll}+))$/u;

/** `Wang, of the ACLU,` */
function organisationAppositive(text: string, end: number): string | undefined {
  if (text.charCodeAt(end) !== 44) return undefined;
  // trimmed in every case, "" for no match: this is compiled into roleAt, and a call first made
  // after that, at the first `, of the ACLU,`, made it start over (a match is never blank)
  const org = firstGroup(ORGANISATION_APPOSITIVE, text.slice(end, end + 100)).trim();
  return org === "" ? undefined : org;
}

const ORGANISATION_APPOSITIVE =
  /^,[ \u00a0]+(?:of|from|with)[ \u00a0]+(?:the[ \u00a0]+)?(\p{Lu}[^,.;:“”"()]{1,80}?)[,.]/u;

/** `Gideon Marwick of the Civic Justice Project said`: the organisation named right after. */
function affiliation(text: string, end: number): string | undefined {
  const c = text.charCodeAt(end);
  if (c !== 32 && c !== 0xa0) return undefined;
  // most names go on with a verb: the pattern only when `of`, `at` or `from` comes next
  const next = text.startsWith("of", end + 1) || text.startsWith("at", end + 1);
  if (!next && !text.startsWith("from", end + 1)) return undefined;
  const m =
    /^[ \u00a0]+(?:of|at|from)[ \u00a0]+(?:the[ \u00a0]+)?(\p{Lu}[\p{L}'’&.-]*(?:[ \u00a0]+(?:of[ \u00a0]+|for[ \u00a0]+|and[ \u00a0]+)?\p{Lu}[\p{L}'’&.-]*){0,6})/u.exec(
      text.slice(end, end + 100),
    );
  return m ? (m[1] as string) : undefined;
}

/** The text's tokens and, in order, the indexes of its role nouns (as the tokenizer marked them). */
export type RoleNouns = Pick<Words, "tokens" | "roles">;

/** No role nouns known: no description before a name is read. */
const NO_ROLE_NOUNS: RoleNouns = { tokens: [], roles: [] };

/** Whether a role noun ends at `end` (a binary search: the roles are in text order). */
function roleNounEndsAt(nouns: RoleNouns, end: number): boolean {
  const { tokens, roles } = nouns;
  let lo = 0;
  let hi = roles.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[roles[mid] as number] as Token).end < end) lo = mid + 1;
    else hi = mid;
  }
  return lo < roles.length && (tokens[roles[lo] as number] as Token).end === end;
}

/**
 * The role and organisation the text gives a name mention, title first, then appositives;
 * `nouns`, the text's role nouns (for a description between a set-off role and the name, `, the
 * Danish actor `).
 */
export function roleAt(
  text: string,
  title: string | undefined,
  end: number,
  start = end,
  nouns: RoleNouns = NO_ROLE_NOUNS,
): RoleInfo {
  const info: RoleInfo = title ? roleFromTitle(title) : lowerCaseTitle(text, start);
  let { role, organisation } = info;
  const appositive = appositiveAfter(text, end);
  if (appositive) {
    const fromPhrase = roleFromPhrase(appositive);
    role ??= fromPhrase.role;
    organisation ??= fromPhrase.organisation;
  } else if (!role || ABBREVIATED_ROLE.test(role)) {
    // `The church's pastor, the Rev. Daniel Okoro`: the role before says more than `Rev.`
    const before = roleSetOffBefore(text, start, nouns);
    if (before) {
      const fromPhrase = roleFromPhrase(before);
      role = fromPhrase.role ?? role;
      organisation ??= fromPhrase.organisation;
    }
  }
  organisation ??= organisationAppositive(text, end) ?? affiliation(text, end);
  // only the fields found (built anew: deleting the others made a slow object)
  return foundRole(role, organisation);
}
