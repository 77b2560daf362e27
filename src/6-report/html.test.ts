import assert from "node:assert/strict";
import { test } from "node:test";
import { parseHTML } from "linkedom";
import { synthetic } from "../5-compare/synthetic.ts";
import { compare } from "../compare.ts";
import { creditedApartRecord } from "./testing.ts";
import { hostileRecord, PAYLOADS } from "./hostile.ts";
import { colour, domId, esc, html, safeHref } from "./html.ts";

test("escaping covers text and both attribute quotes", () => {
  assert.equal(
    esc(`<a href="x" onclick='y'>&`),
    "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;",
  );
  assert.equal(domId("a b<c"), "a_20b_3cc");
  assert.equal(safeHref("javascript:alert(1)"), undefined);
  assert.equal(safeHref("data:text/html,x"), undefined);
  assert.equal(safeHref("https://example.org/a?b=1"), "https://example.org/a?b=1");
});

test("hostile text in every field comes out as text, never as markup", () => {
  const page = html(hostileRecord());
  const { document } = parseHTML(page);
  const scripts = document.querySelectorAll("script");
  assert.equal(scripts.length, 1, "only the page's own script");
  assert.ok(!scripts[0]?.textContent?.includes("alert"));
  assert.equal(document.querySelectorAll("img, svg, iframe, object, embed").length, 0);
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      assert.ok(!/^on/i.test(attr.name), `event handler attribute ${attr.name} on <${el.tagName}>`);
      if (attr.name === "href")
        assert.match(attr.value, /^(#|https?:)/, `unsafe href ${attr.value}`);
    }
  }
  // The words are all still there for the reader, as text.
  const text = document.body.textContent ?? "";
  for (const p of PAYLOADS) assert.ok(text.includes(p), `payload shown as text: ${p}`);
  assert.ok(!/https?:\/\//.test(page.replace(/<a class="src"[^>]*>/g, "")), "no external URLs");
});

test("the page shows columns, shared passages in one colour, speaker links and the timeline", () => {
  const people = [{ id: "o", name: "Maria Ortiz", role: "Governor" }];
  const a = synthetic({
    id: "a",
    text: "Ortiz called it “deeply reckless” on Friday.",
    outlet: "Daily A",
    published: "2021-06-11",
    actors: people,
    statements: [{ quote: "deeply reckless", speaker: "o", kind: "partial" }],
  });
  const b = synthetic({
    id: "b",
    text: "“The sale is deeply reckless,” Maria Ortiz said.",
    outlet: "Weekly B",
    published: "2021-06-11",
    actors: people,
    statements: [{ quote: "The sale is deeply reckless,", speaker: "o" }],
  });
  const { document } = parseHTML(html(compare([a, b])));
  const cols = document.querySelectorAll("article.col");
  assert.deepEqual(
    [...cols].map((c) => c.querySelector(".outlet")?.textContent),
    ["Daily A", "Weekly B"],
  );
  const marks = [...document.querySelectorAll("mark.al")];
  assert.equal(marks.length, 2);
  assert.equal(marks[0]?.getAttribute("style"), marks[1]?.getAttribute("style"));
  const link = document.querySelector("a.st");
  assert.equal(link?.getAttribute("data-speaker"), "Maria Ortiz");
  assert.ok(document.querySelector(link?.getAttribute("href") ?? "#none"), "speaker anchor exists");
  assert.match(document.querySelector("#timeline")?.textContent ?? "", /2021-06-11/);
});

test("highlight colours stay distinct past the palette", () => {
  const all = Array.from({ length: 60 }, (_, i) => colour(i));
  assert.equal(new Set(all).size, 60);
});

test("thousands of statements, in one paragraph or one per paragraph, each get their mark and link", () => {
  const n = 10_000;
  const plan = (i: number) => `Plan ${i.toString(36)}x will work,`;
  let text = "";
  for (let i = 0; i < n; i++) text += `“${plan(i)}” Ortiz said.\n\n`;
  const people = [{ id: "o", name: "Maria Ortiz" }];
  const statements = Array.from({ length: n }, (_, i) => ({ quote: plan(i), speaker: "o" }));
  const a = synthetic({ id: "a", text, actors: people, statements });
  const b = synthetic({ id: "b", text, actors: people, statements });
  // b's text in paragraphs of one statement each; a's is a single paragraph.
  let at = 0;
  b.article.paragraphs = text
    .split("\n\n")
    .slice(0, n)
    .map((t) => {
      const p = { start: at, end: at + t.length, text: t };
      at = p.end + 2;
      return p;
    });
  // Read as text (a DOM of this size would take longer than the page).
  const [, colA = "", colB = ""] = html(compare([a, b])).split('<article class="col"');
  for (const [id, col] of [
    ["a", colA],
    ["b", colB],
  ] as const) {
    assert.equal(col.match(/<a class="st" id=/g)?.length, n, `${id}: one anchor per statement`);
    assert.equal(col.match(/<mark class="al"/g)?.length, n, `${id}: every quote is shared`);
    assert.match(col, new RegExp(`id="st-${id}-s1234"[^>]*><mark [^>]*>${plan(1233)}</mark>`));
  }
  assert.equal(colA.match(/<p>/g)?.length, 1);
  assert.equal(colB.match(/<p>/g)?.length, n);
});

test("an outlet with 200,000 voices gets its chart without overflowing the call stack", () => {
  const a = synthetic({ id: "a", text: "Nothing is said here.", outlet: "Daily A" });
  const record = compare([a]);
  record.voices.a = Array.from({ length: 200_000 }, (_, i) => ({
    actorId: `v${i}`,
    name: `Voice ${i}`,
    statements: 1,
    quotedWords: i === 7 ? 4 : 0,
    category: "other",
  }));
  const page = html(record);
  // Bars are scaled to the most quoted voice: 4 words is the full width, 1 statement a quarter.
  assert.match(page, /Voice 7<\/a>.*?width:100%/);
  assert.match(page, /Voice 8<\/a>.*?width:25%/);
});

test("a plain text's headline paragraph is shown once, as its column's title", () => {
  const head = "Governors accuse relief agency of stalling flood aid";
  const body = "The agency sent forty more inspectors to the region in August.";
  const text = `${head}\n\n${body}`;
  const a = synthetic({ id: "a", text, title: head, outlet: "Coastline Wire" });
  a.article.paragraphs = [
    { start: 0, end: head.length, text: head, kind: "h1" },
    { start: head.length + 2, end: text.length, text: body, kind: "text" },
  ];
  const b = synthetic({ id: "b", text: body, outlet: "Sorrel Courier" });
  const { document } = parseHTML(html(compare([a, b])));
  const column = document.querySelector("#art-a");
  assert.equal(column?.querySelector(".title")?.textContent, head);
  assert.equal(column?.querySelectorAll(".text p").length, 1);
  assert.equal((column?.textContent ?? "").split(head).length - 1, 1);
});

test("when a category's share is too small for its segment's label, the shares are also listed in words", () => {
  const quotes = ["one", "two", "three", "four", "five", "six", "seven"].map(
    (w) => `"Point ${w}."`,
  );
  const text = `${quotes.join(" ")} "I saw it."`;
  const story = (resident: boolean) =>
    synthetic({
      id: resident ? "a" : "b",
      text,
      actors: [
        { id: "m", name: "Ana Ruiz", role: "mayor" },
        { id: "r", name: "a resident", type: "unnamed" },
      ],
      statements: [
        ...quotes.map((q) => ({ quote: q.slice(1, -1), speaker: "m" })),
        ...(resident ? [{ quote: "I saw it.", speaker: "r" }] : []),
      ],
    });
  const { document } = parseHTML(html(compare([story(true), story(false)])));
  const lists = [...document.querySelectorAll(".share-list")].map((p) => p.textContent);
  assert.deepEqual(lists, ["officials 88% · unnamed 13%"]);
});

test("the people list gives a role only where it adds to the name", () => {
  const a = synthetic({
    id: "a",
    text: "A former prisoner said so. Mayor Ana Ruiz agreed.",
    actors: [
      { id: "p", name: "former prisoner", type: "unnamed", role: "prisoner" },
      { id: "m", name: "Ana Ruiz", role: "Mayor" },
    ],
  });
  const b = synthetic({ id: "b", text: "Nothing was said." });
  const { document } = parseHTML(html(compare([a, b])));
  const items = [...document.querySelectorAll("#people li")].map((li) => li.textContent ?? "");
  assert.ok(items.some((t) => t.startsWith("Ana Ruiz — Mayor")));
  assert.ok(items.some((t) => t.startsWith("former prisoner (")));
});

test("a section with nothing in it says so instead of an empty list", () => {
  const a = synthetic({ id: "a", text: "The mayor said the plan was good." });
  const b = synthetic({ id: "b", text: "A resident said nothing would change." });
  const { document } = parseHTML(html(compare([a, b])));
  assert.equal(document.querySelectorAll("#shared ol, #timeline ol").length, 0);
  assert.equal(document.querySelector("#timeline .none")?.textContent, "No dates found.");
  assert.ok(document.querySelector("#shared .none"));
});

test("same words with a different speaker say which outlet credits whom", () => {
  const { document } = parseHTML(html(creditedApartRecord()));
  const items = [...document.querySelectorAll("li.shared li")].map((li) => li.textContent);
  assert.deepEqual(items, [
    "Daily A: \u201cWe are not asking for special treatment,\u201d \u2014 Maria Ortiz, Paul Hart",
    "Weekly B: \u201cWe are not asking for special treatment,\u201d \u2014 Maria Ortiz",
  ]);
});
