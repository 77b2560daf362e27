// Merges each article's actors into story-level actors: the same person named differently by
// different outlets (`John F. Kelly` ~ `John Kelly`), organisations by name or by the noun that
// heads it (`the union` ~ `the miners' union`), groups and documents by the people they stand
// for, and unnamed voices by what describes them. Every outlet's own actor ids are kept in
// `perArticle`.

import type { Actor, Analysis, StoryActor } from "../types.ts";
import { UniqueIds } from "../unique-ids.ts";
import { DEPUTY_WORDS, GENERIC_MODIFIERS, HEAD_NOUNS, HEAD_TITLES } from "./lexicon.ts";
import { slug, STOP, words } from "./text.ts";
import { pushTo } from "../map-lists.ts";

export interface ActorMerge {
  actors: StoryActor[];
  /** Story actor id of an article's actor. */
  storyId(articleId: string, actorId: string): string | undefined;
}

// Words that come before a name without being part of it.
const TITLES = new Set(
  (
    "mr mrs ms miss dr prof president vice attorney general secretary chief justice judge senator sen " +
    "rep representative gov governor mayor minister prime deputy director spokesman spokeswoman " +
    "spokesperson commissioner sheriff officer agent lt col gen capt sgt rev sir dame lord lady king queen " +
    "prince princess pope"
  ).split(" "),
);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

interface PersonName {
  first?: string;
  last: string;
}

/** A person's name words, titles and suffixes dropped (`Dr. Inés Valderrama Ruiz` → 3 words). */
function nameWords(name: string): string[] {
  const ws = words(name).filter((w) => !SUFFIXES.has(w));
  while (ws.length > 1 && TITLES.has(ws[0] as string)) ws.shift();
  return ws;
}

/** First and last name of a person's name, titles and suffixes dropped, or undefined if none. */
export function personName(name: string): PersonName | undefined {
  const ws = nameWords(name);
  const last = ws.at(-1);
  if (!last) return undefined;
  if (ws.length === 1) return { last };
  return { first: ws[0] as string, last };
}

/** `John`~`John`, `J`~`John`, `Jeff`~`Jeffrey`, or either missing. */
export function compatibleFirst(a?: string, b?: string): boolean {
  if (!a || !b) return true;
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  return s.length >= 3 && l.startsWith(s);
}

function nameKey(name: string): string {
  const ws = words(name);
  if (ws[0] === "the") ws.shift();
  return ws.join(" ");
}

/** A document's kind: the noun its name opens with (`reply from Augustin Ravel`, `the reply`). */
function documentNoun(name: string): string | undefined {
  const ws = words(name);
  const from = ws.indexOf("from");
  return (from > 0 ? ws[from - 1] : ws.at(-1)) ?? undefined;
}

/** What a story actor is a bare version of, or a full one: its kind, and whether it is full. */
interface Kind {
  noun: string;
  full: boolean;
}

/** A document by its noun (`the reply`), full when it has a writer (`reply from Augustin Ravel`). */
function documentKind(c: Cluster): Kind | undefined {
  const first = c.members[0]?.actor;
  if (first?.type !== "document") return undefined;
  const noun = documentNoun(first.name);
  return noun ? { noun, full: c.members.some((m) => m.actor.members?.length) } : undefined;
}

/**
 * An organisation by the noun that heads its name (`the union`; `the miners' union`, `Union of
 * Mineworkers`), full when the name says more than the noun.
 */
function organisationKind(c: Cluster): Kind | undefined {
  const first = c.members[0]?.actor;
  if (first?.type !== "organisation") return undefined;
  const ws = words(nameKey(first.name));
  if (ws.length === 1) return { noun: ws[0] as string, full: false };
  const of = ws.indexOf("of");
  const noun = of > 0 ? ws[of - 1] : ws.at(-1);
  return noun ? { noun, full: true } : undefined;
}

/**
 * An actor an outlet leaves bare (`the reply`, `the union`) is the one actor of that kind another
 * outlet gives in full (`reply from Augustin Ravel`, `the miners' union`), when its own outlet
 * gives none of that kind in full (then which of its own it is, is that outlet's question).
 * Returns the clusters left.
 */
