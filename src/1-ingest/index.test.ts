import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { test } from "node:test";
import { formatIssue, isParallaxError } from "../errors.ts";
import { readBatch } from "./06-batch.ts";
import { exitCode, loadArticles, readInputs, truncatedHtml } from "./index.ts";

const story =
  "WASHINGTON (AP) \u2014 The Senate voted on the bill after a long debate on Tuesday.\n\n\u201cIt passed,\u201d she said.";
const page = `<html><body><article><p>${"The council voted to approve the new budget after a long and heated debate. ".repeat(3)}</p></article></body></html>`;

function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "parallax-ingest-"));
  mkdirSync(join(dir, "docs"));
  writeFileSync(join(dir, "docs", "a.txt"), story);
  writeFileSync(join(dir, "docs", "b.html"), page);
  writeFileSync(join(dir, "docs", "skip.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(
    join(dir, "binary.txt"),
    Buffer.from([0x41, 0x00, 0x00, 0x01, 0x42, 0x00, 0x07, 0x00]),
  );
  writeFileSync(join(dir, "nav.html"), "<html><body><nav>Home</nav></body></html>");
  writeFileSync(
    join(dir, "batch.jsonl"),
    [
      JSON.stringify({
        id: "one",
        file: "docs/a.txt",
        url: "https://example.org/a",
        outlet: "Outlet A",
        published: "2017-03-31",
      }),
      "",
      "{not json",
      JSON.stringify({ id: "two", text: story, title: "Given title" }),
      JSON.stringify({ id: "three" }),
      JSON.stringify({ id: "four", file: "docs/missing.txt" }),
      JSON.stringify({ id: "five", html: page, published: "31/03/2017" }),
      '{"id": "six", "text": "cut off in the mid',
    ].join("\n"),
  );
  return dir;
}

test("files, directories, globs and batches become inputs, with failures listed", async () => {
  const dir = fixtureDir();
  const { articles, failures } = await loadArticles([
    join(dir, "docs"),
    `${dir}/docs/*.txt`,
    join(dir, "batch.jsonl"),
    join(dir, "empty.txt"),
    join(dir, "binary.txt"),
    join(dir, "nav.html"),
    join(dir, "nope.txt"),
  ]);
  assert.deepEqual(
    articles.map((a) => [a.id, a.format]),
    [
      ["a", "text"],
      ["b", "html"],
      ["a-2", "text"],
      ["one", "text"],
      ["two", "text"],
    ],
  );
  const one = articles[3];
  assert.equal(one?.meta.outlet, "Outlet A");
  assert.equal(one?.meta.published, "2017-03-31");
  assert.equal(one?.source, `${join(dir, "batch.jsonl")}#1`);
  assert.equal(one?.meta.url, "https://example.org/a");
  assert.equal(articles[2]?.warnings[0]?.ruleId, "duplicate-id");
  assert.equal(articles[4]?.meta.title, "Given title");
  assert.deepEqual(
    // a bad line is named as the batch and its line, a record's file by the record and the file
    failures.map((f) => [
      f.code,
      formatIssue(f)
        .slice(dir.length + 1)
        .split(": ")[0],
    ]),
    [
      ["bad_record", "batch.jsonl:3"],
      ["bad_record", "batch.jsonl:5"],
      ["not_found", "batch.jsonl#6 (docs/missing.txt)"],
      ["bad_record", "batch.jsonl:7"],
      ["truncated", "batch.jsonl:8"],
      ["empty", "empty.txt"],
      ["binary", "binary.txt"],
      ["no_article", "nav.html"],
      ["not_found", "nope.txt"],
    ],
  );
  assert.equal(failures[0]?.line, 3);
  assert.equal(exitCode(articles.length, failures.length), 1);
  assert.equal(exitCode(0, 3), 2);
  assert.equal(exitCode(2, 0), 0);
});

test("a page cut off mid-way is read, with a warning", async () => {
  const dir = mkdtempSync(join(tmpdir(), "parallax-cut-"));
  writeFileSync(join(dir, "cut.html"), page.slice(0, page.indexOf("</article>")));
  const { articles } = await loadArticles([join(dir, "cut.html")]);
  assert.equal(articles[0]?.warnings[0]?.ruleId, "html-truncated");
  assert.equal(truncatedHtml(page), undefined);
  assert.match(truncatedHtml("<html><body><p>Some text</p><di") ?? "", /inside a tag/);
});

