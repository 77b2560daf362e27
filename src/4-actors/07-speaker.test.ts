import assert from "node:assert/strict";
import { test } from "node:test";
import { trimMention } from "./07-speaker.ts";
import { resolveSpeakers } from "./index.ts";
import { article, hand, speakersOf } from "./testing.ts";

const at = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase };
};

test("a speaker phrase loses its trailing clause and gains the document that carries it", () => {
  const a = "A city staff report presented at the meeting estimated costs.";
  assert.equal(
    trimMention(a, at(a, "A city staff report presented at the meeting")).text,
    "A city staff report",
  );
  const b = "A 2024 report by the Audit Office found gaps.";
  assert.equal(trimMention(b, at(b, "the Audit Office")).text, "A 2024 report by the Audit Office");
  const c = "Mayor Ann Cole said so.";
  const same = at(c, "Mayor Ann Cole");
  assert.equal(trimMention(c, same), same);
});

test("`I` outside quotes is the writer, never the antecedent of `she`", () => {
  const text =
    "I met Rosa Vidal, a nurse, last week. I think the ward is full. “We are tired,” she said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the ward is full", mention: "I", kind: "indirect" },
      { quote: "We are tired,", mention: "she" },
    ]),
    [["the author"], ["Rosa Vidal"]],
  );
});

test("transcript labels: `PENCE:` is the Pence named earlier, `WALLACE:` a person all the same", () => {
  const text =
    "Governor Mike Pence spoke on Sunday.\n\nWALLACE: “Will she attend?”\n\nPENCE: “She will not.”";
  const result = speakersOf(text, [
    { quote: "Will she attend?", mention: "WALLACE" },
    { quote: "She will not.", mention: "PENCE" },
  ]);
  assert.deepEqual(result, [["Wallace"], ["Mike Pence"]]);
});

test("a transcript label finds a person named far back in a long transcript", () => {
  const filler = "The crowd waited in the hall for another hour.\n\n".repeat(600); // ~29,000 characters
  const text = `Governor Mike Pence spoke on Sunday.\n\n${filler}PENCE: “She will not.”`;
  assert.deepEqual(speakersOf(text, [{ quote: "She will not.", mention: "PENCE" }]), [
    ["Mike Pence"],
  ]);
});

test("a firm split at its ampersand is rejoined, with the people at it; adjectives after `by` are crossed", () => {
  const a = "Analysts at Brookfield & Chase said sales would grow.";
  assert.equal(trimMention(a, at(a, "Chase")).text, "Analysts at Brookfield & Chase");
  const b = "An analysis by the nonpartisan Fiscal Office projected a loss.";
  assert.equal(
    trimMention(b, at(b, "Fiscal Office")).text,
    "An analysis by the nonpartisan Fiscal Office",
  );
});

test("a document before `by`/`from` is found only when at most `the` and two words follow it", () => {
  const a = "A 2024 report FROM the newly formed Fiscal Office projected a loss.";
  assert.equal(
    trimMention(a, at(a, "Fiscal Office")).text,
    "A 2024 report FROM the newly formed Fiscal Office",
  );
  // three lower-case words after `by`: too far for the pattern
  const b = "A report by the very newly formed Fiscal Office projected a loss.";
  assert.equal(trimMention(b, at(b, "Fiscal Office")).text, "Fiscal Office");
  // `nearby` is no `by`
  const c = "A report nearby the newly formed Fiscal Office projected a loss.";
  assert.equal(trimMention(c, at(c, "Fiscal Office")).text, "Fiscal Office");
});

test("a possessive cut short is completed: `Veraland's` → `Veraland's state broadcaster`", () => {
  const a = "According to Veraland's state broadcaster, the vote is close.";
  assert.equal(trimMention(a, at(a, "Veraland's")).text, "Veraland's state broadcaster");
});

test("a name with its organisation after it is the person, who is then `he`", () => {
  const text =
    "Prof. Edmund Kessler of the University of Aberlyn said the data were thin. “Wait a year,” he said.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "the data were thin",
        mention: "Prof. Edmund Kessler of the University of Aberlyn",
        kind: "indirect",
      },
      { quote: "Wait a year,", mention: "he" },
    ]),
    [["Edmund Kessler"], ["Edmund Kessler"]],
  );
});

