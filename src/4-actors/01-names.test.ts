import assert from "node:assert/strict";
import { test } from "node:test";
import { appositiveAfter, findNames, PrepositionReader } from "./01-names.ts";
import { speakersOf } from "./testing.ts";
import { inRegions, quoteRegions, tokenize } from "./text.ts";

function names(text: string) {
  const q = quoteRegions(text);
  return findNames(text, tokenize(text), (o) => inRegions(q, o));
}

test("titles before names are split off, with middle initials and hyphens kept", () => {
  const found = names(
    "Deputy Interior Secretary Maria L. Ortega-Vance met Governor Paul Brandt and Judge Okafor.",
  );
  assert.deepEqual(
    found.map((m) => [m.name, m.title]),
    [
      ["Maria L. Ortega-Vance", "Deputy Interior Secretary"],
      ["Paul Brandt", "Governor"],
      ["Okafor", "Judge"],
    ],
  );
  assert.equal(found[0]?.gender, "f");
  assert.equal(found[1]?.subject, true);
  assert.equal(found[2]?.subject, true);
});

test("a title followed by `of` and an organisation still finds the name after it", () => {
  const found = names("Secretary of Veterans Affairs Denis Roe said the plan would work.");
  assert.equal(found[0]?.name, "Denis Roe");
  assert.equal(found[0]?.title, "Secretary of Veterans Affairs");
});

test("organisations, places after `of` and sentence openers are not people", () => {
  const found = names(
    "The Justice Department and the Governor of Ohio said nothing. Responding to critics, the Supreme Court waited.",
  );
  assert.deepEqual(found, []);
});

test("an unknown full name needs evidence: an appositive role or a speech verb", () => {
  const found = names(
    "Xantha Quill, a policy analyst at the institute, disagreed. Brumby Lorne said no. Ember Vale arrived.",
  );
  assert.deepEqual(
    found.map((m) => m.name),
    ["Xantha Quill", "Brumby Lorne"],
  );
});

test("lone surnames of people named in full are found; names in quotes are flagged", () => {
  const found = names(
    "Mayor Lena Park spoke. “Park is wrong,” said Tom Reyes. Later, Park replied to Reyes.",
  );
  const lone = found.filter((m) => m.words.length === 1);
  assert.deepEqual(
    lone.map((m) => [m.name, m.inQuote, m.subject]),
    [
      ["Park", true, true],
      ["Park", false, true],
      ["Reyes", false, false],
    ],
  );
});

test("possessives end the name", () => {
  const found = names("President Alvarez’s order was signed.");
  assert.equal(found[0]?.name, "Alvarez");
  assert.equal(found[0]?.text, "President Alvarez");
});

test("after an honorific a title word is the surname: `Mr. King`, but `Chief Justice` names nobody", () => {
  const found = names("The Chief Justice spoke first. Then Mr. King replied.");
  assert.deepEqual(
    found.map((m) => [m.text, m.name]),
    [["Mr. King", "King"]],
  );
});

test("a title-case headline yields its names, not one long run", () => {
  const found = names("Mary Stone Goes After Peter Hale As The New Favourite\n\nStone said more.");
  assert.deepEqual(
    found.map((m) => m.name),
    ["Mary Stone", "Peter Hale", "Stone"],
  );
});

test("one very long line of capitalised words and names is read in one pass", () => {
  const text = "Senator Ann Lee and Kim Ray met. ".repeat(20_000);
  const found = names(text);
  assert.equal(found.filter((m) => m.name === "Ann Lee").length, 20_000);
});

test("an appositive remembered for one text is not reused for another at the same offset", () => {
  const a = "Ann Cole, a spokeswoman for the city, said no.";
  const b = "Ann Cole, who runs the shop, said no.";
  assert.equal(appositiveAfter(a, 8), "a spokeswoman for the city");
  assert.equal(appositiveAfter(b, 8), undefined);
  assert.equal(appositiveAfter(a, 8), "a spokeswoman for the city");
  assert.equal(appositiveAfter(a, 3), undefined);
});

