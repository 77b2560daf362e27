// Tests for the speaker side of a cue (speaker.ts): who said it, read through the whole stage.

import assert from "node:assert/strict";
import { test } from "node:test";
import { rows } from "../testing.ts";
import { speakerOf } from "./testing.ts";

test("an -ing cue after a verb's object gives the sentence subject (`issued a statement saying`)", () => {
  assert.equal(
    speakerOf(
      'On Saturday, Trump issued a statement saying that Scalia was "a remarkable person."',
      "remarkable",
    ),
    "Trump",
  );
  assert.equal(
    speakerOf(
      'But that morning, an angry army of workers had amassed at the center, carrying signs saying, "Merger today, Chapter 11 tomorrow."',
      "Merger today",
    ),
    "an angry army",
  );
  // `with X saying`: the phrase after `with` is the one speaking.
  assert.equal(
    speakerOf(
      'Republicans were irritated, with Sen. John McCain calling it "a Chinese menu."',
      "Chinese menu",
    ),
    "Sen. John McCain",
  );
});

test('a cue opening the sentence takes the name after it (`Said Jo Doe, who…, "…"`)', () => {
  assert.equal(
    speakerOf(
      "Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”",
      "so proud",
    ),
    "Dorothy Poynter",
  );
  assert.equal(
    speakerOf("Stated Stone:\n\n“I think that the stakes are so high.”", "stakes"),
    "Stone",
  );
});

test("an inverted speaker: a long role phrase, a relative clause after it; no inverted hearer", () => {
  assert.equal(
    speakerOf(
      '"There was wrongdoing," said a former senior law enforcement official.',
      "wrongdoing",
    ),
    "a former senior law enforcement official",
  );
  assert.equal(
    speakerOf('"Meh," wrote a supporter who runs the account. "What does Ford know?"', "Meh"),
    "a supporter",
  );
  // `told her supporters` names the hearers; the speaker comes before the relative clause.
  assert.equal(
    speakerOf(
      'Clinton, who called Sanders shortly after the winner was declared, told her supporters, "I still love New Hampshire."',
      "still love",
    ),
    "Clinton",
  );
});

test("an -ing cue after a comma past adverbs or inside a closing quote hangs on the subject", () => {
  assert.equal(
    speakerOf(
      'Clinton has expressed frustration about the debate, recently telling one person close to her that she is perplexed about "which Donald Trump will show up."',
      "which Donald Trump",
    ),
    "Clinton",
  );
  assert.equal(
    speakerOf(
      'Trump has hailed the vote as "fantastic," telling reporters in Scotland that he thinks it is "a great thing."',
      "a great thing",
    ),
    "Trump",
  );
});

test("`X, who said`: the phrase right before the relative pronoun", () => {
  assert.equal(
    speakerOf(
      'Still, Petrilli, who thinks the administration made a power grab, called the new law "much, much better."',
      "much better",
    ),
    "Petrilli",
  );
});

test('`what he calls "…"`: the pronoun naming is the sentence\'s subject', () => {
  assert.equal(
    speakerOf(
      'Secretary General Ban Ki-moon condemned what he called a "brazen breach" of U.N. resolutions.',
      "brazen breach",
    ),
    "Secretary General Ban Ki-moon",
  );
  assert.equal(
    speakerOf(
      'Clinton says she appreciated her courage through what she calls a "war of some pretty unpleasant words."',
      "unpleasant words",
    ),
    "Clinton",
  );
});

test("a verb coordinated inside a subordinate clause has that clause's subject", () => {
  assert.equal(
    speakerOf(
      'There have been pointed references, such as when Cruz knocked Rubio on trade and called him a "moderate," a dig.',
      "moderate",
    ),
    "Cruz",
  );
  // (past a comma the subordinate clause has ended: the main clause's subject speaks)
  assert.equal(
    speakerOf(
      'When I asked Sanders about it, he looked straight into the camera and said, "I am going to endorse you, my friend!"',
      "endorse you",
    ),
    "he",
  );
});

test("`made the following comment:`: an article and an adjective make the cue word a noun", () => {
  assert.equal(
    speakerOf(
      "On July 6, 2015, Sanders made the following comment:\n\n“For young people who have graduated high school, the unemployment rate is 33 percent.”",
      "unemployment rate",
    ),
    "Sanders",
  );
  assert.equal(
    speakerOf('Sanders delivered a snappy retort: "No one is tearing this up."', "tearing"),
    "Sanders",
  );
});

