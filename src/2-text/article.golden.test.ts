// Golden cases: test/fixtures/extract-*/input.txt → expected.json (regenerate with
// `npx tsx scripts/update-extract-fixtures.ts` after a deliberate rule change).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { extractCases, fixturesDir, runCase } from "../../scripts/update-extract-fixtures.ts";

for (const name of extractCases()) {
  test(`golden: ${name}`, () => {
    const expected = JSON.parse(readFileSync(join(fixturesDir, name, "expected.json"), "utf8"));
    assert.deepEqual(JSON.parse(JSON.stringify(runCase(name))), expected);
  });
}
