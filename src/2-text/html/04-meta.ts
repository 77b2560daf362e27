// Page metadata — title, byline, outlet, publication date, canonical URL, language — each taken
// from the most reliable place that has it: JSON-LD, then OpenGraph and other <meta> tags, then
// markup (<time>, rel=author, bylines), then the URL, then a date written near the title.
// Published dates win over modified ones; `provenance` records where each field came from.

import type { ArticleMeta } from "../../types.ts";
import { type Dom, decodeEntities, type El, textOf, walk } from "./01-dom.ts";
import { type DateOptions, findDates, parseDate } from "./03-dates.ts";
import { monthNumber } from "./lexicon-months.ts";

export interface PageMeta extends Partial<ArticleMeta> {
  provenance: ArticleMeta["provenance"];
}

const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle|SatiricalArticle|Posting|DiscussionForumPosting|Review)$/i;

// Meta tag names (name, property or itemprop, lower case) that carry each field, best first.
const PUBLISHED_KEYS = [
  "article:published_time",
  "og:article:published_time",
  "article:published",
  "datepublished",
  "publishdate",
  "publish-date",
  "publish_date",
  "published_time",
  "published-date",
  "pubdate",
  "article.published",
  "originalpublicationdate",
  "article_date_original",
  "og:published_time",
  "rnews:datepublished",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date",
  "dcterms.date",
  "dc.date.created",
  "dcterms.created",
  "sailthru.date",
  "parsely-pub-date",
  "date",
  "created",
  "cxenseparse:recs:publishtime",
  "displaydate",
  "publication_date",
  "article:post_date",
  "citation_publication_date",
  "citation_date",
  "datecreated",
  "release_date",
  "content_create_date",
];
const MODIFIED_KEYS = [
  "article:modified_time",
  "og:updated_time",
  "datemodified",
  "last-modified",
  "lastmod",
  "dc.date.modified",
  "dcterms.modified",
  "article:modified",
  "revised",
];
const TITLE_KEYS = [
  "og:title",
  "twitter:title",
  "headline",
  "dc.title",
  "parsely-title",
  "sailthru.title",
];
const OUTLET_KEYS = [
  "og:site_name",
  "application-name",
  "al:android:app_name",
  "al:ios:app_name",
  "twitter:site",
  "publisher",
  "dc.publisher",
];
const AUTHOR_KEYS = [
  "author",
  "article:author",
  "byl",
  "sailthru.author",
  "parsely-author",
  "dc.creator",
  "dcterms.creator",
  "citation_author",
  "twitter:creator",
];
const LANG_KEYS = ["og:locale", "content-language", "language", "dc.language", "inlanguage"];

type Obj = Record<string, unknown>;

/** `html` (the raw page) lets an ambiguous UTC timestamp be checked against the page's own dates. */
export function extractMeta(dom: Dom, url?: string, html?: string): PageMeta {
  const meta: PageMeta = { byline: [], provenance: {} };
  const metaTags = collectMetaTags(dom);
  const lang = dom.lang?.trim() || firstMeta(metaTags, LANG_KEYS)?.replace("_", "-");
  if (lang) {
    meta.language = lang.split(/[,;\s]/)[0] as string;
    meta.provenance.language = dom.lang ? "html" : "meta";
  }
  const dateOpts: DateOptions = meta.language ? { lang: meta.language } : {};
  const ld = articleObjects(dom.jsonLd);

  // Title
  const ldTitle = ld.map((o) => str(o.headline) ?? str(o.name)).find(Boolean);
  const metaTitle = firstMeta(metaTags, TITLE_KEYS);
  const docTitle = clean(dom.title);
  if (!set(meta, "title", ldTitle, "json-ld") && !set(meta, "title", metaTitle, "opengraph"))
    set(meta, "title", docTitle, "title");

  // Byline
  const ldAuthors = ld.flatMap((o) => names(o.author ?? o.creator));
  const metaAuthors = metaTags
    .filter(([k, v]) => AUTHOR_KEYS.includes(k) && !/^https?:/.test(v))
    .map(([, v]) => v);
  const markupAuthors = authorsFromMarkup(dom.root);
  const byline =
    [ldAuthors, metaAuthors, markupAuthors].find((a) => cleanNames(a).length > 0) ?? [];
  if (byline.length) {
    meta.byline = cleanNames(byline);
    meta.provenance.byline =
      byline === ldAuthors ? "json-ld" : byline === metaAuthors ? "meta" : "markup";
  }

  // Outlet
  const ldOutlet = ld.map((o) => names(o.publisher)[0]).find(Boolean);
  const metaOutlet = firstMeta(metaTags, OUTLET_KEYS.slice(1))?.replace(/^@/, "");
  if (
    !set(meta, "outlet", firstMeta(metaTags, OUTLET_KEYS.slice(0, 1)), "opengraph") &&
    !set(meta, "outlet", ldOutlet, "json-ld")
  )
    set(meta, "outlet", metaOutlet, "meta");

  // `Headline | Outlet` and `Outlet - Headline`: the outlet's name is not part of the title.
  if (meta.title && meta.outlet) meta.title = withoutSiteName(meta.title, meta.outlet);

  // Canonical URL
  const canonical =
    dom.links.find((l) => /(^|\s)canonical(\s|$)/i.test(l.rel ?? "") && l.href)?.href ??
    firstMeta(metaTags, ["og:url"]);
  const absolute = canonical ? resolveUrl(canonical.trim(), url) : undefined;
  if (absolute) meta.canonicalUrl = absolute;
  if (url) meta.url = url;

  // Published date
  let published = publishedDate(meta.title, dom, metaTags, ld, url ?? meta.canonicalUrl, dateOpts);
  if (!published && html) published = rawDate(html, dateOpts);
  if (published && html) published = localDay(published, html);
  if (published) {
    meta.published = published.value;
    meta.provenance.published = published.from;
  }
  return meta;
}

