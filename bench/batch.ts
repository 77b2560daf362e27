// Benchmark 'batch': a 1,000-record JSON Lines batch, streamed through readInputs + extract, in a
// child process so the peak RSS is the batch's own. The peer is a child that only reads the same
// file line by line: the ratio shows what ingest and cleaning add. Target: peak RSS under 300 MB.

import { spawnSync } from "node:child_process";
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export const describe =
  "1,000-record JSONL batch through readInputs + extract: records/s and peak RSS (target < 300 MB)";

const RECORDS = 1000;
const TARGET_MB = 300;
const here = fileURLToPath(import.meta.url);

interface ChildResult {
  records: number;
  failures: number;
  ms: number;
  maxRssMb: number;
}

export async function run(argv: string[]): Promise<unknown> {
  const records = Number(argv.find((a) => a.startsWith("--records="))?.split("=")[1] ?? RECORDS);
  const dir = mkdtempSync(join(tmpdir(), "parallax-bench-batch-"));
  try {
    const path = join(dir, "batch.jsonl");
    const bytes = writeBatch(path, dir, records);
    const peer = child("read", path);
    const batch = child("extract", path);
    const rows = [
      ["run", "records", "failed", "seconds", "records/s", "peak RSS MB"],
      ...[
        ["read lines only (peer)", peer],
        ["readInputs + extract", batch],
      ].map(([name, r]) => {
        const c = r as ChildResult;
        return [
          name as string,
          c.records,
          c.failures,
          (c.ms / 1000).toFixed(2),
          Math.round(c.records / (c.ms / 1000)),
          c.maxRssMb.toFixed(0),
        ];
      }),
    ];
    printRows(rows);
    const ok = batch.maxRssMb < TARGET_MB;
    process.stdout.write(
      `batch file ${(bytes / 1024 / 1024).toFixed(1)} MB; peak RSS ${batch.maxRssMb.toFixed(0)} MB = ` +
        `${(batch.maxRssMb / peer.maxRssMb).toFixed(2)}× the peer's; target < ${TARGET_MB} MB: ${ok ? "met" : "NOT met"}\n`,
    );
    return { peer, batch, target: TARGET_MB, met: ok };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Records built from the example reports: paragraphs rotated and renumbered, some as HTML or files. */
function writeBatch(path: string, dir: string, n: number): number {
  const seeds = ["wapo", "cbssf"].map((name) =>
    readFileSync(
      fileURLToPath(new URL(`../examples/seeds/${name}.txt`, import.meta.url)),
      "utf8",
    ).split(/\n\s*\n/),
  );
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const paragraphs = seeds[i % 2] as string[];
    const shift = i % paragraphs.length;
    const varied = [...paragraphs.slice(shift), ...paragraphs.slice(0, shift)].map((p, j) =>
      j % 5 === 0 ? `${p} (Record ${i}, part ${j}.)` : p,
    );
    const record: Record<string, string> = {
      id: `r${i}`,
      outlet: `Outlet ${i % 7}`,
      published: "2017-03-31",
    };
    if (i % 10 === 3)
      record.html = `<html><body><article>${varied.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    else if (i % 10 === 7) {
      writeFileSync(join(dir, `r${i}.txt`), varied.join("\n\n"));
      record.file = `r${i}.txt`;
    } else record.text = varied.join("\n\n");
    lines.push(JSON.stringify(record));
  }
  const body = `${lines.join("\n")}\n`;
  writeFileSync(path, body);
  return Buffer.byteLength(body);
}

function child(mode: "read" | "extract", path: string): ChildResult {
  const r = spawnSync(process.execPath, ["--import", "tsx", here, "--child", mode, path], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`bench child '${mode}' failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1) as string) as ChildResult;
}

async function childMain(mode: string, path: string): Promise<void> {
  const start = performance.now();
  let records = 0;
  let failures = 0;
  if (mode === "read") {
    for await (const line of createInterface({
      input: createReadStream(path, "utf8"),
      crlfDelay: Infinity,
    })) {
      if (line.trim()) {
        JSON.parse(line);
        records++;
      }
    }
  } else {
    const { readInputs, extractSafely } = await import("../src/1-ingest/index.ts");
    for await (const item of readInputs([], { batch: [path] })) {
      const result = "failure" in item ? item : extractSafely(item.input);
      if ("failure" in result) failures++;
      else records++;
    }
  }
  const ms = performance.now() - start;
  const result: ChildResult = {
    records,
    failures,
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function printRows(rows: (string | number)[][]): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => String(r[i]).length))) ?? [];
  for (const r of rows)
    process.stdout.write(
      `${r
        .map((c, i) => String(c).padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd()}\n`,
    );
}

const childAt = process.argv.indexOf("--child");
if (childAt >= 0 && process.argv[1] === here) {
  childMain(process.argv[childAt + 1] as string, process.argv[childAt + 2] as string).catch(
    (error) => {
      process.stderr.write(`${(error as Error).stack}\n`);
      process.exitCode = 1;
    },
  );
}
