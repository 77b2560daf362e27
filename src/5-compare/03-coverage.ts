// Per outlet: what it shares with at least one other outlet and what only it carries — its
// statements, the actors it names and its plain fact sentences.

import type { Alignment, Analysis, CoverageItem, StoryActor } from "../types.ts";
import type { Unit } from "./02-align.ts";
import { words } from "./text.ts";

export interface Coverage {
  onlyIn: Record<string, CoverageItem[]>;
  shared: Record<string, CoverageItem[]>;
}

/**
 * An actor as a reader meets it: the name, then the role and organisation where they add to it
 * (`Bartholomew Ssempala (Mayor)`; not `former prisoner (prisoner)`, whose name is its role).
 */
export function actorLabel(a: Pick<StoryActor, "name" | "role" | "organisation">): string {
  const extra = actorDetail(a);
  return extra ? `${a.name} (${extra})` : a.name;
}

/** The role and organisation of an actor that add to its name, joined by a comma; else "". */
export function actorDetail(a: Pick<StoryActor, "name" | "role" | "organisation">): string {
  const named = new Set(bareWords(a.name));
  const adds = (part: string | undefined): part is string =>
    part !== undefined && bareWords(part).some((w) => !named.has(w));
  return [a.role, a.organisation].filter(adds).join(", ");
}

/** Lower-case words without a possessive `'s` (`agency's` is `agency`). */
function bareWords(text: string): string[] {
  return words(text).map((w) => w.replace(/['\u2019]s$/, ""));
}

export function coverage(
  analyses: Analysis[],
  units: Unit[],
  alignments: Alignment[],
  actors: StoryActor[],
): Coverage {
  const onlyIn: Record<string, CoverageItem[]> = {};
  const shared: Record<string, CoverageItem[]> = {};
  const aligned = new Set<string>();
  for (const al of alignments)
    for (const m of al.members) aligned.add(`${m.articleId}|${m.statementId ?? m.span.start}`);

  const add = (item: CoverageItem, isShared: boolean) => {
    const to = isShared ? shared : onlyIn;
    const list = to[item.articleId] ?? [];
    list.push(item);
    to[item.articleId] = list;
  };
  for (const { article } of analyses) {
    onlyIn[article.id] = [];
    shared[article.id] = [];
  }
  const speakerLabel = new Map<string, string>();
  const fullName = personNames(actors);
  for (const { article, statements } of analyses) {
    for (const s of statements) {
      const words = s.quote ? `“${s.quote.text}”` : s.content.text;
      const name = s.speaker
        ? (fullName.get(`${article.id}|${s.speaker.actorId}`) ?? s.speaker.name)
        : "";
      const who = s.speaker ? `${name}${s.channel !== "unknown" ? ` (${s.channel})` : ""}: ` : "";
      speakerLabel.set(`${article.id}|${s.id}`, who);
      add(
        { articleId: article.id, kind: "statement", ref: s.id, text: `${who}${words}` },
        aligned.has(`${article.id}|${s.id}`),
      );
    }
  }
  const speaking = speakingActors(analyses);
  for (const a of actors) {
    // A group or a signed letter stands for people already listed; its statements still count.
    if ((a.type === "group" || a.type === "document") && a.members?.length) continue;
    // A document nobody is said to have written is a voice only where it speaks (`ICE policy
    // prohibits …`); `the review` or `a similar note` merely mentioned is not one.
    const ids = Object.keys(a.perArticle).filter(
      (articleId) =>
        a.type !== "document" ||
        (a.perArticle[articleId] ?? []).some((id) => speaking.has(`${articleId}|${id}`)),
    );
    for (const articleId of ids)
      add({ articleId, kind: "actor", ref: a.id, text: actorLabel(a) }, ids.length > 1);
  }
  for (const u of units) {
    if (u.kind !== "fact") continue;
    add(
      {
        articleId: u.articleId,
        kind: "fact",
        ref: `${u.span.start}-${u.span.end}`,
        text: u.span.text,
      },
      aligned.has(`${u.articleId}|${u.span.start}`),
    );
  }
  return { onlyIn, shared };
}

/**
 * The story's name of each article-level person (`article|actor`): an outlet that calls him `Te
 * Rangi` in one paragraph and `Hemi Te Rangi` in another shows one speaker, as Voices does.
 */
function personNames(actors: StoryActor[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of actors) {
    if (a.type !== "person") continue;
    for (const [articleId, ids] of Object.entries(a.perArticle))
      for (const id of ids) out.set(`${articleId}|${id}`, a.name);
  }
  return out;
}

/** `article|actor` for every article-level actor that is some statement's speaker. */
function speakingActors(analyses: Analysis[]): Set<string> {
  const out = new Set<string>();
  for (const { article, statements } of analyses)
    for (const s of statements) if (s.speaker) out.add(`${article.id}|${s.speaker.actorId}`);
  return out;
}
