// Tests for the words after a cue that are neither speaker nor content (after-cue.ts), read
// through the whole stage.

import assert from "node:assert/strict";
import { test } from "node:test";
import { rows } from "../testing.ts";
import { speakerOf } from "./testing.ts";

test("`told a TV interviewer that` and `said, however, that`: the content is the outer report's", () => {
  assert.equal(
    speakerOf(
      'Djokovic told a TV interviewer that he is feeling "a lot of emotion" before the match.',
      "a lot of emotion",
    ),
    "Djokovic",
  );
  assert.equal(
    speakerOf('He said, however, that he hopes "somebody else takes up the cause."', "somebody"),
    "He",
  );
});

test("a short setting phrase after a channel phrase, then `that`, opens the content", () => {
  assert.equal(
    speakerOf(
      "Islandlink said in a post on social media that passengers could travel on Friday.",
      "passengers could travel",
    ),
    "Islandlink",
  );
  // `to` names what was answered; a verb after `that` makes it a relative clause.
  assert.equal(
    speakerOf("Carson responded on Sunday to accusations that he exaggerated.", "exaggerated"),
    undefined,
  );
  assert.equal(
    speakerOf("He said in a statement on the plan that passed it was fine.", "fine"),
    undefined,
  );
});

test("a setting phrase and then `that` before a clear subject opens the content", () => {
  assert.equal(
    speakerOf(
      "Grange testified during the trial that she had raised the issue.",
      "raised the issue",
    ),
    "Grange",
  );
  // (not a verb's own `that`: `responded before adding that`)
  const list = rows('"You don\'t win that way," Rubio responded before adding that he must win.');
  assert.equal(list.find((r) => r.quote)?.cue, "responded");
});

test("a number after the hearer's name is part of it when `that` follows (`told Channel 9 … that`)", () => {
  const list = rows("Hartigan told Channel 9 on Wednesday that she was not satisfied.");
  assert.equal(list[0]?.what, "she was not satisfied");
});

test("a cue word after a determiner in the place phrase is a noun (`in the state capital that`)", () => {
  const list = rows("She told reporters in the state capital that she would ask for money.");
  assert.equal(list[0]?.what, "she would ask for money");
});

test("`that` before a finite verb is the reported clause's subject (`said that was up to them`)", () => {
  assert.equal(
    rows("Moorcroft said that was up to the company.")[0]?.what,
    "that was up to the company",
  );
  assert.equal(rows("He said that the plan was dead.")[0]?.what, "the plan was dead");
});

test("an aside right after `that` does not hide the reported clause (`pledged that, if elected, he…`)", () => {
  const list = rows('He pledged that, if elected president, he would be "a friend to both."');
  assert.equal(list[0]?.who, "He");
  assert.equal(list[0]?.quote, "a friend to both.");
});

test("the hearer's phrase ends before the next determiner; a channel's addressee before `that`", () => {
  assert.equal(
    rows("Jane Doe told the court her client was innocent.")[0]?.what,
    "her client was innocent",
  );
  assert.equal(
    rows("The chief executive said in a memo to staff that jobs would go.")[0]?.what,
    "jobs would go",
  );
});

test("a document's adjective belongs to the channel phrase: `warned in an internal memo that`", () => {
  // (the phrase stopped at 'internal', and the whole clause around the cue became the content)
  const list = rows(
    'The city shut the bridge, days after an engineer warned in an internal memo that corrosion had reached a point where "failure cannot be ruled out."',
  );
  assert.equal(list[0]?.who, "an engineer");
  assert.equal(list[0]?.what, 'corrosion had reached a point where "failure cannot be ruled out."');
});

test("`that` before one singular noun and a time phrase is a determiner: no clause is reported", () => {
  assert.deepEqual(rows("Quillon repeated that line on Tuesday."), []);
  assert.deepEqual(rows("He denied that claim."), []);
  assert.equal(
    rows("The mayor noted that crime fell on Tuesday.")[0]?.what,
    "crime fell on Tuesday",
  );
});

test("`told CNN's \"State of the Union\" (on Sunday) that`: the show's title is part of the hearer", () => {
  for (const text of [
    'The senator told CNN\'s "State of the Union" that the bill would pass.',
    'The senator told NBC\'s "Meet the Press" on Sunday that the bill would pass.',
  ]) {
    const list = rows(text);
    assert.deepEqual(
      list.map((r) => [r.kind, r.what]),
      [["indirect", "the bill would pass"]],
    );
  }
});

test("`said of Clinton`: whom the words are about is no content", () => {
  const list = rows('"She\'s tough," Obama said of Clinton on Tuesday, "and she doesn\'t quit."');
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.quote]),
    [
      ["direct", "Obama", "She's tough,"],
      ["direct", "Obama", "and she doesn't quit."],
    ],
  );
  assert.equal(rows("Obama said of Clinton that she is tough.")[0]?.what, "she is tough");
});

test("`answered within hours that`: how soon is no content, and a second cue's quote is its own", () => {
  const list = rows(
    'The governor accused the government of holding back $412 million, and the secretary answered within hours that the state had "not finished its homework."',
  );
  const answer = list.find((r) => r.quote === "not finished its homework.");
  assert.equal(answer?.who, "the secretary");
  assert.equal(answer?.what, 'the state had "not finished its homework."');
});

test("a tail clause whose channel phrase names an audit and a participle ends the sentence", () => {
  const list = rows(
    "The agency sent $31 million to contractors for lines that were never switched on, the inspector general said in an audit released Monday.",
  );
  assert.deepEqual(
    list.map((r) => [r.who, r.what]),
    [
      [
        "the inspector general",
        "The agency sent $31 million to contractors for lines that were never switched on",
      ],
    ],
  );
});