test("`sources` are never the people named together before them", () => {
  const text = "Sen. Ann Cole and Rep. Tom Hale met on Monday. The deal was dead, sources said.";
  assert.deepEqual(
    speakersOf(text, [{ quote: "The deal was dead", mention: "sources", kind: "indirect" }]),
    [["sources"]],
  );
});

test("`the teenager said`, `the 34-year-old said`: the person the sentence before is about", () => {
  const text =
    "The substitute, Lukas Brenner, scored late. Brenner, 19, was making his third appearance. “I just hit it,” the teenager said. Ivo Dahl, 34, played on. “Not many more,” the 34-year-old said. “Nice,” the veteran said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "I just hit it", mention: "the teenager" },
      { quote: "Not many more", mention: "the 34-year-old" },
      { quote: "Nice", mention: "the veteran" },
    ]),
    [["Lukas Brenner"], ["Ivo Dahl"], ["Ivo Dahl"]],
  );
});

test("`Rantanen, she said, had made …`: the subject the cue interrupts is not `she`", () => {
  const text =
    "Manager Fiona Strachan would not blame her goalkeeper. Ivo Rantanen, she said, had made three saves.";
  assert.deepEqual(
    speakersOf(text, [{ quote: "had made three saves", mention: "she", kind: "indirect" }]),
    [["Fiona Strachan"]],
  );
});

test("`A report released this month by the Observatory found`, `Its authors write`: its writer speaks", () => {
  const text =
    "A report released this month by the Lindenport Housing Observatory found that evictions fell. But it also found that building slowed. The report acknowledges the point. Its authors write that “the effect cannot be separated,” and ask for more data.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "evictions fell",
        mention: "the Lindenport Housing Observatory",
        kind: "indirect",
      },
      { quote: "building slowed", mention: "it", kind: "indirect" },
      { quote: "the effect cannot be separated,", mention: "Its authors", kind: "partial" },
    ]),
    [
      ["Lindenport Housing Observatory"],
      ["Lindenport Housing Observatory"],
      ["Lindenport Housing Observatory"],
    ],
  );
});

test("`Suu Kyi's fate is still unclear, but she said …`: the possessive opening the sentence is `she`", () => {
  const text =
    "“Their vote didn't count,” said Maria Lopez of Human Rights Watch. Anna Berg's fate is still unclear, but she said that she would govern.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "Their vote didn't count,", mention: "Maria Lopez of Human Rights Watch" },
      { quote: "she would govern", mention: "she", kind: "indirect" },
    ]),
    [["Maria Lopez"], ["Anna Berg"]],
  );
});

test("`The company said` is the company named before it; `the campaign` the campaign; a description is no name", () => {
  const text =
    "Acme Corp cut its outlook, it said in a release. The company said prices rose. A tenants' group said fees were hidden. “No,” the company said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "cut its outlook", mention: "Acme Corp", kind: "indirect" },
      { quote: "prices rose", mention: "The company", kind: "indirect" },
      { quote: "fees were hidden", mention: "A tenants' group", kind: "indirect" },
      { quote: "No", mention: "the company" },
    ]),
    [["Acme Corp"], ["Acme Corp"], ["A tenants' group"], ["Acme Corp"]],
  );
});

test("`Northgate also said` after `Northgate Residential said`: an organisation's short name", () => {
  const text =
    "Northgate Residential said rents were fair. Forbes and Wealth-X said fortunes grew. Northgate also said fees were disclosed. Forbes said more.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "rents were fair", mention: "Northgate Residential", kind: "indirect" },
      { quote: "fortunes grew", mention: "Forbes and Wealth-X", kind: "indirect" },
      { quote: "fees were disclosed", mention: "Northgate", kind: "indirect" },
      { quote: "more", mention: "Forbes", kind: "indirect" },
    ]),
    [["Northgate Residential"], ["Forbes and Wealth-X"], ["Northgate Residential"], ["Forbes"]],
  );
});

test("`officials said` sums up a group named by its roles, never two people named together", () => {
  const text =
    "President Ana Ruiz and President Tomas Berg met on Monday. The talks stalled, officials said.\n\n" +
    "The city attorney, district attorney and public defender objected. The raids deter witnesses, officials said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "The talks stalled", mention: "officials", kind: "indirect" },
      { quote: "The raids deter witnesses", mention: "officials", kind: "indirect" },
    ]),
    [["officials"], ["city attorney, district attorney and public defender"]],
  );
});

