// Seeds section 'seeds-text': plain-text cleaning on the two seed articles. Every gold
// `boilerplate` item must be covered by a removal, and nothing of the story may be lost: every
// gold quote and reported-speech anchor, and every paragraph that is not gold boilerplate, must
// still be in the kept paragraphs.

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { extract } from "../src/2-text/article.ts";
import { splitParagraphs } from "../src/2-text/clean/index.ts";
import { squash } from "../src/2-text/normalize.ts";
import { dataPath, type EvalArgs, printTable, requireData, writeJson } from "./lib/args.ts";

export const describe = "seeds-text: boilerplate removed and story text kept (target 7/7, 0 lost)";

interface Gold {
  documents: Record<string, { file: string; outlet?: string }>;
  quotes: { doc: string; text: string }[];
  indirect: { doc: string; anchor: string }[];
  boilerplate: { doc: string; text: string; kind: string }[];
}

export async function run(args: EvalArgs): Promise<unknown> {
  const goldPath = dataPath(args, "gold/seeds.gold.json");
  if (!requireData(goldPath, "seeds-text")) return undefined;
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as Gold;
  const seedsDir = join(dirname(goldPath), "..", "seeds");
  const rows: (string | number)[][] = [
    ["doc", "boilerplate removed", "anchors kept", "paragraphs kept", "lost", "outlet (text)"],
  ];
  const perDoc: Record<string, unknown> = {};
  let removedTotal = 0;
  let boilerTotal = 0;
  let lostTotal = 0;
  for (const [doc, info] of Object.entries(gold.documents)) {
    const path = join(seedsDir, info.file);
    if (!requireData(path, `seeds-text ${doc}`)) continue;
    const text = readFileSync(path, "utf8");
    const article = extract({ source: path, text });
    const removals = article.removals.map((r) => squash(r.text));
    const kept = article.paragraphs.map((p) => squash(p.text));
    const keptStarts = new Set(article.paragraphs.map((p) => p.start));

    const boiler = gold.boilerplate.filter((b) => b.doc === doc).map((b) => squash(b.text));
    const missed = boiler.filter((b) => !removals.some((r) => r.includes(b)));
    const anchors = [
      ...gold.quotes.filter((q) => q.doc === doc).map((q) => q.text),
      ...gold.indirect.filter((q) => q.doc === doc).map((q) => q.anchor),
    ].map(squash);
    const lostAnchors = anchors.filter((a) => !kept.some((k) => k.includes(a)));
    const story = splitParagraphs(text).filter(
      (p) => !boiler.some((b) => squash(p.text).includes(b)),
    );
    const lostParagraphs = story.filter((p) => !keptStarts.has(p.start)).map((p) => p.text);

    const lost = lostAnchors.length + lostParagraphs.length;
    removedTotal += boiler.length - missed.length;
    boilerTotal += boiler.length;
    lostTotal += lost;
    rows.push([
      doc,
      `${boiler.length - missed.length}/${boiler.length}`,
      `${anchors.length - lostAnchors.length}/${anchors.length}`,
      `${story.length - lostParagraphs.length}/${story.length}`,
      lost,
      article.meta.outlet ?? "-",
    ]);
    perDoc[doc] = {
      boilerplate: { removed: boiler.length - missed.length, total: boiler.length, missed },
      anchors: {
        kept: anchors.length - lostAnchors.length,
        total: anchors.length,
        lost: lostAnchors,
      },
      paragraphs: {
        kept: story.length - lostParagraphs.length,
        total: story.length,
        lost: lostParagraphs,
      },
      removals: article.removals.map((r) => ({ reason: r.reason, ruleId: r.ruleId, text: r.text })),
      outlet: { suggested: article.meta.outlet ?? null, gold: info.outlet ?? null },
      dateline: article.meta.dateline ?? null,
    };
  }
  rows.push(["all", `${removedTotal}/${boilerTotal}`, "", "", lostTotal, ""]);
  printTable(rows);
  const result = {
    boilerplateRemoved: removedTotal,
    boilerplateTotal: boilerTotal,
    lost: lostTotal,
    documents: perDoc,
  };
  writeJson(args, result);
  return result;
}
