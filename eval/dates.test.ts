import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { loadDates } from "./dates.ts";

test("reads truth.json, where a page without a date is NaN", () => {
  const dir = mkdtempSync(join(tmpdir(), "parallax-dates-"));
  try {
    writeFileSync(
      join(dir, "truth.json"),
      '{"https://a.org/x": {"file": "1.html", "date": "2020-01-02"}, "https://b.org/y": {"file": "2.html", "date": NaN}}',
    );
    assert.deepEqual(loadDates(dir), [
      { url: "https://a.org/x", file: "1.html", truth: "2020-01-02" },
      { url: "https://b.org/y", file: "2.html" },
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