test("a speaker span ending with a name counts only with no preposition before it, near or far", () => {
  // the span runs from the text's start to the end of the name
  const names = (text: string) =>
    findNames(text, tokenize(text), () => false, [{ start: 0, end: text.indexOf(" left") }]).map(
      (m) => m.name,
    );
  for (const gap of ["x ".repeat(10), "x ".repeat(150)]) {
    assert.deepEqual(names(`Said ${gap}Zorblat Quuxley left.`), ["Zorblat Quuxley"]);
    assert.deepEqual(names(`Said ${gap}OF Zorblat Quuxley left.`), []);
    assert.deepEqual(names(`Said ${gap}offer Zorblat Quuxley left.`), ["Zorblat Quuxley"]);
    assert.deepEqual(names(`Said ${gap}x_in Zorblat Quuxley left.`), ["Zorblat Quuxley"]);
    assert.deepEqual(names(`Said ${gap}x-in Zorblat Quuxley left.`), []);
    // a preposition among the span's first words, and words that only begin like one
    assert.deepEqual(names(`Said by ${gap}Zorblat Quuxley left.`), []);
    assert.deepEqual(names(`Said offer onto ${gap}Zorblat Quuxley left.`), ["Zorblat Quuxley"]);
  }
});

test("the preposition reader answers as the regex over the lower-cased stretch, in any order", () => {
  const text =
    "Said the man OF the hour, offer x_in x-in By then; ofİ in \u212aby with WITHOUT from. onto at";
  const regex = /\b(?:of|on|for|at|in|from|by|with)\b/;
  const reader = new PrepositionReader(text);
  // each start asked about every end, growing and shrinking, as names after a span would
  const ends = [...Array(text.length + 1).keys()].map((k) => (k * 37) % (text.length + 1));
  for (let from = 0; from < text.length; from++)
    for (const to of ends)
      assert.equal(
        reader.between(from, to),
        from < to && regex.test(text.slice(from, to).toLowerCase()),
        `${from}-${to}`,
      );
});

test("a name before `of the Organisation` is found; an organisation or a place alone is not", () => {
  const text = "Gideon Marwick of the Civic Justice Project and the Bank of America agreed.";
  const q = quoteRegions(text);
  const span = { start: 0, end: text.indexOf(" and") };
  const found = findNames(text, tokenize(text), (o) => inRegions(q, o), [span]);
  assert.deepEqual(
    found.map((m) => m.name),
    ["Gideon Marwick"],
  );
  assert.deepEqual(
    names("Sen. Johnny Isakson of Georgia spoke. The Governor of Ohio did not.").map((m) => m.name),
    ["Johnny Isakson"],
  );
});

test("a relative named in full beside a known surname is a name of its own; a longer name's end or a sentence opener is not", () => {
  assert.deepEqual(
    names("Maren Ekdahl’s novel sold well. Ms. Ekdahl, 58, denied it.").map((m) => m.name),
    ["Maren Ekdahl", "Ekdahl"],
  );
  assert.deepEqual(
    names(
      "Rep. Debbie Wasserman Schultz spoke. Critics ripped Wasserman Schultz. Asked Schultz said no.",
    ).map((m) => m.name),
    ["Debbie Wasserman Schultz", "Schultz", "Schultz"],
  );
});

test("a gendered role set off before a name gives its gender: `her husband, Milton Berg`", () => {
  const text =
    "A Northgate spokeswoman, Tamsin Greaves, spoke. Along with her husband, Milton Berg, she gave.";
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  const found = findNames(text, tokenize(text), () => false, [
    at("Tamsin Greaves"),
    at("Milton Berg"),
  ]);
  assert.deepEqual(
    found.map((m) => [m.name, m.gender]),
    [
      ["Tamsin Greaves", "f"],
      ["Milton Berg", "m"],
    ],
  );
});

test("`Chief Executive` is a title and `Residential`, `Lines` make an organisation", () => {
  assert.deepEqual(
    names(
      "Skyvane Chief Executive Roland Brisk said Costa Azul Lines and Northgate Residential paid.",
    ).map((m) => [m.name, m.title]),
    [["Roland Brisk", "Skyvane Chief Executive"]],
  );
});

