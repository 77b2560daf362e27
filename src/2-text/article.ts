// The Article builder: one input (plain text, or an HTML page through H2's extractor) → an
// Article with its clean paragraphs, what was removed and why, and merged metadata. Pure and
// synchronous, so a library user can call it on a string without the ingest machinery.

import { fail } from "../errors.ts";
import type { Article, ArticleMeta, Diagnostic, Paragraph } from "../types.ts";
import { clean, splitParagraphs } from "./clean/index.ts";
import { extractHtml } from "./html/index.ts";

export interface RawInput {
  /** Stable id; else derived from the source's file name or URL. */
  id?: string;
  /** Where it came from: file path, URL, `stdin`, `batch.jsonl#3`. */
  source: string;
  text?: string;
  html?: string;
  url?: string;
  outlet?: string;
  published?: string;
  title?: string;
  /** Warnings found while reading the input (an encoding guessed, …), carried into the Article. */
  warnings?: Diagnostic[];
}

/** Pure and synchronous: plain text (a string, or RawInput.text) or HTML (RawInput.html) → Article. */
export function extract(input: RawInput | string): Article {
  const raw: RawInput = typeof input === "string" ? { source: "text", text: input } : input;
  const source = raw.source || "input";
  const warnings: Diagnostic[] = [...(raw.warnings ?? [])];
  const given = raw.html ?? raw.text;
  if (given === undefined) fail("bad_record", source, "the input has neither text nor html");
  if (given.trim() === "") fail("empty", source, "the input is empty");
  if (given.includes("\u0000"))
    fail("binary", source, "the input contains NUL characters (binary data?)");

  let format: Article["format"];
  let text: string;
  let paragraphs: Paragraph[];
  let pageMeta: Partial<ArticleMeta> = {};
  if (raw.html !== undefined) {
    const page = extractHtml(raw.html, raw.url ? { url: raw.url, source } : { source });
    format = "html";
    text = page.text;
    paragraphs = page.paragraphs;
    pageMeta = page.meta;
    warnings.push(...page.warnings);
  } else {
    format = "text";
    text = given;
    paragraphs = splitParagraphs(text);
  }

  const cleaned = clean(text, paragraphs, { findTitle: format === "text" });
  if (cleaned.paragraphs.length === 0)
    warnings.push({
      source,
      ruleId: "all-removed",
      reason: "every paragraph looked like boilerplate; nothing is left as article text",
      fatal: false,
    });

  const meta = mergeMeta(raw, pageMeta, cleaned);
  return {
    id: raw.id ?? idFrom(source, raw.url),
    source,
    format,
    text,
    paragraphs: cleaned.paragraphs,
    removals: cleaned.removals,
    meta,
    warnings,
  };
}

/** User-given fields win over page metadata, which wins over what the text itself suggests. */
function mergeMeta(
  raw: RawInput,
  page: Partial<ArticleMeta>,
  cleaned: ReturnType<typeof clean>,
): ArticleMeta {
  const meta: ArticleMeta = {
    ...page,
    byline: page.byline ?? [],
    provenance: { ...page.provenance },
  };
  if (meta.byline.length === 0 && cleaned.byline.length > 0) {
    meta.byline = cleaned.byline;
    meta.provenance.byline = "text";
  }
  if (!meta.title && cleaned.title) {
    meta.title = cleaned.title;
    meta.provenance.title = "text";
  }
  if (!meta.published && cleaned.published) {
    meta.published = cleaned.published;
    meta.provenance.published = "text";
  }
  if (!meta.outlet && cleaned.outlet) {
    meta.outlet = cleaned.outlet;
    meta.provenance.outlet = "text";
  }
  if (cleaned.dateline) meta.dateline = cleaned.dateline;
  for (const key of ["title", "outlet", "published"] as const) {
    const value = raw[key]?.trim();
    if (value) {
      meta[key] = value;
      meta.provenance[key] = "user";
    }
  }
  if (raw.url && !meta.url) meta.url = raw.url;
  return meta;
}

/** `dir/wapo.txt` → `wapo`; `https://x.org/2017/story-name.html` → `story-name`; `batch.jsonl#3` → `batch-3`. */
export function idFrom(source: string, url?: string): string {
  const from = url ?? source;
  let base = from;
  if (/^https?:\/\//i.test(from)) {
    try {
      const u = new URL(from);
      const segments = u.pathname.split("/").filter(Boolean);
      base = segments.at(-1) ?? u.hostname;
    } catch {
      base = from;
    }
  } else {
    base = from.slice(Math.max(from.lastIndexOf("/"), from.lastIndexOf("\\")) + 1);
  }
  const id = base
    .replace(/\.(?:txt|text|html?|xhtml|jsonl)(?:\.gz)?(?=$|#)/i, "")
    .replace(/[^\p{L}\p{N}_-]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return id || "article";
}
