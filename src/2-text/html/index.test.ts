import assert from "node:assert/strict";
import { test } from "node:test";
import { isParallaxError } from "../../errors.ts";
import { MAX_HTML_CHARS } from "./01-dom.ts";
import { extractHtml } from "./index.ts";

const para = (i: number) =>
  `Paragraph ${i} of the story, with enough words, commas, and detail to read like article text.`;

test("returns text with blank-line-separated paragraphs whose spans point into it", () => {
  const r = extractHtml(
    `<html lang="en"><head><title>T</title></head><body><article><p>${para(1)}</p><h2>Sub</h2><p>${para(2)}</p></article></body></html>`,
    { source: "page.html", url: "https://x.org/2020/01/02/t" },
  );
  assert.equal(r.text, `${para(1)}\n\nSub\n\n${para(2)}`);
  assert.deepEqual(
    r.paragraphs.map((p) => p.kind),
    ["p", "h2", "p"],
  );
  for (const p of r.paragraphs) assert.equal(r.text.slice(p.start, p.end), p.text);
  assert.equal(r.meta.published, "2020-01-02");
  assert.equal(r.meta.url, "https://x.org/2020/01/02/t");
});

test("says whether a page without article text is empty or all page furniture", () => {
  const reason = (html: string) => {
    try {
      extractHtml(html, { source: "p.html" });
    } catch (e) {
      return isParallaxError(e) ? e.issue.message : String(e);
    }
    return "no error";
  };
  assert.match(
    reason("<html><body><div id='app'></div><script>render()</script></body></html>"),
    /almost no text/,
  );
  const menu = `<nav>${Array.from({ length: 40 }, (_, i) => `<a href="/${i}">Section ${i}</a>`).join(" ")}</nav>`;
  assert.match(reason(`<body>${menu}</body>`), /navigation, links/);
});

test("a page without article text is a no_article error naming the input", () => {
  for (const html of [
    "<html><body><nav><a href='/'>Home</a></nav></body></html>",
    "<script>x()</script>",
    "",
  ]) {
    assert.throws(
      () => extractHtml(html, { source: "empty.html" }),
      (e: unknown) =>
        isParallaxError(e) && e.issue.code === "no_article" && e.issue.source === "empty.html",
    );
  }
});

test("uses the JSON-LD articleBody when the markup is an empty shell", () => {
  const body = `${para(1)}\n${para(2)}\n${para(3)}\n${para(4)}\n${para(5)}\n${para(6)}`;
  const r = extractHtml(
    `<script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", articleBody: body })}</script><div id="app">Loading…</div>`,
    { source: "spa.html" },
  );
  assert.equal(r.paragraphs.length, 6);
  assert.ok(r.warnings.some((w) => w.ruleId === "html-jsonld-body"));
});

test("a 50 MB pathological page finishes, cut at the cap with a warning", () => {
  // Unclosed nested tags, a huge attribute-free tag soup and no article markup at all.
  const unit = "<div><span><p>word word, word. ";
  const html = `<html><body><article>${unit.repeat(Math.ceil(50_000_000 / unit.length))}`;
  assert.ok(html.length >= 50_000_000);
  const r = extractHtml(html, { source: "huge.html" });
  assert.ok(r.warnings.some((w) => w.ruleId === "html-truncated"));
  assert.ok(r.text.length > 0 && r.text.length <= MAX_HTML_CHARS);
});

test("an article marked up as an <aside> is found by the relaxed second pass", () => {
  const html = `<body><nav><a href="/">Home</a></nav><aside class="sidebar">${[
    1, 2, 3, 4, 5, 6, 7, 8,
  ]
    .map((i) => `<p>${para(i)}</p>`)
    .join("")}</aside></body>`;
  const r = extractHtml(html, { source: "aside.html" });
  assert.equal(r.paragraphs.length, 8);
  assert.equal(r.paragraphs[0]?.text, para(1));
});