function joinBare(clusters: Cluster[], kindOf: (c: Cluster) => Kind | undefined): Cluster[] {
  const full = new Map<string, Cluster[]>();
  const bare: { c: Cluster; noun: string }[] = [];
  for (const c of clusters) {
    const kind = kindOf(c);
    if (!kind) continue;
    if (kind.full) pushTo(full, kind.noun, c);
    else bare.push({ c, noun: kind.noun });
  }
  const gone = new Set<Cluster>();
  for (const { c, noun } of bare) {
    const list = full.get(noun) ?? [];
    const own = list.some((w) => [...c.articles].some((a) => w.articles.has(a)));
    if (own || list.length !== 1) continue;
    const target = list[0] as Cluster;
    for (const m of c.members) {
      target.members.push(m);
      target.articles.add(m.articleId);
    }
    gone.add(c);
  }
  return gone.size ? clusters.filter((c) => !gone.has(c)) : clusters;
}

/** Past this many words, a name is not read for the surname forms inside it. */
const SURNAME_FORM_CAP = 6;

/**
 * The shorter forms a full name can be referred to by, past its first name: every word after it
 * (`Valderrama`, the first part of the compound `Valderrama Ruiz`; `Ruiz`), the first part of a
 * hyphenated surname (`Adebayo` of `Adebayo-Clarke`), and every run of words that ends the name
 * (`Te Rangi` of `Hemi Te Rangi`, `Valderrama Ruiz`).
 */
function surnameForms(ws: string[]): string[] {
  if (ws.length < 2 || ws.length > SURNAME_FORM_CAP) return [];
  const out = new Set<string>();
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i] as string;
    if (w.length > 1) out.add(w);
    const hyphen = w.indexOf("-");
    if (hyphen > 1) out.add(w.slice(0, hyphen));
    if (i < ws.length - 1) out.add(ws.slice(i).join(" "));
  }
  return [...out];
}

/**
 * A person named by a surname form (`Valderrama`, `Dr. Valderrama`, `Te Rangi`) is the one person
 * of the story whose fuller name holds that form (`Inés Valderrama Ruiz`, `Hemi Te Rangi`), in
 * another outlet's report or the same one: a reader of the comparison sees one person, not two.
 * Nothing merges when two people's names hold the form. Shorter names join first, through the
 * longer ones they join (`Ruiz` → `Valderrama Ruiz` → `Inés Valderrama Ruiz`), so a chain of
 * forms of one name is not taken for two people. Returns where each joined cluster went.
 */
function joinSurnameForms(clusters: Cluster[]): Map<Cluster, Cluster> {
  const into = new Map<Cluster, Cluster>();
  const holders = new Map<string, Cluster[]>();
  const own: { c: Cluster; form: string; size: number }[] = [];
  for (const c of clusters) {
    let longest: string[] = [];
    for (const { actor } of c.members) {
      if (actor.type !== "person") continue;
      const ws = nameWords(actor.name);
      if (ws.length > longest.length) longest = ws;
      for (const f of surnameForms(ws)) pushTo(holders, f, c);
    }
    if (longest.length >= 1 && longest.length < SURNAME_FORM_CAP)
      own.push({ c, form: longest.join(" "), size: longest.length });
  }
  // Longest forms first: `Valderrama Ruiz` joins its full name before `Ruiz` is looked up.
  own.sort((a, b) => b.size - a.size || a.c.n - b.c.n);
  for (const { c, form } of own) {
    const self = joinedInto(into, c);
    const found = new Set<Cluster>();
    for (const h of holders.get(form) ?? []) {
      const r = joinedInto(into, h);
      if (r !== self) found.add(r);
    }
    if (found.size !== 1) continue;
    const target = [...found][0] as Cluster;
    for (const m of self.members) {
      target.members.push(m);
      target.articles.add(m.articleId);
    }
    // Emptied: its members and articles are the target's now; a lookup that still finds it
    // follows `into` (joinedInto).
    self.members = [];
    self.articles.clear();
    into.set(self, target);
  }
  return into;
}

