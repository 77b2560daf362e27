import assert from "node:assert/strict";
import { test } from "node:test";
import { resolveSpeakers } from "./index.ts";
import { article, hand, speakersOf } from "./testing.ts";

test("`the letter said` resolves to the letter's signers", () => {
  const text =
    "Signed by Governor Ruth Adler and Mayor Sam Ito, the letter said the dam was “unsafe.”\n\nThe letter also said repairs were late.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "unsafe.", mention: "the letter", kind: "partial" },
      { quote: "repairs were late", mention: "The letter", kind: "indirect" },
    ]),
    [
      ["Ruth Adler", "Sam Ito"],
      ["Ruth Adler", "Sam Ito"],
    ],
  );
});

test("`X and Y … in a letter` and `their letter` give the same authors", () => {
  const text =
    "Senator Ana Cruz and Senator Lee Park objected in a letter on Monday. Responding to their letter, the agency said it would wait. “We share the concern,” the letter said.";
  assert.deepEqual(speakersOf(text, [{ quote: "We share the concern,", mention: "the letter" }]), [
    ["Ana Cruz", "Lee Park"],
  ]);
});

test("`the letter` prefers the letter the story keeps quoting over another person's own letter", () => {
  const text =
    "In a letter, Governor Ruth Adler and Mayor Sam Ito warned the board. “The dam is unsafe,” the letter said.\n\n" +
    "In her own letter last month, Judge Mia Stone raised the issue first.\n\n" +
    "The letter said repairs were overdue.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "The dam is unsafe,", mention: "the letter" },
      { quote: "repairs were overdue", mention: "The letter", kind: "indirect" },
    ]),
    [
      ["Ruth Adler", "Sam Ito"],
      ["Ruth Adler", "Sam Ito"],
    ],
  );
});

test("a joint statement by a group named by its roles speaks for that group", () => {
  const text =
    "The county's sheriff, district attorney and public defender opposed the plan.\n\n" +
    "In a joint statement, the county's top officials called it unfair. “Nobody was consulted,” the statement said.";
  assert.deepEqual(
    speakersOf(text, [{ quote: "Nobody was consulted,", mention: "the statement" }]),
    [["The county's sheriff, district attorney and public defender"]],
  );
});

test("`The report` goes back to the report, not to a review mentioned as often", () => {
  const text =
    "He would welcome an outside review. An engineering report had flagged the pipes. The report warned that corrosion was “inadequate.”";
  const result = resolveSpeakers(
    article(text),
    hand(text, [{ quote: "inadequate.", mention: "The report", kind: "partial" }]),
  );
  assert.equal(result.statements[0]?.speaker?.name, "engineering report");
});

test("`Her findings suggest …` is a report of the woman the pronoun points to", () => {
  const text =
    "Dr. Sunniva Aaltonen spent a year on a glacier. Her findings suggest that it is melting fast.";
  assert.deepEqual(
    speakersOf(text, [{ quote: "it is melting fast", mention: "Her findings", kind: "indirect" }]),
    [["Sunniva Aaltonen"]],
  );
});

test("`it said` is not a document named after a preposition or owned by someone", () => {
  const text =
    "“We will strike,” the union said. In a statement on Monday, it said the plan was “unfair.”\n\n" +
    "The board stressed that its findings were not final. “This is a preliminary report,” it said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "We will strike,", mention: "the union" },
      { quote: "unfair.", mention: "it", kind: "partial" },
      { quote: "its findings were not final", mention: "The board", kind: "indirect" },
      { quote: "This is a preliminary report,", mention: "it" },
    ]),
    [["the union"], ["the union"], ["board"], ["board"]],
  );
});

test("`X and Y sent a letter` makes them its writers, and `The letter said` theirs", () => {
  const text =
    "Governor Ruth Adler and Mayor Sam Ito sent a letter to the agency on Monday.\n\nThe letter said the dam was unsafe.";
  assert.deepEqual(
    speakersOf(text, [{ quote: "the dam was unsafe", mention: "The letter", kind: "indirect" }]),
    [["Ruth Adler", "Sam Ito"]],
  );
});

test("`In a four-page resignation letter …, X said`: modifiers between the article and the noun", () => {
  const text =
    "In a four-page resignation letter sent on Friday, Chair Ana Lind said she was leaving.\n\nAccording to the letter, seven requests were refused.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "seven requests were refused", mention: "the letter", kind: "indirect" },
    ]),
    [["Ana Lind"]],
  );
});

test("a memo and a filing have writers too, and stay apart", () => {
  const text =
    "The deal was legal, the company's lawyer, Dana Reyes, said in a court filing. The memo, sent to staff, was signed by Chief Executive Lionel Harwood.\n\n" +
    "“Be angry,” the memo said. “We are cooperating,” the filing said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "Be angry,", mention: "the memo" },
      { quote: "We are cooperating,", mention: "the filing" },
    ]),
    [["Lionel Harwood"], ["Dana Reyes"]],
  );
});

test("`In a joint statement, X said …` makes the statement X's once X is known, even an organisation", () => {
  const text =
    "In a joint statement issued late on Sunday, the Dockers’ Union said the deal was fair.\n\n" +
    "“Both parties recognise the disruption,” the statement said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the deal was fair", mention: "the Dockers’ Union", kind: "indirect" },
      { quote: "Both parties recognise the disruption,", mention: "the statement" },
    ]),
    [["the Dockers’ Union"], ["the Dockers’ Union"]],
  );
});

test("`More than 140 scientists have signed an open letter`: the letter is theirs", () => {
  const text =
    "More than 140 scientists have signed an open letter asking the service to act.\n\n“The evidence is clear,” the letter said.";
  assert.deepEqual(speakersOf(text, [{ quote: "The evidence is clear,", mention: "the letter" }]), [
    ["More than 140 scientists"],
  ]);
});

test("a document noun after a modal or `to` is a verb: `the agency would release its records`", () => {
  const text =
    "Castellanos wrote that the agency would release its records and was ready to report on them.";
  const result = resolveSpeakers(
    article(text),
    hand(text, [
      { quote: "the agency would release its records", mention: "Castellanos", kind: "indirect" },
    ]),
  );
  assert.deepEqual(
    result.actors.filter((a) => a.type === "document").map((a) => a.name),
    [],
  );
});

test("`The memo, sent on Sunday by the executive board of the X Association`: the association's", () => {
  const text =
    "The memo, sent on Sunday by the executive board of the Aldric Nurses Association, said talks had stalled.\n\n“We have spent eleven sessions,” the memo said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "talks had stalled", mention: "The memo", kind: "indirect" },
      { quote: "We have spent eleven sessions,", mention: "the memo" },
    ]),
    [["Aldric Nurses Association"], ["Aldric Nurses Association"]],
  );
});

test("`In a filing …, X said`: the filing is X's, and so is what `the filing said`", () => {
  const text =
    "In a filing with the Securities Review Board, Calder Payroll Services said it had found “unauthorized activity.”\n\n" +
    "“The Company has no evidence of misuse,” the filing said. It added that no ransom was paid.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "unauthorized activity.",
        mention: "Calder Payroll Services",
        kind: "partial",
        cue: "said",
      },
      { quote: "The Company has no evidence of misuse,", mention: "the filing", cue: "said" },
      { quote: "no ransom was paid", mention: "It", kind: "indirect", cue: "added" },
    ]),
    [["Calder Payroll Services"], ["Calder Payroll Services"], ["Calder Payroll Services"]],
  );
});