/** An http(s) URL, relative ones resolved against the page's own URL; else undefined. */
function resolveUrl(href: string, base?: string): string | undefined {
  try {
    const u = base ? new URL(href, base) : new URL(href);
    return /^https?:$/.test(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
}

const SEPARATOR = /\s+[|\-–—:·•»]\s+/;

export function withoutSiteName(title: string, outlet: string): string {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const site = key(outlet);
  if (!site) return title;
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  const rest = (from: number, to: number) => {
    // Cut at the separator itself, keeping the headline's own wording.
    const seps = [...title.matchAll(new RegExp(SEPARATOR.source, "g"))];
    const start = from === 0 ? 0 : (seps[from - 1]?.index ?? 0) + (seps[from - 1]?.[0].length ?? 0);
    const end = to === parts.length ? title.length : (seps[to - 1]?.index ?? title.length);
    return title.slice(start, end).trim();
  };
  if (key(last) === site || (key(last).length > 2 && site.includes(key(last))))
    return rest(0, parts.length - 1) || title;
  if (key(first) === site) return rest(1, parts.length) || title;
  return title;
}

function set(
  meta: PageMeta,
  key: "title" | "outlet",
  value: string | undefined,
  from: string,
): boolean {
  const v = value ? clean(value) : "";
  // A site name that is a URL (`https://www.x.com`) is no name.
  if (!v || (key === "outlet" && /^https?:|^www\./i.test(v))) return false;
  meta[key] = v;
  meta.provenance[key] = from;
  return true;
}

const clean = (s: string) => decodeEntities(s).replace(/\s+/g, " ").trim();

function str(v: unknown): string | undefined {
  if (typeof v === "string") return clean(v) || undefined;
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
}

/** Names from JSON-LD `author`/`publisher`: a string, `{name}`, or arrays of either. */
function names(v: unknown): string[] {
  if (!v) return [];
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap(names);
  if (typeof v === "object") {
    const o = v as Obj;
    const n = str(o.name) ?? str(o.alternateName);
    if (n) return [n];
    const g = [str(o.givenName), str(o.familyName)].filter(Boolean).join(" ");
    return g ? [g] : [];
  }
  return [];
}

// "By", "Por", "Von", "Par", "Di", "Door", "Av", "Автор:" before a byline.
const BY = /^(by|por|von|par|di|da|door|av|de|от|автор|yazar|przez)\s*:?\s+/i;
const SPLIT =
  /\s*(?:,|;|\||&|\band\b|\by\b|\be\b|\bund\b|\bet\b|\bi\b|\ben\b|\bog\b|\boch\b|\bи\b)\s*/iu;

/** People, in order, cleaned of "By", roles after a comma or dash, URLs and duplicates. */
export function cleanNames(raw: string[]): string[] {
  const out: string[] = [];
  for (const r of raw) {
    // A label with a colon before the names: `Text: …`, `Texto: …`, `Autor: …`.
    const line = clean(r).replace(/^[\p{L}]{2,12}\s?:(?!\/)\s*/u, "");
    for (const part of line.replace(BY, "").split(SPLIT)) {
      const n = withoutDate(part)
        .replace(BY, "")
        .replace(/\s+[-–—|]\s+.*$/, "")
        .replace(/^@/, "")
        .trim();
      // Digits mean a date or time caught in the byline box, not a name.
      if (!n || n.length > 60 || /^https?:|www\.|@.*\.|\d/i.test(n) || !/\p{L}/u.test(n)) continue;
      if (!out.some((o) => o.toLowerCase() === n.toLowerCase())) out.push(n);
    }
  }
  return out;
}

/** `Associated Press November 19` → `Associated Press`: a date caught in a byline box goes. */
function withoutDate(part: string): string {
  const digit = part.search(/\d/);
  if (digit < 0) return part;
  const words = part.slice(0, digit).trim().split(" ");
  while (
    words.length &&
    monthNumber(words[words.length - 1]?.replace(/\.$/, "") ?? "") !== undefined
  )
    words.pop();
  return words.join(" ");
}

/** `[key, content]` of every meta tag, key from name/property/itemprop/http-equiv, lower case. */
function collectMetaTags(dom: Dom): [string, string][] {
  const out: [string, string][] = [];
  for (const m of dom.metas) {
    const value = m.content ?? m.value;
    if (value === undefined || !value.trim()) continue;
    for (const k of [m.property, m.name, m.itemprop, m["http-equiv"]])
      if (k) out.push([k.trim().toLowerCase(), value.trim()]);
  }
  return out;
}

function firstMeta(tags: [string, string][], keys: string[]): string | undefined {
  for (const k of keys) {
    const hit = tags.find(([key]) => key === k);
    if (hit) return hit[1];
  }
  return undefined;
}

/** Article-like JSON-LD objects, from arrays, `@graph` and nesting; broken JSON is skipped. */
export function articleObjects(scripts: string[]): Obj[] {
  const articles: Obj[] = [];
  const pages: Obj[] = [];
  for (const s of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(s.trim().replace(/^<!--|-->$/g, ""));
    } catch {
      try {
        // Raw newlines and tabs inside strings are the usual breakage.
        data = JSON.parse(s.replace(/[\n\r\t]+/g, " ").replace(/,\s*([}\]])/g, "$1"));
      } catch {
        continue;
      }
    }
    const todo: unknown[] = [data];
    for (let guard = 0; todo.length && guard < 10_000; guard++) {
      const v = todo.pop();
      // One by one: spreading a JSON-LD array of 100,000+ items overflows the call stack.
      if (Array.isArray(v)) for (const x of v) todo.push(x);
      else if (v && typeof v === "object") {
        const o = v as Obj;
        const types = ([] as unknown[]).concat(o["@type"] ?? []).map(String);
        if (types.some((t) => ARTICLE_TYPES.test(t))) articles.push(o);
        else if (types.some((t) => /WebPage$/i.test(t))) pages.push(o);
        if (o["@graph"]) todo.push(o["@graph"]);
        if (o.mainEntity) todo.push(o.mainEntity);
        if (o.mainEntityOfPage && typeof o.mainEntityOfPage === "object")
          todo.push(o.mainEntityOfPage);
      }
    }
  }
  return [...articles, ...pages];
}

