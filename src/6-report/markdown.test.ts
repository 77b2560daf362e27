import assert from "node:assert/strict";
import { test } from "node:test";
import { hostileRecord } from "./hostile.ts";
import { markdown, md } from "./markdown.ts";

test("markdown metacharacters and HTML in article text are escaped", () => {
  assert.equal(
    md("[x](javascript:alert(1)) <b>|"),
    "\\[x\\]\\(javascript:alert\\(1\\)\\) &lt;b&gt;\\|",
  );
  const out = markdown(hostileRecord());
  assert.ok(!/<(script|img|svg|a)\b/i.test(out));
  assert.ok(!/\]\(/.test(out), "no link syntax survives");
  assert.match(out, /## Only in /);
  assert.match(out, /## Timeline/);
});
