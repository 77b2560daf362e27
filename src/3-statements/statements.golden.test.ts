// Golden cases: the statements found in invented news texts (test/fixtures/statements-*): a wire
// story with a quote over two paragraphs, a colon hand-over and a report as source; a British-style
// story quoting with single marks; a broadcast transcript. Regenerate with
// `npx tsx scripts/update-statements-fixtures.ts` and read the diff.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import {
  fixturesDir,
  runStatementCase,
  statementCases,
} from "../../scripts/update-statements-fixtures.ts";

const cases = statementCases();

test("there are golden statement cases", () => {
  assert.ok(cases.length >= 3);
});

for (const name of cases) {
  test(`golden: ${name}`, () => {
    const expected = JSON.parse(readFileSync(join(fixturesDir, name, "expected.json"), "utf8"));
    assert.deepEqual(JSON.parse(JSON.stringify(runStatementCase(name))), expected);
  });
}