/** Text of the JSON-LD `articleBody`, when a page gives one. */
export function jsonLdBody(scripts: string[]): string | undefined {
  for (const o of articleObjects(scripts)) {
    const b = o.articleBody;
    if (typeof b === "string" && b.trim()) return b.trim();
  }
  return undefined;
}

const AUTHOR_CLASS = /(^|[\s_-])(byline|author|autor|auteur|writer|reporter|firma)([\s_-]|name|$)/i;

function authorsFromMarkup(root: El): string[] {
  const out: string[] = [];
  for (const el of walk(root)) {
    const a = el.attrs;
    if ((a.rel ?? "").split(/\s+/).includes("author")) out.push(textOf(el, 200));
    else if (/\bauthor\b/i.test(a.itemprop ?? "")) {
      const named = [...walk(el)].find((e) => /\bname\b/i.test(e.attrs.itemprop ?? ""));
      out.push(
        named ? (named.attrs.content ?? textOf(named, 200)) : (a.content ?? textOf(el, 200)),
      );
    } else if (
      el.tag !== "body" &&
      el.tag !== "html" &&
      AUTHOR_CLASS.test(`${a.class ?? ""} ${a.id ?? ""}`)
    ) {
      const t = textOf(el, 1000);
      if (t.length > 0 && t.length <= 80) out.push(t);
    }
    if (out.length >= 3) break;
  }
  return out.filter((t) => t && t.length <= 100);
}

