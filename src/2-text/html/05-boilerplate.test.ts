import assert from "node:assert/strict";
import { test } from "node:test";
import type { Block } from "./02-content.ts";
import { dropBoilerplate, isStamp } from "./05-boilerplate.ts";

const p = (text: string, kind = "p"): Block => ({ kind, text });
const body =
  "The council voted on Tuesday, after a long debate, to keep the library open for another year.";

test("drops the repeated headline, stamps, labels and teaser lines, keeps the article", () => {
  const blocks = [
    p("Council keeps library open", "h1"),
    p("By Ann Lee - 11/19/19 06:56 AM EST"),
    p("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"),
    p(body),
    p("ADVERTISEMENT"),
    p("Related post: Ten libraries worth a visit", "h3"),
    p("Leia também"),
    p("Anzeige"),
    p(body.replace("Tuesday", "Wednesday")),
  ];
  assert.deepEqual(
    dropBoilerplate(blocks, { titles: ["Council keeps library open | The Daily"] }).map(
      (b) => b.text,
    ),
    [body, body.replace("Tuesday", "Wednesday")],
  );
});

test("a block equal to the title is the headline even when it is not an <h1>", () => {
  const got = dropBoilerplate([p("Council keeps library open", "h2"), p(body)], {
    titles: ["Council keeps library open"],
  });
  assert.deepEqual(
    got.map((b) => b.text),
    [body],
  );
});

test("keeps tweet signatures, numbers and sentences that merely contain a date", () => {
  const keep = [
    p("— Ann Lee (@annlee) November 18, 2019", "blockquote"),
    p("— Ann Lee (@annlee) November 18, 2019"),
    p("74"),
    p("The vote on March 4, 2020 ended a dispute that had lasted for more than ten years."),
  ];
  assert.deepEqual(dropBoilerplate(keep, { titles: [] }), keep);
});

test("a stamp is a date plus little else", () => {
  assert.equal(isStamp("Nov. 20, 2019, 9:28 AM UTC"), true);
  assert.equal(isStamp("Publicado em 05/10/2018 às 20:13"), true);
  assert.equal(isStamp("On March 4, 2020 the court ruled against the city."), false);
  assert.equal(isStamp("No date in this line"), false);
});
