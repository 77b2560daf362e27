// Finds the element holding the article and turns it into paragraphs: Readability-style scoring
// (paragraph text, commas, class/id hints, link density) over a pruned tree, then boilerplate
// pruning inside the winner (share bars, related links, captions, newsletter prompts).

import type { El, Node } from "./01-dom.ts";
import { walk } from "./01-dom.ts";

export interface Block {
  /** Block element the text sits in (`p`, `h2`, `li`, `blockquote`, `div` …). */
  kind: string;
  text: string;
}

// Never article text, whatever they contain.
const DROP_TAGS = new Set([
  "nav",
  "aside",
  "footer",
  "button",
  "select",
  "input",
  "option",
  "label",
  "iframe",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "figcaption",
  "dialog",
  "menu",
  "head",
  "picture",
  "img",
  "map",
  "style",
  "link",
  "meta",
  "title",
]);
const BLOCK_TAGS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "nav",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "blockquote",
  "pre",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "td",
  "th",
  "figure",
  "figcaption",
  "hr",
  "br",
  "form",
  "fieldset",
  "address",
  "center",
  "body",
  "html",
  "details",
  "summary",
  "caption",
]);
const INLINE = new Set([
  "a",
  "span",
  "b",
  "strong",
  "em",
  "i",
  "u",
  "abbr",
  "time",
  "small",
  "sup",
  "sub",
  "font",
  "mark",
  "cite",
  "q",
  "s",
  "del",
  "ins",
  "code",
  "kbd",
  "var",
  "bdi",
  "bdo",
  "wbr",
  "data",
]);
const IN_SENTENCE = new Set([
  "p",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "a",
  "b",
  "strong",
  "em",
  "i",
  "dd",
  "td",
]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe|signup|share|sharing|promo|recommend|outbrain|taboola|cookie|consent|paywall|byline|author-info|toolbar|tags|topics|most-popular|trending|read-more|readmore|more-stories|caption|credit|breaking|ticker|masthead|navbar|nav-|skip|visually-hidden|sr-only|screen-reader|modal|overlay|standfirst|strapline|subheadline|sub-headline|kicker/i;
const MAYBE =
  /(?:^|[\s_-])and(?:[\s_-]|$)|article|body|column|content|main|mathjax|shadow|story|post|entry|text/i;
const POSITIVE =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|rich-text|paragraph/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|subscribe|caption|credit|social|recommend|teaser|byline|author|timestamp|dateline|breadcrumb|nav|toolbar|popular|trending|more-|signup|advert/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const DROP_ROLES =
  /^(navigation|complementary|banner|contentinfo|dialog|alertdialog|menu|menubar|search|toolbar)$/i;

function hints(el: El): string {
  return `${el.attrs.class ?? ""} ${el.attrs.id ?? ""}`;
}

/** Readability's class/id weight: +25 for a content-like name, −25 for a boilerplate one. */
export function classWeight(el: El): number {
  let w = 0;
  for (const v of [el.attrs.class, el.attrs.id]) {
    if (!v) continue;
    if (NEGATIVE.test(v)) w -= 25;
    if (POSITIVE.test(v)) w += 25;
  }
  return w;
}

function isHidden(el: El): boolean {
  const a = el.attrs;
  return (
    a.hidden !== undefined ||
    a["aria-hidden"] === "true" ||
    (a.style !== undefined && HIDDEN_STYLE.test(a.style))
  );
}

/**
 * Is this element boilerplate? `hard` by its tag or role; `soft` by visibility or class/id name,
 * which a page can get wrong (a "sticky-sidebar" wrapper around the whole article).
 */
function unlikely(el: El): "hard" | "soft" | false {
  if (DROP_TAGS.has(el.tag)) return "hard";
  if (el.attrs.role && DROP_ROLES.test(el.attrs.role)) return "hard";
  if (isHidden(el)) return "soft";
  // Forms in an article are sign-up and send-to-a-friend boxes; a form wrapping the whole page
  // (ASP.NET does that) is kept by the paragraph-share guard.
  if (el.tag === "form") return "soft";
  // An article's <header> holds its headline, standfirst and byline, which are metadata.
  if (el.tag === "header") return "soft";
  if (el.tag === "body" || el.tag === "html" || el.tag === "article" || el.tag === "main")
    return false;
  const h = hints(el);
  return h.length > 1 && UNLIKELY.test(h) && !MAYBE.test(h) ? "soft" : false;
}

/** Per-element text length and link-text length, collapsed white space, computed bottom-up. */
interface Stats {
  chars: number;
  linkChars: number;
  commas: number;
  paragraphs: number;
  /** Text in `<p>` elements of 25 characters or more. */
  paragraphChars: number;
  /** Text directly in this element, outside any block child: a paragraph without a `<p>`. */
  inlineChars: number;
  inlineLinkChars: number;
  inlineCommas: number;
  /** `<blockquote>` elements with text, below or at it. */
  quotes: number;
  /** Has a block element somewhere below it. */
  hasBlock: boolean;
}

/** Never text at all: media, controls, head matter. Even a relaxed pass drops these. */
const MEDIA_TAGS = new Set([
  "button",
  "select",
  "input",
  "option",
  "iframe",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "picture",
  "img",
  "map",
  "head",
  "style",
  "link",
  "meta",
  "title",
]);

/**
 * `relaxed` skips the tag, role and class pruning, for a second pass over a page where the
 * first found next to nothing (an article marked up as an <aside>, a "sidebar" layout).
 */
export function extractContent(root: El, opts: { relaxed?: boolean } = {}): Block[] {
  // 1. Prune boilerplate subtrees, except one that holds most of the page's paragraph text: a
  //    "sidebar" or hidden wrapper with the article in it is the article.
  const before = computeStats(root);
  const pageParagraphChars = (before.get(root) as Stats).paragraphChars;
  for (const el of walk(root)) {
    el.children = el.children.filter((c) => {
      if (typeof c === "string") return true;
      if (opts.relaxed) return !MEDIA_TAGS.has(c.tag);
      const u = unlikely(c);
      if (u === "soft") {
        // An embedded post (a tweet is a <blockquote>) in a "social-embed" box is quoted content.
        const cs = before.get(c) as Stats;
        // A link or emphasis inside a sentence is part of it, whatever its class says (but not
        // a hover card that hides whole blocks inside a <span>).
        if (INLINE.has(c.tag) && !cs.hasBlock && !isHidden(c)) return true;
        return cs.paragraphChars > 0.4 * pageParagraphChars || (cs.quotes > 0 && !isHidden(c));
      }
      return !u;
    });
  }
  const order = [...walk(root)];
  const stats = computeStats(root);
  return extractFrom(root, order, stats, opts.relaxed === true);
}

/** Stats bottom-up (reverse document order visits children before parents). */
function computeStats(root: El): Map<El, Stats> {
  const order = [...walk(root)];
  const stats = new Map<El, Stats>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i] as El;
    const s: Stats = {
      chars: 0,
      linkChars: 0,
      commas: 0,
      paragraphs: 0,
      paragraphChars: 0,
      inlineChars: 0,
      inlineLinkChars: 0,
      inlineCommas: 0,
      hasBlock: false,
      quotes: 0,
    };
    for (const c of el.children) {
      if (typeof c === "string") {
        const t = c.replace(/\s+/g, " ");
        const n = t.trim().length;
        const k = countCommas(t);
        s.chars += n;
        s.commas += k;
        s.inlineChars += n;
        s.inlineCommas += k;
      } else {
        const cs = stats.get(c) as Stats;
        if (BLOCK_TAGS.has(c.tag) || cs.hasBlock) s.hasBlock = true;
        else {
          s.inlineChars += cs.chars;
          s.inlineLinkChars += c.tag === "a" ? cs.chars : cs.linkChars;
          s.inlineCommas += cs.commas;
        }
        s.chars += cs.chars;
        s.linkChars += cs.linkChars;
        s.commas += cs.commas;
        s.paragraphs += cs.paragraphs;
        s.paragraphChars += cs.paragraphChars;
        s.quotes += cs.quotes;
      }
    }
    if (el.tag === "a") s.linkChars = s.chars;
    if (el.tag === "blockquote" && s.chars >= 25) s.quotes++;
    if (el.tag === "p" && s.chars >= 25) {
      s.paragraphs++;
      s.paragraphChars += s.chars;
    }
    stats.set(el, s);
  }
  return stats;
}

