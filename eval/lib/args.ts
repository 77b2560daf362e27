// Shared argument handling and output for the evaluation sets.

import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface EvalArgs {
  /** Data path given on the command line, if any. */
  path?: string;
  /** Where to write the JSON results, if asked. */
  json?: string;
  /** Extra flags, e.g. `--split dev`. */
  flags: Record<string, string | true>;
}

export function parseEvalArgs(argv: string[]): EvalArgs {
  const args: EvalArgs = { flags: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a.startsWith("--")) {
      const next = argv[i + 1];
      const value = next !== undefined && !next.startsWith("--") ? next : true;
      if (value !== true) i++;
      if (a === "--json" && typeof value === "string") args.json = value;
      else args.flags[a.slice(2)] = value;
    } else args.path = a;
  }
  return args;
}

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** `../shared/<rel>` beside the project, or the path the user gave. */
export function dataPath(args: EvalArgs, rel: string): string {
  return args.path ? resolve(args.path) : resolve(projectRoot, "..", "shared", rel);
}

/** Prints why a set is skipped and returns false when its data is absent. */
export function requireData(path: string, set: string): boolean {
  if (existsSync(path)) return true;
  process.stdout.write(`skipped ${set}: no data at ${path} (give the path as an argument)\n`);
  return false;
}

export function writeJson(args: EvalArgs, result: unknown): void {
  if (!args.json) return;
  mkdirSync(dirname(resolve(args.json)), { recursive: true });
  writeFileSync(args.json, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`wrote ${args.json}\n`);
}

/** A plain aligned table: first row is the header. */
export function printTable(rows: (string | number)[][]): void {
  const cells = rows.map((r) => r.map((c) => (typeof c === "number" ? fmt(c) : c)));
  const widths = cells[0]?.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length))) ?? [];
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  const out = [line(cells[0] ?? []), widths.map((w) => "-".repeat(w)).join("  ")];
  for (const r of cells.slice(1)) out.push(line(r));
  process.stdout.write(`${out.join("\n")}\n`);
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(3);
}
