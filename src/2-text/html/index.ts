// HTML page → main article text, paragraphs and metadata: the entry point ingest calls.

import { fail } from "../../errors.ts";
import type { ArticleMeta, Diagnostic, Paragraph } from "../../types.ts";
import { MAX_HTML_CHARS, parseHtml } from "./01-dom.ts";
import { extractContent } from "./02-content.ts";

export interface HtmlExtraction {
  /** Main article text, paragraphs separated by a blank line. */
  text: string;
  /** Spans into `text`; `kind` is the block element the paragraph came from. */
  paragraphs: Paragraph[];
  meta: Partial<ArticleMeta>;
  warnings: Diagnostic[];
}

export function extractHtml(html: string, opts: { url?: string; source: string }): HtmlExtraction {
  const warnings: Diagnostic[] = [];
  const dom = parseHtml(html);
  if (dom.truncated)
    warnings.push({
      source: opts.source,
      ruleId: "html-truncated",
      reason: `the page is over ${MAX_HTML_CHARS} characters; only the first ${MAX_HTML_CHARS} were read`,
      fatal: false,
    });
  const blocks = extractContent(dom.root);
  const paragraphs: Paragraph[] = [];
  let text = "";
  for (const b of blocks) {
    if (text) text += "\n\n";
    paragraphs.push({
      start: text.length,
      end: text.length + b.text.length,
      text: b.text,
      kind: b.kind,
    });
    text += b.text;
  }
  if (!/[\p{L}\p{N}]/u.test(text)) fail("no_article", opts.source, "the page has no article text");
  const meta: Partial<ArticleMeta> = { provenance: {} };
  const title = dom.title.replace(/\s+/g, " ").trim();
  if (title) {
    meta.title = title;
    meta.provenance = { title: "title" };
  }
  if (opts.url) meta.url = opts.url;
  return { text, paragraphs, meta, warnings };
}