test("a speaker phrase whose appositive names someone (`a student named X`) is that person", () => {
  const text =
    "Another passenger, a student named Arvid Nesheim, said the crew had been “calm.” A neighbour, a man who knew Ruth Hale, said he heard nothing.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "calm.", mention: "Another passenger", kind: "partial" },
      { quote: "he heard nothing", mention: "A neighbour", kind: "indirect" },
    ]),
    [["Arvid Nesheim"], ["neighbour"]],
  );
});

test("a description set off after the role a sentence opens with is that role's holder", () => {
  const text =
    "The jury foreperson, a retired postal worker who asked not to be named, said the panel was split. “It was hard,” she said.\n\n" +
    "The victim's mother, a nurse, said he had been happy.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the panel was split", mention: "a retired postal worker", kind: "indirect" },
      { quote: "It was hard,", mention: "she" },
      { quote: "he had been happy", mention: "a nurse", kind: "indirect" },
    ]),
    [["jury foreperson"], ["jury foreperson"], ["victim's mother"]],
  );
});

test("`it said` with no organisation before it is the one the sentence before opens with", () => {
  const text =
    "Crombie's campaign did not respond on Saturday. In a statement earlier, it said the plan was “a slogan.”";
  assert.deepEqual(speakersOf(text, [{ quote: "a slogan.", mention: "it", kind: "partial" }]), [
    ["Crombie's campaign"],
  ]);
  const other = "Ruiz's dog barked all night. Later it said nothing.";
  assert.deepEqual(speakersOf(other, [{ quote: "nothing", mention: "it", kind: "indirect" }]), [
    [],
  ]);
});

test("a role set off before a name is that person; a lower-case organisation after a name is theirs", () => {
  const text =
    "Its conductor at the time, Viktor Halász, later recalled that the players had balked. Mr. Halász laughed.\n\n" +
    "Capt. Rhonda Amsel of the state police, who led the search, said the volunteers were tired.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the players had balked", mention: "Its conductor at the time", kind: "indirect" },
      {
        quote: "the volunteers were tired",
        mention: "Capt. Rhonda Amsel of the state police",
        kind: "indirect",
      },
    ]),
    [["Viktor Halász"], ["Rhonda Amsel"]],
  );
});

test("a company named for its industry is an organisation, and `The company` is it", () => {
  const text =
    "Kestrel Foods said sales fell. “We are cooperating,” Kestrel Foods said.\n\nThe company said it had hired auditors.";
  const result = resolveSpeakers(
    article(text),
    hand(text, [
      { quote: "We are cooperating,", mention: "Kestrel Foods" },
      { quote: "it had hired auditors", mention: "The company", kind: "indirect" },
    ]),
  );
  assert.deepEqual(
    result.statements.map((s) => s.speaker?.name),
    ["Kestrel Foods", "Kestrel Foods"],
  );
  assert.equal(result.actors.find((a) => a.name === "Kestrel Foods")?.type, "organisation");
});

test("two organisations joined by `and` speak as a group of both; one name with `and` stays one", () => {
  const text =
    "The Amalgamated Dockers’ Union and Hallam Terminals said the strike was over. Immigration and Customs Enforcement said it would wait.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "the strike was over",
        mention: "The Amalgamated Dockers’ Union and Hallam Terminals",
        kind: "indirect",
      },
      {
        quote: "it would wait",
        mention: "Immigration and Customs Enforcement",
        kind: "indirect",
      },
    ]),
    [["Amalgamated Dockers’ Union", "Hallam Terminals"], ["Immigration and Customs Enforcement"]],
  );
});

test("`one` and `another` are each one of the people just spoken of, not the last speaker", () => {
  const text =
    "“We are done,” Ana Reyes said.\n\nFans reacted with grief. “I am still crying,” one wrote. Another posted a photo with the caption: “Well, this aged badly.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "We are done,", mention: "Ana Reyes" },
      { quote: "I am still crying,", mention: "one" },
      { quote: "Well, this aged badly.", mention: "Another" },
    ]),
    [["Ana Reyes"], ["one of the fans"], ["another of the fans"]],
  );
});

