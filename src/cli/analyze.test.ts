import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import type { AnalysisJson } from "../analyze.ts";
import { runCli as run } from "./testing.ts";

const seeds = fileURLToPath(new URL("../../examples/seeds/", import.meta.url));

test("default view groups statements by speaker, with kind, channel and the quote", async () => {
  const { code, out, err } = await run(["analyze", join(seeds, "cbssf.txt")]);
  assert.equal(code, 0, err);
  assert.ok(!out.includes("\u001b["), "no colour when not a terminal");
  const letter = out.indexOf("letter from Jeff Sessions and John Kelly (document");
  const troubling = out.indexOf("[partial, letter] “particularly troubling” ← the letter");
  assert.ok(letter >= 0 && troubling > letter, out);
  assert.match(out, /Tani Cantil-Sakauye \(person · Chief Justice\)\n {2}\[/);
});

test("the default view counts in the singular where there is one", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "parallax-")), "one.txt");
  writeFileSync(file, "“We will win the vote,” Ann Lee said on Monday.\n");
  const { code, out, err } = await run(["analyze", file]);
  assert.equal(code, 0, err);
  assert.match(out, /\n1 statement, 1 speaker\n/);
});

test("--json prints parallax.analysis/1 records; --jsonl one per line", async () => {
  const json = await run(["analyze", join(seeds, "wapo.txt"), join(seeds, "cbssf.txt"), "--json"]);
  assert.equal(json.code, 0, json.err);
  const records = JSON.parse(json.out) as AnalysisJson[];
  assert.deepEqual(
    records.map((r) => [r.schema, r.article.id]),
    [
      ["parallax.analysis/1", "wapo"],
      ["parallax.analysis/1", "cbssf"],
    ],
  );
  const wang = records[0]?.actors.find((a) => a.name === "Cecillia Wang");
  assert.equal(wang?.role, "deputy legal director");
  assert.equal(wang?.organisation, "ACLU");
  const lines = await run(["analyze", "--batch", join(seeds, "batch.jsonl"), "--jsonl"]);
  assert.equal(lines.code, 0, lines.err);
  assert.equal(lines.out.trim().split("\n").length, 2);
});

test("user mistakes are one-line errors with exit codes, not stack traces", async () => {
  const none = await run(["analyze"]);
  assert.equal(none.code, 2);
  assert.match(none.err, /^parallax: analyze: give at least one input/);
  const both = await run(["analyze", join(seeds, "wapo.txt"), "--json", "--jsonl"]);
  assert.equal(both.code, 2);
  assert.match(both.err, /--json: choose one of --json and --jsonl \(bad_option\)/);
  const dir = mkdtempSync(join(tmpdir(), "parallax-analyze-"));
  const empty = join(dir, "empty.txt");
  writeFileSync(empty, "   \n");
  const some = await run(["analyze", join(seeds, "wapo.txt"), empty]);
  assert.equal(some.code, 1);
  assert.match(some.err, /empty\.txt: .*\(empty\)/);
  const missing = await run(["analyze", join(dir, "nope.txt")]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /nope\.txt: no such file or directory \(not_found\)/);
});
