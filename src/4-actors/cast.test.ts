import assert from "node:assert/strict";
import { test } from "node:test";
import { Cast, resolvedPeople } from "./cast.ts";

function span(text: string, start: number) {
  return { start, end: start + text.length, text };
}

test("look-backs search every run of occurrences, nearest first, subjects before objects", () => {
  const cast = new Cast();
  const ann = cast.ensure("person:ann", () => ({ type: "person", name: "Ann" }));
  const bob = cast.ensure("person:bob", () => ({ type: "person", name: "Bob" }));
  cast.mention(ann, span("Ann", 0));
  cast.mention(bob, span("Bob", 50), false);
  // a later run, added out of order, is still searched
  cast.mention(bob, span("Bob", 20));
  assert.equal(cast.lookBack(60, () => true)?.start, 20);
  assert.equal(cast.lookBack(60, () => true, 2500, false)?.start, 50);
  assert.deepEqual(
    cast.before(60, () => true).map((o) => o.start),
    [50, 20, 0],
  );
  assert.deepEqual(
    cast.after(10, () => true).map((o) => o.start),
    [20, 50],
  );
  assert.equal(cast.lookBack(60, () => true, 30)?.start, 50);
});

test("actors get ids in order of first mention; members and resolved people follow", () => {
  const cast = new Cast();
  const kim = cast.ensure("person:kim", () => ({ type: "person", name: "Kim" }));
  const lee = cast.ensure("person:lee", () => ({ type: "person", name: "Lee" }));
  const pair = cast.ensure("group:kim+lee", () => ({
    type: "group",
    name: "Kim and Lee",
    members: [kim, lee],
  }));
  const letter = cast.ensure("doc:letter", () => ({
    type: "document",
    name: "letter",
    members: [pair],
  }));
  cast.mention(letter, span("the letter", 40));
  cast.mention(lee, span("Lee", 10));
  cast.mention(kim, span("Kim", 20));
  cast.mention(pair, span("Kim and Lee", 20));
  cast.mention(kim, span("Kim", 20));
  const { actors, idOf } = cast.toActors();
  assert.deepEqual(
    actors.map((a) => [a.id, a.name, a.mentions.length]),
    [
      ["a1", "Lee", 1],
      ["a2", "Kim and Lee", 1],
      ["a3", "Kim", 1],
      ["a4", "letter", 1],
    ],
  );
  assert.deepEqual(actors[3]?.members, ["a2"]);
  assert.deepEqual(
    resolvedPeople(letter).map((d) => idOf.get(d)),
    ["a3", "a1"],
  );
});
