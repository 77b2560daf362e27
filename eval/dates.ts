// Evaluation set 'dates': publication dates of news pages in many languages (htmldate's test
// pages), scored as the published benchmark does: the extracted date must equal the truth date;
// a wrong date is a false positive, none a false negative (a page without a true date scores
// when we give none).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decode } from "../src/1-ingest/01-decode.ts";
import { parseHtml } from "../src/2-text/html/01-dom.ts";
import { extractMeta } from "../src/2-text/html/04-meta.ts";
import { dataPath, type EvalArgs, printTable, requireData, writeJson } from "./lib/args.ts";

export const describe = "publication dates of news pages (htmldate test set), accuracy";

export interface DatePage {
  url: string;
  file: string;
  /** `YYYY-MM-DD`, or undefined when the page has no publication date. */
  truth?: string;
}

export function loadDates(dir: string): DatePage[] {
  const truth = JSON.parse(
    readFileSync(join(dir, "truth.json"), "utf8").replace(/:\s*NaN/g, ": null"),
  ) as Record<string, { file: string; date: string | null }>;
  return Object.entries(truth).map(([url, t]) =>
    t.date ? { url, file: t.file, truth: t.date } : { url, file: t.file },
  );
}

export async function run(args: EvalArgs): Promise<unknown> {
  const dir = dataPath(args, "eval/dates");
  if (!requireData(dir, "dates")) return undefined;
  const pages = loadDates(dir);
  let correct = 0;
  let fp = 0;
  let fn = 0;
  const rows: (string | number)[][] = [["file", "truth", "ours", "from", "result"]];
  const per: Record<string, unknown>[] = [];
  for (const page of pages) {
    let ours: string | undefined;
    let from: string | undefined;
    try {
      const bytes = readFileSync(join(dir, "html", page.file));
      const html = decode(bytes, page.file).text;
      const meta = extractMeta(parseHtml(html), page.url, html);
      ours = meta.published?.slice(0, 10);
      from = meta.provenance.published;
    } catch (error) {
      from = `error: ${String(error).slice(0, 60)}`;
    }
    const result = ours === page.truth ? "ok" : ours ? "FP" : "FN";
    if (result === "ok") correct++;
    else if (result === "FP") fp++;
    else fn++;
    rows.push([page.file, page.truth ?? "-", ours ?? "-", from ?? "-", result]);
    per.push({ ...page, ours, from, result });
  }
  const accuracy = correct / pages.length;
  printTable([
    ["pages", "correct", "FP (wrong date)", "FN (no date)", "accuracy"],
    [pages.length, correct, fp, fn, accuracy],
  ]);
  if (args.flags.verbose) {
    process.stdout.write("\n");
    // Every page, misses first; `--verbose misses` lists only the misses.
    const misses = rows.slice(1).filter((r) => r[4] !== "ok");
    const hits = rows.slice(1).filter((r) => r[4] === "ok");
    printTable([rows[0] as string[], ...misses, ...(args.flags.verbose === "misses" ? [] : hits)]);
  }
  const result = { pages: pages.length, correct, fp, fn, accuracy, per };
  writeJson(args, result);
  return result;
}
