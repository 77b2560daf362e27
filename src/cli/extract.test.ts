import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import type { Article } from "../types.ts";
import { runCli as run } from "./testing.ts";

const seeds = fileURLToPath(new URL("../../examples/seeds/", import.meta.url));

test("readable view: header, clean paragraphs, then removals", async () => {
  const { code, out, err } = await run([
    "extract",
    join(seeds, "cbssf.txt"),
    "--outlet",
    "CBS SF Bay Area",
  ]);
  assert.equal(code, 0, err);
  assert.match(out, /^── cbssf/);
  assert.match(out, /outlet: +CBS SF Bay Area \(user\)/);
  assert.match(out, /dateline: +SAN FRANCISCO \(CBS SF\)/);
  assert.match(out, /removed \(4\):\n {2}teaser \[teaser-label\] "READ MORE:/);
  const body = out.slice(0, out.indexOf("removed ("));
  assert.ok(!body.includes("READ MORE:"));
  assert.ok(!out.includes("\u001b["), "no colour when not a terminal");
});

test("--json prints an array of Articles; --jsonl one per line", async () => {
  const batch = join(seeds, "batch.jsonl");
  const json = await run(["extract", "--batch", batch, "--json"]);
  assert.equal(json.code, 0, json.err);
  const articles = JSON.parse(json.out) as Article[];
  assert.deepEqual(
    articles.map((a) => [a.id, a.meta.outlet, a.meta.published]),
    [
      ["wapo", "The Washington Post", "2017-03-31"],
      ["cbssf", "CBS SF Bay Area", "2017-03-31"],
    ],
  );
  const jsonl = await run(["extract", "--batch", batch, "--jsonl"]);
  const lines = jsonl.out.trimEnd().split("\n");
  assert.equal(lines.length, 2);
  assert.equal((JSON.parse(lines[1] as string) as Article).id, "cbssf");
});

test("exit 1 when some inputs fail, 2 when none could be read, with one line each", async () => {
  const dir = mkdtempSync(join(tmpdir(), "parallax-cli-"));
  writeFileSync(join(dir, "empty.txt"), "   \n");
  const some = await run(["extract", join(seeds, "wapo.txt"), join(dir, "missing.txt")]);
  assert.equal(some.code, 1);
  assert.match(some.err, /missing\.txt: no such file or directory \(not_found\)/);
  assert.match(some.err, /1 read, 1 failed/);
  const none = await run(["extract", join(dir, "empty.txt"), "--json"]);
  assert.equal(none.code, 2);
  assert.match(none.err, /empty\.txt: the input is empty \(empty\)/);
  assert.equal(none.out.trim(), "[]");
  assert.ok(!/\n\s+at /.test(none.err + some.err), "no stack trace");
});

test("bad options are one-line errors with exit 2", async () => {
  const noInput = await run(["extract"]);
  assert.equal(noInput.code, 2);
  assert.match(noInput.err, /give at least one input/);
  const badDate = await run(["extract", join(seeds, "wapo.txt"), "--published", "yesterday"]);
  assert.equal(badDate.code, 2);
  assert.match(badDate.err, /--published: 'yesterday' is not a date/);
  const both = await run(["extract", join(seeds, "wapo.txt"), "--json", "--jsonl"]);
  assert.equal(both.code, 2);
});

test("colour on a terminal, off under NO_COLOR", async () => {
  const tty = Object.getOwnPropertyDescriptor(process.stdout, "isTTY");
  const noColor = process.env.NO_COLOR;
  Object.defineProperty(process.stdout, "isTTY", { value: true, configurable: true });
  try {
    delete process.env.NO_COLOR;
    const coloured = await run(["extract", join(seeds, "cbssf.txt")]);
    assert.ok(coloured.out.includes("\u001b[2m"), "removals dimmed on a terminal");
    process.env.NO_COLOR = "1";
    const plain = await run(["extract", join(seeds, "cbssf.txt")]);
    assert.ok(!plain.out.includes("\u001b["));
  } finally {
    if (tty) Object.defineProperty(process.stdout, "isTTY", tty);
    else delete (process.stdout as { isTTY?: boolean }).isTTY;
    if (noColor === undefined) delete process.env.NO_COLOR;
    else process.env.NO_COLOR = noColor;
  }
});
