import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHtml } from "./01-dom.ts";
import { cleanNames, extractMeta, urlDate, withoutSiteName } from "./04-meta.ts";

const meta = (html: string, url?: string) => extractMeta(parseHtml(html), url, html);

test("JSON-LD wins, through @graph and arrays, and published beats modified", () => {
  const ld = JSON.stringify({
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "WebSite", name: "Site" },
      {
        "@type": ["NewsArticle"],
        headline: "The headline",
        author: [{ "@type": "Person", name: "Ann Lee" }, { name: "Bo Chan" }],
        publisher: { "@type": "Organization", name: "The Daily" },
        dateModified: "2020-03-05T10:00:00Z",
        datePublished: "2020-03-04T09:30:00-05:00",
      },
    ],
  });
  const m = meta(
    `<html lang="en"><head><title>Title | The Daily</title><meta property="og:title" content="OG title">
     <meta property="article:published_time" content="2020-01-01"><script type="application/ld+json">${ld}</script></head><body></body></html>`,
  );
  assert.equal(m.title, "The headline");
  assert.deepEqual(m.byline, ["Ann Lee", "Bo Chan"]);
  assert.equal(m.outlet, "The Daily");
  assert.equal(m.published, "2020-03-04T09:30:00-05:00");
  assert.equal(m.language, "en");
  assert.deepEqual(m.provenance, {
    language: "html",
    title: "json-ld",
    byline: "json-ld",
    outlet: "json-ld",
    published: "json-ld",
  });
});

test("falls back to OpenGraph and meta tags, then markup", () => {
  const m = meta(
    `<head><meta property="og:site_name" content="Outlet"><meta name="author" content="By Jane Roe and John Doe">
     <meta name="pubdate" content="20200921"><link rel="canonical" href="https://o.org/a"></head><body><h1>Story</h1></body>`,
  );
  assert.equal(m.outlet, "Outlet");
  assert.deepEqual(m.byline, ["Jane Roe", "John Doe"]);
  assert.equal(m.published, "2020-09-21");
  assert.equal(m.provenance.published, "meta");
  assert.equal(m.canonicalUrl, "https://o.org/a");
  const t = meta(
    `<body><h1>Story</h1><span class="byline">Por María Ruiz</span><time datetime="2019-05-06">May 6</time></body>`,
  );
  assert.deepEqual(t.byline, ["María Ruiz"]);
  assert.equal(t.published, "2019-05-06");
  assert.equal(t.provenance.published, "time");
});

test("reads a date from JSON-LD that does not parse", () => {
  const m = meta(
    `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-10-26T18:10:00+01:00"}}</script>`,
  );
  assert.equal(m.published, "2020-10-26T18:10:00+01:00");
});

test("takes the date from the URL, then from text near the headline rather than a header widget", () => {
  assert.equal(meta("<p>x</p>", "https://n.org/2017/03/31/story/").published, "2017-03-31");
  const m = meta(
    `<head><title>Big story today</title></head><body><div class="today">Tuesday, 8 Dec 2020</div>
     <h1 class="logo"><img alt="Logo"></h1><div>menu</div><h1>Big story today</h1>
     <ul class="meta"><li>13 Oct 2020 18:29</li></ul><p>Body.</p></body>`,
  );
  assert.equal(m.published, "2020-10-13");
  assert.equal(m.provenance.published, "text");
});

test("an early-morning UTC stamp is the previous day when the page itself says so", () => {
  const html = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-02-18T02:18:11Z"}</script><script>var d = "2020-02-17 21:18:11";</script>`;
  assert.equal(meta(html).published, "2020-02-17");
  const plain = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-02-18T02:18:11Z"}</script>`;
  assert.equal(meta(plain).published, "2020-02-18T02:18:11Z");
});

