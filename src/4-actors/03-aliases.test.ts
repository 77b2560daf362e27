import assert from "node:assert/strict";
import { test } from "node:test";
import { findNames } from "./01-names.ts";
import { clusterPeople } from "./03-aliases.ts";
import { inRegions, quoteRegions, tokenize } from "./text.ts";

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

test("a lone surname goes to the person with that surname named most, the first named on a tie", () => {
  const found = people(
    "Mayor Anna Holt spoke first. Her brother, Governor Peter Holt, answered. Holt said no. Governor Peter Holt returned. Governor Peter Holt stayed, and Holt said yes.",
  );
  assert.equal(found.length, 2);
  // after the first two sentences each has one mention: the first named, Anna (the story's
  // subject; the writer names her kin in full), wins the tie
  assert.deepEqual(found[0]?.surfaces, ["Mayor Anna Holt", "Holt"]);
  // then Peter is named twice more and leads
  assert.deepEqual(found[1]?.surfaces, [
    "Governor Peter Holt",
    "Governor Peter Holt",
    "Governor Peter Holt",
    "Holt",
  ]);
});

test("a name inside a quote does not make its person the one a lone surname means", () => {
  const text =
    "The kiln behind Odile Fensham’s house is old. “Walter thought I was mad,” she says. Fensham, 72, laughs. Her late husband, Walter Fensham, built it.";
  const q = quoteRegions(text);
  const found = clusterPeople(findNames(text, tokenize(text), (o) => inRegions(q, o))).people;
  assert.deepEqual(
    found.map((p) => [p.words.join(" "), p.mentions.map((m) => m.text)]),
    [
      ["Odile Fensham", ["Odile Fensham", "Fensham"]],
      ["Walter Fensham", ["Walter", "Walter Fensham"]],
    ],
  );
});

test("the person a story is about keeps the lone surname over a relative named once", () => {
  const found = people(
    "Former President Bill Clinton spoke in Flint. Bill Clinton campaigned for his wife Hillary Clinton. Clinton said the law was crazy.",
  );
  assert.deepEqual(found[0]?.surfaces, [
    "Former President Bill Clinton",
    "Bill Clinton",
    "Clinton",
  ]);
});

test("different given names with the same surname stay apart", () => {
  const found = people("Senator John Ames and Senator Jane Ames disagreed.");
  assert.deepEqual(
    found.map((p) => p.name),
    ["John Ames", "Jane Ames"],
  );
});

test("an initial joins the first namesake with its letter, and a full given name the initial", () => {
  const story =
    "Mayor Jane Ames met Tom Ames. Later, Dr. J. Ames spoke. Councilwoman R. Ames answered. Then Rita Ames left.";
  const expected = [
    { name: "Jane Ames", surfaces: ["Mayor Jane Ames", "Dr. J. Ames"] },
    { name: "Tom Ames", surfaces: ["Tom Ames"] },
    { name: "Rita Ames", surfaces: ["Councilwoman R. Ames", "Rita Ames"] },
  ];
  assert.deepEqual(people(story), expected);
  // the same after more namesakes than are tried in turn, so through the index
  const others = ["Bob", "Carl", "Dora", "Emil", "Fay", "Gus", "Hugo", "Ivan", "Karl", "Liam"];
  const crowd = others.map((g) => `${g} Ames said so.`).join(" ");
  assert.deepEqual(people(`${crowd} ${story}`).slice(others.length), expected);
});

test("thousands of people of one surname are told apart in one pass", () => {
  const given = (i: number) =>
    `${String.fromCharCode(65 + (i % 26))}${i
      .toString(26)
      .replace(/[0-9]/g, (d) => "qrstuvwxyz"[Number(d)] as string)}an`;
  const text = Array.from({ length: 5000 }, (_, i) => `${given(i)} Smith said so.`).join(" ");
  assert.equal(people(`${text} Smith agreed.`).length, 5000);
});

test("`Duncan Hunter Sr.` is the father of Duncan Hunter, and the lone surname stays the son's", () => {
  assert.deepEqual(
    people(
      "Rep. Duncan Hunter endorsed him. Hunter said so. His father, Duncan Hunter Sr., ran in 2008.",
    ),
    [
      { name: "Duncan Hunter", surfaces: ["Rep. Duncan Hunter", "Hunter"] },
      { name: "Duncan Hunter Sr.", surfaces: ["Duncan Hunter Sr."] },
    ],
  );
});

test("a titled lone surname joins the namesake of its gender: `Ms. Loewy` is not her son", () => {
  assert.deepEqual(
    people(
      "Her son, Aurel Loewy, spoke first. Ms. Margarethe Loewy had died. Ms. Loewy wrote operas.",
    ).map((p) => p.name + ": " + p.surfaces.join(", ")),
    ["Aurel Loewy: Aurel Loewy", "Margarethe Loewy: Ms. Margarethe Loewy, Ms. Loewy"],
  );
});

test("a given name alone joins its person but does not make the minor namesake lead the surname", () => {
  assert.deepEqual(
    people(
      "Donald Trump spoke. Freddy Trump, his brother, flew planes. Freddy drank. Freddy quit. Freddy left. Mr. Trump said he missed him.",
    ),
    [
      { name: "Donald Trump", surfaces: ["Donald Trump", "Mr. Trump"] },
      { name: "Freddy Trump", surfaces: ["Freddy Trump", "Freddy", "Freddy", "Freddy"] },
    ],
  );
});

test("a surname with a capitalised particle opening a sentence is no given name: `Van der Mollen` is Annelise van der Mollen", () => {
  assert.deepEqual(
    people(
      "Chair Annelise van der Mollen wrote to the court. Van der Mollen said she was disappointed.",
    ),
    [
      {
        name: "Annelise van der Mollen",
        surfaces: ["Chair Annelise van der Mollen", "Van der Mollen"],
      },
    ],
  );
});

test("a compound surname is named from its particle on, whole or by its first part", () => {
  assert.deepEqual(
    people(
      "The appeal was signed by the shop's founder, Joaquín de la Rosa Medina, on Friday. De la Rosa said the shop would stay open.",
    ),
    [{ name: "Joaquín de la Rosa Medina", surfaces: ["Joaquín de la Rosa Medina", "De la Rosa"] }],
  );
});

test("the last two words of a longer name, the first no given name, are that person's surname", () => {
  assert.deepEqual(
    people("Councillor Aroha Te Kanawa opened the debate. Te Kanawa said the vote would wait."),
    [{ name: "Aroha Te Kanawa", surfaces: ["Councillor Aroha Te Kanawa", "Te Kanawa"] }],
  );
});

test("a first surname alone is the person with the double surname, when no one bears it last", () => {
  assert.deepEqual(
    people(
      "The club's director, Maite Etxeberria Goikoetxea, made an offer. Etxeberria said the club would not raise it.",
    ),
    [
      {
        name: "Maite Etxeberria Goikoetxea",
        surfaces: ["Maite Etxeberria Goikoetxea", "Etxeberria"],
      },
    ],
  );
  // one who bears it as a surname keeps it
  assert.deepEqual(
    people(
      "Sarah Huckabee Sanders spoke. Governor Mike Huckabee spoke. Huckabee said it was over.",
    ).map((p) => p.surfaces),
    [["Sarah Huckabee Sanders"], ["Governor Mike Huckabee", "Huckabee"]],
  );
});
