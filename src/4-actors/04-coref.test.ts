import assert from "node:assert/strict";
import { test } from "node:test";
import { coordinatedNames } from "./04-coref.ts";
import { speakersOf } from "./testing.ts";

test("she and he go to the most recent person of a compatible gender, subjects first", () => {
  const text =
    "Governor Helen Ruiz met Senator Mark Dole on Tuesday. “We agreed on nothing,” she said. “That is not true,” he said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "We agreed on nothing,", mention: "she" },
      { quote: "That is not true,", mention: "he" },
    ]),
    [["Helen Ruiz"], ["Mark Dole"]],
  );
});

test("a pronoun never resolves to a name mentioned inside a quote", () => {
  const text =
    "Rita Moss, a nurse, spoke at the hearing. “Director Paul Vance has ignored us,” she said. “He never answers,” she added.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "Director Paul Vance has ignored us,", mention: "she" },
      { quote: "He never answers,", mention: "she" },
    ]),
    [["Rita Moss"], ["Rita Moss"]],
  );
});

test("they and `the two men` go to the people last named together", () => {
  const text =
    "Mayor Tom Hale and Sheriff Dan Price wrote to the council. They called the plan “reckless.” “We will not comply,” the two men wrote.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "reckless.", mention: "They", kind: "partial" },
      { quote: "We will not comply,", mention: "the two men" },
    ]),
    [
      ["Tom Hale", "Dan Price"],
      ["Tom Hale", "Dan Price"],
    ],
  );
});

test("a comma closing an opening phrase does not join names into a list", () => {
  const text = "Replying to Judge Ann Wu, Hale and Price said more.";
  const spans = [
    { start: text.indexOf("Judge"), end: text.indexOf(","), name: "wu" },
    { start: text.indexOf("Hale"), end: text.indexOf("Hale") + 4, name: "hale" },
    { start: text.indexOf("Price"), end: text.indexOf("Price") + 5, name: "price" },
  ];
  assert.deepEqual(
    coordinatedNames(text, spans).map((g) => g.map((m) => m.name)),
    [["hale", "price"]],
  );
  const list = "It was signed by Hale, Price and Wu.";
  const at = (w: string) => ({ start: list.indexOf(w), end: list.indexOf(w) + w.length, name: w });
  assert.deepEqual(
    coordinatedNames(list, [at("Hale"), at("Price"), at("Wu")]).map((g) => g.map((m) => m.name)),
    [["Hale", "Price", "Wu"]],
  );
});

test("a pronoun opening a sentence prefers the subject of the sentence before over a later object", () => {
  const text =
    "Senator Joan Reyes criticised a tweet attacking a former model, Maria Lopez. “It was cruel,” she said.";
  assert.deepEqual(speakersOf(text, [{ quote: "It was cruel,", mention: "she" }]), [
    ["Joan Reyes"],
  ]);
});

test("an epithet opening a sentence refers to the person who opened the sentence before", () => {
  const text =
    "Tom Hale says he has big plans. The Republican nominee noted that his campaign has money. Later, the crowd, the nominee and the press left.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "his campaign has money", mention: "The Republican nominee", kind: "indirect" },
    ]),
    [["Tom Hale"]],
  );
});

test("she prefers a person introduced in this or the last paragraph over an earlier subject", () => {
  const text =
    "Dr. Lena Fox said the data were weak.\n\nFor Rosa Vidal, 34, who irons shirts all day, the findings were hard. Her son was born early.\n\n“Nobody told us,” she says.";
  assert.deepEqual(speakersOf(text, [{ quote: "Nobody told us,", mention: "she" }]), [
    ["Rosa Vidal"],
  ]);
});

test("a chain of sentence-opening pronouns keeps its person; a fronted clause's pronoun does not count", () => {
  const chain =
    "Attorney General Rita Lowe spoke on Monday.\n\nShe has faced criticism since meeting Tom Hale and his wife, Senator Ann Hale, on a plane. She has called the protests historic.\n\n“We will get there,” she said.";
  assert.deepEqual(speakersOf(chain, [{ quote: "We will get there,", mention: "she" }]), [
    ["Rita Lowe"],
  ]);
  const fronted =
    "Chief executive Paul Lind did not respond.\n\nAsked whether he would cancel the program, Defense Secretary Mark Ellis was blunt. “Everything is on the table,” he said.";
  assert.deepEqual(speakersOf(fronted, [{ quote: "Everything is on the table,", mention: "he" }]), [
    ["Mark Ellis"],
  ]);
});

test("names each followed by their state still form a pair: `Isakson of Georgia and Boozman of Arkansas`", () => {
  const text = "Sens. Johnny Isakson of Georgia and John Boozman of Arkansas said so.";
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, name: w });
  assert.deepEqual(
    coordinatedNames(text, [at("Johnny Isakson"), at("John Boozman")]).map((g) =>
      g.map((m) => m.name),
    ),
    [["Johnny Isakson", "John Boozman"]],
  );
});

