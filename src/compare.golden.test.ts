// Golden cases: the story record of invented reports of one story (test/fixtures/compare-*), run
// through every stage from the batch file. Regenerate with
// `npx tsx scripts/update-compare-fixtures.ts` and read the diff.

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
  test(`golden: ${name}`, async () => {
    const expected = JSON.parse(readFileSync(join(fixturesDir, name, "expected.json"), "utf8"));
    assert.deepEqual(JSON.parse(JSON.stringify(await runCompareCase(name))), expected);
  });
}
