// Tests for the content side of a cue (content.ts): what was said, read through the whole stage.

import assert from "node:assert/strict";
import { test } from "node:test";
import { rows } from "../testing.ts";
import { speakerOf } from "./testing.ts";

test("a clause ending in a colon with nothing reported in it promises the next quotation", () => {
  const text =
    "He told his Democratic audience, to rowdy applause:\n\n“I can say with confidence there has never been a man more qualified.”";
  assert.equal(speakerOf(text, "with confidence"), "He");
  const committee =
    'In a press release, the committee said about its inclusion of the group in the platform:\n\n"The platform goes further than previous platforms on rights."';
  assert.equal(speakerOf(committee, "goes further"), "the committee");
});

test("`As X reported, …`: an `as` clause reports what follows its comma", () => {
  assert.equal(
    speakerOf(
      'As The Daily Caller reported, the Cosby Show creator and star "gave between $1,001 and $5,000" to the Clintons.',
      "gave between",
    ),
    "The Daily Caller",
  );
});

test("a relative clause's report ends at the comma before the sentence's own verb, whose speaker is the antecedent", () => {
  const list = rows(
    "The Huffington Post, which said it would cover the campaign in its entertainment section, said it would treat it as news.",
  );
  assert.deepEqual(
    list.map((r) => [r.who, r.cue, r.what]),
    [
      ["The Huffington Post", "said", "it would cover the campaign in its entertainment section"],
      ["The Huffington Post", "said", "it would treat it as news"],
    ],
  );
  // Only the first comma: a later one closes an aside inside the report (not cut there).
  const what = rows("Jo Doe, who said the two men, and Cruz in particular, must do more.")[0]?.what;
  assert.equal(what, "the two men, and Cruz in particular, must do more");
});

test("a bare content may open with any few words before a finite verb", () => {
  assert.equal(
    speakerOf("The researchers say more digging is planned for next summer.", "more digging"),
    "The researchers",
  );
  assert.equal(
    speakerOf("Coastline Power says about 40,000 homes are without power.", "40,000 homes"),
    "Coastline Power",
  );
  // A preposition opens a phrase, not a clause (but for a count), and `to` an infinitive.
  assert.equal(speakerOf("Mr. Obama argued in 2004 were unhealthy.", "unhealthy"), undefined);
  assert.equal(speakerOf("Estrada said of the encounter he had was odd.", "odd"), undefined);
});

test("before a cue and its colon, a role phrase or a question put to the speaker is no content", () => {
  const what = (text: string) => rows(text).map((r) => r.what);
  assert.deepEqual(what('Its chief executive, Omar Feltham, added: "What we need is stability."'), [
    "What we need is stability.",
  ]);
  assert.deepEqual(what('Asked what he would do next, he said: "Sleep, probably."'), [
    "Sleep, probably.",
  ]);
  // (a clause before it still is: `The plan failed, she said: "…"`)
  assert.deepEqual(what('The plan failed, she said: "We tried."'), [
    "The plan failed",
    "We tried.",
  ]);
});

test("a lone noun phrase before a parenthetical cue is the quoted predicate's subject", () => {
  const list = rows('An average, the memo said, "hides every bad night inside a good week."');
  assert.equal(list.length, 1);
  assert.equal(list[0]?.kind, "partial");
  assert.ok(list[0]?.what.startsWith("An average"));
});

test("a time phrase after the clause's comma ends the content (`…, hours after …`)", () => {
  const list = rows(
    "Kestrel expects the recall to cost $210 million, the company said in a regulatory filing on Thursday, hours after a memo was circulated.",
  );
  assert.equal(list.length, 1);
  assert.equal(list[0]?.what, "Kestrel expects the recall to cost $210 million");
});

test("a parenthetical cue after an opening phrase reports the whole sentence, unless a quotation follows", () => {
  const july = rows("In July, she says, the lid of her kettle flew open as she poured water.");
  assert.deepEqual(
    july.map((r) => [r.kind, r.who, r.what]),
    [["indirect", "she", "In July, she says, the lid of her kettle flew open as she poured water"]],
  );
  const end = rows("In the end, Mr. Rosenthal said, union voters almost always vote Democratic.");
  assert.equal(end[0]?.who, "Mr. Rosenthal");
  // the opening phrase is where it was said, not what: the quotation alone
  const show = rows('On Tuesday\'s episode of "The Show," he said, "We are done."');
  assert.deepEqual(
    show.filter((r) => r.quote === "We are done.").map((r) => [r.kind, r.who]),
    [["direct", "he"]],
  );
  assert.deepEqual(rows("On Monday, he said."), []);
});