test("a phrase after `in`, `during` or `at` right before the cue is where, not who", () => {
  assert.equal(
    speakerOf('Officials in Washington said "it is over now."', "over now"),
    "Officials",
  );
  assert.equal(
    speakerOf('A spokesman in the mayor\'s office said "it is over now."', "over now"),
    "A spokesman",
  );
  assert.equal(
    speakerOf(
      'Protesters marching through the streets chanted "What curfew?" and kept going.',
      "What curfew",
    ),
    "Protesters",
  );
  assert.equal(
    speakerOf(
      'The break was complete when Trump in his announcement speech called undocumented immigrants "rapists" and more.',
      "rapists",
    ),
    "Trump",
  );
  assert.equal(
    speakerOf(
      'The employee said he did not recall it, but in a later interview said he had an "Oh, no" moment.',
      "Oh, no",
    ),
    "The employee",
  );
  assert.equal(
    speakerOf(
      "Wasserman Schultz said in her opening remarks that the platform should back the “stalwart allies” of the country.",
      "stalwart allies",
    ),
    "Wasserman Schultz",
  );
});

test("`NAME, which said …` gives the named antecedent when a report follows the cue", () => {
  assert.equal(
    speakerOf(
      'The study was funded by the Veskland Research Council, which said in a statement that the find showed "the value of patient fieldwork."',
      "patient fieldwork",
    ),
    "the Veskland Research Council",
  );
  // A verb and its object report nothing (`which claimed responsibility`).
  assert.deepEqual(
    rows("Officials blamed ISIS, which claimed responsibility for the attacks.").map((r) => r.who),
    [],
  );
});

test("a cue word in its base form after `a` and one word is that phrase's noun", () => {
  assert.deepEqual(
    rows("A faulty signal showed green, the board said.").map((r) => [r.who, r.cue]),
    [["the board", "said"]],
  );
  assert.deepEqual(
    rows("He repeated a false claim he opposed the invasion.").map((r) => r.cue),
    [],
  );
  // A share of a plural takes the plural verb: `a third say` reports.
  assert.equal(speakerOf("A third say they don't know.", "they don't know"), "A third");
});

test("a report whose subject holds a relative clause can be the content of an earlier one", () => {
  const list = rows(
    "Furman said that a commission appointed by President Bush estimated in 2005 that the overhaul would add little.",
  );
  assert.deepEqual(
    list.map((r) => [r.who, r.cue]),
    [
      ["Furman", "said"],
      ["a commission", "estimated"],
    ],
  );
  assert.match(list[0]?.what ?? "", /estimated in 2005 that the overhaul would add little$/);
  // right after the cue, with no `that`, too
  const next = rows(
    "Van Hoorn said a traffic study commissioned by the developer had found that traffic would rise.",
  );
  assert.deepEqual(
    next.map((r) => [r.who, r.cue]),
    [
      ["Van Hoorn", "said"],
      ["a traffic study", "found"],
    ],
  );
  assert.match(next[0]?.what ?? "", /^a traffic study commissioned by the developer had found/);
});

test("a determiner standing for a noun before an -ed verb and its object is the subject", () => {
  assert.equal(
    speakerOf('Another posted a photo with the caption: "Well, this aged badly."', "aged badly"),
    "Another",
  );
});

test("a written thing before `that` speaks through the relative clause (`a memo that accuses`)", () => {
  assert.equal(
    speakerOf(
      'The union told its members to prepare, in a memo that accuses management of "bargaining by calendar" while staffing falls.',
      "bargaining",
    ),
    "a memo",
  );
});

test("a word in -s before a determiner ends the subject's phrase: it is the verb", () => {
  assert.equal(
    speakerOf(
      "The notice gives the company thirty days to act and says further violations “may result in suspension.”",
      "may result",
    ),
    "The notice",
  );
});

