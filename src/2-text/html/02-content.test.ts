import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHtml } from "./01-dom.ts";
import { blocksOf, extractContent } from "./02-content.ts";

const para = (i: number) =>
  `Paragraph ${i} of the story, with enough words, commas, and detail to read like article text, not like a menu.`;

const texts = (html: string) => extractContent(parseHtml(html).root).map((b) => b.text);

test("keeps the article and drops navigation, sidebars, share bars, related links and footers", () => {
  const html = `<html><body>
    <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
    <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
    <main><article class="story-body">
      <h1>Headline</h1>
      <p>${para(1)}</p><p>${para(2)}</p>
      <figure><img src="a.jpg"><figcaption>A caption (Photo: Someone/Agency)</figcaption></figure>
      <h2>A subheading</h2>
      <p>${para(3)}</p>
      <div class="related-stories"><a href="/x">Read more: another story entirely</a></div>
    </article></main>
    <aside><p>${para(99)} In the sidebar.</p></aside>
    <footer><p>© 2020 The Outlet. All rights reserved.</p></footer>
  </body></html>`;
  const got = texts(html);
  assert.deepEqual(got, ["Headline", para(1), para(2), "A subheading", para(3)]);
});

test("finds loose text in a div that also holds a <p>, with <br> as a paragraph break", () => {
  const html = `<body><div id="menu"><a href="/a">A</a> <a href="/b">B</a></div>
    <div class="col"><p class="title">Title line</p>
    ${para(1)}<br><br>${para(2)}<br>${para(3)}</div></body>`;
  const got = texts(html);
  for (const i of [1, 2, 3])
    assert.ok(got.includes(para(i)), `paragraph ${i} in ${JSON.stringify(got)}`);
  assert.ok(!got.some((t) => t.includes("A B")));
});

test("keeps an article whose wrapper has a boilerplate-sounding class when it holds the text", () => {
  const html = `<body><div class="sticky-sidebar"><article>${[1, 2, 3, 4].map((i) => `<p>${para(i)}</p>`).join("")}</article></div>
    <div class="sidebar"><p>Short promo text here.</p></div></body>`;
  assert.deepEqual(texts(html), [1, 2, 3, 4].map(para));
});

test("joins an article split into chunks of the same class with ads between them", () => {
  const chunk = (a: number, b: number) =>
    `<div class="grid"><div class="article-chunk">${[a, b].map((i) => `<p>${para(i)}</p>`).join("")}</div><div class="ad-rail">Advertisement</div></div>`;
  const html = `<body><div class="chunks">${chunk(1, 2)}<div class="promo">Subscribe now</div>${chunk(3, 4)}</div></body>`;
  assert.deepEqual(texts(html), [1, 2, 3, 4].map(para));
});

test("blocks break at block elements and collapse white space inside them", () => {
  const root = parseHtml(
    "<div>one\n  two<ul><li>item <b>bold</b></li><li>next</li></ul><h3>Head</h3>tail</div>",
  ).root;
  assert.deepEqual(blocksOf(root), [
    { kind: "p", text: "one two" },
    { kind: "li", text: "item bold" },
    { kind: "li", text: "next" },
    { kind: "h3", text: "Head" },
    { kind: "p", text: "tail" },
  ]);
});

test("keeps names linked with boilerplate-sounding classes and embedded posts in social boxes", () => {
  const html = `<body><article>
    <p>${para(1)} Said <a class="tags-link" href="/people/ann">Ann Lee</a> today.</p>
    <div class="social-media-embed"><blockquote class="twitter-tweet"><p>This is the embedded post, quoted in full in the story.</p></blockquote></div>
    <p>${para(2)}</p><p>${para(3)}</p>
    <p>${para(4)} <span class="rollover-people">Ann Lee<span class="popup"><ul><li><a href="/1">Other headline one</a></li><li><a href="/2">Other headline two</a></li></ul></span></span></p>
  </article></body>`;
  const got = texts(html);
  assert.ok(got.includes(`${para(1)} Said Ann Lee today.`), JSON.stringify(got));
  assert.ok(got.includes("This is the embedded post, quoted in full in the story."));
  assert.ok(!got.some((t) => t.includes("Other headline")), JSON.stringify(got));
});