test("`In a pastoral letter …, he wrote that`: the letter is his, and a report the agency spoke in is the agency's", () => {
  const pastoral =
    "Bishop Aurelio Montcada led the Mass.\n\n" +
    "In a pastoral letter read at Masses across the diocese on Sunday, he wrote that the disaster was “not an act of God.” " +
    "The letter called for the surveys, which it said had been “kept in drawers.”";
  assert.deepEqual(
    speakersOf(pastoral, [
      { quote: "not an act of God.", mention: "he", kind: "partial", cue: "wrote" },
      { quote: "kept in drawers.", mention: "it", kind: "partial", cue: "said" },
    ]),
    [["Aurelio Montcada"], ["Aurelio Montcada"]],
  );
  // `X said in a report`: the report is X's, as in the seeds' gold (its writer speaks)
  const report =
    "Later, the national civil protection agency said in a report on Monday that the slope had moved. “No evacuation was ordered,” the report said.";
  assert.deepEqual(
    speakersOf(pastoral + "\n\n" + report, [
      {
        quote: "the slope had moved",
        mention: "the national civil protection agency",
        kind: "indirect",
        cue: "said",
      },
      { quote: "No evacuation was ordered,", mention: "the report", cue: "said" },
    ]),
    [["the national civil protection agency"], ["the national civil protection agency"]],
  );
});

test("`the letter` is the letter just introduced, not an email quoted more often", () => {
  const text =
    "Chancellor Ana Ruiz wrote to students on Monday. “We cannot wait,” the email said. " +
    "The email set a deadline, and the email offered a meeting.\n\n" +
    "Professor Ingrid Solberg wrote an open letter signed by 112 colleagues.\n\n" +
    "“Nothing has been improved by sending officers,” the letter said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "Nothing has been improved by sending officers,", mention: "the letter" },
    ]),
    [["Ingrid Solberg"]],
  );
});

test("`told students …, in an email` makes the email the speaker's; a relative clause on it does not", () => {
  const first =
    "The chancellor told students that the camp must end, in an email that organisers called “a threat.”";
  const text = `${first}\n\n“We cannot wait,” the email said.`;
  // (the partial quote's content is its whole sentence, so it is resolved first)
  const [called, told, email] = speakersOf(text, [
    { quote: first, mention: "organisers", kind: "partial", cue: "called" },
    { quote: "the camp must end", mention: "The chancellor", kind: "indirect", cue: "told" },
    { quote: "We cannot wait,", mention: "the email", cue: "said" },
  ]);
  assert.notDeepEqual(told, called);
  assert.deepEqual(email, told);
});

test("`A report released … by X`, `An analysis by X`: X wrote it, and `the report said` is X's", () => {
  const text =
    "A report released this month by the Lindenport Housing Observatory found that evictions fell. " +
    "“The effect cannot be separated cleanly,” the report said.\n\n" +
    "The audit, published last week by the Office of the Auditor-General, found that the bids were late.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "evictions fell",
        mention: "the Lindenport Housing Observatory",
        kind: "indirect",
        cue: "found",
      },
      { quote: "The effect cannot be separated cleanly,", mention: "the report", cue: "said" },
      { quote: "the bids were late", mention: "The audit", kind: "indirect", cue: "found" },
    ]),
    [
      ["Lindenport Housing Observatory"],
      ["Lindenport Housing Observatory"],
      ["Office of the Auditor-General"],
    ],
  );
  // `commissioned by`: who paid for a report did not write it
  const commissioned =
    "An engineering report commissioned by the Ashford Basin Water Authority flagged the pipes. " +
    "The report warned that the lines were “inadequate.”";
  assert.deepEqual(
    speakersOf(commissioned, [
      { quote: "inadequate.", mention: "The report", kind: "partial", cue: "warned" },
    ]),
    [["engineering report"]],
  );
});

test("`a statement from the Dunmore Police Department.`: the department wrote it, whatever ends the name", () => {
  const text =
    "The victim was found at 2 a.m., according to a statement from the Dunmore Police Department. " +
    "He is expected to be charged, the statement said.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "The victim was found at 2 a.m.",
        mention: "a statement from the Dunmore Police Department",
        kind: "indirect",
      },
      { quote: "He is expected to be charged", mention: "the statement", kind: "indirect" },
    ]),
    [["Dunmore Police Department"], ["Dunmore Police Department"]],
  );
});

test("`X wrote for the majority in the 2-1 decision`: `The opinion said` and its `it` are X's", () => {
  const text =
    "Judge Corinne Abernathy-Lisle wrote for the majority in the 2-1 decision. The county, she wrote, “acted well.”\n\n" +
    "The opinion said the trial court had been right, and it called the evidence “speculative at best.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the trial court had been right", mention: "The opinion", kind: "indirect" },
      { quote: "speculative at best.", mention: "it", kind: "partial", cue: "called" },
    ]),
    [["Corinne Abernathy-Lisle"], ["Corinne Abernathy-Lisle"]],
  );
  // with no writer and none before, `the decision` is no document (`the decision to close …`)
  const plain =
    "The board defended the decision to close the plant. The decision said little, it added.";
  assert.deepEqual(
    speakersOf(plain, [{ quote: "little", mention: "The decision", kind: "indirect" }]),
    [["decision"]],
  );
});

test("`In a notice of violation …, the department said`: the notice is the department's", () => {
  const text =
    "The state Department of Environmental Quality has ordered Kessel Aggregates to stop blasting. " +
    "In a notice of violation issued on Monday, the department said inspectors had found sediment in the creek. " +
    "The notice says further violations “may result in suspension of the operating permit.”";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "inspectors had found sediment in the creek",
        mention: "the department",
        kind: "indirect",
        cue: "said",
      },
      {
        quote: "may result in suspension of the operating permit.",
        mention: "The notice",
        kind: "partial",
        cue: "says",
      },
    ]),
    // the notice speaks for whoever the sentence that brought it in says spoke
    [["the department"], ["the department"]],
  );
});

test("`The lawsuit, filed in … Court by X`: the suit is X's, and so are `the complaint` and `the suit`", () => {
  const text =
    "The lawsuit, filed in Meridian County Superior Court by the Eastbank Tenants Union on behalf of 4,000 households, alleges that fees were illegal. " +
    "“Northgate treated its tenants like an ATM,” the complaint says. According to the suit, 60 tenants got notices.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "fees were illegal", mention: "The lawsuit", kind: "indirect", cue: "alleges" },
      {
        quote: "Northgate treated its tenants like an ATM,",
        mention: "the complaint",
        cue: "says",
      },
      { quote: "60 tenants got notices", mention: "the suit", kind: "indirect" },
    ]),
    [["Eastbank Tenants Union"], ["Eastbank Tenants Union"], ["Eastbank Tenants Union"]],
  );
  // a complaint with no plaintiff named is no document: the phrase stays the speaker
  const plain =
    "A complaint about noise reached the council. The complaint says the trucks run all night.";
  assert.deepEqual(
    speakersOf(plain, [
      {
        quote: "the trucks run all night",
        mention: "The complaint",
        kind: "indirect",
        cue: "says",
      },
    ]),
    [["complaint"]],
  );
});

