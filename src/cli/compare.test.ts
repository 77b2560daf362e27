import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import type { StoryRecord } from "../types.ts";
import { runCli as run } from "./testing.ts";

const batch = fileURLToPath(new URL("../../examples/seeds/batch.jsonl", import.meta.url));

test("--html FILE writes the page, says so on stderr and leaves stdout empty", async () => {
  const dir = mkdtempSync(join(tmpdir(), "parallax-compare-"));
  const page = join(dir, "story.html");
  const { code, out, err } = await run(["compare", "--batch", batch, "--html", page]);
  assert.equal(code, 0);
  assert.equal(out, "");
  assert.ok(err.includes(`parallax: wrote ${page}\n`), err);
  assert.match(readFileSync(page, "utf8"), /^<!doctype html>/);
  const quiet = await run(["compare", "--batch", batch, "--html", page, "-q"]);
  assert.equal(quiet.out + quiet.err, "");
  const both = await run(["compare", "--batch", batch, "--html", page, "--summary", "-q"]);
  assert.match(both.out, /Shared quotes \([1-9]/);
  const mixed = await run(["compare", "--batch", batch, "--json", "--summary"]);
  assert.equal(mixed.code, 2);
  assert.match(mixed.err, /--summary/);
});

test("the example batch prints the summary, progress on stderr", async () => {
  const { code, out, err } = await run(["compare", "--batch", batch]);
  assert.equal(code, 0);
  assert.match(out, /\[1\] The Washington Post/);
  assert.match(out, /\[2\] CBS SF Bay Area/);
  assert.match(out, /Shared quotes \([1-9]/);
  assert.match(out, /Timeline \([1-9]/);
  assert.ok(!out.includes("\u001b"), "no colour when stdout is not a terminal");
  assert.match(err, /comparing 2 reports/);
});

test("--json prints the versioned record; --md a Markdown report", async () => {
  const json = await run(["compare", "--batch", batch, "--json", "-q"]);
  const record = JSON.parse(json.out) as StoryRecord;
  assert.equal(record.schema, "parallax.story/1");
  assert.equal(record.articles.length, 2);
  assert.equal(json.err, "");
  const md = await run(["compare", "--batch", batch, "--md", "-q"]);
  assert.match(md.out, /^# /);
  assert.match(md.out, /## Timeline/);
});

test("user mistakes are one-line errors with a non-zero exit", async () => {
  const none = await run(["compare"]);
  assert.equal(none.code, 2);
  assert.match(none.err, /^parallax: compare: give at least one input/);
  const both = await run(["compare", "--batch", batch, "--json", "--md"]);
  assert.equal(both.code, 2);
  assert.match(both.err, /--json: choose one of --json and --md \(bad_option\)/);
  const dir = mkdtempSync(join(tmpdir(), "parallax-compare-"));
  const missing = await run(["compare", join(dir, "nope.txt")]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /nope\.txt/);
  const nowhere = await run([
    "compare",
    "--batch",
    batch,
    "-q",
    "--html",
    join(dir, "no", "such", "dir.html"),
  ]);
  assert.equal(nowhere.code, 2);
  assert.match(nowhere.err, /cannot write the HTML page here/);
  assert.ok(!/\n\s+at /.test(nowhere.err), "no stack trace");
});

test("one readable input among bad ones still compares, exit 1", async () => {
  const dir = mkdtempSync(join(tmpdir(), "parallax-compare-"));
  const good = join(dir, "a.txt");
  writeFileSync(good, "“The reservoir stays public,” Mayor Ann Lee said on Friday.");
  const { code, out, err } = await run(["compare", good, join(dir, "missing.txt"), "-q"]);
  assert.equal(code, 1);
  assert.match(out, /Parallax: 1 report of one story/);
  assert.match(err, /missing\.txt/);
});
