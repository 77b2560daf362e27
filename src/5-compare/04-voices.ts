// Per outlet: whose voices it carries — statements and quoted words per actor — and the share of
// each category of source (officials, courts, advocates, …), read off roles and organisations.

import type { Analysis, StoryActor, Voice } from "../types.ts";
import type { StoryIdOf } from "./02-align.ts";
import {
  BUSINESS_NOUNS,
  EXECUTIVE_ROLES,
  MEMBER_BODIES,
  PERSONAL_CATEGORIES,
  PUBLIC_ROLES,
  ROLE_BREAKS,
  SPEAKS_FOR,
  VOICE_CATEGORIES,
} from "./lexicon.ts";
import { tokens, words } from "./text.ts";

/** Each category's phrases (several words) and single words, from the lexicon. */
const CATEGORY_WORDS = VOICE_CATEGORIES.map(([name, list]) => ({
  name,
  phrases: list.filter((w) => w.includes(" ")).map((w) => ` ${w} `),
  words: new Set(list.filter((w) => !w.includes(" "))),
}));

// A body named for its members: a plural possessive, then one of MEMBER_BODIES.
const NAMED_FOR_MEMBERS = new RegExp(
  `(?<![\\p{L}])\\p{L}+s['\u2019]\\s+(?:${MEMBER_BODIES.join("|")})(?![\\p{L}])`,
  "iu",
);

/**
 * The category a text's words name: phrases first, then single words, each in category order. A
 * plural names what its singular does (`both mayors`), so the lexicon lists singulars.
 */
