// Per outlet: whose voices it carries — statements and quoted words per actor — and the share of
// each category of source (officials, courts, advocates, …), read off roles and organisations.

import type { Analysis, StoryActor, Voice } from "../types.ts";
import type { StoryIdOf } from "./02-align.ts";
import { tokens } from "./text.ts";

// Checked in order: the first category whose pattern meets the actor's role, organisation or name
// wins (a judicial council's spokesman speaks for the courts, not for government at large).
const CATEGORIES: [string, RegExp][] = [
  ["courts", /\b(?:court|courts|judge|judges|justice|judicial|judiciary|magistrate|tribunal)\b/i],
  [
    "advocates",
    /\b(?:aclu|advocate|advocates|advocacy|rights|activist|activists|campaigner|union|nonprofit|non-profit|coalition|civil liberties|charity|ngo)\b/i,
  ],
  [
    "experts",
    /\b(?:professor|university|college|institute|analyst|researcher|scholar|expert|economist|think tank)\b/i,
  ],
  [
    "officials",
    /\b(?:attorney general|attorneys general|council member|councilmember|councilman|councilwoman|alderman|alderwoman|lawmaker|legislator|secretary|minister|ministry|governor|mayor|senator|congressman|congresswoman|representative|president|department|agency|government|administration|official|officials|spokesman|spokeswoman|spokesperson|police|sheriff|commissioner|council|city attorney|district attorney|public defender|prosecutor|homeland|immigration and customs|white house|congress|parliament|state|county|city)\b/i,
  ],
];

export function category(a: Pick<StoryActor, "type" | "name" | "role" | "organisation">): string {
  if (a.type === "unnamed" && !a.role && !a.organisation) return "unnamed";
  // The role says most, then the organisation, then the name; a justice department is government.
  // A spokesperson speaks for the organisation, so it decides.
  const parts = /\b(?:spokes\w*|representative|aide|adviser|advisor|staff)\b/i.test(a.role ?? "")
    ? [a.organisation, a.role, a.name]
    : [a.role, a.organisation, a.name];
  for (const part of parts) {
    const text = part?.replace(/\b(?:department of justice|justice department)\b/gi, "department");
    if (text) for (const [name, re] of CATEGORIES) if (re.test(text)) return name;
  }
  if (a.type === "unnamed") return "unnamed";
  if (a.type === "document") return "documents";
  if (a.type === "organisation") return "organisations";
  return "other";
}

export function voices(
  analyses: Analysis[],
  actors: StoryActor[],
  storyId: StoryIdOf,
): Record<string, Voice[]> {
  const byId = new Map(actors.map((a) => [a.id, a]));
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
      for (const local of new Set(ids)) {
        const id = storyId(article.id, local);
        const actor = id ? byId.get(id) : undefined;
        if (!id || !actor) continue;
        const v = tally.get(id) ?? {
          actorId: id,
          name: actor.name,
          statements: 0,
          quotedWords: 0,
          category: category(actor),
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