test("a short aside set off by commas before `that` (`told them, in effect, that`)", () => {
  assert.deepEqual(
    rows(
      "Faculty told their president that they no longer trust her, and she told them, in effect, that she was not going to change course.",
    ).map((r) => [r.who, r.what]),
    [
      ["Faculty", "they no longer trust her"],
      ["she", "she was not going to change course"],
    ],
  );
  // (a prepositional phrase of a few words more: how or where it was said)
  assert.deepEqual(
    rows(
      "She told the crowd after the vote, through a party interpreter, that the count would go on.",
    ).map((r) => [r.who, r.what]),
    [["She", "the count would go on"]],
  );
  // (another reporting clause between the commas is no aside)
  const hoped = rows("He hoped, he said, that the paper would shy away from it.");
  assert.ok(!hoped.some((r) => r.what.startsWith("he said")));
});

test("`told a town hall in Salem, New Hampshire on Monday that`: a place and a day after the hearer", () => {
  assert.equal(
    speakerOf(
      'McCain issued a statement after Donald Trump told a town hall in Salem, New Hampshire on Monday that waterboarding is "peanuts," compared to what militants do.',
      "peanuts",
    ),
    "Donald Trump",
  );
});

test("`says at least a dozen … have told her`: a count limit after the cue opens the content", () => {
  const found = rows(
    "Tamsin Oduya of the Valley Alliance says at least a dozen of the group's members have told her they skipped court dates.",
  );
  const outer = found.find((r) => r.cue === "says");
  assert.equal(outer?.who, "Tamsin Oduya of the Valley Alliance");
  assert.equal(
    outer?.what,
    "at least a dozen of the group's members have told her they skipped court dates",
  );
  // the inner report's speaker keeps its count
  assert.equal(found.find((r) => r.cue === "told")?.who, "at least a dozen of the group's members");
  assert.equal(
    rows("Smith said at most two people were hurt.")[0]?.what,
    "at most two people were hurt",
  );
  // a place phrase is still skipped
  assert.equal(
    rows("Smith said at the briefing that two people were hurt.")[0]?.what,
    "two people were hurt",
  );
});

test("`under` opens a setting after the cue, and a count (`under 300 people`) opens the content", () => {
  const what = (text: string) => rows(text)[0]?.what;
  assert.equal(what("Jones testified under oath that he was there."), "he was there");
  assert.equal(
    what("She acknowledged under questioning that inspectors had not sampled the towers."),
    "inspectors had not sampled the towers",
  );
  assert.equal(
    what("He admitted under Warren's grilling he hadn't yet been held accountable."),
    "he hadn't yet been held accountable",
  );
  assert.equal(what("Smith said under 300 people came."), "under 300 people came");
  assert.deepEqual(rows("Jones testified under his first name, Marcus, because he feared it."), []);
});

test("a setting named twice, the body then its city (`in parliament in Astana`), then `that`", () => {
  assert.equal(
    speakerOf(
      "The minister, Asel Nurmagambetova, said in parliament in Astana that a commission would examine the records.",
      "a commission would examine",
    ),
    "Asel Nurmagambetova",
  );
});

test("a legislature told as a body is the hearer, not the content", () => {
  const found = rows(
    "Morocco will cut tap water to homes, the water minister told parliament on Monday, as the drought goes on.",
  );
  assert.equal(found.length, 1);
  assert.ok(found[0]?.what.startsWith("Morocco will cut tap water"));
});

test("`wrote to the management that`: a bare verb's addressee after `to`, then `that`", () => {
  assert.equal(
    speakerOf(
      'Dinara Sarsenbayeva, the chair of the branch, wrote to the management that the bolts were "visibly failing."',
      "visibly failing",
    ),
    "Dinara Sarsenbayeva",
  );
  // (not a verb that names what it answers: `responded to accusations that he…`)
  assert.equal(
    speakerOf(
      "Carson, the candidate, responded to accusations that he exaggerated.",
      "exaggerated",
    ),
    undefined,
  );
});

test("adjuncts of place, time or manner between a cue and `that` (bounded) open the content after it", () => {
  const content = (text: string) => rows(text)[0]?.what;
  assert.equal(
    content("Ruiz told reporters at the depot on Friday evening that the line would reopen."),
    "the line would reopen",
  );
  assert.equal(content("She said by phone that she had moved twice."), "she had moved twice");
  assert.equal(
    content("The dean had argued as recently as 2019 that the course was too long."),
    "the course was too long",
  );
  // the hearer is a plural noun, then the setting (`told analysts on a call that`)
  assert.equal(
    content("Okafor told investors on a call that the loss was behind them."),
    "the loss was behind them",
  );
  assert.equal(
    content("The coach told fans outside the stadium that the team would stay."),
    "the team would stay",
  );
  // `with` names what the verb is about; a verb after `that` makes it a relative clause
  assert.equal(speakerOf("They agreed with that the board was saying.", "board"), undefined);
  assert.equal(
    speakerOf("He said at the depot that serves the town it was shut.", "serves"),
    undefined,
  );
});

test("`said only that`: `only` before the cue's `that` is not content", () => {
  assert.equal(
    rows("The mayor said only that the talks would go on.")[0]?.what,
    "the talks would go on",
  );
});

test('`said in a report that the governor called "…"`: the relative clause is about the report; the clause before is what was said', () => {
  const list = rows(
    'The agency lost about $3 million last year, the inspector said Friday in a report that the governor called "pure invention."',
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.quote ?? r.what]),
    [
      ["indirect", "the inspector", "The agency lost about $3 million last year"],
      ["partial", "the governor", "pure invention."],
    ],
  );
});