test("subjects from r4's round-5 articles: relative clauses, pairs, roles, objects of prepositions", () => {
  // a relative clause whose list has commas of its own
  assert.equal(
    speakerOf(
      "The signers, who include hydrologists, botanists and several former employees, wrote that the program had been approved “without a single field survey.”",
      "field survey",
    ),
    "The signers",
  );
  // `on` opens a place phrase of the subject, like `in`
  assert.equal(
    speakerOf(
      "A nurse on one of the two floors, who asked not to be named, said she had cared for seven patients.",
      "seven patients",
    ),
    "A nurse",
  );
  // a modifier before a role noun, and no verb after the role noun
  assert.equal(
    speakerOf("Police oversight chief quits, saying city “tied the commission’s hands”", "tied"),
    "Police oversight chief",
  );
  // after a preposition, the phrase before an -ing cue is the one telling
  assert.equal(
    speakerOf(
      "It fell, hours after a memo from its chief executive telling employees that the company had “cut corners” was circulated.",
      "cut corners",
    ),
    "a memo from its chief executive",
  );
  // a second determiner phrase after `and` starts its own count of words
  assert.equal(
    speakerOf(
      'The state\'s top environmental official and its attorney general have asked for an inspection, saying the review "cannot be the last word."',
      "last word",
    ),
    "The state's top environmental official and its attorney general",
  );
});

test("a restrictive `who` clause inside a report: the phrase stays in the outer content", () => {
  const list = rows(
    "Kesselring said the findings should reassure head teachers who worried that later starts would disrupt routines.",
  );
  assert.equal(list[0]?.what, "the findings should reassure head teachers");
  // (the word after a modal is its verb, not the start of the phrase)
  assert.equal(list[1]?.who, "head teachers");
  assert.equal(list[1]?.what, "later starts would disrupt routines");
});

test("`quoted X as saying`: X speaks; a dash aside with `who` before the cue: the name before it", () => {
  assert.equal(
    speakerOf('The newspaper quoted him as saying the deal was "dead in the water."', "dead"),
    "him",
  );
  assert.equal(
    speakerOf(
      "Dr Evans — who has studied the virus for a decade — warned that cases would rise.",
      "cases",
    ),
    "Dr Evans",
  );
});

test("an inverted role phrase with a name set off after it: the name speaks (`said its owner, X.`)", () => {
  assert.equal(
    speakerOf(
      "The group learned of the breach from a news report, said its owner, Ferdinand Osei-Bram.",
      "learned of the breach",
    ),
    "Ferdinand Osei-Bram",
  );
  assert.equal(
    speakerOf("''We're anxious,'' said another Twitter user, Johanna Bayer.", "anxious"),
    "Johanna Bayer",
  );
  // a day is no name; a role phrase ending in a name is no role (`… of Derry, N.H.`)
  assert.equal(
    speakerOf('"We learned late," said the mayor, Tuesday.', "learned late"),
    "the mayor",
  );
  assert.equal(
    speakerOf(
      '"I don\'t know," said undecided voter Stephanie Hooton of Derry, N.H., before the event.',
      "know",
    ),
    "undecided voter Stephanie Hooton of Derry",
  );
});

test("a participle after a clause coordinated by `, while` goes with that clause's subject", () => {
  const text =
    "The Chamber said in a statement that the tax would “drive shoppers to the malls,” while the Merchants Alliance backed the mayor, saying empty buses meant empty shops.";
  assert.equal(speakerOf(text, "empty buses"), "the Merchants Alliance");
  assert.equal(speakerOf(text, "drive shoppers"), "The Chamber");
  // With no coordinated clause, the sentence's subject.
  assert.equal(
    speakerOf(
      "The Chamber backed the mayor on Monday, saying empty buses meant empty shops.",
      "empty",
    ),
    "The Chamber",
  );
});

test("`according to X, which said …`: the source speaks again in the relative clause", () => {
  const list = rows(
    "The storm was 300 miles offshore, according to the regional forecast office, which said Odile was likely to make landfall late Thursday.",
  );
  assert.deepEqual(
    list.map((r) => [r.who, r.cue, r.what]),
    [
      ["the regional forecast office", "according to", "The storm was 300 miles offshore"],
      ["the regional forecast office", "said", "Odile was likely to make landfall late Thursday"],
    ],
  );
});