test("`issued by the three governments`, `a study by economists X and Y`: plural writers", () => {
  const text =
    "A joint communique issued by the three governments at the close of the talks said they “recognise the river.” " +
    "The communique said ministers would “aim to conclude” a deal.\n\n" +
    "According to a 2013 study by economists Peter Schott and Justin Pierce, “jobs were lost.”";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "recognise the river.",
        mention: "A joint communique",
        kind: "partial",
        cue: "said",
      },
      { quote: "aim to conclude", mention: "The communique", kind: "partial", cue: "said" },
      { quote: "jobs were lost.", mention: "a 2013 study", kind: "partial" },
    ]),
    [["the three governments"], ["the three governments"], ["Peter Schott", "Justin Pierce"]],
  );
});

test("`X said in a blog post …`: `the post said` is X's", () => {
  const text =
    "An outage took down payment apps. Stratalink said in a blog post late Wednesday that an update had failed. " +
    "“We let you down,” the post said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "an update had failed", mention: "Stratalink", kind: "indirect", cue: "said" },
      { quote: "We let you down,", mention: "the post", cue: "said" },
    ]),
    [["Stratalink"], ["Stratalink"]],
  );
});

test("`the bureau's recall notice`: the bureau named before wrote it, past a modifier", () => {
  const text =
    "The Consumer Product Safety Bureau on Wednesday announced the recall of 310,000 kettles.\n\n" +
    "Nineteen people suffered burns, according to the bureau's recall notice. The notice says the latch “can fail.”";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "Nineteen people suffered burns",
        mention: "the bureau's recall notice",
        kind: "indirect",
      },
      { quote: "can fail.", mention: "The notice", kind: "partial", cue: "says" },
    ]),
    [["Consumer Product Safety Bureau"], ["Consumer Product Safety Bureau"]],
  );
});

test("a possessive before a document gives its resolved person no gender the pronouns before it would skip", () => {
  // `her letter` is read in the documents scan, before `He` is resolved: taking Ossery (the
  // nearest subject then) must not make him `she`, or `He said` would skip him for Kovalenko
  const text =
    "In a letter to the trustees, Ines Kovalenko, a curator, wrote that the sale was rushed. " +
    '"I am asking it to find out," Kovalenko wrote.\n\n' +
    "The director, Bertrand Ossery, defended the purchase. He said the urn had been bought from a dealer.\n\n" +
    '"We did more due diligence," Ossery said.\n\n' +
    "He would not say whether the board had seen her letter.";
  const speakers = speakersOf(text, [
    { quote: "the sale was rushed", mention: "Ines Kovalenko", kind: "indirect" },
    { quote: "I am asking it to find out,", mention: "Kovalenko" },
    { quote: "the urn had been bought from a dealer", mention: "He", kind: "indirect" },
    { quote: "We did more due diligence,", mention: "Ossery" },
  ]);
  assert.deepEqual(speakers[2], ["Bertrand Ossery"]);
});

test("a report `released … by the state Department of …` speaks for that department", () => {
  // the name opens with its head (`Department` of what it is for), and `state` is part of it
  const text =
    "The report, released Friday by the state Department of Fish and Wildlife, found that the pack had killed 23 calves.\n\n" +
    '"Non-lethal tools reduced losses," the report says.';
  const speakers = speakersOf(text, [
    { quote: "the pack had killed 23 calves", mention: "The report", kind: "indirect" },
    { quote: "Non-lethal tools reduced losses,", mention: "the report" },
  ]);
  assert.deepEqual(speakers, [
    ["state Department of Fish and Wildlife"],
    ["state Department of Fish and Wildlife"],
  ]);
});

test("`X said in a letter to …` makes X the letter's writer", () => {
  const text =
    "The Kessler Valley Nurses Association said in a letter to the commission that it feared layoffs. " +
    'The letter said nurses had been told "nothing in writing" about their jobs.';
  const speakers = speakersOf(text, [
    {
      quote: "it feared layoffs",
      mention: "The Kessler Valley Nurses Association",
      kind: "indirect",
      cue: "said",
    },
    { quote: "nothing in writing", mention: "The letter", cue: "said" },
  ]);
  assert.deepEqual(speakers[1], ["Kessler Valley Nurses Association"]);
});

test("`X …, publishing an open letter that` makes X its writer", () => {
  const text =
    "Mayor Celeste Varnum escalated her fight on Wednesday, publishing an open letter that accuses " +
    'council members of "balancing the books."';
  const speakers = speakersOf(text, [{ quote: "balancing the books.", mention: "an open letter" }]);
  assert.deepEqual(speakers, [["Celeste Varnum"]]);
});

test("`the letter` after a headline's writerless letter is the letter whose writer is known", () => {
  const text =
    "Ashford mayor takes budget fight public in open letter\n\n" +
    "Mayor Celeste Varnum escalated her fight on Wednesday, publishing an open letter that accuses " +
    'council members of "balancing the books."\n\n' +
    'The letter defends the plan.\n\n"I was elected to run this city," the letter says.';
  const speakers = speakersOf(text, [
    { quote: "balancing the books.", mention: "an open letter" },
    { quote: "I was elected to run this city,", mention: "the letter" },
  ]);
  assert.deepEqual(speakers[1], ["Celeste Varnum"]);
});

test("who `has sued` in a lawsuit's sentence filed it; not one who `was sued`", () => {
  const text =
    "The pop singer Mirelle has sued her former manager, Dean Castellano, according to a complaint filed Monday. " +
    "The complaint says Castellano “treated the tour account as his wallet.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "treated the tour account as his wallet.", mention: "The complaint", cue: "says" },
    ]),
    [["Mirelle"]],
  );
  const passive =
    "Dean Castellano was sued by his former client, according to a complaint filed Monday. " +
    "The complaint says he “treated the tour account as his wallet.”";
  assert.notDeepEqual(
    speakersOf(passive, [
      { quote: "treated the tour account as his wallet.", mention: "The complaint", cue: "says" },
    ]),
    [["Dean Castellano"]],
  );
});

test("`The memo, from X, said` gives the memo its writer", () => {
  const text =
    "The airline sent a memo to staff. The memo, from chief operating officer Leo Strand, said the airline would run “a reduced schedule.”";
  assert.deepEqual(
    speakersOf(text, [{ quote: "a reduced schedule.", mention: "The memo", kind: "partial" }]),
    [["Leo Strand"]],
  );
});

test("`the department's report` is the report of the department described before in lower case", () => {
  const text =
    "The outbreak was traced to oysters, the city health department said.\n\nThe department’s report found a broken cooler. “The alarm was disconnected,” the report says.";
  assert.deepEqual(
    speakersOf(text, [{ quote: "The alarm was disconnected,", mention: "the report" }]),
    [["city health department"]],
  );
});

test("`In a 14-page ruling …, the league's integrity panel found` gives the ruling its writer", () => {
  const text =
    "In a 14-page ruling published on Tuesday, the league's integrity panel found that the player cheated. The ruling said the evidence was “overwhelming.”";
  assert.deepEqual(
    speakersOf(text, [{ quote: "overwhelming.", mention: "The ruling", kind: "partial" }]),
    [["the league's integrity panel"]],
  );
});

test("`In a ruling, the court said` gives the ruling to the court", () => {
  const text =
    "In a ruling on Friday, the appeals court said the law stood. The ruling called the appeal “without merit.”";
  assert.deepEqual(
    speakersOf(text, [{ quote: "without merit.", mention: "The ruling", kind: "partial" }]),
    [["the appeals court"]],
  );
});