/** Where a cluster went through the joins of joinSurnameForms: itself if it was not joined. */
function joinedInto(into: ReadonlyMap<Cluster, Cluster>, c: Cluster): Cluster {
  let r = c;
  for (let next = into.get(r); next; next = into.get(r)) r = next;
  return r;
}

interface Cluster {
  n: number;
  members: { articleId: string; actor: Actor }[];
  articles: Set<string>;
  person?: PersonName;
}

/** First-name prefixes longer than this are indexed (and looked up) by their first letters only. */
const PREFIX_CAP = 20;

/**
 * The people of one surname, indexed by first name, so a person is matched with the few namesakes
 * whose first name can be theirs instead of trying each (an article naming thousands of Smiths
 * made the merge quadratic). The lists keep a cluster under its earlier first names too when a
 * fuller one replaces it: every lookup checks the name it finds.
 */
class Namesakes {
  readonly all: Cluster[] = [];
  private readonly noFirst: Cluster[] = [];
  private readonly byInitial = new Map<string, Cluster[]>();
  private readonly byFirst = new Map<string, Cluster[]>();
  /** Every prefix of three letters or more (up to PREFIX_CAP) of each first name. */
  private readonly byPrefix = new Map<string, Cluster[]>();

  add(c: Cluster): void {
    this.all.push(c);
    this.index(c);
  }

  /** Files a cluster under its (new) first name. */
  index(c: Cluster): void {
    const first = c.person?.first;
    if (!first) {
      this.noFirst.push(c);
      return;
    }
    pushTo(this.byInitial, first[0] as string, c);
    pushTo(this.byFirst, first, c);
    for (let k = 3; k <= Math.min(first.length, PREFIX_CAP); k++)
      pushTo(this.byPrefix, first.slice(0, k), c);
  }

  /**
   * The namesake an article's person with this first name joins: the earliest one outside the
   * article whose first name is compatible, when they all agree on the initial (known or not).
   */
  match(first: string, articleId: string): Cluster | undefined {
    const open = (c: Cluster) => !c.articles.has(articleId);
    const unnamed = this.noFirst.find((c) => !c.person?.first && open(c));
    let named: Cluster | undefined;
    for (const list of this.listsFor(first))
      for (const c of list) {
        const f = c.person?.first;
        if (f && (!named || c.n < named.n) && compatibleFirst(f, first) && open(c)) named = c;
      }
    // One with no first name and one with this initial are two people: no match.
    return unnamed && named ? undefined : (unnamed ?? named);
  }

  /** The lists that hold every cluster whose first name is compatible with `first`. */
  private listsFor(first: string): Cluster[][] {
    const get = (m: Map<string, Cluster[]>, k: string) => m.get(k) ?? [];
    if (first.length === 1) return [get(this.byInitial, first)];
    const lists = [get(this.byFirst, first[0] as string)];
    if (first.length === 2) {
      lists.push(get(this.byFirst, first));
      return lists;
    }
    // Names that begin as it does (itself included; past PREFIX_CAP letters, a superset), then
    // the shorter names it begins with.
    const cap = Math.min(first.length, PREFIX_CAP);
    lists.push(get(this.byPrefix, first.slice(0, cap)));
    for (let k = 3; k < cap; k++) lists.push(get(this.byFirst, first.slice(0, k)));
    return lists;
  }

  /** The only namesake outside the article, if there is exactly one. */
  only(articleId: string): Cluster | undefined {
    let found: Cluster | undefined;
    for (const c of this.all) {
      if (c.articles.has(articleId)) continue;
      if (found) return undefined;
      found = c;
    }
    return found;
  }
}