interface Dated {
  value: string;
  from: string;
}

function publishedDate(
  title: string | undefined,
  dom: Dom,
  tags: [string, string][],
  ld: Obj[],
  url: string | undefined,
  opts: DateOptions,
): Dated | undefined {
  const pick = (v: unknown, from: string): Dated | undefined => {
    const s = typeof v === "string" ? v : Array.isArray(v) ? v[0] : undefined;
    if (typeof s !== "string") return undefined;
    const d = parseDate(s, opts);
    return d ? { value: d.iso ?? d.date, from } : undefined;
  };
  for (const o of ld) {
    const d = pick(o.datePublished, "json-ld") ?? pick(o.dateCreated, "json-ld");
    if (d) return d;
  }
  // JSON-LD that does not parse (a stray brace) still names its date.
  for (const s of dom.jsonLd) {
    const m = /"date(?:Published|Created)"\s*:\s*"([^"]{6,40})"/.exec(s);
    const d = m ? pick(m[1], "json-ld") : undefined;
    if (d) return d;
  }
  for (const k of PUBLISHED_KEYS) {
    for (const [key, v] of tags) {
      if (key !== k) continue;
      const d = pick(v, "meta");
      if (d) return d;
    }
  }
  // A <time> marked as the publication time, then the URL's date (fixed when the story went
  // up), then any other <time>, which may belong to a sidebar.
  const t = timeElement(dom.root, opts);
  if (t?.marked) return { value: t.value, from: t.from };
  const u = url ? urlDate(url, opts) : undefined;
  if (u) return { value: u, from: "url" };
  if (t) return { value: t.value, from: t.from };
  const text = textDate(dom.root, opts, title);
  if (text) return text;
  for (const o of ld) {
    const d = pick(o.dateModified, "json-ld-modified");
    if (d) return d;
  }
  for (const k of MODIFIED_KEYS)
    for (const [key, v] of tags) if (key === k) return pick(v, "meta-modified");
  return undefined;
}

/**
 * A UTC timestamp in the small hours is still the evening before in the Americas; when the page
 * itself writes that previous day (its local time, in a script or a visible date), that is the
 * day it was published where it was published.
 */
