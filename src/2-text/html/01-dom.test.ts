import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeEntities, MAX_DEPTH, MAX_HTML_CHARS, parseHtml, textOf, walk } from "./01-dom.ts";

test("builds a tree with decoded entities and collects meta, links, JSON-LD and title", () => {
  const dom = parseHtml(
    `<html lang="de"><head><title>A &amp; B</title><meta property="og:title" content="OG">` +
      `<link rel="canonical" href="https://x.org/a"><script type="application/ld+json">{"@type":"NewsArticle"}</script>` +
      `<script>var x = "<p>not text</p>";</script><style>p{}</style></head>` +
      `<body><p>Caf&eacute; &#8220;quoted&#8221;</p></body></html>`,
  );
  assert.equal(dom.title, "A & B");
  assert.equal(dom.lang, "de");
  assert.deepEqual(dom.metas, [{ property: "og:title", content: "OG" }]);
  assert.equal(dom.links[0]?.href, "https://x.org/a");
  assert.deepEqual(dom.jsonLd, ['{"@type":"NewsArticle"}']);
  assert.equal(textOf(dom.root), "Café “quoted”");
  assert.ok(![...walk(dom.root)].some((el) => el.tag === "script" || el.tag === "style"));
});

test("flattens nesting past the depth cap instead of overflowing the stack", () => {
  const n = 900;
  const dom = parseHtml(`${"<div>".repeat(n)}deep text${"</div>".repeat(n)}<p>after</p>`);
  let depth = 0;
  for (let el = [...walk(dom.root)].at(-2); el?.parent; el = el.parent) depth++;
  assert.ok(depth <= MAX_DEPTH + 1, `depth ${depth}`);
  assert.equal(textOf(dom.root), "deep text after");
  // The closing tags still pair up: `<p>` sits at the top level, not inside the capped chain.
  assert.equal((dom.root.children.at(-1) as { tag: string }).tag, "p");
});

test("a million unclosed tags parse without a stack overflow", () => {
  const dom = parseHtml(`${"<div><span>".repeat(500_000)}deep text<p>after</p>`);
  assert.match(textOf(dom.root), /^deep text ?after$/);
});

test("cuts a page over the size cap and says so", () => {
  const dom = parseHtml(`<p>${"x".repeat(MAX_HTML_CHARS + 10)}</p>`);
  assert.equal(dom.truncated, true);
  assert.equal(parseHtml("<p>small</p>").truncated, false);
});

test("decodes entities left in an already-read string, keeping angle brackets as text", () => {
  assert.equal(
    decodeEntities("&#8220;Quoted&#8221; &quot;x&quot; &amp; su&nbsp;mamá"),
    '“Quoted” "x" & su\u00a0mamá',
  );
  assert.equal(decodeEntities("a <b> c"), "a <b> c");
  assert.equal(decodeEntities("no entities"), "no entities");
});
