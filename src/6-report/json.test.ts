import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { hostileRecord } from "./hostile.ts";
import { json } from "./json.ts";

test("the JSON record round-trips and names its schema version", () => {
  const record = hostileRecord();
  const back = JSON.parse(json(record));
  assert.equal(back.schema, "parallax.story/1");
  assert.deepEqual(back, JSON.parse(JSON.stringify(record)));
});

test("the documented schema requires every top-level field the record has", () => {
  const schema = JSON.parse(
    readFileSync(new URL("../../schema/story.schema.json", import.meta.url), "utf8"),
  );
  assert.equal(schema.properties.schema.const, "parallax.story/1");
  assert.deepEqual([...schema.required].sort(), Object.keys(hostileRecord()).sort());
});