test("`a lawsuit that a group of diners filed` gives the suit its writers", () => {
  const text =
    "She may join a lawsuit that a group of diners filed on Wednesday. That suit accuses the restaurant of “reckless indifference.”";
  assert.deepEqual(
    speakersOf(text, [{ quote: "reckless indifference.", mention: "That suit", kind: "partial" }]),
    [["a group of diners"]],
  );
});

test("`the letter that Senator X signed` gives the letter its writer", () => {
  const text =
    "The board discussed the letter that Senator Ana Cruz signed last week. The letter said the plan was “reckless.”";
  assert.deepEqual(
    speakersOf(text, [{ quote: "reckless.", mention: "The letter", kind: "partial" }]),
    [["Ana Cruz"]],
  );
});

test("`In a written ruling, the judge rejected …` gives the ruling to the judge named before", () => {
  const text =
    "U.S. District Judge Miriam Achebe sentenced the director on Thursday.\n\nIn a 38-page written ruling, the judge rejected the defense arguments. The ruling said the contracts had diverted money “at a time of need.”";
  assert.deepEqual(
    speakersOf(text, [{ quote: "at a time of need.", mention: "The ruling", kind: "partial" }]),
    [["Miriam Achebe"]],
  );
});

test("`A report it published in March` gives the report to the organisation `it` stands for", () => {
  const text =
    "The lawsuit, filed by the Eastbank Tenants Union, alleges hidden fees.\n\nA report it published in March found that fees were hidden. The report called the fees “rent increases in disguise.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "rent increases in disguise.", mention: "The report", kind: "partial" },
    ]),
    [["Eastbank Tenants Union"]],
  );
});

test("a response or reply is a document, linked to the writer it is from or carried by", () => {
  const text =
    "Secretary Omar Hale replied the same day. In a two-page response, the secretary wrote that the claims were late. The response said the agency would pay “once the forms are complete.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the claims were late", mention: "the secretary", kind: "indirect", cue: "wrote" },
      { quote: "once the forms are complete.", mention: "The response", kind: "partial" },
    ]),
    [["Omar Hale"], ["Omar Hale"]],
  );
  const from =
    "A longer response, from the firm's general counsel, Dana Ruiz, disputed the figure. “We dispute the total,” the response said.";
  assert.deepEqual(
    speakersOf(from, [{ quote: "We dispute the total,", mention: "the response" }]),
    [["Dana Ruiz"]],
  );
});

test("`The reply accused …. It called` goes to the reply; a reply that is an object or a modifier is none", () => {
  const text =
    "The Harbor Trust wrote to the council in May. The reply accused the council of delay. It called the fine “an unlawful penalty.”";
  assert.deepEqual(
    speakersOf(text, [{ quote: "an unlawful penalty.", mention: "It", kind: "partial" }]),
    [["the reply"]],
  );
  const object =
    "The Harbor Trust said the council gave it no time to provide a substantive response. It also called the fine “an unlawful penalty.”";
  assert.deepEqual(
    speakersOf(object, [
      { quote: "the council gave it no time", mention: "The Harbor Trust", kind: "indirect" },
      { quote: "an unlawful penalty.", mention: "It", kind: "partial" },
    ]),
    [["Harbor Trust"], ["Harbor Trust"]],
  );
});

test("`X filed a petition …. The petition accuses` goes to X", () => {
  const text =
    "Lawyer Maria Tolland filed a petition on Tuesday in the state court. The petition accuses the city of “bad faith.”";
  assert.deepEqual(
    speakersOf(text, [{ quote: "bad faith.", mention: "The petition", kind: "partial" }]),
    [["Maria Tolland"]],
  );
});

test("`X sent the letter …. It was also signed by Y`: the letter is X's and Y's", () => {
  const text =
    "Mayor Ada Brink sent the letter to the agency on Monday. It was also signed by the city's fire chief, Tom Vale.\n\nThe letter said the city had done “everything asked of us.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "everything asked of us.", mention: "The letter", kind: "partial" },
    ]),
    [["Ada Brink", "Tom Vale"]],
  );
  // one who signed it in a relative clause is not the sentence's writer
  const relative =
    "A coalition of groups sent a letter this week. “Act now,” it read. “We cannot wait,” said Ana Ruiz, a director at the Helix Fund, which signed the letter.";
  assert.notDeepEqual(speakersOf(relative, [{ quote: "Act now,", mention: "it" }]), [["Ana Ruiz"]]);
});

test("`she sent an email`, `The Faculty Senate passed a resolution`: the subject wrote it", () => {
  const text =
    "President Mira Stone did not attend. An hour later, she sent an email to all staff. The email said the cuts were “painful.”";
  assert.deepEqual(
    speakersOf(text, [{ quote: "painful.", mention: "The email", kind: "partial" }]),
    [["Mira Stone"]],
  );
  const body =
    "The Harlow College Faculty Senate passed a resolution on Thursday. The resolution says the dean “has lost the trust of the faculty.”";
  assert.deepEqual(
    speakersOf(body, [
      { quote: "has lost the trust of the faculty.", mention: "The resolution", kind: "partial" },
    ]),
    [["Harlow College Faculty Senate"]],
  );
});

test("`…, the Office of the Inspector General said in an audit`: the office wrote the audit", () => {
  const text =
    "The agency paid $3 million for lines never switched on, the Office of the Inspector General said in an audit released Monday. “The office trusted everyone,” the audit said.";
  assert.deepEqual(
    speakersOf(text, [{ quote: "The office trusted everyone,", mention: "the audit" }]),
    [["Office of the Inspector General"]],
  );
});

test("`In a 31-page written order, Judge X gave …`: the order is the judge's", () => {
  const text =
    "In a 31-page written order, U.S. District Judge Mark Dell gave the county 60 days to comply. The order found that the jail held “842 people on an average day.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "842 people on an average day.", mention: "The order", kind: "partial" },
    ]),
    [["Mark Dell"]],
  );
});

test("`The reply` with no reply before is the latest letter, which answers another's", () => {
  const text =
    "The letter, signed by City Attorney Rosa Diaz, says the company ignored the rules. “That ends now,” the letter said.\n\n" +
    "In a letter to Diaz, lawyer Ben Hale wrote that the company had applied in June.\n\n" +
    "The reply accused the city of favoring a rival. It called the threat “an unlawful seizure.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "That ends now,", mention: "the letter" },
      { quote: "an unlawful seizure.", mention: "It", kind: "partial" },
    ]),
    [["Rosa Diaz"], ["Ben Hale"]],
  );
});

test("`the board` after `The Westmarch Board of Medical Examiners` is that board, in a document's sentence and as a speaker", () => {
  const text =
    "The Westmarch Board of Medical Examiners has suspended the license of a surgeon, finding that he was “impaired by fatigue.”\n\n" +
    "In a 22-page order issued Thursday, the board found that he misled staff. “The board cannot identify a lesser sanction,” the order said.";
  const result = resolveSpeakers(
    article(text),
    hand(text, [
      {
        quote: "impaired by fatigue.",
        mention: "The Westmarch Board of Medical Examiners",
        kind: "partial",
      },
      { quote: "he misled staff", mention: "the board", kind: "indirect" },
      { quote: "The board cannot identify a lesser sanction,", mention: "the order" },
    ]),
  );
  const byId = new Map(result.actors.map((a) => [a.id, a.name]));
  assert.deepEqual(
    result.statements.map((s) => (s.speaker?.resolvedActorIds ?? []).map((id) => byId.get(id))),
    [
      ["Westmarch Board of Medical Examiners"],
      ["Westmarch Board of Medical Examiners"],
      ["Westmarch Board of Medical Examiners"],
    ],
  );
});

