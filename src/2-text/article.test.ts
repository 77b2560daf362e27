import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { isParallaxError } from "../errors.ts";
import { extract, idFrom } from "./article.ts";
import { clean, splitParagraphs } from "./clean/index.ts";

const seed = (name: string) =>
  readFileSync(new URL(`../../examples/seeds/${name}.txt`, import.meta.url), "utf8");

test("plain text: offsets index the text exactly as given", () => {
  const text =
    "WASHINGTON (AP) \u2014 The vote was close.\n\nREAD MORE: Other story\n\n\u201cIt passed,\u201d she said.";
  const a = extract({ source: "x.txt", text });
  assert.equal(a.text, text);
  assert.equal(a.format, "text");
  assert.equal(a.id, "x");
  for (const s of [...a.paragraphs, ...a.removals])
    assert.equal(text.slice(s.start, s.end), s.text);
  assert.deepEqual(
    a.paragraphs.map((p) => p.text),
    ["WASHINGTON (AP) \u2014 The vote was close.", "\u201cIt passed,\u201d she said."],
  );
  assert.equal(a.removals[0]?.reason, "teaser");
  assert.equal(a.meta.dateline?.place, "WASHINGTON");
  assert.equal(a.meta.outlet, "AP");
  assert.equal(a.meta.provenance.outlet, "text");
});

test("user-given metadata wins over what the text suggests", () => {
  const a = extract({
    source: "x.txt",
    text: "LONDON (Reuters) - Prices rose.",
    outlet: "Example",
    published: "2020-01-02",
  });
  assert.equal(a.meta.outlet, "Example");
  assert.equal(a.meta.provenance.outlet, "user");
  assert.equal(a.meta.published, "2020-01-02");
});

test("the example reports: captions, credits, teasers and footer go; the story stays", () => {
  const wapo = extract({ source: "wapo.txt", text: seed("wapo") });
  assert.deepEqual(
    wapo.removals.map((r) => r.reason),
    ["caption", "photo-credit", "photo-credit"],
  );
  assert.equal(wapo.meta.outlet, "The Washington Post");
  const cbs = extract({ source: "cbssf.txt", text: seed("cbssf") });
  assert.deepEqual(
    cbs.removals.map((r) => r.reason),
    ["teaser", "teaser", "teaser", "copyright"],
  );
  assert.equal(cbs.meta.dateline?.agency, "CBS SF");
  assert.ok(cbs.paragraphs[0]?.text.startsWith("SAN FRANCISCO (CBS SF)"));
});

test("HTML goes through the page extractor and the same cleaning", () => {
  const html = `<html><head><title>Vote</title></head><body><article>
    <p>WASHINGTON (AP) \u2014 The Senate voted on Tuesday to pass the measure after a long debate.</p>
    <p>READ MORE: An unrelated story about the weather in the valley this weekend</p>
    <p>\u201cIt passed,\u201d the majority leader said after the vote on the floor of the chamber.</p>
  </article></body></html>`;
  const a = extract({ source: "v.html", html, title: "Given" });
  assert.equal(a.format, "html");
  assert.equal(a.meta.title, "Given");
  assert.equal(a.meta.provenance.title, "user");
  assert.equal(a.meta.dateline?.agency, "AP");
  // The page extractor may drop the teaser itself; either way it is not article text.
  assert.ok(a.paragraphs.every((p) => !p.text.startsWith("READ MORE")));
  assert.ok(a.paragraphs.some((p) => p.text.startsWith("\u201cIt passed")));
  for (const s of [...a.paragraphs, ...a.removals])
    assert.equal(a.text.slice(s.start, s.end), s.text);
});

test("cleaning runs over given paragraph spans, skipping headings for the dateline", () => {
  const text =
    "Senate passes the bill\n\nLONDON (Reuters) - Prices rose.\n\nRelated: Other story here";
  const paragraphs = splitParagraphs(text).map((p, i) => (i === 0 ? { ...p, kind: "h1" } : p));
  const cleaned = clean(text, paragraphs);
  assert.equal(cleaned.dateline?.place, "LONDON");
  assert.deepEqual(
    cleaned.removals.map((r) => r.ruleId),
    ["teaser-label"],
  );
  assert.equal(cleaned.paragraphs.length, 2);
});

test("a caption credited by the outlet's name alone goes once the dateline names the outlet", () => {
  const text =
    "CORRAN (KTRN) - The audit was released.\n\nThe auditor speaks on Tuesday. (KTRN)\n\nShe said more.";
  const cleaned = clean(text, splitParagraphs(text));
  assert.deepEqual(
    cleaned.removals.map((r) => r.ruleId),
    ["caption-outlet"],
  );
  assert.equal(cleaned.paragraphs.length, 2);
  const other = text.replace("CORRAN (KTRN)", "CORRAN (Reuters)");
  assert.equal(clean(other, splitParagraphs(other)).removals.length, 0);
});

test("the outlet's name is not one of the byline's writers, once the copyright names the outlet", () => {
  const text =
    "By Timur Bekmukhambetov, Radio Zheltau\n\nThe rescuers reached the miners on Monday.\n\n© 2026 Radio Zheltau. All rights reserved.";
  assert.deepEqual(clean(text, splitParagraphs(text)).byline, ["Timur Bekmukhambetov"]);
  const other = text.replace("© 2026 Radio Zheltau", "© 2026 Halden Post");
  assert.deepEqual(clean(other, splitParagraphs(other)).byline, [
    "Timur Bekmukhambetov",
    "Radio Zheltau",
  ]);
});

test("empty, binary and field-less inputs are user errors naming the input", () => {
  for (const [input, code] of [
    [{ source: "a.txt", text: " \n " }, "empty"],
    [{ source: "b.txt", text: "abc\u0000def" }, "binary"],
    [{ source: "c" }, "bad_record"],
  ] as const) {
    assert.throws(
      () => extract(input),
      (e) => isParallaxError(e) && e.issue.code === code && e.issue.source === input.source,
    );
  }
});

test("ids come from file names, URLs and batch sources", () => {
  assert.equal(idFrom("dir/sub/wapo.txt"), "wapo");
  assert.equal(idFrom("C:\\data\\sub/nyt.txt"), "nyt");
  assert.equal(idFrom("dir\\sub\\ap.txt"), "ap");
  assert.equal(idFrom("plain.txt"), "plain");
  assert.equal(idFrom("x", "https://example.org/2017/03/story-name.html"), "story-name");
  assert.equal(idFrom("https://example.org/"), "example-org");
  assert.equal(idFrom("batch.jsonl#3"), "batch-3");
  assert.equal(idFrom("pages/abc.html.gz"), "abc");
});

test("rules read the lower-cased text, also when lower-casing changes its length", () => {
  // `İ` lower-cases to two characters: paragraphs are then lower-cased one by one.
  for (const place of ["Istanbul", "\u0130stanbul"]) {
    const text = `${place} is large.\n\nThe mayor spoke.\n\nWe are moderating all comments.\n\nCopyright 2024 Example Media. All rights reserved.`;
    const a = extract({ source: "x.txt", text });
    assert.deepEqual(
      a.removals.map((r) => r.ruleId),
      ["comments-notice", "copyright-notice"],
    );
    assert.equal(a.meta.outlet, "Example Media");
  }
});