test("a batch path that is a folder is a failure, not a crash", async () => {
  const dir = mkdtempSync(join(tmpdir(), "parallax-batchdir-"));
  const items = [];
  for await (const item of readBatch(dir, 1000)) items.push(item);
  assert.equal(items.length, 1);
  const first = items[0];
  assert.ok(first && "failure" in first && first.failure.code === "unreadable");
});

test("a file over the size cap is refused without being read", async () => {
  const dir = mkdtempSync(join(tmpdir(), "parallax-big-"));
  const big = join(dir, "big.txt");
  writeFileSync(big, "");
  truncateSync(big, 50 * 1024 * 1024);
  const small = join(dir, "small.txt");
  writeFileSync(small, "x".repeat(2000));
  const { failures } = await loadArticles([big, small], { maxBytes: 1000 });
  assert.deepEqual(
    failures.map((f) => f.code),
    ["too_large", "too_large"],
  );
  const defaults = await loadArticles([big]);
  assert.equal(defaults.failures[0]?.code, "too_large");
});

test("standard input, and overrides given once or once per input", async () => {
  const dir = fixtureDir();
  const stdin = Readable.from([Buffer.from(story)]);
  const { articles } = await loadArticles(["-", join(dir, "docs", "a.txt")], {
    stdin,
    outlet: ["X", "Y"],
    published: ["2020-01-02"],
  });
  assert.deepEqual(
    articles.map((a) => [a.source, a.meta.outlet, a.meta.published]),
    [
      ["stdin", "X", "2020-01-02"],
      [join(dir, "docs", "a.txt"), "Y", "2020-01-02"],
    ],
  );
});

test("overrides that do not fit the inputs are a bad option", async () => {
  const bad = async (options: Parameters<typeof readInputs>[1]) => {
    try {
      for await (const _ of readInputs(["a", "b", "c"], options)) break;
      return "none";
    } catch (e) {
      return isParallaxError(e) ? `${e.issue.code} ${e.issue.source}` : "other";
    }
  };
  assert.equal(await bad({ outlet: ["A", "B"] }), "bad_option --outlet");
  assert.equal(await bad({ published: ["March"] }), "bad_option --published");
});

test("URLs: pages by content type, errors as failures", async () => {
  const server = createServer((req, res) => {
    if (req.url === "/story") {
      res.writeHead(200, { "content-type": "text/html; charset=windows-1252" });
      res.end(Buffer.from(page.replace("council", "caf\u00e9 council"), "latin1"));
    } else if (req.url === "/plain") {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(story);
    } else {
      res.writeHead(500);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const { articles, failures } = await loadArticles([
      `${base}/story`,
      `${base}/plain`,
      `${base}/broken`,
    ]);
    assert.deepEqual(
      articles.map((a) => [a.id, a.format, a.meta.url]),
      [
        ["story", "html", `${base}/story`],
        ["plain", "text", `${base}/plain`],
      ],
    );
    assert.ok(articles[0]?.text.includes("caf\u00e9 council"));
    assert.deepEqual(
      failures.map((f) => f.code),
      ["fetch_failed"],
    );
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test("20,000 records sharing one id are numbered in order, after ids already taken", async () => {
  const dir = mkdtempSync(join(tmpdir(), "parallax-ingest-"));
  const records = Array.from({ length: 20_000 }, (_, i) =>
    JSON.stringify({ id: i === 0 ? "x-3" : "x", text: `Record ${i}.` }),
  );
  writeFileSync(join(dir, "same.jsonl"), records.join("\n"));
  const ids: string[] = [];
  for await (const item of readInputs([], { batch: [join(dir, "same.jsonl")] }))
    if ("input" in item) ids.push(item.input.id as string);
  assert.equal(ids.length, 20_000);
  assert.deepEqual(ids.slice(0, 5), ["x-3", "x", "x-2", "x-4", "x-5"]);
  assert.equal(ids.at(-1), "x-20000");
  assert.equal(new Set(ids).size, 20_000);
});