test("`she` after a spokeswoman named in apposition is the spokeswoman, not the company before her", () => {
  const text =
    "A Northgate spokeswoman, Tamsin Greaves, said Northgate Residential would fight. She said the fees were fair.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "Northgate Residential would fight", mention: "Tamsin Greaves", kind: "indirect" },
      { quote: "the fees were fair", mention: "She", kind: "indirect" },
    ]),
    [["Tamsin Greaves"], ["Tamsin Greaves"]],
  );
});

test("a name inside doubled-apostrophe quotes is no antecedent for `he`", () => {
  const text =
    "Mrs. Clinton should build bridges to Mr. Sanders, said David Axelrod. ''It seems certain Bernie Sanders will run,'' he said.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "Mrs. Clinton should build bridges to Mr. Sanders",
        mention: "David Axelrod",
        kind: "indirect",
      },
      { quote: "It seems certain Bernie Sanders will run,", mention: "he" },
    ]),
    [["David Axelrod"], ["David Axelrod"]],
  );
});

test("two names each set off after its role are a pair, and `The two executives` are they", () => {
  const text =
    "On Monday, the hospital's chief nursing officer, Dr. Anselm Reyes, and its chief executive, Corinne Ballard, replied. The two executives wrote that the memo was “misleading.”";
  assert.deepEqual(
    speakersOf(text, [{ quote: "misleading.", mention: "The two executives", kind: "partial" }]),
    [["Anselm Reyes", "Corinne Ballard"]],
  );
});

test("`a header from X, and their manager, Y, said` joins two clauses, not two people", () => {
  const text =
    "The side led after a header from Jamal Osei, and their manager, Fiona Strachan, said her side had “switched off.”";
  assert.deepEqual(
    speakersOf(text, [{ quote: "switched off.", mention: "Fiona Strachan", kind: "partial" }]),
    [["Fiona Strachan"]],
  );
});

test("`the attorneys general` is plural, and `the 14 officials` is no pair", () => {
  const text =
    "The brief was led by Attorney General Priya Vander and Attorney General Tom Okwu.\n\n" +
    "“Consumers cannot see the market,” the attorneys general wrote.\n\n" +
    "In a joint statement, the 14 officials said they would “keep standing together.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "Consumers cannot see the market,", mention: "the attorneys general" },
      { quote: "keep standing together.", mention: "the 14 officials", kind: "partial" },
    ]),
    [["Priya Vander", "Tom Okwu"], ["14 officials"]],
  );
});

test("`they` may be unnamed people spoken of as a plural just before: `The authors acknowledge …`", () => {
  const text =
    "The authors acknowledge that this is a weakness. Schools may have differed in other ways, they wrote.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "this is a weakness", mention: "The authors", kind: "indirect" },
      { quote: "Schools may have differed in other ways", mention: "they", kind: "indirect" },
    ]),
    [["authors"], ["authors"]],
  );
});

test("an unnamed speaker a `, who` clause describes is a person a later `she` can go back to", () => {
  const text =
    "Fiona Achterberg said she felt sad.\n\n" +
    "Another sprinter, who asked not to be named because she trains at the club, said the mood was awful. " +
    "Many teammates, she said, believed the ban was unfair.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "she felt sad", mention: "Fiona Achterberg", kind: "indirect" },
      { quote: "the mood was awful", mention: "Another sprinter", kind: "indirect" },
      { quote: "believed the ban was unfair", mention: "she", kind: "indirect" },
    ]),
    [["Fiona Achterberg"], ["Another sprinter"], ["Another sprinter"]],
  );
});

test("`the Ethiopian said` is the person just spoken of; `The Romanian hacker` is no such epithet", () => {
  const text =
    "Faith Chepkoech won. The defending champion, Almaz Tesfaye, finished second. She said her legs had cramped. “It happens,” the Ethiopian said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "her legs had cramped", mention: "She", kind: "indirect" },
      { quote: "It happens,", mention: "the Ethiopian" },
    ]),
    [["Almaz Tesfaye"], ["Almaz Tesfaye"]],
  );
  const adjective =
    "Hillary Clinton used a private server. The Romanian hacker who found it pleaded guilty, admitting that he was responsible.";
  assert.notDeepEqual(
    speakersOf(adjective, [
      { quote: "he was responsible", mention: "The Romanian", kind: "indirect", cue: "admitting" },
    ]),
    [["Hillary Clinton"]],
  );
});