test("`X answered the same day. According to the response, …` is X's reply", () => {
  const text =
    "Gov. Ada Brink sent a letter to the secretary on Monday.\n\nSecretary Omar Hale answered the same day.\n\nAccording to the response, the state sent incomplete estimates.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the state sent incomplete estimates", mention: "the response", kind: "indirect" },
    ]),
    [["Omar Hale"]],
  );
});

test("`The letter was written by X`, `The memo, drafted by X`, `X co-signed the statement`: X wrote it", () => {
  const text =
    "Mayor Ann Cole and Gov. Bob Reyes disagree about the dam.\n\n" +
    "The letter was written by Mayor Ann Cole. “We will not wait,” the letter said.\n\n" +
    "The memo, drafted by Gov. Bob Reyes, warned of delays. “The dam is safe,” the memo said.\n\n" +
    "Dr. Lena Ortiz co-signed the statement. “We need money now,” the statement said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "We will not wait,", mention: "the letter" },
      { quote: "The dam is safe,", mention: "the memo" },
      { quote: "We need money now,", mention: "the statement" },
    ]),
    [["Ann Cole"], ["Bob Reyes"], ["Lena Ortiz"]],
  );
});

test("`The lawsuit, brought by X`, `A letter from 40 lawmakers`, `In its ruling, the … Court of Appeals said`", () => {
  const text =
    "The lawsuit, brought by the Harbor Tenants Union, says rents rose. “Rents doubled,” the lawsuit says.\n\n" +
    "A letter from 40 lawmakers urged a vote. “Vote now,” the letter said.\n\n" +
    "In its ruling, the Ninth Circuit Court of Appeals said the rule stood. “The rule stands,” the ruling said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "Rents doubled,", mention: "the lawsuit" },
      { quote: "Vote now,", mention: "the letter" },
      { quote: "The rule stands,", mention: "the ruling" },
    ]),
    [["Harbor Tenants Union"], ["40 lawmakers"], ["Ninth Circuit Court of Appeals"]],
  );
});

test("`The judge's order said`, `The memo, which X wrote in June, said`: the judge's, X's", () => {
  const text =
    "U.S. District Judge Mia Stone ruled on Friday. The judge's order said the jail “must open its doors.”\n\n" +
    "Gov. Ruth Adler wrote to the agency in May. The memo, which Adler wrote in June, said the dam was “unsafe.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "must open its doors.", mention: "The judge's order", kind: "partial" },
      { quote: "unsafe.", mention: "The memo", kind: "partial" },
    ]),
    [["Mia Stone"], ["Ruth Adler"]],
  );
});

test("`X sued the city. The complaint says`, `X filed a brief. The brief argues`: X's", () => {
  const text =
    "The Harbor Tenants Union sued the city on Monday. The complaint says rents “doubled in two years.”\n\n" +
    "Attorney General Ruth Adler filed a brief supporting the union. The brief argues that the city “broke its own rules.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "doubled in two years.", mention: "The complaint", kind: "partial" },
      { quote: "broke its own rules.", mention: "The brief", kind: "partial" },
    ]),
    [["Harbor Tenants Union"], ["Ruth Adler"]],
  );
  // a complaint a lawsuit named just before is that lawsuit, not a dateline's city
  const named =
    "MERIDIAN CITY — A tenants' group on Monday sued a landlord.\n\nThe lawsuit, filed by the Eastbank Tenants Union, alleges illegal fees.\n\n“It treated tenants like an ATM,” the complaint says.";
  assert.deepEqual(
    speakersOf(named, [{ quote: "It treated tenants like an ATM,", mention: "the complaint" }]),
    [["Eastbank Tenants Union"]],
  );
});

test("`said in a brief statement`: `brief` is an adjective there, and the statement is the speaker's", () => {
  const text =
    "Regents Chairman Victor Ostrowski said in a brief statement that the board would “review it carefully.” The statement said the board “takes the vote seriously.”";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "review it carefully.",
        mention: "Regents Chairman Victor Ostrowski",
        kind: "partial",
        cue: "said",
      },
      { quote: "takes the vote seriously.", mention: "The statement", kind: "partial" },
    ]),
    [["Victor Ostrowski"], ["Victor Ostrowski"]],
  );
  const result = resolveSpeakers(
    article(text),
    hand(text, [
      {
        quote: "review it carefully.",
        mention: "Regents Chairman Victor Ostrowski",
        kind: "partial",
        cue: "said",
      },
    ]),
  );
  assert.deepEqual(
    result.actors.filter((a) => a.name.startsWith("brief")),
    [],
  );
});

test("`Her written testimony said`: a possessive pronoun before the noun's modifiers owns it", () => {
  const text =
    "Testifying before the committee, Police Chief Dana Ruiz said officers were “stretched thin.” Her written testimony said the department had lost 80 officers.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "the department had lost 80 officers",
        mention: "Her written testimony",
        kind: "indirect",
      },
    ]),
    [["Dana Ruiz"]],
  );
});

test("`The memo, written by senior bridge engineer X` is X's, and so is its later `It`", () => {
  const text =
    "The memo, written by senior bridge engineer Kwame Adeyemi-Ross and sent on Friday, described cracks.\n\n" +
    "The memo said the corrosion had advanced. It recommended closing the bridge “immediately.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the corrosion had advanced", mention: "The memo", kind: "indirect" },
      { quote: "immediately.", mention: "It", kind: "partial" },
    ]),
    [["Kwame Adeyemi-Ross"], ["Kwame Adeyemi-Ross"]],
  );
});

test("`More than 60 nurses at X have signed an anonymous letter`: the nurses wrote it", () => {
  const text =
    "More than 60 nurses at St. Marin General Hospital have signed an anonymous letter to its board.\n\n" +
    "“We are asking for enough hands,” the letter says.";
  assert.deepEqual(
    speakersOf(text, [{ quote: "We are asking for enough hands,", mention: "the letter" }]),
    [["More than 60 nurses at St. Marin General Hospital"]],
  );
});

test("`signed by both mayors` and `The mayors' letter` are the two mayors named before", () => {
  const text =
    "In a letter dated March 3, Mayor Odile Fenwick of Harrowgate and Mayor Dariusz Pell of Linwood wrote to the board.\n\n" +
    "The letter, signed by both mayors, asks the board to reverse its vote. It said the board had given the cities “less than a day's notice.”\n\n" +
    "A spokeswoman for the governor said she had read it.\n\n" +
    "The mayors' letter also warned that Linwood would lose a grant.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "less than a day's notice.", mention: "It", kind: "partial" },
      { quote: "Linwood would lose a grant", mention: "The mayors' letter", kind: "indirect" },
    ]),
    [
      ["Odile Fenwick", "Dariusz Pell"],
      ["Odile Fenwick", "Dariusz Pell"],
    ],
  );
});