function extractFrom(root: El, order: El[], stats: Map<El, Stats>, relaxed: boolean): Block[] {
  const density = (el: El) => {
    const s = stats.get(el) as Stats;
    return s.chars ? s.linkChars / s.chars : 0;
  };
  // 3. Score: each paragraph-like block gives its ancestors points, nearer ones more.
  const scores = new Map<El, number>();
  const blocks = new Map<El, number>();
  for (const el of order) {
    const s = stats.get(el) as Stats;
    // A `<p>` scores for its ancestors; loose text in a div scores as a paragraph of that div.
    let chars: number;
    let commas: number;
    let links: number;
    let anc: El | null;
    if (el.tag === "p" || el.tag === "pre") {
      [chars, commas, links, anc] = [s.chars, s.commas, s.linkChars, el.parent];
    } else if (LOOSE_TEXT_HOLDERS.has(el.tag)) {
      [chars, commas, links, anc] = [s.inlineChars, s.inlineCommas, s.inlineLinkChars, el];
    } else continue;
    if (chars < 25) continue;
    const points = (1 + commas + Math.min(3, Math.floor(chars / 100))) * (1 - links / chars);
    for (let level = 0; anc && level < 5; level++, anc = anc.parent) {
      if (anc === root) break;
      if (!scores.has(anc)) scores.set(anc, initialScore(anc));
      blocks.set(anc, (blocks.get(anc) ?? 0) + 1);
      const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(anc, (scores.get(anc) as number) + points / div);
    }
  }
  // A content-like class name is a prior, worth its full +25 only on a container of several
  // paragraphs: a one-block "contentbot" disclaimer must not outrank an unnamed article.
  for (const [el, sc] of scores) {
    const w = classWeight(el);
    if (w > 0) scores.set(el, sc - w * (1 - Math.min(1, (blocks.get(el) ?? 0) / 3)));
  }
  let top: El | null = null;
  let best = -Infinity;
  for (const [el, sc] of scores) {
    const final = sc * (1 - density(el));
    scores.set(el, final);
    if (final > best) {
      best = final;
      top = el;
    }
  }
  // No paragraph anywhere: the first pass shows the page's text; a relaxed pass, which kept the
  // navigation, shows nothing.
  if (!top) return relaxed ? [] : blocksOf(root);
  // 4. A parent whose score is close holds more of the article (split bodies, intro + body).
  let node = top;
  while (node.parent && node.parent !== root) {
    const ps = scores.get(node.parent);
    if (ps === undefined || ps < best * 0.75) break;
    node = node.parent;
  }
  top = node;
  // 5. Siblings that also read like article text join the winner.
  const parts: El[] = [];
  const parent = top.parent;
  const threshold = Math.max(10, (scores.get(top) ?? 0) * 0.2);
  for (const sib of parent ? parent.children : [top]) {
    if (typeof sib === "string") continue;
    if (sib === top) {
      parts.push(sib);
      continue;
    }
    const sc = scores.get(sib) ?? 0;
    const bonus = hints(sib) && hints(sib) === hints(top) ? (scores.get(top) ?? 0) * 0.2 : 0;
    if (sc + bonus >= threshold) parts.push(sib);
    else if (sib.tag === "p") {
      const s = stats.get(sib) as Stats;
      const d = density(sib);
      if (
        (s.chars > 80 && d < 0.25) ||
        (s.chars > 0 && d === 0 && /\.( |$)/.test(textOfShallow(sib)))
      )
        parts.push(sib);
    }
  }
  // 6. An article split into chunks (ads between them) repeats the winner's class name: every
  //    scored element with the same tag and class, outside the parts so far, is a chunk too.
  const cls = top.attrs.class?.trim();
  if (cls) {
    const same = order.filter(
      (el) => el.tag === top.tag && el.attrs.class?.trim() === cls && scores.has(el),
    );
    // A wrapper and its inner part sharing a class are one article, not chunks.
    const nestedRepeat = same.some((el) => el !== top && (nestedIn(top, el) || nestedIn(el, top)));
    const covered = (el: El) => parts.some((p) => nestedIn(el, p) || nestedIn(p, el));
    const chunks = nestedRepeat ? [] : same.filter((el) => !covered(el));
    if (chunks.length) {
      const all = new Set([...parts, ...chunks]);
      parts.length = 0;
      for (const el of order) if (all.has(el)) parts.push(el);
    }
  }
  const out: Block[] = [];
  for (const p of parts) {
    clean(p, stats, density);
    out.push(...blocksOf(p));
  }
  return out;
}

