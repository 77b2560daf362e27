import assert from "node:assert/strict";
import { test } from "node:test";
import { hostileRecord } from "./hostile.ts";
import { synthetic } from "../5-compare/synthetic.ts";
import { compare } from "../compare.ts";
import { creditedApartRecord } from "./testing.ts";
import { markdown, md } from "./markdown.ts";

test("markdown metacharacters and HTML in article text are escaped", () => {
  assert.equal(
    md("[x](javascript:alert(1)) ![i](y) <b>|*a*_b_~~c~~`d` &lt;"),
    "\\[x\\](javascript:alert(1)) !\\[i\\](y) &lt;b&gt;\\|\\*a\\*\\_b\\_\\~\\~c\\~\\~\\`d\\` &amp;lt;",
  );
  const out = markdown(hostileRecord());
  assert.ok(!/<(script|img|svg|a)\b/i.test(out));
  assert.ok(!/(?<!\\)\]\(/.test(out), "no link syntax survives");
  assert.match(out, /## Only in /);
  assert.match(out, /## Timeline/);
});

test("markdown leaves dates, initials and hyphens as written", () => {
  assert.equal(
    md("John F. Kelly (DHS), 2017-03-31 #1 +2"),
    "John F. Kelly (DHS), 2017-03-31 #1 +2",
  );
});

test("a fragment that opens a line cannot become a heading, list item or underline", () => {
  assert.equal(md("# Breaking"), "\\# Breaking");
  assert.equal(md("- item"), "\\- item");
  assert.equal(md("+ item"), "\\+ item");
  assert.equal(md("==="), "\\===");
  assert.equal(md("2017. A year"), "2017\\. A year");
  assert.equal(md(" 3) three"), " 3\\) three");
});

test("a story with no dates says so instead of an empty timeline table", () => {
  const a = synthetic({ id: "a", text: "The mayor said the plan was good." });
  const b = synthetic({ id: "b", text: "A resident said nothing would change." });
  const out = markdown(compare([a, b]));
  assert.match(out, /## Timeline\n\nNo dates found\./);
  assert.ok(!out.includes("| when | event |"));
});

test("same words with a different speaker say which outlet credits whom", () => {
  const out = markdown(creditedApartRecord());
  assert.match(
    out,
    /- Daily A: “We are not asking for special treatment,” — Maria Ortiz, Paul Hart\n/,
  );
  assert.match(out, /- Weekly B: “We are not asking for special treatment,” — Maria Ortiz\n/);
});
