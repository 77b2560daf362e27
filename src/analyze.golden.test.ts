// Golden cases: who said what in invented news texts (test/fixtures/analyze-*), written in the
// styles the rules must handle — a pair's letter, signers, a joint statement, pronouns, unnamed
// sources. Regenerate with `npx tsx scripts/update-analyze-fixtures.ts` and read the diff.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { analyzeCases, fixturesDir, runAnalyzeCase } from "../scripts/update-analyze-fixtures.ts";

const cases = analyzeCases();

test("there are golden analyze cases", () => {
  assert.ok(cases.length >= 3);
});

for (const name of cases) {
  test(`golden: ${name}`, () => {
    const expected = JSON.parse(readFileSync(join(fixturesDir, name, "expected.json"), "utf8"));
    assert.deepEqual(JSON.parse(JSON.stringify(runAnalyzeCase(name))), expected);
  });
}