test("a relationship noun before a name is evidence for it, and gives its gender: `my colleague Tavik Dahlstrøm`, `her uncle Piet Vos`", () => {
  // (`Tavik`: a given name no list knows)
  const found = names(
    "“My colleague Tavik Dahlstrøm ran the numbers,” she said. Dahlstrøm agreed, as did her uncle Piet Vos.",
  );
  assert.deepEqual(
    found.map((m) => [m.name, m.inQuote, m.gender]),
    [
      ["Tavik Dahlstrøm", true, undefined],
      ["Dahlstrøm", false, undefined],
      ["Piet Vos", false, "m"],
    ],
  );
});

test("a party word is no name: `the Vermont Democrat`, `Democrat Hillary Clinton`", () => {
  assert.deepEqual(
    names("Democrat Hillary Clinton spoke, and the Vermont Democrat said no.").map((m) => m.name),
    ["Hillary Clinton"],
  );
});

test("a clause after a name is no appositive, but `who was` + role gives the role", () => {
  const a = "Jonah’s mother, Annelie Verhoeven, stood beside the sheriff and at times struggled.";
  assert.equal(appositiveAfter(a, a.indexOf(", stood")), undefined);
  const b = "Jim Brady, who was press secretary to President Reagan, died.";
  assert.equal(appositiveAfter(b, b.indexOf(", who")), "press secretary to President Reagan");
  const c = "Donald Trump, who has a delegate lead over Ted Cruz, spoke.";
  assert.equal(appositiveAfter(c, c.indexOf(", who")), undefined);
});

test("a role noun set off by a comma before a name is evidence for it: `Another analyst, Rafael Ostrowski`", () => {
  const found = names(
    "Another analyst, Rafael Ostrowski, cut his target. The victim, Tobias Wrenn of Dunmore, was found. The rain, Heavy Clouds, came.",
  );
  assert.deepEqual(
    found.map((m) => m.name),
    ["Rafael Ostrowski", "Tobias Wrenn"],
  );
});

test("a name before `of` and where the person is from is read whole even with an unknown given name, but not after a determiner or a quotation mark", () => {
  assert.deepEqual(
    names("Another analyst, Rafael Ostrowski of Pemberton & Gale, cut his target.").map(
      (m) => m.name,
    ),
    ["Rafael Ostrowski"],
  );
  assert.deepEqual(
    names(
      'The Hollywood Chamber of Commerce said no. He rails against its "Great Wall of Protectionism" daily.',
    ),
    [],
  );
});

test('a quoted nickname inside a name is left out of it: `Marcus "Taz" Tazewell`', () => {
  const found = names('The cross came from Robert "Bobby" Tazewell. Tazewell said so.');
  assert.deepEqual(
    found.map((m) => m.words.join(" ")),
    ["Robert Tazewell", "Tazewell"],
  );
});

test("a role noun opening a sentence before a known given name is a title: `Forecaster Nadia Brookfield`", () => {
  const found = names("Forecaster Nadia Brookfield told us the wind would drop.");
  assert.equal(found[0]?.name, "Nadia Brookfield");
  assert.equal(found[0]?.title, "Forecaster");
});

test("an agent noun before a relative clause is an appositive: `Margarethe Loewy, a composer whose …`", () => {
  const text = "Margarethe Loewy, a composer whose concertos won prizes, died.";
  assert.equal(appositiveAfter(text, text.indexOf(",")), "a composer");
  assert.equal(names(text)[0]?.name, "Margarethe Loewy");
});

test("`Councillor` and `Councilor` are titles, as `Councilman` is", () => {
  const found = names("At City Hall, Councillor Brendan Ocampo spoke, and Councilor Ann Lee too.");
  assert.deepEqual(
    found.map((m) => [m.name, m.title]),
    [
      ["Brendan Ocampo", "Councillor"],
      ["Ann Lee", "Councilor"],
    ],
  );
});

test("companies named for their industry are not people, though they say things", () => {
  const found = names(
    "Brannstrom Signalling said it was cooperating. Nordline Rail said it had checked every signal. Kessel Aggregates said it would comply.",
  );
  assert.deepEqual(found, []);
});

test("a gendered noun after a preposition or a possessive in the appositive is someone else", () => {
  const found = names(
    "“It went quiet,” said Elin Haugstad, who was travelling to work with her husband. Dana Roe, a mother of two, agreed.",
  );
  assert.deepEqual(
    found.map((m) => [m.name, m.gender]),
    [
      ["Elin Haugstad", undefined],
      ["Dana Roe", "f"],
    ],
  );
});

