// What every report format needs from a story record: outlet names, speakers resolved to story
// actors, the alignments worth showing, and short one-line excerpts.

import type { AlignedMember, Alignment, Analysis, StoryActor, StoryRecord } from "../types.ts";

export function outletOf(a: Analysis): string {
  return a.article.meta.outlet?.trim() || a.article.id;
}

/** Story-level actor of an article's actor. */
export function actorIndex(
  record: StoryRecord,
): (articleId: string, localId: string) => StoryActor | undefined {
  const map = new Map<string, StoryActor>();
  for (const a of record.actors)
    for (const [articleId, ids] of Object.entries(a.perArticle))
      for (const id of ids) map.set(`${articleId}\u0000${id}`, a);
  return (articleId, localId) => map.get(`${articleId}\u0000${localId}`);
}

/** Alignments between statements (the fact-sentence ones only feed coverage). */
export function statementAlignments(record: StoryRecord): Alignment[] {
  return record.alignments.filter((a) => a.members.some((m) => m.statementId));
}

/** Story actors' names for a list of ids, from one lookup table per record (not one per call). */
export function actorNames(record: StoryRecord): (ids: string[]) => string {
  const byId = new Map(record.actors.map((a) => [a.id, a.name]));
  return (ids) => ids.map((id) => byId.get(id) ?? id).join(", ") || "unknown source";
}

/**
 * Whom a member's outlet credits with the passage, ` — Name, Name`, when the outlets credit it
 * to different speakers (`same words, speaker differs`, a paraphrase credited apart): the
 * alignment's sources are then the union, which alone does not say who credits whom. Else empty.
 */
export function creditLine(
  names: (ids: string[]) => string,
): (al: Alignment) => (m: AlignedMember) => string {
  const key = (m: AlignedMember) => [...m.speakerIds].sort().join("\u0000");
  return (al) => {
    // (asked once an alignment, not for each of its members)
    const first = al.members[0];
    const firstKey = first && key(first);
    const differs = first !== undefined && al.members.some((x) => key(x) !== firstKey);
    return (m) => (differs && m.statementId ? ` — ${names(m.speakerIds)}` : "");
  };
}

/** One line, at most `max` characters, white space collapsed. */
export function excerpt(text: string, max = 110): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** `2017-03-27/2017-03-31` → `2017-03-27 – 2017-03-31`; unresolved → `?`. */
export function whenLabel(when?: string): string {
  return when ? when.replace("/", " – ") : "?";
}

export function articleById(record: StoryRecord): Map<string, Analysis> {
  return new Map(record.articles.map((a) => [a.article.id, a]));
}

/** A member's words as a reader should see them: quotation marks only around quoted words. */
export function memberText(record: StoryRecord): (m: AlignedMember, max?: number) => string {
  const quoted = new Set<string>();
  for (const a of record.articles)
    for (const s of a.statements) if (s.quote) quoted.add(`${a.article.id}\u0000${s.id}`);
  return (m, max = 110) => {
    const t = excerpt(m.span.text, max);
    return m.statementId && quoted.has(`${m.articleId}\u0000${m.statementId}`) ? `“${t}”` : t;
  };
}