test("a reaction verb whose object is a relative clause's antecedent: the quotation is not its subject's", () => {
  assert.equal(
    speakerOf(
      'Her post ended with a line that employees quickly mocked on social media: "We are not shrinking."',
      "not shrinking",
    ),
    "Her post",
  );
  // With an object of its own, the subject's words.
  assert.equal(
    speakerOf('Critics mocked the slogan at a rally: "We are not fooled."', "not fooled"),
    "Critics",
  );
});

test("a verb after `and` goes on with the reporting clause just before it, past a quotation", () => {
  const list = rows('"We are done," Smith said, and added that the talks would resume in May.');
  assert.deepEqual(
    list.map((r) => [r.who, r.cue]),
    [
      ["Smith", "said"],
      ["Smith", "added"],
    ],
  );
});

test("an -ing cue after `upon` or `since` reports what the sentence's subject said", () => {
  const list = rows('Silverman drew boos upon saying, "Hillary heard the passion of the people."');
  assert.deepEqual(
    list.map((r) => [r.who, r.cue]),
    [["Silverman", "saying"]],
  );
});

test("two participles joined by `and` share their subject", () => {
  const list = rows(
    'She escalated her criticism on Tuesday, telling CNN that Trump is a "faker" and questioning how he has "gotten away with it."',
  );
  assert.deepEqual(
    list.map((r) => [r.who, r.cue]),
    [
      ["She", "telling"],
      ["She", "questioning"],
    ],
  );
});

test("a role phrase before a name set off by commas belongs to the clause that names the speaker", () => {
  const list = rows(
    "The governor's office said in a statement that it was reviewing the bill, and a spokesman, Ken Obi, added that no decision had been made.",
  );
  assert.deepEqual(
    list.map((r) => [r.who, r.what]),
    [
      ["The governor's office", "it was reviewing the bill"],
      ["Ken Obi", "no decision had been made"],
    ],
  );
});

test("a relative clause ending in an adverb or adjective before the cue: its antecedent speaks", () => {
  assert.equal(
    speakerOf(
      'A Trump aide who was not authorized to speak publicly said the campaign was "in a bad place."',
      "bad place",
    ),
    "A Trump aide",
  );
  assert.equal(
    speakerOf("An aide who was unhappy said the campaign was in a bad place.", "bad place"),
    "An aide",
  );
});

test("a participle (and its date) after a noun before the cue describes the phrase that speaks", () => {
  assert.equal(
    speakerOf(
      "A city audit released Thursday found that the firm billed for work it never did.",
      "billed",
    ),
    "A city audit",
  );
  assert.equal(
    speakerOf("A report published last week said the river was dirty.", "river"),
    "A report",
  );
  assert.equal(speakerOf("Residents interviewed said the river was dirty.", "river"), "Residents");
  assert.equal(
    speakerOf("The newly elected mayor said the river was dirty.", "river"),
    "The newly elected mayor",
  );
});

test("after a quotation, a phrase and its setting phrase start the clause: the quotation is its content", () => {
  assert.equal(
    speakerOf('"They know it," a voice-over in the ad states.', "know it"),
    "a voice-over",
  );
  assert.equal(
    speakerOf('"Hi there!" a welcome message on the website reads. "Come in."', "Hi there"),
    "a welcome message",
  );
});

test("a participle phrase opening the sentence (`After saying …,`) has its subject after it", () => {
  const text =
    "After saying her foot was “so swollen I could barely get my shoe on,” she was taken to hospital.";
  assert.equal(speakerOf(text, "so swollen"), "she");
  assert.equal(
    speakerOf("After saying it was fine, the mayor walked out.", "was fine"),
    "the mayor",
  );
});

test("a work's title inside an aside is no quotation: the subject before the aside stays", () => {
  // (with the title read as a quotation the sentence became an inverted `…, posted a video`)
  assert.deepEqual(
    rows(
      'Headliner Saoirse Kwan, whose album "Salt in the Orchard" topped the folk charts in the spring, posted a short video from her tour bus.',
    ),
    [],
  );
  assert.equal(
    rows(
      'Saoirse Kwan, whose album "Salt in the Orchard" topped the charts, said the show was off.',
    )[0]?.who,
    "Saoirse Kwan",
  );
});

