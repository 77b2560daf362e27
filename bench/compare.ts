// Benchmark 'compare': compare() on 2, 20 and 200 reports of one story (variants of the shipped
// example's analyses: each copy keeps a different subset of statements and words each quote a little
// differently, so the reports overlap without being copies), in one run. Growth is judged by the cost per statement at 200 reports
// against 2 (1.0 = perfectly linear), and the whole comparison against the peer that must precede
// it anyway: analysing the same reports.

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../src/2-text/article.ts";
import { analyze } from "../src/analyze.ts";
import { compare } from "../src/compare.ts";
import type { Analysis } from "../src/types.ts";

export const describe =
  "compare() on 2, 20, 200 reports: time, time per statement, growth ratio 200 vs 2 (target: near 1), and against analyze()";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function examples(): Analysis[] {
  const dir = join(root, "examples", "seeds");
  return readFileSync(join(dir, "batch.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; file: string; outlet?: string; published?: string })
    .map((r) =>
      analyze(
        extract({
          id: r.id,
          source: r.file,
          text: readFileSync(join(dir, r.file), "utf8"),
          ...(r.outlet ? { outlet: r.outlet } : {}),
          ...(r.published ? { published: r.published } : {}),
        }),
      ),
    );
}

/**
 * The i-th variant: a copy of one example with its own id, every (i mod 4 + 2)-th statement left
 * out, and one word of each remaining quote misspelt in a way of its own (same length, so every
 * span still holds) — outlets that quote alike but not identically, so nothing is a plain copy.
 */
function variant(base: Analysis, i: number): Analysis {
  const skip = (i % 4) + 2;
  const statements = base.statements.filter((_, k) => k % skip !== skip - 1);
  const chars = [...base.article.text];
  for (const s of statements) {
    const q = s.quote ?? s.content;
    const words = [...q.text.matchAll(/\p{L}{3,}/gu)];
    const w = words[i % Math.max(1, words.length)];
    if (w?.index !== undefined) chars[q.start + w.index + 1] = String.fromCharCode(97 + (i % 26));
  }
  const text = chars.join("");
  const fix = <T extends { start: number; end: number; text: string }>(x: T): T => ({
    ...x,
    text: text.slice(x.start, x.end),
  });
  return {
    ...base,
    article: {
      ...base.article,
      id: `${base.article.id}-${i}`,
      text,
      paragraphs: base.article.paragraphs.map(fix),
      meta: { ...base.article.meta, outlet: `${base.article.meta.outlet ?? "Outlet"} ${i}` },
    },
    statements: statements.map((s) => ({
      ...s,
      content: fix(s.content),
      ...(s.quote ? { quote: fix(s.quote) } : {}),
      ...(s.cue ? { cue: fix(s.cue) } : {}),
    })),
    actors: base.actors.map((a) => ({ ...a, mentions: a.mentions.map(fix) })),
  };
}

function time(fn: () => void, minMs = 300): number {
  fn(); // warm up
  const runs: number[] = [];
  const until = performance.now() + minMs;
  do {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  } while (performance.now() < until || runs.length < 3);
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)] as number;
}

export async function run(_argv: string[]): Promise<unknown> {
  const base = examples();
  const sizes = [2, 20, 200];
  const rows: { n: number; statements: number; ms: number; perStatementUs: number }[] = [];
  for (const n of sizes) {
    const set = Array.from({ length: n }, (_, i) => variant(base[i % base.length] as Analysis, i));
    const statements = set.reduce((s, a) => s + a.statements.length, 0);
    const ms = time(() => compare(set));
    rows.push({ n, statements, ms, perStatementUs: (ms * 1000) / statements });
  }
  const articles20 = Array.from(
    { length: 20 },
    (_, i) => (base[i % base.length] as Analysis).article,
  );
  const analyzeMs = time(() => {
    for (const a of articles20) analyze(a);
  });
  const compare20 = rows.find((r) => r.n === 20)?.ms ?? 0;
  const first = rows[0] as (typeof rows)[number];
  const last = rows.at(-1) as (typeof rows)[number];

  const out = [
    "reports  statements  compare ms  µs/statement",
    ...rows.map(
      (r) =>
        `${String(r.n).padStart(7)}  ${String(r.statements).padStart(10)}  ${r.ms.toFixed(2).padStart(10)}  ${r.perStatementUs.toFixed(1).padStart(12)}`,
    ),
    "",
    `growth: cost per statement at ${last.n} reports / at ${first.n} = ${(last.perStatementUs / first.perStatementUs).toFixed(2)} (1.00 = linear)`,
    `peer: compare(20 reports) = ${compare20.toFixed(1)} ms vs analyze(20 reports) = ${analyzeMs.toFixed(1)} ms → ratio ${(compare20 / analyzeMs).toFixed(2)}`,
  ];
  process.stdout.write(`${out.join("\n")}\n`);
  return { rows, analyzeMs, growth: last.perStatementUs / first.perStatementUs };
}
