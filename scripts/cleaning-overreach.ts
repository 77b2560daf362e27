// Checks the plain-text cleaning rules on unseen news text: over PolNeAR's articles
// (../shared/eval/polnear, or the path given), how many gold attribution spans (source, cue,
// content) fall inside text the rules removed — each one is story text lost — and how often a
// headline taken as meta.title matches the corpus's title. Prints what was removed by rule.
// Usage: npx tsx scripts/cleaning-overreach.ts [POLNEAR_DIR]

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../src/2-text/article.ts";
import { squash } from "../src/2-text/normalize.ts";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const dir = resolve(process.argv[2] ?? join(root, "..", "shared", "eval", "polnear"));
if (!existsSync(dir)) {
  process.stdout.write(`skipped: no PolNeAR data at ${dir}\n`);
  process.exit(0);
}

const titles = new Map<string, string>();
const metadata = join(dir, "metadata.tsv");
if (existsSync(metadata))
  for (const line of readFileSync(metadata, "utf8").split("\n").slice(1)) {
    const cells = line.split("\t");
    if (cells[1]) titles.set(cells[1], cells[7] ?? "");
  }

let articles = 0;
let spans = 0;
let lost = 0;
let titlesFound = 0;
let titlesRight = 0;
const byRule = new Map<string, number>();
const norm = (s: string) =>
  squash(s)
    .replace(/[^\p{L}\p{N}]+$/u, "")
    .toLowerCase();
for (const split of readdirSync(dir).filter((d) => existsSync(join(dir, d, "text")))) {
  const annDir = join(dir, split, "attributions");
  const annotations = existsSync(annDir) ? readdirSync(annDir) : [];
  for (const file of readdirSync(join(dir, split, "text"))) {
    const name = file.replace(/\.txt$/, "");
    const article = extract({
      source: file,
      text: readFileSync(join(dir, split, "text", file), "utf8"),
    });
    articles++;
    for (const r of article.removals) byRule.set(r.ruleId, (byRule.get(r.ruleId) ?? 0) + 1);
    const title = titles.get(name);
    if (article.meta.title && title !== undefined) {
      titlesFound++;
      if (norm(article.meta.title) === norm(title)) titlesRight++;
    }
    for (const ann of annotations.filter((a) => a.startsWith(`${name}_`))) {
      for (const line of readFileSync(join(annDir, ann), "utf8").split("\n")) {
        const m = /^T\d+\t(?:Content|Source|Cue) ([\d ;]+)\t/.exec(line);
        if (!m?.[1]) continue;
        spans++;
        const parts = m[1].split(";").map((p) => p.trim().split(" ").map(Number));
        const hit = article.removals.some((r) =>
          parts.some(([s = 0, e = 0]) => s < r.end && e > r.start),
        );
        if (hit) {
          lost++;
          process.stdout.write(`lost: ${name}: ${line.slice(0, 120)}\n`);
        }
      }
    }
  }
}
process.stdout.write(
  `${articles} articles; removals by rule: ${[...byRule].map(([k, v]) => `${k} ${v}`).join(", ")}\n` +
    `gold attribution spans inside removed text: ${lost} of ${spans}\n` +
    `headlines taken as title: ${titlesFound}, matching the corpus title: ${titlesRight}\n`,
);
