import assert from "node:assert/strict";
import { test } from "node:test";
import { checkRecord } from "./06-batch.ts";

test("a record has one content field; a url beside it is the page's address", () => {
  assert.deepEqual(checkRecord({ id: 3, text: "x" }), { id: "3", text: "x" });
  assert.deepEqual(checkRecord({ file: "a.html", url: "https://e.org/a" }), {
    file: "a.html",
    url: "https://e.org/a",
  });
  assert.deepEqual(checkRecord({ url: "https://e.org/a" }), { url: "https://e.org/a" });
});

test("bad records say what is wrong", () => {
  assert.match(checkRecord([1]) as string, /JSON object/);
  assert.match(checkRecord({ id: "x" }) as string, /none of text, html, file or url/);
  assert.match(checkRecord({ text: "a", file: "b" }) as string, /more than one/);
  assert.match(checkRecord({ text: 5 }) as string, /'text' must be a string/);
  assert.match(checkRecord({ text: "a", published: "31/03/2017" }) as string, /'published'/);
});