test("`Union leaders said …. They said …`: `they` is the unnamed officials or leaders just spoken of", () => {
  const text =
    "The strike entered its second week. Union leaders said the district had refused to talk. They said teachers would stay out.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the district had refused to talk", mention: "Union leaders", kind: "indirect" },
      { quote: "teachers would stay out", mention: "They", kind: "indirect" },
    ]),
    [["Union leaders"], ["Union leaders"]],
  );
});

test("`X, a sophomore, held a sign. He said` is X, not the last speaker", () => {
  const text =
    "Her chief of staff, Gordon Reyes, said the president would stay.\n\nDevin Marsh, a sophomore, held a sign throughout the debate. He said he planned to attend the town hall.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the president would stay", mention: "Gordon Reyes", kind: "indirect" },
      { quote: "he planned to attend the town hall", mention: "He", kind: "indirect" },
    ]),
    [["Gordon Reyes"], ["Devin Marsh"]],
  );
});

test("`X and the board's general counsel, Y` joins two people", () => {
  const text =
    "The reply, signed by Ravel and the board's general counsel, Miriam Osei-Blake, disputed it.";
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, name: w });
  assert.deepEqual(
    coordinatedNames(text, [at("Ravel"), at("Miriam Osei-Blake")]).map((g) => g.map((m) => m.name)),
    [["Ravel", "Miriam Osei-Blake"]],
  );
});

test("she does not reach a paragraph back past a sentence subject the name finder did not admit", () => {
  const text =
    "“We are reviewing it,” said spokeswoman Dana Whitcombe.\n\nZorvelle Tansley-Obi was in seat 14A. The cowling tore away. Smoke filled the cabin.\n\n“I saw the metal,” she said.";
  assert.deepEqual(speakersOf(text, [{ quote: "I saw the metal,", mention: "she" }]), [[]]);
  // with no such subject between, she is the spokeswoman still
  const plain =
    "“We are reviewing it,” said spokeswoman Dana Whitcombe.\n\nThe cowling tore away. Smoke filled the cabin.\n\n“I saw the metal,” she said.";
  assert.deepEqual(speakersOf(plain, [{ quote: "I saw the metal,", mention: "she" }]), [
    ["Dana Whitcombe"],
  ]);
});

test("a trailing `, she said.` never points into the words it reports, unless a clause opens the sentence", () => {
  const text =
    "Justice Rana Sandhu wrote the ruling. Dr. Wrobel had complied with every condition, she said. Also, Dr. Wrobel is no risk, she said, by any measure.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "Dr. Wrobel had complied with every condition", mention: "she", kind: "indirect" },
      { quote: "Dr. Wrobel is no risk", mention: "she", kind: "indirect" },
    ]),
    [["Rana Sandhu"], ["Rana Sandhu"]],
  );
  // `When X …, she said`: the fronted clause's subject may be hers
  const fronted = "Ann Bell left. When Rita Moss arrived, she said the vote was over.";
  assert.deepEqual(
    speakersOf(fronted, [{ quote: "the vote was over", mention: "she", kind: "indirect" }]),
    [["Rita Moss"]],
  );
});

test("the main clause's subject outranks one in a clause fronted before it", () => {
  const text =
    "Dr. Rivas and Dr. Amell met the panel. When Dr. Rivas pressed the point, Dr. Amell objected. “That is wrong,” he said.";
  assert.deepEqual(speakersOf(text, [{ quote: "That is wrong,", mention: "he" }]), [["Amell"]]);
});

test("with no subject to go by, the most spoken-of person in the nearest sentence is taken", () => {
  const text =
    "Mayor Dan Ruiz spoke first. Dan Ruiz left early.\n\nThe crowd cheered.\n\nVoters left thinking about Ruiz’s plan and about Tom Vale’s questions. After all, while he insisted he would win, “nothing is certain,” he said.";
  assert.deepEqual(
    speakersOf(text, [{ quote: "nothing is certain,", mention: "he", kind: "partial" }]),
    [["Dan Ruiz"]],
  );
});

test("`he` after an unnamed person a restrictive `who` describes is that person, not a name before", () => {
  const text =
    'Gov. Alan Reyes defended the jail. A former guard who worked nights there for a decade said the cells flooded. "We slept in water," he said.';
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the cells flooded", mention: "A former guard", kind: "indirect" },
      { quote: "We slept in water,", mention: "he" },
    ]),
    [["former guard"], ["former guard"]],
  );
});

test("`she` after a one-name person set off by a role (`Tavi, the … painter who …`) is that person", () => {
  const text =
    "Mayor Ann Cole opened the hall.\n\nTavi, the Lisbon-based painter who works under one name, unveiled a mural.\n\n“A wall can listen,” she said.";
  assert.deepEqual(speakersOf(text, [{ quote: "A wall can listen,", mention: "she" }]), [["Tavi"]]);
});
