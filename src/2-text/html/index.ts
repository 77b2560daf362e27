// HTML page → main article text, paragraphs and metadata: the entry point ingest calls.

import { fail } from "../../errors.ts";
import type { ArticleMeta, Diagnostic, Paragraph } from "../../types.ts";
import { MAX_HTML_CHARS, parseHtml, textOf } from "./01-dom.ts";
import { blocksOf, extractContent } from "./02-content.ts";
import { extractMeta, jsonLdBody } from "./04-meta.ts";
import { dropBoilerplate } from "./05-boilerplate.ts";

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
  // Measured before extraction prunes the tree, to say why a page has no article.
  const pageText = textOf(dom.root, 1000).length;
  // Metadata first: content extraction prunes the tree it reads.
  const meta = extractMeta(dom, opts.url, html);
  const titles = [meta.title, dom.title].filter((t): t is string => !!t);
  let blocks = dropBoilerplate(extractContent(dom.root), { titles });
  // Next to nothing found on a page with text: its markup misled the pruning (the article in an
  // <aside>, a "sidebar" layout); a second pass over a fresh tree prunes only media and controls.
  if (size(blocks) < 200 && pageText >= 400) {
    const relaxed = dropBoilerplate(extractContent(parseHtml(html).root, { relaxed: true }), {
      titles,
    });
    if (size(relaxed) > 2 * size(blocks)) blocks = relaxed;
  }
  // When the DOM yields next to nothing (a script-rendered page), the JSON-LD `articleBody` the
  // page gives search engines is the article, if it is substantially longer.
  const body = jsonLdBody(dom.jsonLd);
  const found = size(blocks);
  if (body && found < 500 && body.length > 2 * found + 200) {
    blocks = /<[a-z]/i.test(body)
      ? blocksOf(parseHtml(body).root)
      : body
          .split(/\n/)
          .map((t) => ({ kind: "p", text: t.replace(/\s+/g, " ").trim() }))
          .filter((b) => b.text);
    warnings.push({
      source: opts.source,
      ruleId: "html-jsonld-body",
      reason: "the page's markup holds little text; its JSON-LD articleBody was used instead",
      fatal: false,
    });
  }
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
  if (!/[\p{L}\p{N}]/u.test(text))
    fail(
      "no_article",
      opts.source,
      pageText < 200
        ? "the page has no article text: it holds almost no text at all (a redirect, a bot check, or a page its scripts fill in)"
        : "the page has no article text: only navigation, links and other page furniture were found",
    );
  return { text, paragraphs, meta, warnings };
}

function size(blocks: { text: string }[]): number {
  return blocks.reduce((n, b) => n + b.text.length, 0);
}