test("after a quotation that opened the sentence, a phrase about the speaker is no content", () => {
  for (const text of [
    '"We were never told," said Jane Doe, 42, a nurse from Dayton.',
    '"This is a disaster," said Tom Hale, a councillor.',
    '"I am not going anywhere," she wrote on X, formerly Twitter.',
  ]) {
    const [row] = rows(text);
    assert.deepEqual([row?.kind, row?.what], ["direct", row?.quote]);
  }
  // A clause after the comma goes on with the quotation.
  const [luck] = rows('"It\'s our bad luck," he said, that both men had ties to the mosque.');
  assert.equal(luck?.kind, "partial");
});

test("after an inverted clause's name, a phrase about the speaker ends the content unless a verb follows it", () => {
  const [row] = rows(
    "The plan was dead on arrival, said Geert Wilders, founder of the Party for Freedom.",
  );
  assert.equal(row?.what, "The plan was dead on arrival");
  const [paradox] = rows(
    "The paradox of Nancy, says Carl Anthony, historian at the library, is that she was powerful.",
  );
  assert.match(paradox?.what ?? "", /^The paradox of Nancy, says .* she was powerful$/);
});

test("a clause left open by its verb before a parenthetical cue runs on into the quotation", () => {
  const list = rows('There was, she said, "an implicit bargain."');
  assert.deepEqual(
    list.map((r) => [r.kind, r.what]),
    [["partial", 'There was, she said, "an implicit bargain."']],
  );
});

test("a counted time phrase after a tail clause dates the report; the content stays before it", () => {
  const list = rows(
    "All 14 schools will stay closed because of smoke, the superintendent told families on Monday, the fourth straight day of closures.",
  );
  assert.deepEqual(
    list.map((r) => [r.who, r.what]),
    [["the superintendent", "All 14 schools will stay closed because of smoke"]],
  );
  const inRow = rows(
    "The schools will stay shut, the mayor said on Monday, the third day in a row.",
  );
  assert.equal(inRow[0]?.what, "The schools will stay shut");
});

test("`At least` opens a count, not a phrase of place: a tail clause after it reports the sentence", () => {
  const list = rows("At least 37 people fell ill, and the cause was oysters, the department said.");
  assert.deepEqual(
    list.map((r) => [r.who, r.what]),
    [["the department", "At least 37 people fell ill, and the cause was oysters"]],
  );
});

test('`Subject "…," X said, and had been …`: the subject\'s second predicate is reported too', () => {
  const list = rows(
    'The company "took the report seriously," Holm said, and had been investigating the server.',
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.what]),
    [
      ["partial", "Holm", 'The company "took the report seriously,"'],
      ["indirect", "Holm", "had been investigating the server"],
    ],
  );
  assert.equal(rows('"It was fun," Melanie said, and was gone.').length, 1);
  const clause = rows(
    'The offer had been "always open to discussion," she said, and the final figure reflected savings.',
  );
  assert.equal(clause[1]?.what, "the final figure reflected savings");
  assert.equal(rows('"It was fun," Melanie said, and the balloons dropped.').length, 1);
});

test("an opening phrase, its comma, then a clause before a tail `…, it said.`: reported", () => {
  const list = rows(
    "In 212 of the 480 projects auditors sampled, the promised homes could not get service, it said.",
  );
  assert.deepEqual(
    list.map((r) => [r.who, r.what]),
    [
      [
        "it",
        "In 212 of the 480 projects auditors sampled, the promised homes could not get service",
      ],
    ],
  );
  // (a relative clause after the phrase is no clause of its own: the colon's quotation is the reply)
  const asked = rows(
    'Asked about the event that Clinton faces Trump, who has insulted women, she replied: "I don\'t know."',
  );
  assert.equal(asked.find((r) => r.quote === "I don't know.")?.what, "I don't know.");
});

