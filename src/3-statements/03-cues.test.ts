import assert from "node:assert/strict";
import { test } from "node:test";
import { findCues } from "./03-cues.ts";
import { tokenise } from "./text.ts";

function cues(text: string): string[] {
  const cueWords: number[] = [];
  const tokens = tokenise(text, 0, text.length, cueWords);
  return findCues(tokens, cueWords).map((c) =>
    text.slice(
      (tokens[c.first] as { start: number }).start,
      (tokens[c.last] as { end: number }).end,
    ),
  );
}

test("reporting verbs, particles and according to", () => {
  assert.deepEqual(
    cues("Kelly said the agency, according to officials, pointed out that it added more."),
    ["said", "according to", "pointed out", "added"],
  );
});

test("nouns, passives, negations and capitalised words are not cues", () => {
  assert.deepEqual(cues("The report is said to show his statement."), []);
  // (the progressive reports: `is promising to`)
  assert.deepEqual(cues("Trump is promising to bomb them."), ["promising"]);
  assert.deepEqual(cues("She declined to comment and did not say more."), []);
  assert.deepEqual(cues("The United States Post office."), []);
  // (a past form after an appositive's comma is a verb: `Murphy, the head of X, Tweeted on`)
  assert.deepEqual(cues("Murphy, the head of the PAC, Tweeted on Friday."), ["Tweeted"]);
  assert.deepEqual(cues("He met the Allied, United and Concerned groups."), []);
  assert.deepEqual(cues("He took the fight to the 35 states that voted."), []);
});

test("a participle after a possessive is its noun's adjective, not a cue", () => {
  assert.deepEqual(cues("The council's written evidence, seen by the Herald, says it is sound."), [
    "says",
  ]);
  // (`'s` as `has`: the verb's object or adverb follows)
  assert.deepEqual(cues("The council's written to the minister."), ["written"]);
  assert.deepEqual(cues("She's written widely on it."), ["written"]);
});

test("`add` with `it` and a phrase of where or how puts a thing somewhere, not words", () => {
  assert.deepEqual(cues("She added it by hand at the foot of the page."), []);
  assert.deepEqual(cues("They added them to the list, he said."), ["said"]);
  assert.deepEqual(cues("She added it was late."), ["added"]);
});

test("a cue word ending in s after a possessive is a plural noun", () => {
  assert.deepEqual(cues("He had not seen the council's questions but was ready."), []);
  assert.deepEqual(cues("The players' claims were new, and the union's lawyer says so."), ["says"]);
});

test("an -ing cue after a comma is a participle cue", () => {
  const text = "They fired back, writing that it was fine.";
  const cueWords: number[] = [];
  const tokens = tokenise(text, 0, text.length, cueWords);
  const cue = findCues(tokens, cueWords).find((c) => c.info.lemma === "write");
  assert.equal(cue?.participle, true);
  assert.equal(cue?.info.lemma, "write");
});

test("verbs of manner of speaking, some only with their particle", () => {
  assert.deepEqual(cues("Trump shot back and Kelly pressed, as he put it, then cut in."), [
    "shot back",
    "pressed",
    "put it",
    "cut in",
  ]);
  assert.deepEqual(cues("He shot the ad and cut taxes."), []);
});

test("an -ing cue after `by` or `after` is a participle cue, opening the sentence too", () => {
  const participle = (text: string) => {
    const cueWords: number[] = [];
    const tokens = tokenise(text, 0, text.length, cueWords);
    return findCues(tokens, cueWords).map((c) => c.participle);
  };
  assert.deepEqual(participle("Bolton distanced himself by saying he would help."), [true]);
  assert.deepEqual(participle("After saying it, she left."), [true]);
});

test("words inside a quotation are never cues", () => {
  const text = 'He called it "what she said" today.';
  const cueWords: number[] = [];
  const tokens = tokenise(text, 0, text.length, cueWords);
  for (const t of tokens) if (t.start >= 13 && t.start < 28) t.quote = 0;
  assert.deepEqual(
    findCues(tokens, cueWords).map((c) => c.info.lemma),
    ["call"],
  );
});

test("a noun that starts with a digit is no number: its verb is a cue", () => {
  assert.deepEqual(cues("The 34-year-old said he would retire."), ["said"]);
  assert.deepEqual(cues("The 1,200 reports and the 35 states."), []);
});

test("'her' before a verb form no noun shares is an object: the verb is a cue", () => {
  assert.deepEqual(cues("A poet who studied with her says it was lifted."), ["says"]);
  // (a possessive before a noun or an adjective still is not: `her reported income`)
  assert.deepEqual(cues("Her reported income and her statement."), []);
});

test("'one' and 'another' before a verb form no noun shares stand alone: the verb is a cue", () => {
  assert.deepEqual(cues('"Saw this coming," one wrote.'), ["wrote"]);
  assert.deepEqual(cues("Another said it was late."), ["said"]);
  // (a determiner before a noun still is not: `one statement`)
  assert.deepEqual(cues("One statement and another report."), []);
});