/** The words that describe an actor's office or body, possessives and generic words left out. */
function descriptionWords(texts: (string | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts)
    for (const w of words(t ?? "")) {
      const bare = w.replace(/'s$/, "");
      if (!STOP.has(bare) && !GENERIC_MODIFIERS.has(bare)) out.add(bare);
    }
  return out;
}

const subset = (a: Set<string>, b: Set<string>) => [...a].every((w) => b.has(w));

/** Whether an unnamed voice is named with `the` (`the state's auditor`), not `a`. */
function isDefinite(actor: Actor): boolean {
  return [actor.name, ...actor.aliases].some((n) => /^the\s/i.test(n));
}

/** Whether a role is the office that heads a body (`Administrator`; not `deputy director`). */
function headsBody(role: string | undefined): boolean {
  const ws = words(role ?? "");
  const last = ws.at(-1);
  if (!last || ws.some((w) => DEPUTY_WORDS.has(w))) return false;
  return HEAD_TITLES.has(last) || HEAD_TITLES.has(ws.slice(-2).join(" "));
}

/**
 * The body an unnamed voice is the head of, as description words, when a definite description
 * says only that (`the agency's head`): else undefined.
 */
function headedBody(actor: Actor): Set<string> | undefined {
  const role = words(actor.role ?? "");
  if (role.length !== 1 || !HEAD_NOUNS.has(role[0] as string) || !actor.organisation)
    return undefined;
  const body = descriptionWords([actor.organisation]);
  return body.size && isDefinite(actor) ? body : undefined;
}

/** Past this many actors sharing a word, a description by it is too common to single one out. */
const DESCRIPTION_CAP = 64;

/**
 * Clusters indexed by the words that describe them, to find the one actor an unnamed voice's
 * description fits (`the emergency director` ~ `Emergency Management Director Paul Oduya`).
 */
class Descriptions {
  private readonly byWord = new Map<string, Cluster[]>();
  private readonly of = new Map<Cluster, Set<string>>();

  add(c: Cluster, ws: Set<string>): void {
    const own = this.of.get(c) ?? new Set<string>();
    this.of.set(c, own);
    for (const w of ws)
      if (!own.has(w)) {
        own.add(w);
        pushTo(this.byWord, w, c);
      }
  }

  /**
   * The one cluster (outside `articleId`, when given) whose description holds all of `ws`, or,
   * with `either`, all of whose description `ws` holds. None when several fit or too many share
   * a word to tell.
   */
  only(ws: Set<string>, articleId?: string, either = false): Cluster | undefined {
    const lists = [...ws].map((w) => this.byWord.get(w) ?? []);
    if (lists.some((l) => l.length > DESCRIPTION_CAP)) return undefined;
    const fits = new Set<Cluster>();
    for (const c of new Set(lists.flat())) {
      if (articleId && c.articles.has(articleId)) continue;
      const d = this.of.get(c) as Set<string>;
      if (subset(ws, d) || (either && d.size >= 2 && subset(d, ws))) fits.add(c);
    }
    return fits.size === 1 ? [...fits][0] : undefined;
  }
}

export function mergeActors(analyses: Analysis[]): ActorMerge {
  const clusters: Cluster[] = [];
  const byArticleActor = new Map<string, Cluster>();
  const bySurname = new Map<string, Namesakes>();
  const byName = new Map<string, Cluster[]>();
  const key = (articleId: string, actorId: string) => `${articleId}\u0000${actorId}`;

  const add = (c: Cluster, articleId: string, actor: Actor) => {
    c.members.push({ articleId, actor });
    c.articles.add(articleId);
    byArticleActor.set(key(articleId, actor.id), c);
  };
  const fresh = (articleId: string, actor: Actor, person?: PersonName): Cluster => {
    const c: Cluster = {
      n: clusters.length,
      members: [],
      articles: new Set(),
      ...(person ? { person } : {}),
    };
    clusters.push(c);
    add(c, articleId, actor);
    return c;
  };

  // People first, so groups and documents can then be compared by their members.
  for (const { article, actors } of analyses) {
    for (const actor of actors) {
      if (actor.type !== "person") continue;
      const person = personName(actor.name);
      if (!person) {
        fresh(article.id, actor);
        continue;
      }
      let namesakes = bySurname.get(person.last);
      if (!namesakes) {
        namesakes = new Namesakes();
        bySurname.set(person.last, namesakes);
      }
      // Only an unambiguous match merges: two different Kellys stay apart. A surname alone
      // matches only when one person of that surname is known.
      const target = person.first
        ? namesakes.match(person.first, article.id)
        : namesakes.only(article.id);
      if (target) {
        add(target, article.id, actor);
        if (person.first && (target.person?.first?.length ?? 0) < person.first.length) {
          target.person = person;
          namesakes.index(target);
        }
      } else namesakes.add(fresh(article.id, actor, person));
    }
  }

  const joins = joinSurnameForms(clusters);
  for (const c of clusters)
    for (const m of c.members) byArticleActor.set(key(m.articleId, m.actor.id), c);

  // What each person's titles say (`Emergency Management Director`), for unnamed voices: built
  // when the first one needs it. An alias inside the name (`Oduya`) adds nothing.
  // Their roles alone too, for a description of one word: `the authority` names the body a chief
  // executive works for, not him.
  let persons: Descriptions | undefined;
  let roles: Descriptions | undefined;
  const describe = () => {
    persons = new Descriptions();
    roles = new Descriptions();
    for (const c of clusters)
      for (const { actor } of c.members) {
        if (actor.type !== "person") continue;
        const titles = actor.aliases.filter((x) => !actor.name.includes(x));
        persons.add(c, descriptionWords([actor.role, actor.organisation, ...titles]));
        roles.add(c, descriptionWords([actor.role]));
      }
    return { persons, roles };
  };
  const personTitles = () => persons ?? describe().persons;
  const personRoles = () => roles ?? describe().roles;
  // The people who head a body, with the words of the body where the text names it: built when
  // the first description of a head needs it.
  let heads: { c: Cluster; body: Set<string> }[] | undefined;
  const headsOfBodies = () =>
    (heads ??= clusters.flatMap((c) => {
      const holders = c.members.filter((m) => m.actor.type === "person" && headsBody(m.actor.role));
      if (!holders.length) return [];
      return [{ c, body: descriptionWords(holders.map((m) => m.actor.organisation)) }];
    }));
  // A definite description of a body's head (`the agency's head`) is the one person in the
  // story who holds a head's office (`Administrator Kaveh Daneshvar`) over that body, or over no
  // body the text names; with two such people, it could be either.
  const headOf = (body: Set<string>): Cluster | undefined => {
    const fit = headsOfBodies().filter((h) => h.body.size === 0 || subset(body, h.body));
    return fit.length === 1 ? fit[0]?.c : undefined;
  };
  const unnamed = new Descriptions();

  const localActors = new Map(
    analyses.flatMap(({ article, actors }) =>
      actors.map((a) => [key(article.id, a.id), a] as const),
    ),
  );
  // The people a group or document stands for, through nested groups (a letter signed by `the
  // two men`): what two outlets' versions of it can agree on.
  const people = (articleId: string, actor: Actor, depth = 0): string[] =>
    (actor.members ?? []).flatMap((m) => {
      const inner = localActors.get(key(articleId, m));
      return inner && inner.type !== "person" && inner.members?.length && depth < 4
        ? people(articleId, inner, depth + 1)
        : [m];
    });
  const memberKey = (articleId: string, actor: Actor): string | undefined => {
    if (!actor.members?.length) return undefined;
    const ids = people(articleId, actor).map((m) => byArticleActor.get(key(articleId, m))?.n ?? -1);
    if (ids.some((i) => i < 0)) return undefined;
    return [...new Set(ids)].sort((a, b) => a - b).join(",");
  };
  const byMembers = new Map<string, Cluster[]>();
  // Where the search for a cluster outside an article can start in each list: the clusters
  // before it hold the article already (clusters only gain articles, lists only grow), so an
  // article naming thousands of documents alike (`the letter`) does not rescan them for each.
  const scanned = new Map<Cluster[], { articleId: string; from: number }>();
  const pick = (articleId: string, list?: Cluster[]): Cluster | undefined => {
    if (!list) return undefined;
    const memo = scanned.get(list);
    let i = memo?.articleId === articleId ? memo.from : 0;
    while (i < list.length && (list[i] as Cluster).articles.has(articleId)) i++;
    scanned.set(list, { articleId, from: i });
    return list[i];
  };
  for (const { article, actors } of analyses) {
    for (const actor of actors) {
      if (actor.type === "person") continue;
      const nk = `${actor.type}:${nameKey(actor.name)}`;
      const mk = memberKey(article.id, actor);
      const mkey = mk ? `${actor.type}:${mk}` : undefined;
      // A bare surname one outlet could not type (`said Lee`) is the person another outlet
      // names in full, when exactly one person of that surname is known.
      const bare = words(actor.name);
      const namesake =
        !actor.members?.length && bare.length === 1
          ? bySurname.get(bare[0] as string)?.only(article.id)
          : undefined;
      const surname = namesake && joinedInto(joins, namesake);
      // An unnamed voice described by two words or more is the one person whose titles hold
      // them all (in any article: the text may name her later), else the one unnamed voice of
      // another outlet described with the same words, fewer or more (`a spokeswoman for the
      // federal department` ~ `for the Department of Disaster Recovery`).
      const described =
        actor.type === "unnamed"
          ? descriptionWords([actor.name, actor.role, actor.organisation])
          : undefined;
      // One word is enough for a definite description (`the state's auditor`): the text takes
      // its reader to know who it is, and the one person with that title is who.
      const definite = described?.size === 1 && isDefinite(actor);
      const body = actor.type === "unnamed" ? headedBody(actor) : undefined;
      const fits =
        (described && described.size >= 2
          ? (personTitles().only(described) ?? unnamed.only(described, article.id, true))
          : definite && described
            ? personRoles().only(described)
            : undefined) ?? (body ? headOf(body) : undefined);
      const target =
        pick(article.id, byName.get(nk)) ??
        (mkey ? pick(article.id, byMembers.get(mkey)) : undefined) ??
        surname ??
        fits;
      if (target) add(target, article.id, actor);
      else {
        const c = fresh(article.id, actor);
        pushTo(byName, nk, c);
        if (mkey) pushTo(byMembers, mkey, c);
      }
      const joined = target ?? byArticleActor.get(key(article.id, actor.id));
      if (described && joined && joined.members[0]?.actor.type === "unnamed")
        unnamed.add(joined, described);
    }
  }

  const kept = joinBare(
    joinBare(
      clusters.filter((c) => c.members.length),
      documentKind,
    ),
    organisationKind,
  );
  for (const c of kept)
    for (const m of c.members) byArticleActor.set(key(m.articleId, m.actor.id), c);

  const ids = new Map<Cluster, string>();
  const taken = new UniqueIds();
  const story: StoryActor[] = kept.map((c) => {
    // A person's name before any description of them (`the emergency director`).
    const best = [...c.members].sort(
      (a, b) =>
        Number(b.actor.type === "person") - Number(a.actor.type === "person") ||
        words(b.actor.name).length - words(a.actor.name).length ||
        b.actor.name.length - a.actor.name.length,
    )[0]?.actor as Actor;
    const id = taken.take(slug(best.name));
    ids.set(c, id);
    const perArticle: Record<string, string[]> = {};
    for (const m of c.members) {
      const list = perArticle[m.articleId] ?? [];
      list.push(m.actor.id);
      perArticle[m.articleId] = list;
    }
    const aliases = [...new Set(c.members.flatMap((m) => [m.actor.name, ...m.actor.aliases]))];
    const role = c.members.find((m) => m.actor.role)?.actor.role;
    const organisation = c.members.find((m) => m.actor.organisation)?.actor.organisation;
    return {
      id,
      name: best.name,
      type: best.type,
      ...(role ? { role } : {}),
      ...(organisation ? { organisation } : {}),
      aliases,
      perArticle,
    };
  });

  const storyId = (articleId: string, actorId: string) => {
    const c = byArticleActor.get(key(articleId, actorId));
    return c ? ids.get(c) : undefined;
  };
  kept.forEach((c, i) => {
    const members = new Set<string>();
    for (const m of c.members)
      for (const a of m.actor.members ?? []) {
        const s = storyId(m.articleId, a);
        if (s) members.add(s);
      }
    if (members.size) (story[i] as StoryActor).members = [...members];
  });
  return { actors: story, storyId };
}