test("one word with an age set off after it, and a name before `, who`, are people", () => {
  const found = names(
    "Her granddaughter, Opal, 19, said she was unsure. Next came a fifth-grader, Ruby Castellano, who read from a notebook. On Tuesday, Harbour View, which hosts it, closed.",
  );
  assert.deepEqual(
    found.map((m) => m.name),
    ["Opal", "Ruby Castellano"],
  );
});

test("`Trustee` is a title, as `Councillor` is", () => {
  const found = names("Trustee Lorraine Mbeki voted against the closure.");
  assert.deepEqual(
    found.map((m) => [m.name, m.title]),
    [["Lorraine Mbeki", "Trustee"]],
  );
});

test("the agent of a passive is what its sentence is about: `he` after `a letter signed by X`", () => {
  const text =
    "“This is the better data,” Paolo Verhagen said.\n\n" +
    "The service replied with a letter signed by Warren Oduya. In it, he wrote that the agency “shares the goal.”\n\n" +
    "Asked by Tom Reed whether he agreed, Paolo Verhagen said “no.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "This is the better data,", mention: "Paolo Verhagen" },
      { quote: "shares the goal.", mention: "he", kind: "partial" },
    ]),
    [["Paolo Verhagen"], ["Warren Oduya"]],
  );
  assert.equal(names(text).find((m) => m.name === "Tom Reed")?.subject, false);
});

test("`Rancher Joel Ambrose` opening a sentence: the occupation is his role, not his name", () => {
  const found = names("Rancher Joel Ambrose found the oil.");
  assert.deepEqual(
    found.map((m) => [m.name, m.title]),
    [["Joel Ambrose", "Rancher"]],
  );
  // before a given name the list does not know, the name needs evidence of its own (a speech verb)
  assert.deepEqual(
    names("Economist Mirelka Sorensen said the closure would hurt.").map((m) => m.name),
    ["Mirelka Sorensen"],
  );
  assert.deepEqual(
    names("Student Loan Servicing was sold.").map((m) => m.name),
    [],
  );
});

test("a name opening its sentence before `, who` is a person's, unless a speech verb opens the run", () => {
  const text =
    "Zorblat Quuxley, who owns a hardware shop, worried about parking. Customers circle the block, he said.";
  assert.deepEqual(
    names(text).map((m) => m.name),
    ["Zorblat Quuxley"],
  );
  assert.deepEqual(
    speakersOf(text, [{ quote: "Customers circle the block", mention: "he", kind: "indirect" }]),
    [["Zorblat Quuxley"]],
  );
  assert.deepEqual(
    names("Said Zorblat Quuxley, who owns a hardware shop: “No.”").map((m) => m.name),
    [],
  );
});

test("`the` and an agent noun before a run make it a name: `the sprinter Kaya Brandvold`, not `the older New Democrats`", () => {
  assert.deepEqual(
    names("The authority banned the sprinter Zorbla Quuxvold for four years.").map((m) => m.name),
    ["Zorbla Quuxvold"],
  );
  assert.deepEqual(
    names("He met the cartoonist Zorbla Quuxvold there.").map((m) => m.name),
    ["Zorbla Quuxvold"],
  );
  assert.deepEqual(
    names("He spoke to the older New Democrats at a reception.").map((m) => m.name),
    [],
  );
  assert.deepEqual(
    names("He met the other Zorbla Quuxvold there.").map((m) => m.name),
    [],
  );
});

test("a name in an opening `For X,` is what its sentence is about: a later `she` goes to it", () => {
  const text =
    "Anneliese Marrow said the spring had failed.\n\n" +
    "For Delphine Okoro, a nurse in Westbury, the recall came too late. In July, she says, the lid flew open.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the spring had failed", mention: "Anneliese Marrow", kind: "indirect" },
      { quote: "the lid flew open", mention: "she", kind: "indirect" },
    ]),
    [["Anneliese Marrow"], ["Delphine Okoro"]],
  );
});