test("`the letter, which she sent with Mayor Y` is hers and Y's", () => {
  const text =
    "“We were told twice,” Harrowgate Mayor Odile Fenwick wrote in the letter, which she sent with Linwood Mayor Dariusz Pell.\n\n" +
    "The letter said the vote “abandons forty thousand daily commuters.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "abandons forty thousand daily commuters.", mention: "The letter", kind: "partial" },
    ]),
    [["Odile Fenwick", "Dariusz Pell"]],
  );
});

test("`The reply, signed by X and the board's general counsel, Y` is X's reply named before, now with Y", () => {
  const text =
    "In a three-page reply, board chair Augustin Ravel wrote that the cost had risen.\n\n" +
    "The reply, signed by Ravel and the board's general counsel, Miriam Osei-Blake, disputed the account. " +
    "According to the reply, both cities received the agenda.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "both cities received the agenda", mention: "the reply", kind: "indirect" },
    ]),
    [["Augustin Ravel", "Miriam Osei-Blake"]],
  );
});

test("`X answered within hours. “…,” he wrote. “…” According to the reply`: X's reply past his quotes", () => {
  const text =
    "The mayors sent a letter on Thursday.\n\n" +
    "Board chair Augustin Ravel answered within hours. “The board did not break a promise,” he wrote. “It declined to make one.”\n\n" +
    "According to the reply, the federal money was never committed.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the federal money was never committed", mention: "the reply", kind: "indirect" },
    ]),
    [["Augustin Ravel"]],
  );
});

test("`X filed suit …. The 42-page complaint says` is X's, whatever the modifiers", () => {
  const text =
    "The city of Harlow Falls filed suit Wednesday against Corvane Chemical Co.\n\n" +
    "The 42-page complaint, filed in Dorrance County Circuit Court, says Corvane “knew for more than two decades” about the waste.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "knew for more than two decades", mention: "The 42-page complaint", cue: "says" },
    ]),
    [["city of Harlow Falls"]],
  );
});

test("`X denied the permit, according to a copy of the decision. The decision says` is X's", () => {
  const text =
    "The county's permit office denied the festival's permit on Tuesday, according to a copy of the decision seen by Backline. " +
    "The decision says the site “does not provide adequate emergency vehicle access.”";
  const [speakers] = speakersOf(text, [
    {
      quote: "does not provide adequate emergency vehicle access.",
      mention: "The decision",
      cue: "says",
    },
  ]);
  assert.deepEqual(speakers, ["county's permit office"]);
});

test("an organisation first named in the possessive (`The … Board’s preliminary report`) issued it", () => {
  const text =
    "The National Air Safety Board’s preliminary report on the incident found that the blade “separated at a pre-existing fatigue crack” in flight. " +
    "Debris punctured the engine’s cowling, the report said.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "separated at a pre-existing fatigue crack",
        mention: "The National Air Safety Board’s preliminary report on the incident",
        cue: "found",
        kind: "partial",
      },
      {
        quote: "Debris punctured the engine’s cowling",
        mention: "the report",
        cue: "said",
        kind: "indirect",
      },
    ]),
    [["National Air Safety Board"], ["National Air Safety Board"]],
  );
  // a weekday's possessive names no body
  const weekday =
    "Thursday’s memo from the panel was short. “So far, 59 witnesses were new,” it stated.";
  assert.notDeepEqual(
    speakersOf(weekday, [
      { quote: "So far, 59 witnesses were new,", mention: "it", cue: "stated" },
    ]),
    [["Thursday"]],
  );
});

test("`X signed the letter beneath Y` adds Y to the letter's writers", () => {
  const text =
    "Deputy Director Marisol Quenneville, a former prosecutor, signed the letter beneath Director Harlan Voss. " +
    "The letter said the agency “will go where the fraud is.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "will go where the fraud is.", mention: "The letter", cue: "said", kind: "partial" },
    ]),
    [["Marisol Quenneville", "Harlan Voss"]],
  );
});

test("a relative clause's act (`emails that passed through`) makes no document of the sentence's subject", () => {
  const text =
    "Secretary Ann Vole said Friday that secrets were found in emails that passed through the server. " +
    "The email said “delete this at once.”";
  assert.notDeepEqual(
    speakersOf(text, [
      { quote: "delete this at once.", mention: "The email", cue: "said", kind: "partial" },
    ]),
    [["Ann Vole"]],
  );
});

test("nouns of one kind name one document: `the response` after `a six-page answer`, `the ruling` after a judgment", () => {
  const text =
    "In a six-page answer filed with the court, chief executive Yelena Marsh wrote that the county was “wrong.”\n\nOfficials met on Friday. “We did not create this,” the response said.\n\nIn a 40-page judgment, Judge Aroha Kereama found the firm liable. The ruling said the contracts were “a fiction.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "wrong.", mention: "Yelena Marsh", kind: "partial" },
      { quote: "We did not create this,", mention: "the response" },
      { quote: "a fiction.", mention: "The ruling", kind: "partial" },
    ]),
    [["Yelena Marsh"], ["Yelena Marsh"], ["Aroha Kereama"]],
  );
});

test("every writer slot after a document names a writer: `filed … by X and signed by the chair, Y`", () => {
  const text =
    "The complaint, filed Tuesday in district court by County Attorney Ruth Halvorsen and signed by the chair of the county commission, Anna Whitecloud, names the company.\n\n“The county learned of it from a homeowner,” the complaint says.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "The county learned of it from a homeowner,", mention: "the complaint" },
    ]),
    [["Ruth Halvorsen", "Anna Whitecloud"]],
  );
});

test("`issued by the company's chief operating officer, X`: the named person issued it, not the company", () => {
  const text =
    "Parcelo said in a statement that it would appeal. The statement, issued by the company's chief operating officer, Lukas Brenninkmeijer, said riders valued their flexibility.\n\n“Most of our couriers work for several platforms,” the statement said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "Most of our couriers work for several platforms,", mention: "the statement" },
    ]),
    [["Lukas Brenninkmeijer"]],
  );
});

test("`The answer was also signed by Y` adds Y to the answer's writer; `signed by her and her deputy, X` gives both", () => {
  const text =
    "In a written answer to the lawsuit, the chief executive, Yevgenia Tarkovskaya, says the county is wrong.\n\nThe answer was also signed by the company's general counsel, Pierluigi Santoro. “No drums were moved,” the answer says.\n\nThe union's chair, Dinara Sarsenbayeva, spoke outside. The memo, signed by her and her deputy, Kanat Zhaksylykov, was short. “Stop work,” the memo said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "No drums were moved,", mention: "the answer" },
      { quote: "Stop work,", mention: "the memo" },
    ]),
    [
      ["Yevgenia Tarkovskaya", "Pierluigi Santoro"],
      ["Dinara Sarsenbayeva", "Kanat Zhaksylykov"],
    ],
  );
});

test("`In a statement, the club said … “…” and that Tavinho …`: a name in what was said did not write the statement", () => {
  const text =
    "In a statement on Thursday night, the club said it had received “no offer that reflects his value” and that Marco Tavinho was “central to our plans.”\n\n“The club will not be drawn into this,” the statement said.";
  const [speaker] = speakersOf(text, [
    { quote: "The club will not be drawn into this,", mention: "the statement" },
  ]);
  assert.ok(!speaker?.includes("Marco Tavinho"), String(speaker));
});

