// Seeds section 'seeds-compare': the cross-outlet story record of the two seed articles against
// seeds.gold.json — alignments, what only one outlet carries, the timeline and merged actors.
// Rules, stated once here:
// - alignment: found when one predicted alignment has, for every gold member, a member of the
//   same article whose span covers at least half of the gold text's characters (located in the
//   article with white space normalised); right when its kind is the gold kind too.
// - only-in: the item's key words (≥ 3 letters, not stop words, stemmed) — found when one item of
//   that outlet's onlyIn list (statement text with its speaker, actor label, or fact sentence)
//   contains at least half of them.
// - timeline: found when one predicted event carries every evidence expression of the gold event
//   (the same article, the expression text inside the evidence phrase) and its date lies within the
//   gold date (a day, a month, or `week of D` = D..D+6), with publication date from the gold.
// - actors merged: each gold person named in both articles is one story actor present in both.

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { extract } from "../src/2-text/article.ts";
import { range } from "../src/5-compare/05-timeline.ts";
import { STOP, stem, words } from "../src/5-compare/text.ts";
import { analyze } from "../src/analyze.ts";
import { compare } from "../src/compare.ts";
import type { StoryActor, StoryRecord } from "../src/types.ts";
import { dataPath, type EvalArgs, printTable, requireData, writeJson } from "./lib/args.ts";

export const describe =
  "seeds-compare: alignments with kind, only-in items, timeline dates, merged actors (targets: all found)";

interface Gold {
  documents: Record<string, { file: string; outlet?: string; published?: string }>;
  actors: Record<string, { name: string; type: string; aliases: string[] }>;
  alignments: { kind: string; source: string[]; members: [string, string][] }[];
  only_in: Record<string, string[]>;
  timeline: { event: string; when: string; evidence: string }[];
}

const ws = (s: string) => s.replace(/\s+/g, " ");

/** Span of `needle` in `text`, both with white space collapsed, as offsets into `text`. */
function locate(text: string, needle: string): [number, number] | undefined {
  const map: number[] = [];
  let norm = "";
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const sp = /\s/.test(text[i] as string);
    if (sp && space) continue;
    space = sp;
    map.push(i);
    norm += sp ? " " : text[i];
  }
  map.push(text.length);
  const at = norm.indexOf(ws(needle).trim());
  if (at < 0) return undefined;
  return [map[at] as number, (map[at + ws(needle).trim().length - 1] as number) + 1];
}

const keyWords = (s: string) =>
  words(s)
    .filter((w) => w.length >= 3 && !STOP.has(w))
    .map(stem);

function goldRange(when: string): [string, string] | undefined {
  const d = when.match(/\d{4}-\d{2}(?:-\d{2})?/)?.[0];
  if (!d) return undefined;
  if (/^week of/i.test(when)) {
    const t = Date.parse(`${d}T00:00:00Z`) + 6 * 86_400_000;
    return [d, new Date(t).toISOString().slice(0, 10)];
  }
  return range(d);
}

