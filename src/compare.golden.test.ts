// Golden cases: the story record compare() builds from the frozen analyses of invented reports of
// one story (test/fixtures/compare-*/analyses.json), so only the compare stage is pinned here.
// Regenerate with `npx tsx scripts/update-compare-fixtures.ts` and read the diff.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { compareCases, fixturesDir, runCompareCase } from "../scripts/update-compare-fixtures.ts";

const cases = compareCases();

test("there is a golden compare case", () => {
  assert.ok(cases.length >= 1);
});

for (const name of cases) {
  test(`golden: ${name}`, () => {
    const expected = JSON.parse(readFileSync(join(fixturesDir, name, "expected.json"), "utf8"));
    assert.deepEqual(JSON.parse(JSON.stringify(runCompareCase(name))), expected);
  });
}