test("a person known by one name: after `the` and a role noun, or a given name after `name,`", () => {
  assert.deepEqual(
    names("The pop singer Mirelle has sued her manager. Mirelle has not commented.").map(
      (m) => m.name,
    ),
    ["Mirelle", "Mirelle"],
  );
  assert.deepEqual(
    names("One employee, identified only by a first name, Marco, pushed back.").map((m) => m.name),
    ["Marco"],
  );
  assert.deepEqual(
    names("At a rally, Trump's wife, Melania, spoke. Her husband, Tom, runs a shop.").map(
      (m) => m.name,
    ),
    ["Melania", "Tom"],
  );
  // a weekday, and a role noun that is also an adjective, name no one
  assert.deepEqual(
    names("She told a reporter Monday that his official Twitter feed was hacked.").map(
      (m) => m.name,
    ),
    [],
  );
  const text =
    "Nikhil Saranathan spoke first. One employee, identified only by a first name, Marco, pushed back. “You told us in March,” he said.";
  assert.deepEqual(speakersOf(text, [{ quote: "You told us in March,", mention: "he" }]), [
    ["Marco"],
  ]);
});

test("a surname with particles (`Piet van der Molen`) is one name, not a headline's run", () => {
  const text =
    "Lukas Brandhorst conceded. The chairman of the commission, Piet van der Molen, said turnout was high. He said results would come soon.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "turnout was high", mention: "Piet van der Molen", kind: "indirect" },
      { quote: "results would come soon", mention: "He", kind: "indirect" },
    ]),
    [["Piet van der Molen"], ["Piet van der Molen"]],
  );
});

test("a name runs on over lower-case particles to a surname of one or two words", () => {
  const found = names(
    "The ferry's owner, Joaquín de la Rosa Medina, said the crossing would resume.",
  );
  assert.deepEqual(
    found.map((m) => m.name),
    ["Joaquín de la Rosa Medina"],
  );
});

test("a family name first (`Zhou Jianguo` … `Zhou told`): the lone first word is the person, a common noun before it a title", () => {
  const text =
    "The line was closed by Stationmaster Zhou Jianguo on Monday. Zhou told reporters it would reopen. The stationmaster did not say when.";
  const found = names(text);
  assert.deepEqual(
    found.map((m) => [m.name, m.title]),
    [
      ["Zhou Jianguo", "Stationmaster"],
      ["Zhou", undefined],
    ],
  );
  assert.deepEqual(
    speakersOf(
      "The appeal was signed by Choi Min-seo of Daerim Freight. Choi said the firm would wait for the ruling.",
      [{ quote: "the firm would wait for the ruling", mention: "Choi", kind: "indirect" }],
    ),
    [["Choi Min-seo"]],
  );
  // a company is named by its first word too: no person there
  assert.deepEqual(
    names("Shares of Corvane Chemical fell. Corvane said the plant was safe.").map((m) => m.name),
    [],
  );
});

test("a plural role set off by a comma heads a list of names: its first is a name too", () => {
  assert.deepEqual(
    names(
      "The complaint was filed by the shop's two co-owners, Eithne Ní Bhriain and Tobias Greer, on Friday.",
    ).map((m) => m.name),
    ["Eithne Ní Bhriain", "Tobias Greer"],
  );
});

test("a speaker span is evidence only for the name it ends with, not for runs after it", () => {
  const text =
    "“We won,” he said. Carolina Panthers fans cheered. Coastline Power said it was ready.";
  const q = quoteRegions(text);
  const spans = [
    { start: text.indexOf("he said"), end: text.indexOf("he said") + 2 },
    { start: text.indexOf("Coastline"), end: text.indexOf(" said it") },
  ];
  assert.deepEqual(
    findNames(text, tokenize(text), (o) => inRegions(q, o), spans).map((m) => m.name),
    ["Coastline Power"],
  );
  // `named` before a run is evidence of its own
  assert.deepEqual(
    names("Another passenger, a student named Arvid Nesheim, was calm.").map((m) => m.name),
    ["Arvid Nesheim"],
  );
});

test("a name ending in an industry word is a company's, even where it closes a speaker span", () => {
  const text = "Her record label, Northlight Records, said it was not a party to the dispute.";
  const span = { start: text.indexOf("Northlight"), end: text.indexOf(", said") };
  assert.deepEqual(
    findNames(text, tokenize(text), () => false, [span]).map((m) => m.name),
    [],
  );
});