/** Is `el` inside `anc` (or `anc` itself)? */
function nestedIn(el: El, anc: El): boolean {
  for (let a: El | null = el; a; a = a.parent) if (a === anc) return true;
  return false;
}

function textOfShallow(el: El): string {
  return el.children.filter((c) => typeof c === "string").join(" ");
}

function countCommas(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 44 || c === 0x060c || c === 0xff0c || c === 0x3001) n++;
  }
  return n;
}

const LOOSE_TEXT_HOLDERS = new Set([
  "div",
  "section",
  "article",
  "main",
  "blockquote",
  "body",
  "center",
  "font",
  "td",
]);

function initialScore(el: El): number {
  let s = 0;
  switch (el.tag) {
    case "div":
    case "article":
    case "main":
    case "section":
      s = 5;
      break;
    case "pre":
    case "td":
    case "blockquote":
      s = 3;
      break;
    case "address":
    case "ol":
    case "ul":
    case "dl":
    case "dd":
    case "dt":
    case "li":
    case "form":
      s = -3;
      break;
    case "h1":
    case "h2":
    case "h3":
    case "h4":
    case "h5":
    case "h6":
    case "th":
      s = -5;
      break;
  }
  if (el.tag === "article") s += 10;
  // Microdata that names the article body is the page saying where its article is.
  if (/\barticleBody\b/i.test(el.attrs.itemprop ?? "")) s += 25;
  return s + classWeight(el);
}

