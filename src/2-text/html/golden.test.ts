// Golden cases: test/fixtures/html-*/input.html (invented pages) → expected.json (regenerate with
// `npx tsx scripts/update-html-fixtures.ts` after a deliberate change to the extractor).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fixturesDir, htmlCases, runHtmlCase } from "../../../scripts/update-html-fixtures.ts";

test("there are golden HTML cases", () => {
  assert.ok(htmlCases().length >= 3);
});

for (const name of htmlCases()) {
  test(`golden: ${name}`, () => {
    const expected = JSON.parse(readFileSync(join(fixturesDir, name, "expected.json"), "utf8"));
    assert.deepEqual(JSON.parse(JSON.stringify(runHtmlCase(name))), expected);
  });
}
