// Builds small hand-made Analysis objects for the compare and report tests, so those stages can be
// tested on their own inputs (spans are found in the given text, not hard-coded offsets).

import type {
  Actor,
  ActorType,
  Analysis,
  Channel,
  Span,
  Statement,
  StatementKind,
} from "../types.ts";

export interface SyntheticActor {
  id: string;
  name: string;
  type?: ActorType;
  role?: string;
  organisation?: string;
  members?: string[];
}

export interface SyntheticStatement {
  /** The quoted words (for direct/partial) — must occur in the text. */
  quote?: string;
  /** The reported clause (for indirect) — must occur in the text. */
  content?: string;
  kind?: StatementKind;
  speaker?: string;
  channel?: Channel;
}

export interface SyntheticArticle {
  id: string;
  text: string;
  outlet?: string;
  published?: string;
  title?: string;
  byline?: string[];
  url?: string;
  actors?: SyntheticActor[];
  statements?: SyntheticStatement[];
}

function spanOf(text: string, part: string, from = 0): Span {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`synthetic: ${JSON.stringify(part)} is not in the text`);
  return { start, end: start + part.length, text: part };
}

export function synthetic(a: SyntheticArticle): Analysis {
  const actors: Actor[] = (a.actors ?? []).map((x) => {
    const at = a.text.indexOf(x.name);
    return {
      id: x.id,
      name: x.name,
      type: x.type ?? "person",
      ...(x.role ? { role: x.role } : {}),
      ...(x.organisation ? { organisation: x.organisation } : {}),
      aliases: [x.name],
      mentions:
        at >= 0 ? [{ start: at, end: at + x.name.length, text: x.name, actorId: x.id }] : [],
      ...(x.members ? { members: x.members } : {}),
    };
  });
  const statements: Statement[] = (a.statements ?? []).map((s, i) => {
    const quote = s.quote === undefined ? undefined : spanOf(a.text, s.quote);
    const content = s.content === undefined ? (quote as Span) : spanOf(a.text, s.content);
    const speaker = actors.find((x) => x.id === s.speaker);
    return {
      id: `s${i + 1}`,
      kind: s.kind ?? (quote ? "direct" : "indirect"),
      content,
      ...(quote ? { quote } : {}),
      ...(speaker
        ? {
            speaker: {
              actorId: speaker.id,
              name: speaker.name,
              resolvedActorIds: speaker.members ?? [speaker.id],
            },
          }
        : {}),
      channel: s.channel ?? "unknown",
      confidence: 0.9,
    };
  });
  return {
    article: {
      id: a.id,
      source: `${a.id}.txt`,
      format: "text",
      text: a.text,
      paragraphs: [{ start: 0, end: a.text.length, text: a.text }],
      removals: [],
      meta: {
        byline: a.byline ?? [],
        provenance: {},
        ...(a.outlet ? { outlet: a.outlet } : {}),
        ...(a.published ? { published: a.published } : {}),
        ...(a.title ? { title: a.title } : {}),
        ...(a.url ? { url: a.url } : {}),
      },
      warnings: [],
    },
    statements,
    actors,
    warnings: [],
  };
}
