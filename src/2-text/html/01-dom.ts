// A small, fast element tree built from htmlparser2's streaming callbacks: only what extraction
// needs (tags, attributes, text), with the page's metadata tags and JSON-LD collected on the way.
// Size and nesting are capped so a huge or pathological page costs linear time and bounded stack.

import { Parser } from "htmlparser2";

export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: El | null;
}
export type Node = El | string;

export interface Dom {
  root: El;
  /** Every `<meta>` tag's attributes, in document order. */
  metas: Record<string, string>[];
  /** Every `<link>` tag's attributes. */
  links: Record<string, string>[];
  /** Raw text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
  title: string;
  /** `<html lang>` */
  lang?: string;
  /** True when the input was cut at the size cap. */
  truncated: boolean;
}

/** Characters of HTML read; beyond this the rest of a page is dropped with a warning. */
export const MAX_HTML_CHARS = 12_000_000;
/** Elements nested deeper than this are flattened into their ancestor at this depth. */
export const MAX_DEPTH = 200;

/** Open elements htmlparser2 tracks before the outermost are forgotten (see trimParserStack). */
const PARSER_STACK_CAP = 512;

// Their content is never article text (JSON-LD scripts are kept aside for metadata).
const RAW = new Set(["script", "style", "noscript", "template", "svg", "math", "textarea"]);

export function parseHtml(input: string): Dom {
  const truncated = input.length > MAX_HTML_CHARS;
  const html = truncated ? input.slice(0, MAX_HTML_CHARS) : input;
  const root: El = { tag: "#root", attrs: {}, children: [], parent: null };
  const dom: Dom = { root, metas: [], links: [], jsonLd: [], title: "", truncated };
  // `stack` mirrors the parser's open elements; elements past MAX_DEPTH are kept on it (so closes
  // still pair up) but not attached, and their content goes to `attachTo`.
  const stack: El[] = [root];
  let attachTo = root;
  let raw = 0;
  let ldBuffer: string | null = null;
  let inTitle = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        trimParserStack();
        const el: El = { tag: name, attrs, children: [], parent: attachTo };
        stack.push(el);
        if (RAW.has(name)) {
          raw++;
          if (name === "script" && /ld\+json/i.test(attrs.type ?? "")) ldBuffer = "";
          return;
        }
        if (raw) return;
        if (name === "meta") dom.metas.push(attrs);
        else if (name === "link") dom.links.push(attrs);
        else if (name === "title") inTitle = true;
        else if (name === "html" && attrs.lang && !dom.lang) dom.lang = attrs.lang;
        if (stack.length <= MAX_DEPTH) {
          attachTo.children.push(el);
          attachTo = el;
        }
      },
      ontext(text) {
        if (ldBuffer !== null) ldBuffer += text;
        else if (raw) return;
        else if (inTitle) dom.title += text;
        else {
          const last = attachTo.children[attachTo.children.length - 1];
          if (typeof last === "string")
            attachTo.children[attachTo.children.length - 1] = last + text;
          else attachTo.children.push(text);
        }
      },
      onclosetag(name) {
        const el = stack.pop();
        if (!el || el === root) {
          if (el) stack.push(el);
          return;
        }
        if (RAW.has(name)) {
          raw = Math.max(0, raw - 1);
          if (ldBuffer !== null && name === "script") {
            dom.jsonLd.push(ldBuffer);
            ldBuffer = null;
          }
          return;
        }
        if (raw) return;
        if (name === "title") inTitle = false;
        if (el === attachTo) attachTo = el.parent ?? root;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  // htmlparser2 keeps its open elements in an array it unshifts and searches, so a page of a
  // million unclosed tags costs quadratic time there. Past PARSER_STACK_CAP open elements the
  // outermost ones are forgotten (their end tags are then ignored): amortised constant time.
  const internal = parser as unknown as { stack?: unknown; foreignContext?: unknown };
  const trimParserStack = () => {
    for (const s of [internal.stack, internal.foreignContext])
      if (Array.isArray(s) && s.length > 2 * PARSER_STACK_CAP) s.length = PARSER_STACK_CAP;
  };
  parser.write(html);
  parser.end();
  return dom;
}

/** Elements in document order (iterative, so deep trees cannot overflow the stack). */
export function* walk(root: El): Generator<El> {
  const todo: El[] = [root];
  while (todo.length) {
    const el = todo.pop() as El;
    yield el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (c !== undefined && typeof c !== "string") todo.push(c);
    }
  }
}

/**
 * All text under an element, white space collapsed. With `max`, reading stops soon after that many
 * characters, so probing many (possibly nested) elements for short text stays linear.
 */
export function textOf(el: El, max = Number.POSITIVE_INFINITY): string {
  const parts: string[] = [];
  let length = 0;
  const todo: Node[] = [el];
  while (todo.length && length <= max) {
    const n = todo.pop() as Node;
    if (typeof n === "string") {
      parts.push(n);
      length += n.length;
    } else for (let i = n.children.length - 1; i >= 0; i--) todo.push(n.children[i] as Node);
  }
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

/**
 * Entities in a string that was already read once (`&#8220;` and `&quot;` left in a meta tag or
 * JSON-LD by a double-encoding CMS) decoded, by the same parser, with tags kept as text.
 */
export function decodeEntities(value: string): string {
  if (!/&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(value)) return value;
  let out = "";
  const parser = new Parser({ ontext: (t) => (out += t) }, { decodeEntities: true });
  parser.end(value.replace(/</g, "&lt;"));
  return out;
}
