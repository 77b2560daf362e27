import assert from "node:assert/strict";
import { test } from "node:test";
import {
  asciiWordBefore,
  inOrder,
  inRegions,
  isAcronym,
  isInitial,
  mostlyCapitalised,
  quoteRegions,
  readWords,
  sentenceIndex,
  sentenceStarts,
  squashSpaces,
  tokenize,
} from "./text.ts";
import { wordKinds } from "./words.ts";

test("tokens keep initials' and titles' dots and split off possessives", () => {
  const tokens = tokenize("Sen. Mary K. O’Neil’s aide left.");
  assert.deepEqual(
    tokens.map((t) => t.text),
    ["Sen.", "Mary", "K.", "O’Neil", "aide", "left"],
  );
  assert.equal(tokens[3]?.possessive, true);
  assert.equal(tokens[3]?.end, 19);
});

test("sentences do not end at initials or abbreviations", () => {
  const text = "Dr. Ann B. Cole spoke. Then she left.\nNew line";
  const starts = sentenceStarts(text, readWords(text).keptDots);
  assert.deepEqual(starts, [0, 23, 38]);
  assert.equal(sentenceIndex(starts, 30), 1);
});

test("quote regions pair curly and straight quotes within a paragraph", () => {
  const text = 'He said “yes” and "no".\n\n“unclosed\n\nlater';
  const regions = quoteRegions(text);
  assert.deepEqual(regions, [9, 12, 19, 21]);
  assert.equal(inRegions(regions, 10), true);
  assert.equal(inRegions(regions, 14), false);
});

test("a pathological run of capitals and quotes is handled in one pass", () => {
  const text = "A ".repeat(50_000) + "“".repeat(10_000) + "B. ".repeat(20_000);
  const words = readWords(text);
  assert.equal(words.tokens.length, 70_000);
  assert.ok(sentenceStarts(text, words.keptDots).length >= 1);
  assert.deepEqual(quoteRegions(text), []);
});

test("mixed curly and straight marks still pair around a quote", () => {
  const text = '“Deals are bad," Chair Ann Cole said, calling them "like candy."';
  const regions = quoteRegions(text);
  assert.equal(inRegions(regions, text.indexOf("Ann")), false);
  assert.equal(inRegions(regions, text.indexOf("Deals")), true);
  assert.equal(inRegions(regions, text.indexOf("candy")), true);
});

test("the hand-written word scanner splits words exactly as the Unicode word pattern does", () => {
  const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
  const samples = [
    "U.S.A. and D.C.-based U.S.Army",
    "O’Neil’s well-known rock-’n’-roll -dash- trailing- 'quoted'",
    "Éloïse Müller, ΟΔΟΣ, İstanbul, ǅemal, ٣٤ and 𝐀𝐛𝐜 𝐀.𝐁. stray \ud835 surrogate",
    "A.B.C.D e.g. i.e. Mr. St. Louis",
    // ASCII words that run on into other letters, joiners and the end of the text
    "abc’def ghié jkl-mno pqr'stu x- y' 12ab Zé,end",
    // ASCII words ended by curly quotes, dashes and ellipses, or carried on by `’`
    "“Yes,” she said—then left… ‘No’ abc’ def’s ab”cd Ann’",
  ];
  for (const text of samples) {
    // possessives and kept dots change a token's end, so compare where tokens start
    const expected = [...text.matchAll(WORD)].map((m) => m.index);
    assert.deepEqual(
      tokenize(text).map((t) => t.start),
      expected,
      text,
    );
  }
  const t = tokenize("Éloïse’s U.S. Sen. Ann’s");
  assert.deepEqual(
    t.map((x) => [x.text, x.lower, x.possessive]),
    [
      ["Éloïse", "éloïse", true],
      ["U.S.", "u.s.", false],
      ["Sen.", "sen.", false],
      ["Ann", "ann", true],
    ],
  );
});

test("the word before an offset is the one its Unicode regex finds, or undecided when not ASCII", () => {
  const text = "said union president\u00a0 Marcus and (Chair  Ann) and café Bob, Obama’s Sec — Al";
  const at = (w: string) => text.indexOf(w);
  assert.equal(asciiWordBefore(text, at("Marcus"), 30, true), "president");
  assert.equal(asciiWordBefore(text, at("Ann"), 30, false), "Chair");
  // `\p{Ll}+` takes only the lower-case tail, as the regex does
  assert.equal(asciiWordBefore(text, at("Ann"), 30, true), "hair");
  // no space right before
  assert.equal(asciiWordBefore(text, at("Ann)") + 3, 30, false), "");
  // the window cuts the word as a slice would
  assert.equal(asciiWordBefore(text, at("Marcus"), 6, true), "dent");
  assert.equal(asciiWordBefore(text, at("Bob"), 30, false), null);
  // a character outside ASCII that is no letter ends the word, as it ends the regex's
  assert.equal(asciiWordBefore(text, at("Sec"), 30, false), "s");
  assert.equal(asciiWordBefore(text, at("Al"), 30, false), "");
  for (const w of ["Marcus", "Ann", "Bob", "Sec", "Al"])
    for (const lowerOnly of [true, false]) {
      const found = asciiWordBefore(text, at(w), 30, lowerOnly);
      const re = lowerOnly ? /([\p{Ll}]+)[ \u00a0]+$/u : /([\p{L}]+)[ \u00a0]+$/u;
      const m = re.exec(text.slice(Math.max(0, at(w) - 30), at(w)));
      if (found !== null) assert.equal(found, m?.[1] ?? "", w);
    }
});

