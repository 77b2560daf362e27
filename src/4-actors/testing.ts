// Helpers for the actors tests: an Article from invented text, and statements found by hand the
// way the statements stage would report them.

import { extract } from "../2-text/article.ts";
import type { Article, FoundStatement, StatementKind } from "../types.ts";
import { resolveSpeakers } from "./index.ts";

export function article(text: string): Article {
  return extract({ source: "test.txt", text });
}

export interface HandStatement {
  /** The quoted words (or, for indirect, the content). */
  quote: string;
  /** The words naming the speaker, searched nearest to the quote. */
  mention?: string;
  kind?: StatementKind;
  /** Carries on the statement just before it. */
  continues?: boolean;
  /** The cue word (`said`, `wrote`), its first occurrence after the mention (else the quote). */
  cue?: string;
}

export function hand(text: string, specs: HandStatement[]): FoundStatement[] {
  let cursor = 0;
  return specs.map((spec, i) => {
    const at = text.indexOf(spec.quote, cursor);
    if (at < 0) throw new Error(`test text has no "${spec.quote}" after ${cursor}`);
    cursor = at;
    const span = { start: at, end: at + spec.quote.length, text: spec.quote };
    const kind = spec.kind ?? "direct";
    const f: FoundStatement = {
      id: `s${i + 1}`,
      kind,
      content: span,
      channel: "unknown",
      confidence: 0.9,
    };
    if (kind !== "indirect") f.quote = span;
    if (spec.mention) {
      // the whole-word occurrence nearest the quote (`he` is not the end of `the`)
      let best = -1;
      const escaped = spec.mention.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "gu")))
        if (best < 0 || Math.abs(m.index - at) < Math.abs(best - at)) best = m.index;
      if (best < 0) throw new Error(`test text has no mention "${spec.mention}"`);
      f.speakerMention = { start: best, end: best + spec.mention.length, text: spec.mention };
    }
    if (spec.cue) {
      const from = f.speakerMention?.start ?? at;
      const c = text.indexOf(spec.cue, from);
      if (c < 0) throw new Error(`test text has no cue "${spec.cue}" after ${from}`);
      f.cue = { start: c, end: c + spec.cue.length, text: spec.cue };
    }
    if (spec.continues) f.continues = `s${i}`;
    return f;
  });
}

/** Resolves hand-made statements and returns, per statement, the speaker's people by name. */
export function speakersOf(text: string, specs: HandStatement[]): string[][] {
  const result = resolveSpeakers(article(text), hand(text, specs));
  const byId = new Map(result.actors.map((a) => [a.id, a]));
  return result.statements.map((s) =>
    (s.speaker?.resolvedActorIds ?? []).map((id) => byId.get(id)?.name ?? id),
  );
}
