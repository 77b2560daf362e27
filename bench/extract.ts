// Benchmark 'extract': HTML main-text extraction on the article-extraction-benchmark pages,
// Parallax's extractHtml against Readability.js on jsdom (the usual peer), each in its own child
// process so each peak RSS is its own. Target: at least 3× Readability's pages/s.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const describe =
  "HTML main text on the aeb pages: pages/s and peak RSS, extractHtml vs Readability.js + jsdom (target ≥ 3×)";

const TARGET = 3;
const here = fileURLToPath(import.meta.url);
const defaultData = resolve(dirname(here), "..", "..", "shared", "eval", "aeb");

interface ChildResult {
  pages: number;
  failures: number;
  ms: number;
  maxRssMb: number;
}

export async function run(argv: string[]): Promise<unknown> {
  const data = argv.find((a) => a.startsWith("--data="))?.split("=")[1] ?? defaultData;
  const rounds = Number(argv.find((a) => a.startsWith("--rounds="))?.split("=")[1] ?? 3);
  if (!existsSync(data)) {
    process.stdout.write(`skipped extract: no aeb pages at ${data} (give --data=PATH)\n`);
    return undefined;
  }
  const peer = child("readability", data, rounds);
  const ours = child("ours", data, rounds);
  const rate = (r: ChildResult) => r.pages / (r.ms / 1000);
  const rows = [
    ["extractor", "pages", "failed", "seconds", "pages/s", "peak RSS MB"],
    ...(
      [
        ["Readability.js + jsdom (peer)", peer],
        ["parallax extractHtml", ours],
      ] as const
    ).map(([name, r]) => [
      name,
      String(r.pages),
      String(r.failures),
      (r.ms / 1000).toFixed(2),
      rate(r).toFixed(1),
      r.maxRssMb.toFixed(0),
    ]),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => String(r[i]).length))) ?? [];
  for (const r of rows)
    process.stdout.write(`${r.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join("  ")}\n`);
  const ratio = rate(ours) / rate(peer);
  process.stdout.write(
    `speed ratio ${ratio.toFixed(1)}× Readability+jsdom (target ≥ ${TARGET}×: ${ratio >= TARGET ? "met" : "NOT met"}); ` +
      `peak RSS ${(ours.maxRssMb / peer.maxRssMb).toFixed(2)}× the peer's\n`,
  );
  return { peer, ours, ratio, target: TARGET, met: ratio >= TARGET };
}

function child(mode: "ours" | "readability", data: string, rounds: number): ChildResult {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", here, "--child", mode, data, String(rounds)],
    { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`bench child '${mode}' failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1) as string) as ChildResult;
}

async function childMain(mode: string, data: string, rounds: number): Promise<void> {
  const { loadAeb } = await import("../eval/aeb.ts");
  const pages = loadAeb(data);
  let extract: (html: string, url: string) => string;
  if (mode === "ours") {
    const { extractHtml } = await import("../src/2-text/html/index.ts");
    extract = (html, url) => extractHtml(html, { url, source: url }).text;
  } else {
    const { JSDOM, VirtualConsole } = await import("jsdom");
    const { Readability } = await import("@mozilla/readability");
    extract = (html, url) => {
      const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
      const text = new Readability(dom.window.document).parse()?.textContent ?? "";
      dom.window.close();
      return text;
    };
  }
  // One untimed page warms the JIT the same way for both.
  extract(pages[0]?.html ?? "<p>x</p>", "https://example.org/");
  let done = 0;
  let failures = 0;
  const start = performance.now();
  for (let round = 0; round < rounds; round++)
    for (const p of pages) {
      try {
        extract(p.html, p.url);
        done++;
      } catch {
        failures++;
      }
    }
  const ms = performance.now() - start;
  const result: ChildResult = {
    pages: done + failures,
    failures,
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[2] === "--child") {
  childMain(
    process.argv[3] as string,
    process.argv[4] as string,
    Number(process.argv[5] ?? 1),
  ).catch((error) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
}
