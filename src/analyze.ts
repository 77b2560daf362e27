// One article → who said what: the statements stage finds the statements and the words naming
// their speakers, the actors stage says who those words are. Also the versioned JSON form
// (`schema/analysis.schema.json`, `parallax.analysis/1`).

import { findStatements } from "./3-statements/index.ts";
import { resolveSpeakers } from "./4-actors/index.ts";
import type { Actor, Analysis, Article, Span, Statement } from "./types.ts";

export function analyze(article: Article): Analysis {
  const found = findStatements(article);
  const resolved = resolveSpeakers(article, found.statements);
  return {
    article,
    statements: resolved.statements,
    actors: resolved.actors,
    warnings: [...article.warnings, ...found.warnings, ...resolved.warnings],
  };
}

export const ANALYSIS_SCHEMA = "parallax.analysis/1";

export interface SpanJson {
  start: number;
  end: number;
  text: string;
}

export interface StatementJson {
  id: string;
  kind: Statement["kind"];
  content: SpanJson;
  quote: SpanJson | null;
  cue: SpanJson | null;
  channel: Statement["channel"];
  confidence: number;
  speaker: {
    actorId: string;
    name: string;
    mention: SpanJson | null;
    resolvedActorIds: string[];
  } | null;
}

export interface ActorJson {
  id: string;
  name: string;
  type: Actor["type"];
  role: string | null;
  organisation: string | null;
  aliases: string[];
  members: string[];
  mentions: (SpanJson & { actorId: string })[];
}

export interface AnalysisJson {
  schema: typeof ANALYSIS_SCHEMA;
  article: {
    id: string;
    source: string;
    title: string | null;
    outlet: string | null;
    published: string | null;
  };
  statements: StatementJson[];
  actors: ActorJson[];
  warnings: Analysis["warnings"];
}

const span = (s: Span | undefined): SpanJson | null =>
  s ? { start: s.start, end: s.end, text: s.text } : null;

/** The JSON form: every field present (absent ones as null), so consumers need no guessing. */
export function toAnalysisJson(analysis: Analysis): AnalysisJson {
  const { article } = analysis;
  return {
    schema: ANALYSIS_SCHEMA,
    article: {
      id: article.id,
      source: article.source,
      title: article.meta.title ?? null,
      outlet: article.meta.outlet ?? null,
      published: article.meta.published ?? null,
    },
    statements: analysis.statements.map((s) => ({
      id: s.id,
      kind: s.kind,
      content: span(s.content) as SpanJson,
      quote: span(s.quote),
      cue: span(s.cue),
      channel: s.channel,
      confidence: Math.round(s.confidence * 1000) / 1000,
      speaker: s.speaker
        ? {
            actorId: s.speaker.actorId,
            name: s.speaker.name,
            mention: span(s.speaker.mention),
            resolvedActorIds: s.speaker.resolvedActorIds,
          }
        : null,
    })),
    actors: analysis.actors.map((a) => ({
      id: a.id,
      name: a.name,
      type: a.type,
      role: a.role ?? null,
      organisation: a.organisation ?? null,
      aliases: a.aliases,
      members: a.members ?? [],
      mentions: a.mentions.map((m) => ({
        start: m.start,
        end: m.end,
        text: m.text,
        actorId: m.actorId,
      })),
    })),
    warnings: analysis.warnings,
  };
}