test("'that' after a written thing's noun is a relative pronoun: the verb after it is a cue", () => {
  assert.deepEqual(cues("It came in a memo that accuses the board of delay."), ["accuses"]);
  // (`that` before a noun is still a determiner: `that report`)
  assert.deepEqual(cues("That report and that statement."), []);
});

test("a medium's noun after a preposition, a determiner and one word is no cue", () => {
  assert.deepEqual(cues("The board said in a preliminary report that it failed."), ["said"]);
  // (a verb after its subject still is one: `the engineers report that`)
  assert.deepEqual(cues("In the end the engineers report that it failed."), ["report"]);
});

test("a passive `told` has its hearer for a subject: no cue", () => {
  assert.deepEqual(cues("They stayed until they were told it was safe."), []);
  assert.deepEqual(cues("They told him it was safe."), ["told"]);
});

test('a verb of manner is a cue, owning only a quote (`"…," the professor laughed`)', () => {
  assert.deepEqual(cues('"It is not rocket science," the professor laughed.'), ["laughed"]);
});

test("a negation two words back does not reach past a comma", () => {
  assert.deepEqual(cues("Amis, whose position was no, said the city had rushed."), ["said"]);
  assert.deepEqual(cues("He never publicly said so."), []);
});

test("verbs of recommending, disputing, informing and reasoning are cues", () => {
  assert.deepEqual(cues("It recommended that the state double its spending."), ["recommended"]);
  assert.deepEqual(cues("She disputed that the fund was short."), ["disputed"]);
  assert.deepEqual(cues("He informed the court that he was ill."), ["informed"]);
  assert.deepEqual(cues("The judge reasoned that the law was vague."), ["reasoned"]);
  assert.deepEqual(cues('"Stay home," opined the Plain Dealer.'), ["opined"]);
});

test("a medium's noun after a preposition, a determiner and a name is no verb", () => {
  assert.deepEqual(cues("She wrote in a Facebook post that she was fine."), ["wrote"]);
});

test("`asked not to be named`, `asked to remain anonymous`: a request, not a cue", () => {
  assert.deepEqual(cues("One engineer, who asked not to be named, told the Gazette so."), ["told"]);
  assert.deepEqual(cues("She asked to remain anonymous."), []);
  assert.deepEqual(cues("He asked whether it was safe."), ["asked"]);
});

test("a base form before a title and a participle before a written thing's noun are modifiers", () => {
  assert.deepEqual(cues("Her challenger, state Sen. Dmitri Halvorsen, declined to comment."), []);
  assert.deepEqual(cues("The state Attorney General said it was legal."), ["said"]);
  assert.deepEqual(cues("Military analysts say Mr. Putin would recognize the folly."), ["say"]);
  assert.deepEqual(cues('"We will fight," said Sen. Dmitri Halvorsen.'), ["said"]);
  assert.deepEqual(cues("In a 31-page written order, the judge gave the office 60 days."), []);
  // after a determiner or a measure, before any noun
  assert.deepEqual(cues("Her lawyer replied with a six-page written rebuttal an hour later."), [
    "replied",
  ]);
  assert.deepEqual(cues("The written rebuttal was delivered to reporters."), []);
  assert.deepEqual(cues("She has written letters to the board saying it failed."), [
    "written",
    "saying",
  ]);
});

test("a count or quantifier standing for people before a verb form no noun shares", () => {
  assert.deepEqual(cues("In a statement, the two wrote that the senate would act."), ["wrote"]);
  assert.deepEqual(cues("Several said they would rather wait."), ["said"]);
  assert.deepEqual(cues("All told, the company lost $5 million."), []);
});

test("a verb that makes its written thing, with nothing after it, reports nothing", () => {
  assert.deepEqual(cues("She said he was moved two months after writing the memo."), ["said"]);
  assert.deepEqual(cues("He wrote a letter saying the plan was dead."), ["saying"]);
  // (what comes after the thing may be the report: `wrote a letter to the board that …`)
  assert.deepEqual(cues("He wrote a letter to the board that the plan was dead."), ["wrote"]);
});

test("`remembered X as “…”` characterises, like `described X as`", () => {
  assert.deepEqual(cues("Mbaye-Fontaine, now 81, remembered their first session as quiet."), [
    "remembered",
  ]);
});

test("a participle-only form before a noun after an -ing verb or a preposition is an adjective", () => {
  assert.deepEqual(
    cues("The union accused the operator of ignoring written warnings about the roof."),
    ["accused"],
  );
  assert.deepEqual(cues("They acted despite written warnings."), []);
  // (after an auxiliary it is the verb: `had written letters`)
  assert.deepEqual(cues("She had written letters to him."), ["written"]);
});

test("a passive of a verb that makes its medium reports nothing (`the notes were written`)", () => {
  assert.deepEqual(cues("She said the notes were written months after the fact."), ["said"]);
});

test("`accepted that` acknowledges a clause; `accepted` an object or a quoted sum reports nothing", () => {
  assert.deepEqual(cues("The board accepted that the audit was right."), ["accepted that"]);
  assert.deepEqual(cues("The union accepted the offer on Friday."), []);
  assert.deepEqual(cues('He had accepted "about $200,000" from banks.'), []);
});