export async function run(args: EvalArgs): Promise<unknown> {
  const goldPath = dataPath(args, "gold/seeds.gold.json");
  if (!requireData(goldPath, "seeds-compare")) return undefined;
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as Gold;
  const seedsDir = join(dirname(goldPath), "..", "seeds");
  const analyses = [];
  for (const [doc, info] of Object.entries(gold.documents)) {
    const path = join(seedsDir, info.file);
    if (!requireData(path, `seeds-compare ${doc}`)) return undefined;
    const article = extract({
      id: doc,
      source: path,
      text: readFileSync(path, "utf8"),
      ...(info.outlet ? { outlet: info.outlet } : {}),
      ...(info.published ? { published: info.published } : {}),
    });
    analyses.push(analyze(article));
  }
  const record: StoryRecord = compare(analyses);
  const textOf = new Map(record.articles.map((a) => [a.article.id, a.article.text]));
  const rows: (string | number)[][] = [["part", "gold item", "result"]];

  // Alignments.
  let alFound = 0;
  let alRight = 0;
  for (const g of gold.alignments) {
    const spans = g.members.map(([doc, text]) => ({
      doc,
      span: locate(textOf.get(doc) ?? "", text),
    }));
    const covers = (al: StoryRecord["alignments"][number]) =>
      spans.every(({ doc, span }) =>
        span
          ? al.members.some((m) => {
              const overlap = Math.min(m.span.end, span[1]) - Math.max(m.span.start, span[0]);
              return m.articleId === doc && overlap >= (span[1] - span[0]) / 2;
            })
          : false,
      );
    const hits = record.alignments.filter(covers);
    const right = hits.find((al) => al.kind === g.kind);
    if (hits.length) alFound++;
    if (right) alRight++;
    rows.push([
      "alignment",
      `${g.kind}: ${g.members.map(([d, t]) => `${d} “${t.slice(0, 28)}”`).join(" + ")}`,
      right ? "found" : hits.length ? `found as ${hits.map((h) => h.kind).join("/")}` : "missed",
    ]);
  }

  // Only-in.
  let onlyFound = 0;
  let onlyTotal = 0;
  for (const [doc, items] of Object.entries(gold.only_in)) {
    const mine = (record.onlyIn[doc] ?? []).map((x) => new Set(keyWords(x.text)));
    for (const item of items) {
      onlyTotal++;
      const keys = [...new Set(keyWords(item))];
      const need = Math.ceil(keys.length / 2);
      const ok = mine.some((set) => keys.filter((k) => set.has(k)).length >= need);
      if (ok) onlyFound++;
      rows.push(["only-in", `${doc}: ${item}`, ok ? "found" : "missed"]);
    }
  }

  // Timeline.
  let tlFound = 0;
  for (const g of gold.timeline) {
    const evidence = [...g.evidence.matchAll(/(\w+): '([^']+)'/g)].map((m) => ({
      doc: m[1] as string,
      phrase: (m[2] as string).toLowerCase(),
    }));
    const want = goldRange(g.when);
    const hit = record.timeline.find((e) => {
      const exprs = [e.expression, ...(e.others ?? [])];
      const carries = evidence.every((ev) =>
        exprs.some((x) => x.articleId === ev.doc && ev.phrase.includes(x.text.toLowerCase())),
      );
      if (!carries || !e.when || !want) return false;
      const [s, t] = range(e.when);
      return want[0] <= s && t <= want[1];
    });
    if (hit) tlFound++;
    rows.push(["timeline", `${g.when}: ${g.event}`, hit ? `found (${hit.when})` : "missed"]);
  }

  // Actors merged.
  let acFound = 0;
  let acTotal = 0;
  const norm = (s: string) => words(s).join(" ");
  const storyOf = (aliases: string[]): StoryActor[] =>
    record.actors.filter(
      (a) => a.type === "person" && a.aliases.some((x) => aliases.some((y) => norm(x) === norm(y))),
    );
  for (const [id, g] of Object.entries(gold.actors)) {
    if (g.type !== "person") continue;
    const docs = [...textOf]
      .filter(([, t]) => g.aliases.some((al) => ws(t).includes(al)))
      .map(([d]) => d);
    if (docs.length < 2) continue;
    acTotal++;
    const found = storyOf(g.aliases);
    const ok = found.length === 1 && docs.every((d) => found[0]?.perArticle[d]);
    if (ok) acFound++;
    rows.push([
      "actors",
      `${id} (${docs.join(", ")})`,
      ok ? `merged as ${found[0]?.id}` : `${found.length} story actors`,
    ]);
  }

  printTable(rows);
  const summary = [
    ["measure", "found", "of", "rate"],
    ["alignments (right kind)", alRight, gold.alignments.length, alRight / gold.alignments.length],
    ["alignments (any kind)", alFound, gold.alignments.length, alFound / gold.alignments.length],
    ["only-in items", onlyFound, onlyTotal, onlyFound / onlyTotal],
    ["timeline events", tlFound, gold.timeline.length, tlFound / gold.timeline.length],
    ["actors merged", acFound, acTotal, acTotal ? acFound / acTotal : 1],
  ];
  process.stdout.write("\n");
  printTable(summary);
  const result = {
    alignments: { right: alRight, found: alFound, total: gold.alignments.length },
    onlyIn: { found: onlyFound, total: onlyTotal },
    timeline: { found: tlFound, total: gold.timeline.length },
    actors: { merged: acFound, total: acTotal },
  };
  writeJson(args, result);
  return result;
}
