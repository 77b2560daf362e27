// The medium of a statement whose sentence names none, from who made it: the signers of the one
// letter (statement, post, …) in view made it there. `Sessions and Kelly responded that …`, two
// paragraphs from `the letter` they signed, is the letter, not an interview — the statements
// stage's guess for a bare `said`, made before anyone knew who spoke.

import type { Channel } from "../types.ts";
import type { Cast, Draft } from "./cast.ts";

/** How many paragraphs away a mention of a document keeps it in view. */
const IN_VIEW = 2;

/** An author's documents, each with the sorted paragraphs it is mentioned in. */
export type AuthoredDocuments = Map<Draft, { channel: Channel; paragraphs: number[] }[]>;

/** The documents of the cast with one author (a person, or a group such as joint signers). */
export function documentsByAuthor(cast: Cast): AuthoredDocuments {
  const byAuthor: AuthoredDocuments = new Map();
  for (const doc of cast.drafts.values()) {
    if (doc.type !== "document" || doc.members?.length !== 1 || !doc.noun) continue;
    const author = doc.members[0] as Draft;
    const paragraphs = doc.mentions.map((m) => cast.paragraphOf(m.start)).sort((a, b) => a - b);
    const list = byAuthor.get(author) ?? [];
    list.push({ channel: doc.noun as Channel, paragraphs });
    byAuthor.set(author, list);
  }
  return byAuthor;
}

/**
 * The channel of the speaker's documents in view of offset `at`, when they all share one; none
 * when the speaker wrote nothing in view, or wrote both a letter and a statement there.
 */
export function channelOfAuthor(
  cast: Cast,
  documents: AuthoredDocuments,
  speaker: Draft,
  at: number,
): Channel | undefined {
  const docs = documents.get(speaker);
  if (!docs) return undefined;
  const paragraph = cast.paragraphOf(at);
  let channel: Channel | undefined;
  for (const doc of docs) {
    if (!mentionedNear(doc.paragraphs, paragraph)) continue;
    if (channel && channel !== doc.channel) return undefined;
    channel = doc.channel;
  }
  return channel;
}

/** Whether a sorted list of paragraphs has one within IN_VIEW of `paragraph` (binary search). */
function mentionedNear(paragraphs: number[], paragraph: number): boolean {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((paragraphs[mid] as number) < paragraph - IN_VIEW) lo = mid + 1;
    else hi = mid;
  }
  return lo < paragraphs.length && (paragraphs[lo] as number) <= paragraph + IN_VIEW;
}
