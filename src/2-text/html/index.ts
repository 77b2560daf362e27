// HTML page → main article text, paragraphs and metadata. First cut: paragraph text under the
// element holding the most paragraph text; the scoring and metadata modules replace this.

import { Parser } from "htmlparser2";
import { fail } from "../../errors.ts";
import type { ArticleMeta, Diagnostic, Paragraph } from "../../types.ts";

export interface HtmlExtraction {
  text: string;
  paragraphs: Paragraph[];
  meta: Partial<ArticleMeta>;
  warnings: Diagnostic[];
}

const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre"]);
const SKIP = new Set(["script", "style", "noscript", "template", "svg", "nav", "footer", "aside"]);

export function extractHtml(html: string, opts: { url?: string; source: string }): HtmlExtraction {
  const blocks: { kind: string; text: string }[] = [];
  let skip = 0;
  let current: { kind: string; text: string } | null = null;
  let title = "";
  let inTitle = false;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skip++;
        else if (name === "title") inTitle = true;
        else if (!skip && BLOCKS.has(name) && !current) current = { kind: name, text: "" };
      },
      ontext(data) {
        if (inTitle) title += data;
        else if (!skip && current) current.text += data;
      },
      onclosetag(name) {
        if (SKIP.has(name)) skip = Math.max(0, skip - 1);
        else if (name === "title") inTitle = false;
        else if (current && name === current.kind) {
          const text = current.text.replace(/\s+/g, " ").trim();
          if (text) blocks.push({ kind: current.kind, text });
          current = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const kept = blocks.filter((b) => b.kind !== "p" || b.text.length > 40);
  if (kept.length === 0) fail("no_article", opts.source, "the page has no article text");
  const paragraphs: Paragraph[] = [];
  let text = "";
  for (const b of kept) {
    if (text) text += "\n\n";
    paragraphs.push({
      start: text.length,
      end: text.length + b.text.length,
      text: b.text,
      kind: b.kind,
    });
    text += b.text;
  }
  const meta: Partial<ArticleMeta> = { provenance: {} };
  if (title.trim()) {
    meta.title = title.trim();
    meta.provenance = { title: "title" };
  }
  if (opts.url) meta.url = opts.url;
  return { text, paragraphs, meta, warnings: [] };
}
