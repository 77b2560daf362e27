// Checks that a change meant to keep behaviour (a speed-up, a refactor) keeps every output: runs
// extract → statements → actors over every text we have (the PolNeAR texts and the aeb and dates
// HTML pages beside the project, the seeds, the invented corpora, the examples) and compares each
// article's clean text and analysis JSON with a saved copy. Goldens cover a few cases readably;
// this covers a thousand, bluntly.
// Usage: npm run same-output -- save   (keep the current outputs as the reference)
//        npm run same-output           (compare with the reference; exit 1 on a difference)
// The reference lives in .bench-out/same-output.jsonl (git-ignored).

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze, toAnalysisJson } from "../src/analyze.ts";
import { extract } from "../src/2-text/article.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "..", "shared");
const reference = join(root, ".bench-out", "same-output.jsonl");

/** Every file whose name matches `ext` directly inside `dir`, sorted; none without the folder. */
function filesIn(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => join(dir, f));
}

const TEXT = /\.txt$/;
const HTML = /\.html(?:\.gz)?$/;

function inputs(): string[] {
  return [
    ...filesIn(join(shared, "eval", "polnear", "train", "text"), TEXT),
    ...filesIn(join(shared, "eval", "polnear", "dev", "text"), TEXT),
    ...filesIn(join(shared, "eval", "aeb", "html"), HTML),
    ...filesIn(join(shared, "eval", "dates", "html"), HTML),
    ...filesIn(join(shared, "seeds"), TEXT),
    ...filesIn(join(root, "test", "corpus"), TEXT),
    ...filesIn(join(root, "test", "heldout"), TEXT),
    ...filesIn(join(root, "examples", "seeds"), TEXT),
  ];
}

/** One line per input: its path, then its whole analysis (or the error it raised). */
function outputLine(path: string): string {
  const bytes = readFileSync(path);
  const body = (path.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
  const source = path.startsWith(root)
    ? path.slice(root.length + 1)
    : path.slice(shared.length + 1);
  let out: unknown;
  try {
    const article = extract(HTML.test(path) ? { source, html: body } : { source, text: body });
    const analysis = toAnalysisJson(analyze(article));
    out = {
      text: article.text,
      paragraphs: article.paragraphs,
      removals: article.removals,
      analysis,
    };
  } catch (error) {
    out = { error: String(error) };
  }
  return JSON.stringify({ source, out });
}

function main(): number {
  const lines = inputs().map(outputLine);
  if (process.argv[2] === "save") {
    mkdirSync(dirname(reference), { recursive: true });
    writeFileSync(reference, `${lines.join("\n")}\n`);
    process.stdout.write(`saved the outputs of ${lines.length} inputs to ${reference}\n`);
    return 0;
  }
  if (!existsSync(reference)) {
    process.stderr.write(
      `no reference at ${reference}: run with 'save' first, before the change\n`,
    );
    return 2;
  }
  const saved = readFileSync(reference, "utf8").trimEnd().split("\n");
  const savedBySource = new Map(saved.map((l) => [JSON.parse(l).source as string, l]));
  let differ = 0;
  for (const line of lines) {
    const { source } = JSON.parse(line) as { source: string };
    const before = savedBySource.get(source);
    if (before === line) continue;
    differ++;
    if (differ > 5) continue;
    if (before === undefined) {
      process.stdout.write(`${source}: not in the reference\n`);
      continue;
    }
    let i = 0;
    while (i < line.length && line[i] === before[i]) i++;
    process.stdout.write(
      `${source}: differs at character ${i}\n  before: …${before.slice(Math.max(0, i - 120), i + 120)}…\n  now:    …${line.slice(Math.max(0, i - 120), i + 120)}…\n`,
    );
  }
  process.stdout.write(
    `${lines.length} inputs, ${differ} differ from the reference (${saved.length} saved)\n`,
  );
  return differ === 0 && saved.length === lines.length ? 0 : 1;
}

process.exitCode = main();
