import assert from "node:assert/strict";
import { test } from "node:test";
import { findNames } from "./01-names.ts";
import { clusterPeople } from "./03-aliases.ts";
import { tokenize } from "./text.ts";

function people(text: string) {
  const mentions = findNames(text, tokenize(text), () => false);
  return clusterPeople(mentions).people.map((p) => ({
    name: p.words.join(" "),
    surfaces: p.mentions.map((m) => m.text),
  }));
}

test("full name, shorter full name, title + surname and surname are one person", () => {
  assert.deepEqual(
    people(
      "Energy Secretary Laura M. Fenwick spoke. Laura Fenwick said more. Secretary Fenwick left, and Fenwick smiled.",
    ),
    [
      {
        name: "Laura M. Fenwick",
        surfaces: [
          "Energy Secretary Laura M. Fenwick",
          "Laura Fenwick",
          "Secretary Fenwick",
          "Fenwick",
        ],
      },
    ],
  );
});

test("a lone surname goes to the most recent person with that surname", () => {
  const found = people(
    "Mayor Anna Holt spoke first. Later, Governor Peter Holt answered. Holt said no. Mayor Anna Holt returned, and Holt said yes.",
  );
  assert.equal(found.length, 2);
  assert.deepEqual(found[0]?.surfaces, ["Mayor Anna Holt", "Mayor Anna Holt", "Holt"]);
  assert.deepEqual(found[1]?.surfaces, ["Governor Peter Holt", "Holt"]);
});

test("different given names with the same surname stay apart", () => {
  const found = people("Senator John Ames and Senator Jane Ames disagreed.");
  assert.deepEqual(
    found.map((p) => p.name),
    ["John Ames", "Jane Ames"],
  );
});