test("`The mayors of Brentwick and Oller Falls` are the two mayors named just after, not a person `Oller Falls`", () => {
  const text =
    "The mayors of Brentwick and Oller Falls said Tuesday they would fight the plan.\n\n" +
    "In a joint statement, Brentwick Mayor Cassandra Pellow and Oller Falls Mayor Desmond Achebe said no hearing was held.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "they would fight the plan",
        mention: "The mayors of Brentwick and Oller Falls",
        kind: "indirect",
      },
    ]),
    [["Cassandra Pellow", "Desmond Achebe"]],
  );
});

test("`One of them, a retired teacher, said` is that teacher, whom `she said` then follows", () => {
  const text =
    "Three residents spoke at the meeting. One of them, a retired teacher, said the fees were unfair. “We were never told,” she said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the fees were unfair", mention: "One of them", kind: "indirect" },
      { quote: "We were never told,", mention: "she" },
    ]),
    [["retired teacher"], ["retired teacher"]],
  );
});

test("`One trader, who gave only his first name, Dariusz, said`: a person, whom `he said` follows", () => {
  const text =
    "Tomas Welland said he saw it.\n\nOne trader, who gave only his first name, Dariusz, said he had written to the council. “They told me it was not a priority,” he said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "he had written to the council", mention: "Dariusz", kind: "indirect" },
      { quote: "They told me it was not a priority,", mention: "he" },
    ]),
    [["Dariusz"], ["Dariusz"]],
  );
});

test("`A coalition of 14 state attorneys general` is a group that `the attorneys general` finds past a nearer pair", () => {
  const text =
    "A coalition of 14 state attorneys general asked the court to act, arguing that brokers “trade in private lives.”\n\n" +
    "The brief was led by Attorney General Priya Vander and Attorney General Tom Okwu.\n\n" +
    "“Consumers cannot see the market,” the attorneys general wrote.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "trade in private lives.", mention: "A coalition", kind: "partial" },
      { quote: "Consumers cannot see the market,", mention: "the attorneys general" },
    ]),
    [["coalition of 14 state attorneys general"], ["coalition of 14 state attorneys general"]],
  );
});

test("`Another, Marcus Webb, said`: the name set off after `another` is the speaker, and `he` after", () => {
  const text =
    "Residents were divided. One of them, a retired teacher named Grace Obi, said she backed the budget. Another, Marcus Webb, said he would vote against it. “They are not listening,” he said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "he would vote against it", mention: "Another", kind: "indirect" },
      { quote: "They are not listening,", mention: "he" },
    ]),
    [["Marcus Webb"], ["Marcus Webb"]],
  );
});

test("`Its sponsor, council member Jamal Whitaker, called …`: the person set off after an owned noun", () => {
  const text =
    "The council passed the freeze. Its sponsor, council member Jamal Whitaker, called the veto “a gift to landlords.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "a gift to landlords.", mention: "Its sponsor", kind: "partial", cue: "called" },
    ]),
    [["Jamal Whitaker"]],
  );
});

test("`A lawyer for X, Y, said` is Y, whom the appositive names, not X", () => {
  const text =
    "Tomas Ridgeway was banned. A lawyer for Ridgeway, Camille de Vries, said her client was “cooperating fully.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "cooperating fully.", mention: "A lawyer for Ridgeway", kind: "partial" },
    ]),
    [["Camille de Vries"]],
  );
});

test("`The diners' lawyer, X of Firm, said` is X: a plural owner, and a firm before the comma", () => {
  const text =
    "Diners sued the restaurant.\n\nThe owner apologised.\n\nIts cook left.\n\n" +
    "The diners’ lawyer, Faisal Boateng of Boateng & Mercer, said that 19 plaintiffs had signed on.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "19 plaintiffs had signed on", mention: "The diners’ lawyer", kind: "indirect" },
    ]),
    [["Faisal Boateng"]],
  );
});

test("`Sunniva, a rideshare driver …, told` is a person, whom `she` then stands for", () => {
  const text =
    "Senator Marguerite Lindqvist asked questions. Sunniva, a rideshare driver who uses one name, told the committee she had received four notices. “I drive for a living,” she said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "she had received four notices", mention: "Sunniva", kind: "indirect" },
      { quote: "I drive for a living,", mention: "she" },
    ]),
    [["Sunniva"], ["Sunniva"]],
  );
});