test("`A report by the X Institute’s research integrity office` is that office's", () => {
  const text =
    "A report by the Jeju Marine Institute’s research integrity office, released last month, criticised “serious deficiencies in record keeping.”";
  const [speaker] = speakersOf(text, [
    { quote: "serious deficiencies in record keeping.", mention: "A report", kind: "partial" },
  ]);
  assert.deepEqual(speaker, ["the Jeju Marine Institute’s research integrity office"]);
});

test("`The resolution, drafted by board chair X` makes X the writer of the board's resolution named before; one who only signs a body's order signs for the body", () => {
  const text =
    "The Westmere Board’s resolution takes effect in January.\n\nThe resolution, drafted by board chair Hamid Qureshi, bans phones. “No purpose is served by a phone,” the resolution reads.\n\nThe Medical Licensing Board’s order was published on Friday. “The board cannot identify a lesser sanction,” the order said. The order was signed by the board’s president, Dr. Hannah Okoro.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "No purpose is served by a phone,", mention: "the resolution" },
      { quote: "The board cannot identify a lesser sanction,", mention: "the order" },
    ]),
    [["Hamid Qureshi"], ["Medical Licensing Board"]],
  );
});

test("`X wrote to the authority …. The letter was also signed by Y`: the letter is X's and Y's", () => {
  const text =
    "Agriculture Minister Kaito Hirabayashi wrote to the Feed Safety Authority this month asking for a pause. The letter was also signed by Health Minister Thandiwe Mokoena-Vos.\n\n“The rule is rushed,” the letter said.";
  assert.deepEqual(speakersOf(text, [{ quote: "The rule is rushed,", mention: "the letter" }]), [
    ["Kaito Hirabayashi", "Thandiwe Mokoena-Vos"],
  ]);
});

test("on a tie, `the response` is the answer just named, not a dek's earlier one", () => {
  const text =
    "The company’s answer says the county has the wrong plant.\n\nIn a six-page answer filed with the court, the company’s general counsel, Pierluigi Santoro, wrote that the county was wrong. “We inherited a problem,” the response said.";
  assert.deepEqual(
    speakersOf(text, [{ quote: "We inherited a problem,", mention: "the response" }]),
    [["Pierluigi Santoro"]],
  );
});

test("writers listed with where they come from are all the document's writers, and a group", () => {
  const text =
    "Growers appeal\n\nThe letter, signed by Maria Lind of Nord Lines, John Asante of Gold & Sons Freight and Peter Holm of Han Shipping, asked the board to act.\n\n" +
    "“We share the worry,” the three executives wrote.\n\nLind said later that she was sorry. Asante said nothing. Holm said he agreed.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the board to act", mention: "The letter", kind: "indirect" },
      { quote: "We share the worry,", mention: "the three executives" },
    ]),
    [
      ["Maria Lind", "John Asante", "Peter Holm"],
      ["Maria Lind", "John Asante", "Peter Holm"],
    ],
  );
});

test("a writer's role may take its field (`rapporteur on water`) and the name its own title", () => {
  const text =
    "A panel found the wells unsafe in a report on Monday.\n\n" +
    "The report, written by the league's special rapporteur on water, Maria Lind, found the pumps “decades behind.” It said repairs were late.\n\n" +
    "Lind said she was sorry.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "decades behind.", mention: "The report", kind: "partial" },
      { quote: "repairs were late", mention: "It", kind: "indirect" },
    ]),
    [["Maria Lind"], ["Maria Lind"]],
  );
  const memo =
    "The memo, written by the chief inspector, retired judge John Asante, and his deputy, Peter Holm, found the accounts late. It said the money was “gone.”\n\n" +
    "Asante said nothing. Holm said he agreed.";
  assert.deepEqual(speakersOf(memo, [{ quote: "gone.", mention: "It", kind: "partial" }]), [
    ["John Asante", "Peter Holm"],
  ]);
});

test("`signed by both,` is signed by the two named just before, not the body that published it", () => {
  const text =
    "The city council has published an open letter to the bus company.\n\n" +
    "In the letter, Mayor Maria Lind and the council's transport chair, John Asante, wrote that buses were late.\n\n" +
    "The letter, signed by both, lists 90 missed buses. It said the company had “ignored the timetable.”\n\n" +
    "Lind said she was angry.";
  assert.deepEqual(
    speakersOf(text, [{ quote: "ignored the timetable.", mention: "It", kind: "partial" }]),
    [["Maria Lind", "John Asante"]],
  );
});

test("people who write a body's document in it are its writers: `In the letter, X and Y wrote`", () => {
  const text =
    "The town council has published an open letter to the water company.\n\n" +
    "In the letter, Mayor Maria Lind and council member John Asante wrote that pipes were “rotten.”\n\n" +
    "The letter also said the company had missed three deadlines.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "rotten.",
        mention: "Mayor Maria Lind and council member John Asante",
        cue: "wrote",
        kind: "partial",
      },
      { quote: "the company had missed three deadlines", mention: "The letter", kind: "indirect" },
    ]),
    [
      ["Maria Lind", "John Asante"],
      ["Maria Lind", "John Asante"],
    ],
  );
});

test("a co-writer may come after when the letter was sent: `which she sent on May 4 with X`", () => {
  const text =
    "“Nobody is coming,” Mayor Maria Lind wrote in the letter, which she sent on May 4 with the county's judge, John Asante.\n\n" +
    "The letter said the roads were closed.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "Nobody is coming,", mention: "Mayor Maria Lind", cue: "wrote" },
      { quote: "the roads were closed", mention: "The letter", kind: "indirect" },
    ]),
    [["Maria Lind"], ["Maria Lind", "John Asante"]],
  );
});

test("`it` after `The letter said the review would …` goes on with the letter, not the clause's subject", () => {
  const text =
    "Bishop John Asante apologised on Sunday in a letter read at every Mass.\n\n" +
    "The letter said the review would be led by a judge. It added that the school would pay for “every lesson lost.”";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the review would be led by a judge", mention: "The letter", kind: "indirect" },
      { quote: "every lesson lost.", mention: "It", kind: "partial" },
    ]),
    [["John Asante"], ["John Asante"]],
  );
});

test("a writerless audit is the auditor's named near it (an audit's maker is its auditor)", () => {
  const text =
    "A city audit released Monday says the bus agency lost track of 40 buses.\n\n" +
    "City Auditor Maria Lind found that the agency had no list of its fleet.\n\n" +
    "“Nobody knew where the buses were,” the audit says.";
  assert.deepEqual(
    speakersOf(text, [{ quote: "Nobody knew where the buses were,", mention: "the audit" }]),
    [["Maria Lind"]],
  );
});

test("`signed by both officials` is the two named before, not a person named after", () => {
  const text =
    "In a letter on Monday, Gov. Maria Lind and Director John Asante wrote to Secretary Peter Holm that the towns were waiting.\n\n" +
    "The letter, signed by both officials, asks Holm to pay by June and says the state will “go to court” if he does not.";
  assert.deepEqual(
    speakersOf(text, [{ quote: "go to court", mention: "The letter", kind: "partial" }]),
    [["Maria Lind", "John Asante"]],
  );
});

