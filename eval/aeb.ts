// Evaluation set 'aeb': article main-text extraction against the article-extraction-benchmark
// ground truth, scored with that benchmark's own shingle metric so figures compare with the
// published ones. Readability.js on jsdom is measured in the same run as a reference row.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { extractHtml } from "../src/2-text/html/index.ts";
import { dataPath, type EvalArgs, printTable, requireData, writeJson } from "./lib/args.ts";

export const describe = "article main text (article-extraction-benchmark), shingle P/R/F1";

/** 4-token shingles as a multiset; a text under 4 tokens is one shingle, an empty one none. */
export function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const out = new Map<string, number>();
  if (tokens.length === 0) return out;
  if (tokens.length < 4) {
    out.set(tokens.join(" "), 1);
    return out;
  }
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const key = `${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]} ${tokens[i + 3]}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface DocScore {
  tp: number;
  fp: number;
  fn: number;
}

export function scoreDoc(truth: string, predicted: string): DocScore {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, tc] of t) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (t.get(k) ?? 0));
  return { tp, fp, fn };
}

export function precision(s: DocScore): number {
  return s.fp === 0 && s.fn === 0 ? 1 : s.tp + s.fp === 0 ? 0 : s.tp / (s.tp + s.fp);
}
export function recall(s: DocScore): number {
  return s.fp === 0 && s.fn === 0 ? 1 : s.tp + s.fn === 0 ? 0 : s.tp / (s.tp + s.fn);
}

/** Mean precision over documents that predicted something, mean recall over those with truth. */
export function aggregate(scores: DocScore[]): { p: number; r: number; f1: number } {
  const ps = scores.filter((s) => s.tp + s.fp > 0).map(precision);
  const rs = scores.filter((s) => s.tp + s.fn > 0).map(recall);
  const p = ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : 0;
  const r = rs.length ? rs.reduce((a, b) => a + b, 0) / rs.length : 0;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export interface AebPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

export function loadAeb(dir: string): AebPage[] {
  const truth = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8")) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const pages: AebPage[] = [];
  for (const name of readdirSync(join(dir, "html")).sort()) {
    const id = name.replace(/\.html(\.gz)?$/, "");
    const t = truth[id];
    if (!t) continue;
    const raw = readFileSync(join(dir, "html", name));
    const html = (name.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8");
    pages.push({ id, url: t.url, html, truth: t.articleBody });
  }
  return pages;
}

type Extractor = (page: AebPage) => string | Promise<string>;

async function readabilityText(page: AebPage): Promise<string> {
  const { JSDOM, VirtualConsole } = await import("jsdom");
  const { Readability } = await import("@mozilla/readability");
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() });
  const parsed = new Readability(dom.window.document).parse();
  dom.window.close();
  return parsed?.textContent ?? "";
}

/** H1's full public path (`extract({html, url, source})`), when it exists. */
async function pipelineExtractor(): Promise<Extractor | undefined> {
  const file = new URL("../src/2-text/article.ts", import.meta.url);
  if (!existsSync(file)) return undefined;
  try {
    const mod = (await import(file.href)) as {
      extract?: (input: { html: string; url?: string; source: string }) => unknown;
    };
    const fn = mod.extract;
    if (typeof fn !== "function") return undefined;
    return async (page) => {
      const article = (await fn({ html: page.html, url: page.url, source: page.id })) as {
        text?: string;
        paragraphs?: { text: string }[];
      };
      return article.paragraphs?.map((p) => p.text).join("\n\n") ?? article.text ?? "";
    };
  } catch {
    return undefined;
  }
}

async function measure(pages: AebPage[], fn: Extractor) {
  const docs: { id: string; score: DocScore; error?: string }[] = [];
  for (const page of pages) {
    try {
      docs.push({ id: page.id, score: scoreDoc(page.truth, await fn(page)) });
    } catch (error) {
      docs.push({ id: page.id, score: scoreDoc(page.truth, ""), error: String(error) });
    }
  }
  return { ...aggregate(docs.map((d) => d.score)), docs };
}

export async function run(args: EvalArgs): Promise<unknown> {
  const dir = dataPath(args, "eval/aeb");
  if (!requireData(dir, "aeb")) return undefined;
  const pages = loadAeb(dir);
  const ours = await measure(pages, (p) => extractHtml(p.html, { url: p.url, source: p.id }).text);
  const rows: (string | number)[][] = [["extractor", "pages", "precision", "recall", "F1"]];
  rows.push(["parallax extractHtml", pages.length, ours.p, ours.r, ours.f1]);
  const result: Record<string, unknown> = { pages: pages.length, ours };
  const pipeline = await pipelineExtractor();
  if (pipeline) {
    const full = await measure(pages, pipeline);
    rows.push(["parallax extract (full pipeline)", pages.length, full.p, full.r, full.f1]);
    result.pipeline = full;
  }
  if (!args.flags["no-peer"]) {
    const peer = await measure(pages, readabilityText);
    rows.push(["Readability.js + jsdom (reference)", pages.length, peer.p, peer.r, peer.f1]);
    result.readability = peer;
  }
  printTable(rows);
  if (args.flags.verbose) {
    const worst = [...ours.docs]
      .map((d) => ({ ...d, p: precision(d.score), r: recall(d.score) }))
      .sort((a, b) => Math.min(a.p, a.r) - Math.min(b.p, b.r))
      .slice(0, typeof args.flags.verbose === "string" ? Number(args.flags.verbose) || 15 : 15);
    process.stdout.write("\nworst documents (ours):\n");
    printTable([
      ["id", "precision", "recall", "error"],
      ...worst.map((d) => [d.id.slice(0, 16), d.p, d.r, d.error ?? ""]),
    ]);
  }
  writeJson(args, result);
  return result;
}