test("a verb that makes its medium takes that medium as its object, not as a speaker", () => {
  assert.deepEqual(
    rows('The album "Salt" topped the charts in the spring, posted a short video from her bus.'),
    [],
  );
  // `reports` and `wrote` with a person keep their inverted speaker
  assert.equal(
    rows("Rates rose, reports a new study from Harvard.")[0]?.who,
    "a new study from Harvard",
  );
  assert.equal(rows('"We are done," wrote a reader from Ohio.')[0]?.who, "a reader from Ohio");
});

test("no speaker phrase runs across an irregular past verb (`testimony came from a worker who`)", () => {
  const found = rows(
    "The most pointed testimony came from a former worker at the plant who said the towers leaked.",
  );
  assert.equal(found[0]?.who, "a former worker at the plant");
  // `testified under his first name, Marcus,` reports nothing
  assert.deepEqual(
    rows(
      "The testimony came from a worker, who testified under his first name, Marcus, because he said he feared retaliation.",
    ).map((r) => [r.who, r.what]),
    [["he", "he feared retaliation"]],
  );
});

test("`who` after a thing's `of` stands for the person named after it", () => {
  const who = (text: string) => rows(text)[0]?.who;
  assert.equal(who("She will keep records of people who say they were approached."), "people");
  assert.equal(who("It drew the ire of lawmakers who thought she went too far."), "lawmakers");
  // a person, a kin noun or a count before `of` keeps the whole phrase
  assert.equal(
    who("The ex-wife of Alan Grayson, who says he lied, spoke on Monday."),
    "The ex-wife of Alan Grayson",
  );
  assert.equal(who("A majority of those who said it was fine left."), "A majority of those");
  assert.equal(
    who("A spokesman of the council who said it was fine left."),
    "A spokesman of the council",
  );
});

test("a verb coordinated after `It said the X, Name, had …` shares the pronoun subject", () => {
  assert.equal(
    speakerOf(
      'It said the contractor, Halvard Works, had "let the town down" and asked the council to end the deal.',
      "the council to end",
    ),
    "It",
  );
  assert.equal(
    speakerOf(
      "He pointed to his record, saying that budgets had been balanced, and said the critics were wrong.",
      "the critics were wrong",
    ),
    "He",
  );
});

test("a name with an age before `who …, said` speaks, not a descriptor before the name", () => {
  assert.equal(
    speakerOf(
      "One of the three drivers, Tomas Berg, 41, who has driven the route since 2010, said he was surprised.",
      "surprised",
    ),
    "Tomas Berg",
  );
  assert.equal(
    speakerOf(
      "In Dunmore, Lena Ross, 52, who has lived there since 2004, said she had phoned the council twice.",
      "phoned",
    ),
    "Lena Ross",
  );
});

test("a relative clause ending in a verb of speaking's `to` phrase: its antecedent speaks", () => {
  // (`speak to reporters`: the object of `to` after a verb of talking cannot be the subject)
  assert.equal(
    speakerOf(
      'A guard who asked not to be named because staff had been told not to speak to reporters said the cells were "full to bursting."',
      "full to bursting",
    ),
    "A guard",
  );
});

test("`a report by X, which found that …`: the written thing's authors report its finding", () => {
  assert.equal(
    speakerOf(
      "The inquiry follows a 2021 study by the council's auditors, which found that 40 files were lost.",
      "40 files",
    ),
    "the council's auditors",
  );
});

test("a participle phrase after the subject holds its own object, which does not speak", () => {
  // (`the inspector examining the collapse`: the walk back from the cue meets the participle's
  // object first; the participle's noun is the subject)
  assert.equal(
    speakerOf(
      "The inspector examining the collapse of the old bridge has concluded that engineers ignored cracks.",
      "engineers ignored",
    ),
    "The inspector",
  );
  assert.equal(
    speakerOf("Doctors treating the injured miners said most would recover.", "most would"),
    "Doctors",
  );
  // (through an infinitive of purpose and a passive participle's agent)
  assert.equal(
    speakerOf(
      "The firm hired by the council to audit the accounts said the books were clean.",
      "books were",
    ),
    "The firm",
  );
  // a noun in -ing after a preposition is no participle: the phrase after it speaks
  assert.equal(
    speakerOf("At the morning briefing officials said the road would reopen.", "road would"),
    "officials",
  );
});