// Containers the conditional clean judges (nav, aside, footer matter on a relaxed pass).
const CLEANED = new Set([
  "div",
  "section",
  "ul",
  "ol",
  "table",
  "header",
  "span",
  "dl",
  "p",
  "nav",
  "aside",
  "footer",
  "menu",
]);

/** Readability's conditional clean: drop link lists, negative-named and content-poor containers. */
function clean(root: El, stats: Map<El, Stats>, density: (el: El) => number): void {
  for (const el of walk(root)) {
    el.children = el.children.filter((c) => {
      if (typeof c === "string") return true;
      if (!CLEANED.has(c.tag)) return true;
      // A span inside a sentence is part of it; a span standing alone may be a caption.
      if (c.tag === "span" && IN_SENTENCE.has(el.tag)) return true;
      const s = stats.get(c);
      if (!s) return true;
      const w = classWeight(c);
      const d = density(c);
      if (w < 0 && s.paragraphs < 3 && s.quotes === 0) return false;
      if (c.tag === "p") return !(d > 0.8 && s.chars < 200);
      if ((c.tag === "ul" || c.tag === "ol") && d > 0.5) return false;
      if (s.paragraphs === 0 && d > 0.5 && s.chars < 500) return false;
      if (s.commas < 10 && d > 0.35 && s.paragraphs < 3) return false;
      return true;
    });
  }
}

/** Paragraphs: breaks at block elements and `<br>`, white space collapsed inside a block. */
export function blocksOf(root: El): Block[] {
  const out: Block[] = [];
  let buf = "";
  let kind = blockKind(root);
  const flush = () => {
    const text = buf.replace(/\s+/g, " ").trim();
    if (text) out.push({ kind, text });
    buf = "";
  };
  // Iterative walk with explicit exit markers so blocks close where their element ends.
  const todo: (Node | { exit: El })[] = [root];
  const kinds: string[] = [];
  while (todo.length) {
    const n = todo.pop() as Node | { exit: El };
    if (typeof n === "string") {
      buf += n;
      continue;
    }
    if ("exit" in n) {
      if (BLOCK_TAGS.has(n.exit.tag)) {
        flush();
        kinds.pop();
        kind = kinds[kinds.length - 1] ?? "p";
      }
      continue;
    }
    if (n.tag === "br" || n.tag === "hr") {
      flush();
      continue;
    }
    if (BLOCK_TAGS.has(n.tag)) {
      flush();
      kinds.push(blockKind(n));
      kind = kinds[kinds.length - 1] as string;
    }
    todo.push({ exit: n });
    for (let i = n.children.length - 1; i >= 0; i--) todo.push(n.children[i] as Node);
  }
  flush();
  return out;
}

function blockKind(el: El): string {
  if (
    HEADINGS.has(el.tag) ||
    ["p", "li", "blockquote", "pre", "td", "th", "dd", "dt"].includes(el.tag)
  )
    return el.tag;
  return "p";
}