test("`the document` is the document a sentence was last about, whatever its noun", () => {
  const text =
    "The ministry's reply came on Friday. The response, from its chief lawyer, Maria Lind, called the report “unfair.”\n\n" +
    "“We built every school we promised,” the lawyer wrote. The document added that 40 schools had opened since May.\n\n" +
    "According to a document John Asante kept, the schools were late. But the document was lost.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "40 schools had opened since May", mention: "The document", kind: "indirect" },
    ]),
    [["Maria Lind"]],
  );
  const result = resolveSpeakers(article(text), []);
  const lost = text.indexOf("the document was lost");
  assert.ok(
    !result.actors.some((a) => a.mentions.some((m) => m.start === lost)),
    "`the document` after `a document` is not the response",
  );
});

test("`The two officials' letter` is the letter of the two named before", () => {
  const text =
    "Gov. Maria Lind and Director John Asante wrote to the agency on Monday.\n\n" +
    "Secretary Peter Holm said he would answer.\n\n" +
    "The two officials' letter also asks Holm to visit the towns.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "Holm to visit the towns", mention: "The two officials' letter", kind: "indirect" },
    ]),
    [["Maria Lind", "John Asante"]],
  );
});

test("a relative clause's `which the firm's finance director also signed` adds its holder, named after", () => {
  const text =
    "The firm's chief executive, John Asante, answered the audit in a written reply.\n\n" +
    "The reply, which the firm's finance director also signed, called the audit “careless.”\n\n" +
    "The finance director, Maria Lind, said she stood by it.";
  assert.deepEqual(
    speakersOf(text, [{ quote: "careless.", mention: "The reply", kind: "partial" }]),
    [["John Asante", "Maria Lind"]],
  );
});

test("a bulletin is a statement its issuer speaks in: `According to the bulletin` is the agency's", () => {
  const text =
    "The Lindmark Weather Office said in a bulletin that the river would crest on Friday. According to the bulletin, three towns should prepare to leave.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "the river would crest on Friday",
        mention: "The Lindmark Weather Office",
        cue: "said",
        kind: "indirect",
      },
      { quote: "three towns should prepare to leave", mention: "the bulletin", kind: "indirect" },
    ]),
    [["Lindmark Weather Office"], ["Lindmark Weather Office"]],
  );
});

test("`The audit, written by the council's review team under the accountant X`: a body led by a named person wrote it through them", () => {
  const text =
    "The audit, written by the council's review team under the accountant Priya Raman-Holt, recommended new controls.\n\n" +
    "The audit said the fund had lost track of grants.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "new controls", mention: "The audit", kind: "indirect" },
      { quote: "the fund had lost track of grants", mention: "The audit", kind: "indirect" },
    ]),
    [["Priya Raman-Holt"], ["Priya Raman-Holt"]],
  );
});

test("`written by 40 nurses led by X`: people in the plural wrote it, not only the one who led them", () => {
  const text =
    "The report, written by 40 nurses led by Priya Raman-Holt, warned of unsafe wards.\n\n" +
    "The report said the night shifts were short.";
  const [who] = speakersOf(text, [
    { quote: "the night shifts were short", mention: "The report", kind: "indirect" },
  ]);
  assert.notDeepEqual(who, ["Priya Raman-Holt"]);
});

test("`X of A, Y of B and Z of C wrote`: a list of names each with its place is one group of writers", () => {
  const text =
    "In a letter dated May 9, Mayor Odile Fenwick of Harrowgate, Mayor Dariusz Pell of Linwood and Mayor Ana Ruiz of Cobb wrote to the board.\n\n" +
    "The letter, signed by all three, asks the board to reverse its vote. It said the board had given the cities “less than a day's notice.”\n\n" +
    "The mayors' letter also warned that Linwood would lose a grant.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "less than a day's notice.", mention: "It", kind: "partial" },
      { quote: "Linwood would lose a grant", mention: "The mayors' letter", kind: "indirect" },
    ]),
    [
      ["Odile Fenwick", "Dariusz Pell", "Ana Ruiz"],
      ["Odile Fenwick", "Dariusz Pell", "Ana Ruiz"],
    ],
  );
});

test("`the letter` after another's reply to a letter is the reply, the latest written", () => {
  const text =
    "“We ask only that you keep it open,” residents Ana Ruiz and Ben Cole wrote in a covering letter.\n\n" +
    "In her reply, dated a week later, council leader Mia Stone wrote that the budget was short.\n\n" +
    "The letter said the pool would open on weekends.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the pool would open on weekends", mention: "The letter", kind: "indirect" },
    ]),
    [["Mia Stone"]],
  );
});

test("`the letter` before any reply is still the letter", () => {
  const text =
    "“We ask only that you keep it open,” residents Ana Ruiz and Ben Cole wrote in a covering letter.\n\n" +
    "The letter said the pool was the only one in the district.\n\n" +
    "In her reply, dated a week later, council leader Mia Stone wrote that the budget was short.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "the pool was the only one in the district",
        mention: "The letter",
        kind: "indirect",
      },
    ]),
    [["Ana Ruiz", "Ben Cole"]],
  );
});

test("`had read the letter` after a reply is still the letter the reply answers", () => {
  const text =
    "“We ask only that you keep it open,” residents Ana Ruiz and Ben Cole wrote in a covering letter.\n\n" +
    "In her reply, dated a week later, council leader Mia Stone wrote that the budget was short.\n\n" +
    "Mayor Tom Berg said he had read the letter twice. “It says what we all know,” he said.";
  const a = resolveSpeakers(article(text), []);
  const letter = a.actors.find((x) => x.mentions.some((m) => m.text === "the letter"));
  assert.deepEqual(
    (letter?.members ?? []).map((id) => a.actors.find((x) => x.id === id)?.name),
    ["Ana Ruiz and Ben Cole"],
  );
});

test("`The inquiry found` after the report of that inquiry is the report, and speaks for its writer", () => {
  const text =
    "The report, written by Auditor Jane Okoro after a year-long inquiry, found that the fund was mismanaged.\n\n" +
    "The inquiry found that records were missing.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the fund was mismanaged", mention: "The report", kind: "indirect" },
      { quote: "records were missing", mention: "The inquiry", kind: "indirect" },
    ]),
    [["Jane Okoro"], ["Jane Okoro"]],
  );
});

test("`The inquiry found` with no report in view is the inquiry itself", () => {
  const text = "Police opened an inquiry in May.\n\nThe inquiry found that records were missing.";
  assert.deepEqual(
    speakersOf(text, [{ quote: "records were missing", mention: "The inquiry", kind: "indirect" }]),
    [["inquiry"]],
  );
});

test("a relative clause on a carried report (`in a report that Mayor X called …`) names no writer", () => {
  const text =
    "Bus fares rose by a third, the city auditor said in a report that Mayor Ann Bloggs called “nonsense.” According to the report, the fares were never reviewed.";
  assert.notDeepEqual(
    speakersOf(text, [
      { quote: "the fares were never reviewed", mention: "the report", kind: "indirect" },
    ]),
    [["Ann Bloggs"]],
  );
});

test("a co-writer may come after whom and when the letter was sent: `which she sent to X on May 4 with Y`", () => {
  const text =
    "“Nobody is coming,” Mayor Maria Lind wrote in the letter, which she sent to Governor Ola Berg on May 4 with the county's judge, John Asante.\n\n" +
    "According to the letter, the road has been shut for a month.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the road has been shut for a month", mention: "the letter", kind: "indirect" },
    ]),
    [["Maria Lind", "John Asante"]],
  );
});
