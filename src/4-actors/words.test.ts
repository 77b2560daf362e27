import assert from "node:assert/strict";
import { test } from "node:test";
import { WRITTEN_MEDIA } from "../lexicon/media.ts";
import { FEMALE_NAMES, MALE_NAMES } from "./lexicon/given-names.ts";
import { NOT_NAMES } from "./lexicon/pronouns.ts";
import { TITLE_WORDS } from "./lexicon/titles.ts";
import { tokenize } from "./text.ts";
import {
  ABBREVIATION,
  AND,
  CONNECTOR,
  FEMALE,
  genderOfKinds,
  HE_OR_SHE,
  HONORIFIC,
  kindsAt,
  MALE,
  NOT_NAME,
  ORG_WORD,
  ROLE_NOUN,
  TITLE,
  wordKinds,
  WRITTEN_MEDIUM,
} from "./words.ts";

test("a word's kinds are the lexicons it is in, each a flag", () => {
  assert.equal(wordKinds("the") & (NOT_NAME | CONNECTOR), NOT_NAME | CONNECTOR);
  assert.ok(wordKinds("secretary") & TITLE);
  assert.ok(wordKinds("mr.") & HONORIFIC);
  assert.ok(wordKinds("sen") & ABBREVIATION);
  assert.equal(wordKinds("zorblat"), 0);
  // only lower-case words are in the lexicons
  assert.equal(wordKinds("The"), 0);
  for (const w of TITLE_WORDS) assert.ok(wordKinds(w) & TITLE, w);
  for (const w of NOT_NAMES) assert.ok(wordKinds(w) & NOT_NAME, w);
  assert.equal(wordKinds("constructor"), 0);
  assert.equal(wordKinds("university") & ORG_WORD, ORG_WORD);
});

test("a given name's gender: a name on both lists has none, as givenGender says", () => {
  for (const w of FEMALE_NAMES)
    assert.equal(genderOfKinds(wordKinds(w)), MALE_NAMES.has(w) ? undefined : "f", w);
  for (const w of MALE_NAMES)
    assert.equal(genderOfKinds(wordKinds(w)), FEMALE_NAMES.has(w) ? undefined : "m", w);
  // the hand list gives a gender; a name only the Moby lists know is a given name with none
  assert.equal(genderOfKinds(wordKinds("ashley")), "f");
  for (const w of ["mireille", "marcus", "adel"]) {
    assert.ok(wordKinds(w) & FEMALE && wordKinds(w) & MALE, w);
    assert.equal(genderOfKinds(wordKinds(w)), undefined, w);
  }
  // a name that is also a word or a place is no given name unless the hand list has it
  for (const w of ["georgia", "florence", "paris", "rose", "may"])
    assert.equal(genderOfKinds(wordKinds(w)), undefined, w);
  assert.equal(genderOfKinds(wordKinds("table")), undefined);
  assert.equal(FEMALE | MALE, 384);
});

test("tokens look their kinds up by their lower case, and tell initials by character", () => {
  const [the, sec, f, kelly, us] = tokenize("The Secretary F. Kelly U.S.");
  assert.ok((the?.kinds ?? 0) & NOT_NAME);
  assert.ok((sec?.kinds ?? 0) & TITLE);
  assert.equal(f?.initial, true);
  assert.equal(kelly?.initial, false);
  assert.equal(us?.initial, false);
});

test("kinds read from the text are those of its lower case; non-ASCII words are left to it", () => {
  const text = "The SECRETARY of Zorblat, mr. and Mary; Éloïse";
  for (const t of tokenize(text)) {
    const at = kindsAt(text, t.start, t.end);
    if ([...t.text].every((ch) => ch.charCodeAt(0) < 128))
      assert.equal(at, wordKinds(t.lower), t.text);
    else assert.equal(at, -1, t.text);
  }
  assert.equal(kindsAt("xx the", 3, 6), wordKinds("the"));
  // every lexicon word is found where it stands, in any case
  for (const w of [...TITLE_WORDS, ...NOT_NAMES, ...FEMALE_NAMES, ...MALE_NAMES]) {
    if ([...w].some((ch) => ch.charCodeAt(0) >= 128)) continue;
    assert.equal(kindsAt(w, 0, w.length), wordKinds(w), w);
    assert.equal(kindsAt(w.toUpperCase(), 0, w.length), wordKinds(w), w);
  }
  assert.equal(kindsAt("thee", 0, 3), wordKinds("the"));
});

test("role nouns, he/she and `and` have their kinds, in any case", () => {
  const text = "The Attorney and the SPOKESMAN said she would.";
  const kinds = tokenize(text).map((t) => [
    t.text,
    (t.kinds & ROLE_NOUN) !== 0,
    (t.kinds & HE_OR_SHE) !== 0,
    (t.kinds & AND) !== 0,
  ]);
  assert.deepEqual(kinds, [
    ["The", false, false, false],
    ["Attorney", true, false, false],
    ["and", false, false, true],
    ["the", false, false, false],
    ["SPOKESMAN", true, false, false],
    ["said", false, false, false],
    ["she", false, true, false],
    ["would", false, false, false],
  ]);
});

test("every written medium, and no other word, has the WRITTEN_MEDIUM kind, in any case", () => {
  for (const w of WRITTEN_MEDIA.keys()) assert.ok(wordKinds(w) & WRITTEN_MEDIUM, w);
  const media = tokenize("In her Letter, posted on a Blog, she said.").filter(
    (t) => t.kinds & WRITTEN_MEDIUM,
  );
  assert.deepEqual(
    media.map((t) => t.text),
    ["Letter", "Blog"],
  );
});