test("trades and arts are roles: `Their former chef, Teo Baptiste,` names a person a pronoun may mean", () => {
  const text =
    "Marta Quinlan runs the kitchen. Their former chef, Teo Baptiste, worked for both women. He said the staff had seen the break coming.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the staff had seen the break coming", mention: "He", kind: "indirect" },
    ]),
    [["Teo Baptiste"]],
  );
  assert.deepEqual(
    names("Filmmaker Jack Marino said no.").map((m) => m.name),
    ["Jack Marino"],
  );
});

test("sport's roles name people: `The defending champion, Almaz Tesfaye of Ethiopia,`", () => {
  const text =
    "Faith Chepkoech won the race. The defending champion, Almaz Tesfaye of Ethiopia, finished second. She said her legs had cramped.";
  assert.deepEqual(
    speakersOf(text, [{ quote: "her legs had cramped", mention: "She", kind: "indirect" }]),
    [["Almaz Tesfaye"]],
  );
});

test("a lone word the text calls a name is a person, listed or not: `a nurse named Gwen`, `first name, Marcus`, `the rapper Brisa`", () => {
  const found = (text: string) => names(text).map((m) => m.name);
  assert.deepEqual(found("A retired nurse named Zenobe asked to be left alone."), ["Zenobe"]);
  assert.deepEqual(found("He testified under his first name, Tavik, and left."), ["Tavik"]);
  assert.deepEqual(found("A man whose first name is Tavik spoke."), ["Tavik"]);
  assert.deepEqual(found("The rapper Zenobe, who was to close the lineup, was blunter."), [
    "Zenobe",
  ]);
  // not a place named so, nor after a grammar word with an agent's ending
  assert.deepEqual(found("They drove to a town named Zenobe on Friday."), []);
  assert.deepEqual(found("Voters liked the other Zenobe more."), []);
  // a comparative has the ending too: a proper adjective before its noun is no name
  assert.deepEqual(found("It is part of a broader Saudi public relations push."), []);
  assert.deepEqual(found("The singer Zenobe said no."), ["Zenobe"]);
});

test("an unknown name opening a sentence before a finite verb is a person when `she`/`he` opens one of the next two sentences", () => {
  const found = (text: string) => names(text).map((m) => m.name);
  assert.deepEqual(found("Zenobe Tansley-Obi was in seat 14A. She watched the wing."), [
    "Zenobe Tansley-Obi",
  ]);
  assert.deepEqual(
    found("Zenobe Tansley-Obi was in seat 14A. The plane shook. Then it landed. She wept."),
    [],
  );
  // no pronoun after it, or no finite verb: no evidence
  assert.deepEqual(found("Harlow Falls was quiet. The mayor left."), []);
  assert.deepEqual(found("Harlow Falls residents left. She stayed."), []);
  // a question opening with its verb
  assert.deepEqual(found("Was Szlachta satisfied? He said no."), []);
});

test("`, whose` after a full name is evidence as `, who` is: `a letter sent by Qerina Delacourt-Mims, whose son …`", () => {
  assert.deepEqual(
    names("He read from a letter sent by Qerina Delacourt-Mims, whose son died.").map(
      (m) => m.name,
    ),
    ["Qerina Delacourt-Mims"],
  );
});

test("`I.` ending a sentence after a lower-case word is the pronoun, not an initial: `Neither did I. Someone …`", () => {
  assert.deepEqual(
    names("He did nothing wrong. Neither did I. Someone at that company knew.").map((m) => m.name),
    [],
  );
  assert.deepEqual(
    names("The architect I. M. Pei said so.").map((m) => m.name),
    ["I. M. Pei"],
  );
});

test("a name split off a long run keeps the initials before its given name: `J. Bradford DeLong of the University of California`", () => {
  assert.deepEqual(
    names(
      "Stephen S. Cohen and J. Bradford DeLong of the University of California, Berkeley suggest it.",
    ).map((m) => m.name),
    ["Stephen S. Cohen", "J. Bradford DeLong"],
  );
});