test("`Her coach, known … only as Baz, said` is the person Baz, whom `Baz said` names again", () => {
  const text =
    "The player apologised.\n\nHer coach, known in the scene only as Baz, said the league had acted quickly. “Fair play to them,” Baz said.";
  const result = resolveSpeakers(
    article(text),
    hand(text, [
      { quote: "the league had acted quickly", mention: "Her coach", kind: "indirect" },
      { quote: "Fair play to them,", mention: "Baz" },
    ]),
  );
  const ids = result.statements.map((s) => s.speaker?.resolvedActorIds ?? []);
  const baz = result.actors.find((a) => a.name === "Baz");
  assert.equal(baz?.type, "person");
  assert.deepEqual(ids, [[baz?.id], [baz?.id]]);
});

test("`A spokesman for Gov. X said` is an unnamed spokesman, not the governor", () => {
  const text =
    "Gov. Everett Lang signed the bill on Monday.\n\nA spokesman for Gov. Everett Lang said the governor had not read the audit. A lawyer for Dr. Leo Brand said he would appeal.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "the governor had not read the audit",
        mention: "A spokesman for Gov. Everett Lang",
        kind: "indirect",
      },
      { quote: "he would appeal", mention: "A lawyer for Dr. Leo Brand", kind: "indirect" },
    ]),
    [["spokesman for Gov. Everett Lang"], ["lawyer for Dr. Leo Brand"]],
  );
});

test("`Her office` is the office of the person `her` stands for", () => {
  const text =
    "The agency overpaid contractors, the Office of the Inspector General said in an audit.\n\nInspector General Oksana Wilder said her staff had visited 60 sites. Her office recommended that the agency recover the money.\n\n" +
    "Gov. Celia Marchetti wrote to the secretary. His office did not reply. Her office said she would sue.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "her staff had visited 60 sites",
        mention: "Inspector General Oksana Wilder",
        kind: "indirect",
      },
      { quote: "the agency recover the money", mention: "Her office", kind: "indirect" },
      { quote: "she would sue", mention: "Her office", kind: "indirect" },
    ]),
    [["Oksana Wilder"], ["Office of the Inspector General"], ["Marchetti’s office"]],
  );
});

test("`The governor of X and her emergency management director` said before they are named is that pair", () => {
  const text =
    "The governor of Westmarch and her emergency management director accused the federal government of holding back money.\n\n" +
    "In a letter, Gov. Celia Marchetti and Emergency Management Director Paul Oduya wrote to the secretary.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "the federal government of holding back money",
        mention: "The governor of Westmarch and her emergency management director",
        kind: "indirect",
      },
    ]),
    [["Celia Marchetti", "Paul Oduya"]],
  );
});

test("`the Vances` after `Marisol and Gregory Vance` is the two of them, not an organisation", () => {
  const text =
    "Elias Vance, 16, drowned in July. His parents, Marisol and Gregory Vance, published an open letter on Monday.\n\n" +
    "“Nobody was looking,” the Vances wrote.\n\n" +
    "“He was happy,” Marisol Vance wrote.";
  assert.deepEqual(speakersOf(text, [{ quote: "Nobody was looking,", mention: "the Vances" }]), [
    ["Marisol Vance", "Gregory Vance"],
  ]);
});

test("`it` is the report the text cites, not another named once in passing", () => {
  const text =
    "The Safety Board’s preliminary report found that the blade “separated at a crack.” " +
    "The report does not assign blame; a final report is expected next year. " +
    "But it says the blade was inspected in March.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "separated at a crack.",
        mention: "The Safety Board’s preliminary report",
        cue: "found",
        kind: "partial",
      },
      { quote: "the blade was inspected in March", mention: "it", cue: "says", kind: "indirect" },
    ]),
    [["Safety Board"], ["Safety Board"]],
  );
});

test("a lede's `The head of X and his deputy` is the pair named paragraphs later as director and deputy", () => {
  // four paragraphs, over 800 characters: the pair is counted in paragraphs, not characters
  const filler =
    "The program began in the spring, and it places investigators in courthouse lobbies in three counties, where they ask people who receive federal payments about their income, their homes and the people they live with.\n\n";
  const text =
    "The head of a federal benefits agency and his deputy have rejected a plea from the judges, telling them in a letter that the agency “will go where the fraud is.”\n\n" +
    "The judges wrote to Harlan Voss, director of the National Benefits Integrity Service.\n\n" +
    filler.repeat(4) +
    "In a reply, Voss and Deputy Director Marisol Quenneville said the program was lawful.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "will go where the fraud is.",
        mention: "The head of a federal benefits agency and his deputy",
        cue: "telling",
        kind: "partial",
      },
    ]),
    [["Harlan Voss", "Marisol Quenneville"]],
  );
});