test("URL dates and name cleaning", () => {
  assert.equal(urlDate("https://x.com/news/2020-03-08/a"), "2020-03-08");
  assert.equal(urlDate("https://x.com/a/20200308/b"), "2020-03-08");
  assert.equal(urlDate("https://x.com/a/?id=20200308"), undefined);
  assert.deepEqual(cleanNames(["By Ann Lee, Staff Writer", "https://x.com/ann", "ann lee"]), [
    "Ann Lee",
    "Staff Writer",
  ]);
});

test("a date after a publishing cue wins anywhere in the text, in any script", () => {
  const m = meta(
    `<body><div class="list"><span class="date">2012-11-06</span></div><dl><dt>Headline here</dt></dl><p>기사입력 :[ 2018-08-25 15:24 ]</p></body>`,
  );
  assert.equal(m.published, "2018-08-25");
});

test("a URL is not an outlet name, and bylines lose labels, dates and times", () => {
  const m = meta(
    `<head><meta property="og:site_name" content="https://www.example.com"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Example News"}}</script></head>
     <body><div class="byline">Texto: Ana Souza</div><div class="author">Associated Press November 19, 9:02 AM</div></body>`,
  );
  assert.equal(m.outlet, "Example News");
  assert.deepEqual(m.byline, ["Ana Souza", "Associated Press"]);
});

test("metadata on a page of nested date-classed elements and headings finishes with an answer", () => {
  const n = 150;
  const html = `<h1>Title words here</h1>${'<div class="date"><h2>heading words here</h2>'.repeat(n)}${"x ".repeat(500_000)}<span>Posted 2020-05-06</span>${"</div>".repeat(n)}`;
  assert.equal(meta(html).published, "2020-05-06");
});

test("the outlet's name is cut from either end of the title", () => {
  assert.equal(withoutSiteName("Bridge reopens | The Ledger", "The Ledger"), "Bridge reopens");
  assert.equal(withoutSiteName("The Ledger - Bridge reopens", "The Ledger"), "Bridge reopens");
  assert.equal(withoutSiteName("Bridge reopens - Ledger", "The Ledger"), "Bridge reopens");
  assert.equal(withoutSiteName("Mayor: no - not yet", "The Ledger"), "Mayor: no - not yet");
});

test("a date just under the headline beats a dated box above it", () => {
  const m = meta(
    `<head><title>Fire brought under control</title></head><body><div class="date">Tue, 14 Jan 2020</div><nav>Menu Home</nav>
     <h1>Fire brought under control</h1><div>News24 13 Jan 2020, 22:11 GMT+10</div><p>Firefighters said on Monday…</p></body>`,
  );
  assert.equal(m.published, "2020-01-13");
});

test("a relative canonical link is resolved against the page URL; junk is dropped", () => {
  assert.equal(
    meta(`<link rel="canonical" href="/news/a.html">`, "https://x.org/amp/a").canonicalUrl,
    "https://x.org/news/a.html",
  );
  assert.equal(
    meta(`<link rel="canonical" href="javascript:void(0)">`, "https://x.org/").canonicalUrl,
    undefined,
  );
  assert.equal(meta(`<link rel="canonical" href="/a">`).canonicalUrl, undefined);
});

test("the URL's date beats an unmarked <time>, a marked one beats the URL", () => {
  const url = "https://n.org/2020/03/04/story";
  assert.equal(
    meta(`<aside><time datetime="2020-05-01">May 1</time></aside>`, url).published,
    "2020-03-04",
  );
  assert.equal(
    meta(`<time itemprop="datePublished" datetime="2020-03-05T01:00:00+09:00">Mar 5</time>`, url)
      .published,
    "2020-03-05T01:00:00+09:00",
  );
});

test("a JSON-LD array of 300,000 items is read, not spread onto the call stack", () => {
  const items = `${"1,".repeat(300_000)}{"@type":"NewsArticle","headline":"Found after the numbers"}`;
  const m = meta(
    `<html><head><script type="application/ld+json">[${items}]</script></head><body></body></html>`,
  );
  assert.equal(m.title, "Found after the numbers");
});