function categoryOf(text: string): string | undefined {
  const ws = words(text).map((w) => w.replace(/'s$/, ""));
  const joined = ` ${ws.join(" ")} `;
  for (const c of CATEGORY_WORDS) if (c.phrases.some((p) => joined.includes(p))) return c.name;
  for (const c of CATEGORY_WORDS) if (ws.some((w) => hasWord(c.words, w))) return c.name;
  const possessive = text.includes("s'") || text.includes("s\u2019");
  return possessive && NAMED_FOR_MEMBERS.test(text) ? "advocates" : undefined;
}

function hasWord(set: ReadonlySet<string>, w: string): boolean {
  return set.has(w) || (w.length > 3 && w.endsWith("s") && set.has(w.slice(0, -1)));
}

// A run of capitalised words, perhaps joined by `of` (`Westmarch Board of Medical Examiners`);
// bounded and opening only at a word's start, so it cannot backtrack far.
const NAME_RUN = /(?<![\p{L}'-])\p{Lu}[\p{L}'-]*(?: +(?:of +)?\p{Lu}[\p{L}'-]*){1,6}/gu;

/**
 * The name a text gives in full to the body a bare noun stands for (`the board` → `State
 * Transportation Board`): the longest run of capitalised words that noun heads (not `Senate Chair
 * Thomas Ekwueme`), in lower case. One pass.
 */
export function fullNameIn(text: string, noun: string): string | undefined {
  const want = noun.toLowerCase();
  // A common noun, which the text writes in lower case too; not a name (`Halloran`).
  if (!text.includes(` ${want}`)) return undefined;
  let best: string[] | undefined;
  for (const m of text.matchAll(NAME_RUN)) {
    const ws = words(m[0]);
    if (headedBy(ws, want) && ws.length > (best?.length ?? 0)) best = ws;
  }
  return best?.join(" ");
}

/** True when the noun heads the name: its last word, or before `of` (`Board of Medical Examiners`). */
function headedBy(ws: string[], noun: string): boolean {
  const last = ws.length - 1;
  return ws.some((w, i) => w === noun && (i === last || ws[i + 1] === "of"));
}

const EXECUTIVE_PHRASES = EXECUTIVE_ROLES.map((r) => ` ${r} `);

/** Whether a role's words name a business's officer (see EXECUTIVE_ROLES). */
function isExecutive(roleWords: string[]): boolean {
  if (!roleWords.length) return false;
  const joined = ` ${roleWords.join(" ")} `;
  return EXECUTIVE_PHRASES.some((p) => joined.includes(p));
}

export function category(
  a: Pick<StoryActor, "type" | "name" | "role" | "organisation"> & { aliases?: string[] },
  text?: string,
): string {
  if (a.type === "unnamed" && !a.role && !a.organisation) return "unnamed";
  // What a role's head noun says its holder is decides over the body its other words name: a
  // master's student in public health is one of the public, not a health official.
  if (a.role && isPublicRole(a.role)) return "public";
  // The role says most, then the organisation, then the titles the text gives a person or a
  // group of people (`Gov. Celia Marchetti`, `the governor`), then the name. A spokesperson
  // speaks for the organisation, so it decides. An organisation kept as a bare noun (`board`)
  // says nothing of its kind; the name the text gives it in full may (`State Transportation Board`).
  const roleWords = words(a.role ?? "");
  const speaksFor = roleWords.some((w) => SPEAKS_FOR.has(w));
  const bare = a.organisation && text && !a.organisation.includes(" ");
  const organisation = bare
    ? (fullNameIn(text, a.organisation!) ?? a.organisation)
    : a.organisation;
  // A role that names the body spoken for (`union spokeswoman`, `company spokesman`) is read
  // without the spokesman, which alone counts as an official's (`a spokesman said`); a
  // business's spokesman speaks for an organisation.
  const body = speaksFor ? roleWords.filter((w) => !SPEAKS_FOR.has(w)) : [];
  if (speaksFor && !organisation && body.length) {
    const found = categoryOf(body.join(" "));
    if (found) return bodyVoice(found);
    if (body.some((w) => BUSINESS_NOUNS.has(w))) return "organisations";
  }
  if (isExecutive(roleWords))
    return bodyVoice((organisation && categoryOf(organisation)) || "organisations");
  const parts = speaksFor ? [organisation, a.role] : [a.role, organisation];
  const titled = a.type === "person" || a.type === "group" ? (a.aliases ?? []) : [];
  for (const part of [...parts, ...titled]) {
    const found = part ? categoryOf(part) : undefined;
    if (found) return speaksFor ? bodyVoice(found) : found;
  }
  const named = nameCategory(a.name);
  if (named) return named;
  if (a.type === "unnamed") return "unnamed";
  if (a.type === "document") return "documents";
  if (a.type === "organisation") return "organisations";
  return "other";
}

/** The voice of one who speaks for a body of the category found: a body has no expertise of its own. */
function bodyVoice(found: string): string {
  return PERSONAL_CATEGORIES.has(found) ? "organisations" : found;
}

/** The head noun of a role or description: its last word before `of`, `at`, … (`student of law`). */
function headNoun(text: string): string | undefined {
  let head: string | undefined;
  for (const w of words(text)) {
    if (ROLE_BREAKS.has(w)) break;
    head = w;
  }
  return head;
}

/** Whether a role's head noun names a member of the public (see PUBLIC_ROLES); its first part only. */
function isPublicRole(role: string): boolean {
  const comma = role.indexOf(",");
  const head = headNoun(comma < 0 ? role : role.slice(0, comma));
  return head !== undefined && hasWord(PUBLIC_ROLES, head);
}

/**
 * The category a name's words give. A person's expertise is named by the head noun (`university
 * researchers`), where a word before it names the body they belong to (`Two university heads`).
 */
function nameCategory(name: string): string | undefined {
  const found = categoryOf(name);
  if (!found || !PERSONAL_CATEGORIES.has(found)) return found;
  const head = headNoun(name);
  return head !== undefined && categoryOf(head) === found ? found : undefined;
}

export function voices(
  analyses: Analysis[],
  actors: StoryActor[],
  storyId: StoryIdOf,
): Record<string, Voice[]> {
  const byId = new Map(actors.map((a) => [a.id, a]));
  // Once per story actor, not once per outlet that quotes it.
  const categories = new Map<string, string>();
  let persons: Map<string, StoryActor> | undefined;
  const categoryOfActor = (a: StoryActor, text: string): string => {
    let c = categories.get(a.id);
    if (c !== undefined) return c;
    c = category(a, text);
    // A person's own office or campaign (`Marchetti's office`) speaks as that person does.
    if (c === "organisations") {
      persons ??= personsByLastName(actors);
      const owner = persons.get(possessor(a.name) ?? "");
      if (owner && owner !== a) c = categoryOfActor(owner, text);
    }
    categories.set(a.id, c);
    return c;
  };
  // A document another outlet names the writers of (`the reply` ~ `reply from Augustin Ravel`)
  // gives voice to them, as a signed letter does.
  const writersOf = (ids: (string | undefined)[]): Set<string> => {
    const out = new Set<string>();
    for (const id of ids) {
      const actor = id ? byId.get(id) : undefined;
      if (!id || !actor) continue;
      const writers = actor.type === "document" ? (actor.members ?? []) : [];
      for (const w of writers.length ? writers : [id]) out.add(w);
    }
    return out;
  };
  const out: Record<string, Voice[]> = {};
  for (const { article, statements } of analyses) {
    const tally = new Map<string, Voice>();
    for (const s of statements) {
      if (!s.speaker) continue;
      // A joint letter gives voice to each signer.
      const ids = s.speaker.resolvedActorIds.length
        ? s.speaker.resolvedActorIds
        : [s.speaker.actorId];
      const words = s.quote ? tokens(s.quote.text).length : 0;
      for (const id of writersOf(ids.map((local) => storyId(article.id, local)))) {
        const actor = byId.get(id);
        if (!actor) continue;
        const v = tally.get(id) ?? {
          actorId: id,
          name: actor.name,
          statements: 0,
          quotedWords: 0,
          category: categoryOfActor(actor, article.text),
        };
        v.statements++;
        v.quotedWords += words;
        tally.set(id, v);
      }
    }
    out[article.id] = [...tally.values()].sort(
      (a, b) => b.quotedWords - a.quotedWords || b.statements - a.statements,
    );
  }
  return out;
}

/** Story persons by the last word of their name, lower-cased; a name two persons share is left out. */
function personsByLastName(actors: StoryActor[]): Map<string, StoryActor> {
  const out = new Map<string, StoryActor>();
  const shared = new Set<string>();
  for (const a of actors) {
    if (a.type !== "person") continue;
    const last = words(a.name).at(-1);
    if (!last || shared.has(last)) continue;
    if (out.has(last)) {
      out.delete(last);
      shared.add(last);
    } else out.set(last, a);
  }
  return out;
}

/** The owner a name opens with, lower-cased: `Marchetti's office` → `marchetti`, if one word follows. */
export function possessor(name: string): string | undefined {
  const ws = name.split(" ");
  if (ws.length < 2 || ws.length > 3) return undefined;
  const owner = ws[ws.length - 2] as string;
  const end = owner.slice(-2);
  if (end !== "'s" && end !== "\u2019s") return undefined;
  return owner.slice(0, -2).toLowerCase();
}

/** Share of statements per category, 0..1, largest first. */
export function categoryShares(
  vs: Voice[],
): { category: string; share: number; statements: number }[] {
  const total = vs.reduce((s, v) => s + v.statements, 0);
  const by = new Map<string, number>();
  for (const v of vs) by.set(v.category, (by.get(v.category) ?? 0) + v.statements);
  return [...by]
    .map(([c, n]) => ({ category: c, statements: n, share: total ? n / total : 0 }))
    .sort((a, b) => b.statements - a.statements);
}