test("a coordinated refusal to speak is the speaker's act, not the report's", () => {
  const list = rows(
    "The spokesman said the office was reviewing the order and declined to answer questions about an appeal.",
  );
  assert.equal(list[0]?.what, "the office was reviewing the order");
  // (a refusal that is no refusal to speak may be what was reported)
  const other = rows("The spokesman said the company had declined the offer and refused to pay.");
  assert.equal(other[0]?.what, "the company had declined the offer and refused to pay");
});

test("a report in a relative clause after `, which` ends at the sentence's verb, and the outer report goes on", () => {
  const list = rows(
    'He said the announcement, which some have argued was intended to get supporters to caucus, was an "insult" to volunteers.',
  );
  assert.deepEqual(
    list.map((r) => [r.who, r.what]),
    [
      ["He", "the announcement"],
      ["some", "was intended to get supporters to caucus"],
      ["He", 'was an "insult" to volunteers'],
    ],
  );
  // (a reflexive alone after the inner verb is its object, no report)
  assert.deepEqual(
    rows("One passage, which her office said she wrote herself, was sharper.").map((r) => [
      r.who,
      r.what,
    ]),
    [["her office", "she wrote herself"]],
  );
});

test("`urged X to …`: the request is reported, with no quotation; `urged caution` names nothing", () => {
  assert.deepEqual(
    rows("On Nov. 2, the group wrote to the county board urging it to pay for 60 guards.").map(
      (r) => [r.who, r.cue, r.what],
    ),
    [["the group", "urging", "it to pay for 60 guards"]],
  );
  assert.deepEqual(rows("The senator urged caution."), []);
});

test("in a speaker's relative clause, a noun phrase and a time phrase after `wrote` is its object", () => {
  assert.deepEqual(
    rows(
      "Councilmember Yvette Sandoval, who wrote the city's permit rules in 2024, said the dispute showed the rules were working.",
    ).map((r) => [r.cue, r.what]),
    [["said", "the dispute showed the rules were working"]],
  );
  // (a clause there is still reported)
  assert.equal(
    rows(
      "The Huffington Post, which said it would cover the campaign in its entertainment section, said it would treat it as news.",
    ).length,
    2,
  );
});

test("`asked X to …`, `implored X to …`: a request reported; not `asked whether … to`, `asked for anonymity to`", () => {
  assert.deepEqual(
    rows("The mayor asked residents to stay indoors.").map((r) => [r.who, r.what]),
    [["The mayor", "residents to stay indoors"]],
  );
  assert.equal(
    rows("The mayor urged residents not to travel.")[0]?.what,
    "residents not to travel",
  );
  assert.deepEqual(
    rows("A member, asking for anonymity to speak freely, left.").map((r) => r.cue),
    [],
  );
  assert.deepEqual(rows("She asked whether the plan would have to wait."), []);
});

test("`asked for the posts to be returned`: a request's passive infinitive after `for` and a phrase", () => {
  const list = rows("The letter asked for the posts to be returned within a year.");
  assert.equal(list[0]?.who, "The letter");
  assert.ok(list[0]?.what.startsWith("the posts to be returned"));
  // (not `asked for anonymity to speak`: no phrase to be done to)
  assert.deepEqual(rows("He asked for anonymity to speak freely."), []);
});

test("a pronoun right before a subordinator is the cue's object, not a clause (`believe it when`)", () => {
  const list = rows("The mayor said he would believe it when the money arrived.");
  assert.deepEqual(
    list.map((r) => r.cue),
    ["said"],
  );
  assert.equal(rows("She said it was late.")[0]?.what, "it was late");
});

test("a headline's verb other than `say`/`tell` takes an object, not a clause, unless a verb shows", () => {
  assert.deepEqual(rows("Both parties claim county seat\n\nThe count went on."), []);
  assert.equal(
    rows("Both parties claim count was rigged\n\nThe count went on.")[0]?.what,
    "count was rigged",
  );
  assert.equal(
    rows("Mayor says city will appeal\n\nThe count went on.")[0]?.what,
    "city will appeal",
  );
});

test("`a panel, which the report says recommended a ban`: the relative word is the reported clause's subject", () => {
  assert.deepEqual(
    rows("She praised the nurse, who the family says stayed with him all night.").map((r) => [
      r.who,
      r.what,
    ]),
    [["the family", "stayed with him all night"]],
  );
});
