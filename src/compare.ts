// `compare(reports)`: the story record — actors merged across outlets, statements and facts
// aligned, what each outlet shares and leaves out, whose voices it carries, and the timeline.

import { mergeActors } from "./5-compare/01-actors.ts";
import { align, buildUnits } from "./5-compare/02-align.ts";
import { coverage } from "./5-compare/03-coverage.ts";
import { voices } from "./5-compare/04-voices.ts";
import { timeline } from "./5-compare/05-timeline.ts";
import { analyze } from "./analyze.ts";
import type { Analysis, Article, Diagnostic, StoryRecord } from "./types.ts";

/** Compares reports of one story: articles (analysed here) or analyses already made. */
export function compare(reports: (Analysis | Article)[]): StoryRecord {
  const analyses = reports.map((r) => ("statements" in r ? r : analyze(r)));
  const warnings: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const { article } of analyses) {
    if (seen.has(article.id))
      warnings.push({
        source: article.source,
        ruleId: "duplicate-id",
        reason: `two articles share the id '${article.id}': give each a distinct id`,
        fatal: false,
      });
    seen.add(article.id);
    if (!article.meta.published)
      warnings.push({
        source: article.source,
        ruleId: "no-published-date",
        reason: "no publication date: relative dates (Friday, last week) stay unresolved",
        fatal: false,
      });
  }
  if (analyses.length < 2)
    warnings.push({
      source: analyses[0]?.article.source ?? "compare",
      ruleId: "single-article",
      reason: "only one article: nothing to compare it with",
      fatal: false,
    });
  const merged = mergeActors(analyses);
  const units = buildUnits(analyses, merged.storyId);
  const alignments = align(units, new Map(analyses.map((a) => [a.article.id, a.article.text])));
  const { onlyIn, shared } = coverage(analyses, units, alignments, merged.actors);
  return {
    schema: "parallax.story/1",
    articles: analyses,
    actors: merged.actors,
    alignments,
    onlyIn,
    shared,
    voices: voices(analyses, merged.actors, merged.storyId),
    timeline: timeline(analyses),
    warnings,
  };
}