test("a name right after an article and a lower-case organisation noun is the organisation's: `the law firm Mayer Brown`", () => {
  assert.deepEqual(
    names("said Andrew J. Pincus of the law firm Mayer Brown, who argued the case.").map(
      (m) => m.name,
    ),
    ["Andrew J. Pincus"],
  );
  // no article: a title (`secretary of state Hillary Clinton`)
  assert.deepEqual(
    names("He praised former secretary of state Hillary Clinton on Monday.").map((m) => m.name),
    ["Hillary Clinton"],
  );
});

test("a long body-text name no list knows is read whole, not split as a headline", () => {
  assert.deepEqual(
    names(
      "The union's general secretary, Dónal Mac Giolla Phádraig, said the ruling mattered.",
    ).map((m) => m.name),
    ["Dónal Mac Giolla Phádraig"],
  );
});

test("a Gaelic patronymic's article with its apostrophe stays in the surname (`Mac a' Phearsain`)", () => {
  assert.deepEqual(
    names("Ealasaid Nic a' Ghobhainn, who runs the island shop, said the boat was late.").map(
      (m) => m.name,
    ),
    ["Ealasaid Nic a' Ghobhainn"],
  );
  const text =
    "Ruaraidh Mac a’ Phearsain, who chairs the community council, said the pier was unsafe. “We wait every winter,” he said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the pier was unsafe", mention: "Ruaraidh Mac a’ Phearsain", kind: "indirect" },
      { quote: "We wait every winter,", mention: "he" },
    ]),
    [["Ruaraidh Mac a’ Phearsain"], ["Ruaraidh Mac a’ Phearsain"]],
  );
});

test("a lone word is a person when the text withholds the rest (`named only as`) or sets a role off after it", () => {
  const found = (text: string) => names(text).map((m) => m.name);
  assert.deepEqual(found("One of them, a rider who asked to be named only as Mbali, said no."), [
    "Mbali",
  ]);
  assert.deepEqual(found("A town known as Tarvel voted."), []);
  // a person's noun before `known as` makes the one word what the person goes by
  assert.deepEqual(found("The Chilean painter known as Quillay posted a photo."), ["Quillay"]);
  assert.deepEqual(
    found("Ablaye, the Senegalese kora player and singer whose album sold, died on Sunday."),
    ["Ablaye"],
  );
  // a role closed by `who` as well as by `whose` (`, a retired nurse who`)
  assert.deepEqual(
    found("Tavi, the Lisbon-based painter who works under one name, unveiled a mural."),
    ["Tavi"],
  );
  // a fronted adverb before a subject with a relative clause the sentence's verb follows
  assert.deepEqual(
    found("Previously, a man who honeymooned in Moscow would be disqualified as a candidate."),
    [],
  );
  // a fronted phrase's last word, or an adverb, before the sentence's subject is no name
  assert.deepEqual(found("At a briefing in Chelsea, the mayor, who spoke first, said no."), []);
  assert.deepEqual(found("Significantly, the judge said he could not."), []);
});

test("a given name that is also an auxiliary, opening a question, is the question's verb", () => {
  const found = (text: string) => names(text).map((m) => m.name);
  assert.deepEqual(found("Game over. Will Sanders come down?"), []);
  assert.deepEqual(found("As Its Rivals Pair Up, Will Twitter Be Next?"), []);
  assert.deepEqual(found("Will Rogers said it would rain."), ["Will Rogers"]);
});

test("`, who became the bank's chief executive,` gives the person that role, as `, who is` does", () => {
  const text =
    "Mirela Costa, who became the bank's chief executive in May, spoke to analysts. Tom Berg, a trader, listened. Asked about the fine, the chief executive said two managers had left.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "two managers had left", mention: "the chief executive", kind: "indirect" },
    ]),
    [["Mirela Costa"]],
  );
});

test("a one-name person introduced with `known as` is the `she` after her, not the woman before", () => {
  const text =
    "Maria Oduya praised the crowd. “It was loud,” she said.\n\nOne juror, the Chilean painter known as Quillay, posted a photo on Instagram. “Ten days, one winner,” she wrote.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "It was loud,", mention: "she", cue: "said" },
      { quote: "Ten days, one winner,", mention: "she", cue: "wrote" },
    ]),
    [["Maria Oduya"], ["Quillay"]],
  );
});