function localDay(found: Dated, html: string): Dated {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):\d{2}:\d{2}(Z|\+00:00)$/.exec(found.value);
  if (!m || Number(m[2]) >= 6) return found;
  const t = new Date(`${m[1]}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  const before = t.toISOString().slice(0, 10);
  const head = html.slice(0, 3_000_000);
  if (!head.includes(before)) return found;
  return { value: before, from: `${found.from}+local` };
}

/** `<time datetime>` or an `itemprop=datePublished` element; a publishing one before any other. */
function timeElement(root: El, opts: DateOptions): (Dated & { marked: boolean }) | undefined {
  let first: (Dated & { marked: boolean }) | undefined;
  for (const el of walk(root)) {
    const a = el.attrs;
    const prop = (a.itemprop ?? "").toLowerCase();
    if (prop === "datemodified") continue;
    const isPub =
      prop === "datepublished" ||
      prop === "datecreated" ||
      a.pubdate !== undefined ||
      /publish|posted|created|pubdate/i.test(`${a.class ?? ""} ${a.id ?? ""}`);
    if (el.tag !== "time" && !prop.startsWith("date")) continue;
    const raw = a.datetime ?? a.content ?? textOf(el, 200);
    const d = parseDate(raw, opts);
    if (!d) continue;
    const found = { value: d.iso ?? d.date, from: "time", marked: isPub };
    if (isPub) return found;
    if (/modif|updated/i.test(`${a.class ?? ""} ${a.id ?? ""}`)) continue;
    first ??= found;
  }
  return first;
}

/** `/2017/03/31/`, `/2017-03-31`, `/20170331/` in a URL's path. */
export function urlDate(url: string, opts: DateOptions = {}): string | undefined {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, "").split(/[?#]/)[0] ?? "";
  const m =
    /(?<!\d)((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)/.exec(path) ??
    /\/((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/.exec(path);
  if (!m) return undefined;
  const d = parseDate(
    `${m[1]}-${(m[2] as string).padStart(2, "0")}-${(m[3] as string).padStart(2, "0")}`,
    opts,
  );
  return d?.date;
}

const DATE_HINT = /date|time|publi|posted|fecha|datum|data|dia|meta|byline|info|tarih|дата/i;
// Words that introduce a publication date, in several languages (not "updated": that is a later date).
const CUE =
  /publi|posted|veröffentlicht|erschienen|publicado|pubblicato|опубліковано|опубликовано|yayınlanma|yayın tarihi|gepubliceerd|julkaistu|opublikowano|objavljeno|publikováno|közzétéve|입력|등록|기사입력|발행|公開日|投稿日|掲載日|发布|發佈|发表|發表/i;

/**
 * A date written on the page, where bylines and datelines sit: in an element whose class/id
 * suggests a date, nearest after the headline (`<h1>`), else before it; else the first date in
 * the text from the headline on (a "published" cue before it wins). Header widgets showing
 * today's date sit far above the headline, so distance matters more than order.
 */
function textDate(root: El, opts: DateOptions, title?: string): Dated | undefined {
  const order = [...walk(root)];
  const h1 = Math.max(0, headline(order, title));
  // A date right after a publishing cue ("Published", "Publicado em", "기사입력") anywhere.
  const all = textOf(root, 200_000).slice(0, 200_000);
  for (const d of findDates(all, opts))
    if (CUE.test(all.slice(Math.max(0, d.index - 30), d.index)))
      return { value: d.date, from: "text" };
  let best: { d: string; dist: number; after: boolean } | undefined;
  order.forEach((el, i) => {
    if (el.tag === "body" || el.tag === "html" || el.tag === "#root") return;
    if (!DATE_HINT.test(`${el.attrs.class ?? ""} ${el.attrs.id ?? ""}`)) return;
    const t = textOf(el, 1000);
    if (t.length > 200) return;
    const [d] = findDates(t, opts);
    if (!d) return;
    // Before the headline counts double: a date above it is more often a page widget.
    const dist = i >= h1 ? i - h1 : (h1 - i) * 2;
    if (!best || dist < best.dist) best = { d: d.date, dist, after: i >= h1 };
  });
  if (best?.after) return { value: best.d, from: "text" };
  const startEl = order[h1] as El;
  const body = (h1 > 0 ? textAfter(root, startEl) : textOf(root, 20_000)).slice(0, 20_000);
  const dates = findDates(body, opts);
  // A date in the lines right under the headline beats a dated box above it (today's date).
  const near = h1 > 0 ? dates.find((d) => d.index < 300) : undefined;
  if (near) return { value: near.date, from: "text" };
  if (best) return { value: best.d, from: "text" };
  const cued = dates.find((d) => CUE.test(body.slice(Math.max(0, d.index - 40), d.index)));
  const d = cued ?? dates[0];
  return d ? { value: d.date, from: "text" } : undefined;
}

/**
 * Index of the headline: the `<h1>`/`<h2>` whose text the page title contains (or the reverse),
 * else the first `<h1>` with words in it (a logo in an `<h1>` has none), else -1.
 */
function headline(order: El[], title?: string): number {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  const t = title ? norm(title) : "";
  let firstH1 = -1;
  for (let i = 0; i < order.length; i++) {
    const el = order[i] as El;
    if (el.tag !== "h1" && el.tag !== "h2") continue;
    const h = norm(textOf(el, 400).slice(0, 400));
    if (h.length < 10) continue;
    if (t && (t.includes(h) || h.includes(t))) return i;
    if (el.tag === "h1" && firstH1 < 0) firstH1 = i;
  }
  return firstH1;
}

/** Text from an element to the end of the page, in document order. */
function textAfter(root: El, start: El): string {
  const parts: string[] = [];
  let on = false;
  const todo: (El | string)[] = [root];
  while (todo.length) {
    const n = todo.pop() as El | string;
    if (typeof n === "string") {
      if (on) parts.push(n);
      continue;
    }
    if (n === start) on = true;
    for (let i = n.children.length - 1; i >= 0; i--) todo.push(n.children[i] as El | string);
  }
  return parts.join(" ").replace(/\s+/g, " ");
}

/**
 * Last resort: the numeric date (`2020-04-17`, `2020/04/17`) the raw page — scripts and comments
 * included — repeats most, the way CMSs leave the publication date in their data.
 */
export function rawDate(html: string, opts: DateOptions): Dated | undefined {
  const counts = new Map<string, number>();
  for (const d of findDates(html.slice(0, 3_000_000), { ...opts, numericOnly: true }))
    counts.set(d.date, (counts.get(d.date) ?? 0) + 1);
  let best: string | undefined;
  for (const [date, n] of counts) if (!best || n > (counts.get(best) as number)) best = date;
  return best ? { value: best, from: "raw" } : undefined;
}