test("`the two` and a definite plural role are the people named before: a sentence's pair, every holder", () => {
  const text =
    "The journal retracted the study. The study's lead author, Hyun-woo Baek of the Jeju Marine Institute, and its senior author, Amara Nwachukwu-Ellis of the Niger Delta Ocean Centre, disagreed. In a reply, the two wrote that other reefs “show the same pattern.” Agriculture Minister Kaito Hirabayashi wrote to the authority. The letter was also signed by Health Minister Thandiwe Mokoena-Vos. If the limit stood, the ministers warned, the government “will not hesitate to legislate.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "show the same pattern.", mention: "the two" },
      { quote: "will not hesitate to legislate.", mention: "the ministers" },
    ]),
    [
      ["Hyun-woo Baek", "Amara Nwachukwu-Ellis"],
      ["Kaito Hirabayashi", "Thandiwe Mokoena-Vos"],
    ],
  );
});

test("a one-name person given in the clause after a role or `one of them` is the speaker", () => {
  const text =
    "Four couriers brought the case. One of them, a rider who asked to be named only as Mbali, said she cried. His neighbour, who asked that only her first name, Itto, be used, said she had sold her sheep. “They do not understand rationing,” she said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "she cried", mention: "One of them", kind: "indirect" },
      { quote: "she had sold her sheep", mention: "His neighbour", kind: "indirect" },
      { quote: "They do not understand rationing,", mention: "she" },
    ]),
    [["Mbali"], ["Itto"], ["Itto"]],
  );
});

test("a counted plural role in a lede is the pair named next holding it", () => {
  const text =
    "Two cabinet ministers have asked the regulator to suspend a new limit.\n\nIn a letter, Health Minister Thandiwe Mokoena-Vos and Agriculture Minister Kaito Hirabayashi wrote that the rule was rushed.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "the regulator to suspend a new limit",
        mention: "Two cabinet ministers",
        kind: "indirect",
      },
    ]),
    [["Thandiwe Mokoena-Vos", "Kaito Hirabayashi"]],
  );
});

test("a counted plural with a hyphenated noun, a few sentences on, is the people named together", () => {
  const text =
    'The petition was signed by the club\'s two co-owners, Maren Holt and Tobias Greer, on Friday. "We will not sell," they wrote. "Not this year." The two co-owners wrote that the stadium would stay.';
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the stadium would stay", mention: "The two co-owners", kind: "indirect" },
    ]),
    [["Maren Holt", "Tobias Greer"]],
  );
});

test("`the inspectors` after one inspector named with a deputy are the two of them", () => {
  const text =
    "The review, written by Chief Inspector Mara Quist and her deputy, Tom Ellery, found the station understaffed. “Nobody was in charge,” the inspectors wrote.";
  assert.deepEqual(
    speakersOf(text, [{ quote: "Nobody was in charge,", mention: "the inspectors", cue: "wrote" }]),
    [["Mara Quist", "Tom Ellery"]],
  );
});

test("a role set off before a described name is that person: `The jury president, the Danish actor X,`", () => {
  const text =
    "The festival ended on Sunday.\n\nThe film won easily. The jury president, the Danish actor Birte Lund, called it “a brave film.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "a brave film.", mention: "The jury president", cue: "called", kind: "partial" },
    ]),
    [["Birte Lund"]],
  );
});

test("a headline's counted plural of heads (`Two hospital heads`) is the two presidents named together", () => {
  const text =
    "Two hospital heads urge ministry to keep night clinics\n\n" +
    "In a letter, Ann Lee, president of Norbury Hospital, and Bo Kim, president of Elmsford Hospital, wrote that closing the clinics would cost lives.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "ministry to keep night clinics",
        mention: "Two hospital heads",
        cue: "urge",
        kind: "indirect",
      },
    ]),
    [["Ann Lee", "Bo Kim"]],
  );
});
