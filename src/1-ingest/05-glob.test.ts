import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { expandGlob, globMatcher, walk } from "./05-glob.ts";

test("glob patterns: ** any depth, * and ? within a name", () => {
  const m = globMatcher("**/*.txt");
  assert.ok(m("a.txt") && m("x/y/a.txt"));
  assert.ok(!m("a.html") && !m("a.txt/b"));
  assert.ok(globMatcher("a?.html")("ab.html"));
  assert.ok(!globMatcher("*.txt")("x/a.txt"));
  assert.ok(globMatcher("a+(b).txt")("a+(b).txt"));
});

test("matching a long path against many wildcards stays fast (no backtracking blow-up)", () => {
  const m = globMatcher("*a*a*a*a*a*a*a*a*a*b");
  assert.equal(m("a".repeat(20_000)), false);
  assert.equal(m(`${"a".repeat(20_000)}b`), true);
  assert.equal(globMatcher("**/x/**/y/**/z")(`${"q/".repeat(5_000)}x/y/z`), true);
});

test("walks directories and expands globs from their fixed prefix", async () => {
  const dir = mkdtempSync(join(tmpdir(), "parallax-glob-"));
  mkdirSync(join(dir, "sub", "deep"), { recursive: true });
  mkdirSync(join(dir, ".hidden"));
  for (const f of ["a.txt", "b.html", "sub/c.txt", "sub/deep/d.txt", ".hidden/e.txt", "f.png"])
    writeFileSync(join(dir, f), "x");
  const text = (p: string) => /\.(txt|html)$/.test(p);
  const all = (await walk(dir, text)).map((p) => p.slice(dir.length + 1));
  assert.deepEqual(all, ["a.txt", "b.html", "sub/c.txt", "sub/deep/d.txt"]);
  const top = (await expandGlob(`${dir}/*.txt`, text)).map((p) => p.slice(dir.length + 1));
  assert.deepEqual(top, ["a.txt"]);
  const deep = (await expandGlob(`${dir}/**/*.txt`, text)).map((p) => p.slice(dir.length + 1));
  assert.deepEqual(deep, ["a.txt", "sub/c.txt", "sub/deep/d.txt"]);
  assert.deepEqual(await expandGlob(`${dir}/nothing/*.txt`, text), []);
});