test("title-case counting agrees with a letter-word regex, surrogate pairs included", () => {
  const lines = [
    "Clinton Goes After Trump As The New Romney",
    "O’Neil’s co-chair says 𝐀bc ǅemal and 1999 É-é",
    "half a pair \ud835",
    "A b C D E F",
    "a B C D E F G H I J",
    "Sessions And Kelly Meet The Press at Noon",
    "",
  ];
  for (const line of lines) {
    const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    for (const [min, share] of [
      [4, 0.7],
      [1, 0.5],
      [2, 1],
      [0, 0.1],
    ] as const)
      assert.equal(
        mostlyCapitalised(line, 0, line.length, min, share),
        words.length >= min && capitals / words.length >= share,
        `${line} ${min} ${share}`,
      );
  }
  assert.equal(mostlyCapitalised("Ab 𝐀c", 0, 4, 1, 1), true);
  assert.equal(mostlyCapitalised("ab 𝐀c", 0, 4, 1, 0.5), false);
});

test("a list is in order when no neighbour sorts before the one ahead of it", () => {
  const byValue = (a: number, b: number) => a - b;
  assert.equal(inOrder([], byValue), true);
  assert.equal(inOrder([1, 1, 2, 5], byValue), true);
  assert.equal(inOrder([1, 3, 2], byValue), false);
});

test("acronyms: two or more capitals among capitals, digits and & . -, in any script", () => {
  for (const w of ["ICE", "ACLU", "AT&T", "U.S.", "ÉU", "𝐀𝐁"]) assert.equal(isAcronym(w), true, w);
  for (const w of ["I", "G7", "Ice", "A1", "U.s.", "É", "ÉÉa", "--"])
    assert.equal(isAcronym(w), false, w);
});

test("collapsing white space leaves single spaces alone and collapses every other kind", () => {
  for (const s of ["John F. Kelly", " a b ", "a  b", "a\u00a0b", "a\n\tb", "a \u2003b", ""]) {
    assert.equal(squashSpaces(s), s.replace(/\s+/gu, " "), JSON.stringify(s));
    assert.equal(squashSpaces(s, true), s.replace(/[ \u00a0]+/gu, " "), JSON.stringify(s));
  }
  assert.equal(squashSpaces("a \n b"), "a b");
  assert.equal(squashSpaces("a \n b", true), "a \n b");
});

test("sentence starts are where the sentence-end pattern's matches end", () => {
  const text = "He left. “Go!” she said.) Next?\tYes.\u2003Then\n\n  new. Dr. No.x. U.S. ends";
  const words = readWords(text);
  const abbrevEnds = words.tokens.filter((t) => t.text.endsWith(".")).map((t) => t.end);
  // the tokenizer gathers them
  assert.deepEqual(words.keptDots, abbrevEnds);
  const expected = [0];
  for (const m of text.matchAll(/[.!?]["'”’)\]]*\s+|\n\s*/g)) {
    if (text[m.index] === "." && abbrevEnds.includes(m.index + 1)) continue;
    expected.push(m.index + m[0].length);
  }
  assert.deepEqual(sentenceStarts(text, words.keptDots), expected);
  assert.ok(expected.length >= 6);
});

test("the tokenizer gathers `he`/`she`, `and` and document nouns in any case, with their kinds", () => {
  const text = "He and SHE read the Letter. AND she’s statement, hen, shed.";
  const words = readWords(text);
  const at = (list: number[]) => list.map((i) => words.tokens[i]?.text);
  assert.deepEqual(at(words.pronouns), ["He", "SHE", "she"]);
  assert.deepEqual(at(words.ands), ["and", "AND"]);
  assert.deepEqual(at(words.documentNouns), ["Letter", "statement"]);
  assert.equal(words.tokens[4]?.kinds, wordKinds("the"));
  const ends = (tokens: { start: number; end: number }[]) => tokens.map((t) => [t.start, t.end]);
  assert.deepEqual(ends(tokenize(text)), ends(words.tokens));
});

test("initials are a capital and a dot, the capital maybe outside the BMP", () => {
  for (const w of ["F.", "É.", "𝐀."]) assert.equal(isInitial(w), true, w);
  for (const w of ["f.", "Ann", "AB.", "𝐚.", "𝐀x", "\ud835.", "F"])
    assert.equal(isInitial(w), false, w);
});

test("a token is an acronym as its text is", () => {
  const text = "ICE and the U.S. ACLU-NY, AT&T, Ab, A1, X, ÉTÉ, Été, 3M, CO2";
  for (const t of tokenize(text)) assert.equal(t.acronym, isAcronym(t.text), t.text);
});

test("doubled apostrophes are a double quote (`''It seems certain Bernie will run,'' he said`); one is not", () => {
  const text = "''It seems certain Bernie will run,'' he said. The dogs' owners don't mind.";
  const regions = quoteRegions(text);
  assert.equal(inRegions(regions, text.indexOf("Bernie")), true);
  assert.equal(inRegions(regions, text.indexOf("he said")), false);
  assert.equal(inRegions(regions, text.indexOf("owners")), false);
});

test("a month shortened before its day ends no sentence", () => {
  const text = "In a letter dated Nov. 17, she wrote that it failed. It did.";
  const starts = sentenceStarts(text, readWords(text).keptDots);
  assert.deepEqual(starts, [0, 53]);
});
