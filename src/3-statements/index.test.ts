import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { findStatements } from "./index.ts";
import { article, rows } from "./testing.ts";

const seed = (name: string) =>
  readFileSync(new URL(`../../examples/seeds/${name}.txt`, import.meta.url), "utf8");

function find(list: ReturnType<typeof rows>, words: string) {
  return list.find((r) => (r.quote ?? r.what).includes(words));
}

test("direct quotes with the cue after, and a continuation with no cue of its own", () => {
  const list = rows(
    '"Our courts are the main point of contact," Cantil-Sakauye wrote. "Crime victims all come to our courts."',
  );
  assert.equal(list.length, 2);
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.cue, r.channel]),
    [
      ["direct", "Cantil-Sakauye", "wrote", "letter"],
      ["direct", "", "", "letter"],
    ],
  );
  assert.equal(list[1]?.continues, list[0]?.id);
  assert.equal(list[0]?.what, "Our courts are the main point of contact,");
});

test("a quote after an indirect statement continues it", () => {
  const list = rows(
    'The letter said courthouse arrests ensured the safety of ICE agents. "Because visitors are screened, risks are decreased."',
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.continues ?? ""]),
    [
      ["indirect", "The letter", ""],
      ["direct", "", "s1"],
    ],
  );
  assert.equal(list[0]?.what, "courthouse arrests ensured the safety of ICE agents");
});

test("partial quotes inside reported speech carry the clause as content", () => {
  const list = rows(
    'Sessions and Kelly wrote that the characterization was "particularly troubling," and that officers were within their rights.',
  );
  assert.equal(list.length, 1);
  assert.equal(list[0]?.kind, "partial");
  assert.equal(list[0]?.quote, "particularly troubling,");
  assert.equal(list[0]?.who, "Sessions and Kelly");
  assert.match(list[0]?.what ?? "", /^the characterization .* within their rights$/);
});

test("indirect speech: tail, parenthetical, according to, participle", () => {
  const tail = rows("The arrests have increased recently, Christensen said.");
  assert.deepEqual(
    [tail[0]?.kind, tail[0]?.who, tail[0]?.what],
    ["indirect", "Christensen", "The arrests have increased recently"],
  );
  const paren = rows(
    "Such policies, they wrote, made it necessary to arrest people at courthouses.",
  );
  assert.equal(paren[0]?.who, "they");
  assert.equal(
    paren[0]?.what,
    "Such policies, they wrote, made it necessary to arrest people at courthouses",
  );
  const according = rows("According to the agency, the arrests have increased.");
  assert.deepEqual(
    [according[0]?.who, according[0]?.what],
    ["the agency", "the arrests have increased"],
  );
  const participle = rows(
    "The city of Seattle sued over the matter, arguing that the order was unclear.",
  );
  assert.deepEqual(
    [participle[0]?.who, participle[0]?.what],
    ["The city of Seattle", "the order was unclear"],
  );
});

test("`according to` twice over, with nothing left of the cue to attribute, is no crash", () => {
  // the second cue's floor lay past it once, and reading the token there threw
  assert.deepEqual(rows("Then, according to according to X"), []);
  // with a clause before the cues, that clause is what the first cue attributes
  assert.deepEqual(
    rows("March 3, according to according to the agency").map((r) => r.what),
    ["March 3"],
  );
});

test("said in a statement: the channel and the content after the phrase", () => {
  const list = rows(
    "Responding to their letter, Cantil-Sakauye said in a statement she appreciated the reply.",
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.what, r.channel]),
    [["indirect", "Cantil-Sakauye", "she appreciated the reply", "statement"]],
  );
});

test("scare quotes, titles and no-content sentences are not statements", () => {
  assert.deepEqual(rows('Sessions threatened funding for "sanctuary city" jurisdictions.'), []);
  assert.deepEqual(
    rows("A spokesperson for Cantil-Sakauye was unavailable Friday for a comment on the letter."),
    [],
  );
  assert.deepEqual(rows('She watched "The Apprentice" on Sunday.'), []);
  assert.deepEqual(rows('His escapades were featured in the documentary "Weiner."'), []);
  assert.deepEqual(rows('Zach Carter is a co-host of the podcast "So, That Happened."'), []);
});

test("a quote a relative clause's subject calls a thing is theirs, not the outer speaker's", () => {
  const list = rows(
    'The mill broke the rules, the inspector said Monday in a report that the owners called "biased from start to finish."',
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.quote ?? ""]),
    // (and the clause before the outer cue is the inspector's report)
    [
      ["indirect", "the inspector", ""],
      ["partial", "the owners", "biased from start to finish."],
    ],
  );
});

test("after a state's short form, the next quotation is a continuation, not a partial quote", () => {
  const list = rows(
    "\u201cI saw the metal,\u201d she said from her home in Bloomington, Minn. \u201cThen the captain came on and said, very calmly, \u2018We have an engine problem.\u2019 I will never forget it.\u201d",
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.continues ?? ""]),
    [
      ["direct", "she", ""],
      ["direct", "", "s1"],
    ],
  );
});

test("a quotation with a finite verb inside is a clause, never a term, whatever follows it", () => {
  const list = rows(
    'But it says the blade was inspected twice, and that "no indications were recorded" either time.',
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.quote]),
    [["partial", "it", "no indications were recorded"]],
  );
  // a title's capitalised `Is` is part of its name
  assert.deepEqual(rows('Fans of the "Love Is Blind" franchise lined up early.'), []);
});

test("a song's title before a quote and a defined term are no one's words", () => {
  const quoted = (text: string) => rows(text).map((r) => r.quote);
  assert.deepEqual(
    quoted('Pell calls their 2019 single "Lantern Street" "one of the great songs of the decade."'),
    ["one of the great songs of the decade."],
  );
  assert.deepEqual(
    quoted(
      'She leads a team working on what the field calls "calibration": teaching a model its limits.',
    ),
    [],
  );
  assert.deepEqual(quoted('The director makes this clear in her new documentary "13th."'), []);
  // (without the colon that defines it, `what she calls "…"` is still her words)
  assert.deepEqual(quoted('Clinton praised what she calls "a good conversation" with him.'), [
    "a good conversation",
  ]);
});

test("a name inside the quote is never the speaker", () => {
  const list = rows(
    '"President Trump and Secretary Kelly have given agents free rein," Wang said.',
  );
  assert.equal(list[0]?.who, "Wang");
});

test('a document speaks: ICE enforcement policy prohibits … "…"', () => {
  const list = rows(
    'ICE enforcement policy prohibits initiating proceedings against people "known to be the immediate victim or witness to a crime" unless there are special circumstances.',
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.channel, r.quote]),
    [
      [
        "partial",
        "ICE enforcement policy",
        "document",
        "known to be the immediate victim or witness to a crime",
      ],
    ],
  );
});

test("a colon at the end of a paragraph hands the next quote paragraph to its speaker", () => {
  const list = rows('The governor said:\n\n"We will not back down."');
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.what]),
    [["direct", "The governor", "We will not back down."]],
  );
});

test("a short speaker-and-verb clause after a question quote belongs to it", () => {
  const list = rows('"Does anybody know what the platform is?" Graham asked. "Neither do I."');
  assert.deepEqual(
    list.map((r) => [r.who, r.cue, r.continues ?? ""]),
    [
      ["Graham", "asked", ""],
      ["", "", "s1"],
    ],
  );
});

test("who said: the speaker is the antecedent; a naming verb with no quote says nothing", () => {
  const list = rows(
    "He met John Smith, an architect, who said he was stiffed after he designed a clubhouse.",
  );
  assert.deepEqual(
    list.map((r) => [r.who, r.what]),
    [["John Smith", "he was stiffed after he designed a clubhouse"]],
  );
  const naming = rows(
    "Gowdy said that claim smacked of hypocrisy, because Democrats have been questioning the FBI's decisions for years.",
  );
  assert.deepEqual(
    naming.map((r) => r.who),
    ["Gowdy"],
  );
  assert.match(naming[0]?.what ?? "", /decisions for years$/);
});

test("an outlet quoting with single marks", () => {
  const list = rows(
    "Britain's prime minister said: 'We will not be cowed.' Officials said the 'special relationship' was intact.",
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.quote]),
    [
      ["direct", "Britain's prime minister", "We will not be cowed."],
      ["partial", "Officials", "special relationship"],
    ],
  );
});

test("quoted names of things are not quotations; the statement stays, as reported speech", () => {
  const list = rows(
    'The company said it was recalling about 40,000 bottles of its "Fresh Start" floor cleaner. The study, titled "Prenatal Exposure and Birth Outcomes," followed 2,000 women.',
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.quote ?? ""]),
    [["indirect", "The company", ""]],
  );
});

test("a quoted term before a preposition or adverb inside reported speech is a partial quote; before a noun, a term", () => {
  const list = rows(
    'Clinton said there was "no daylight" between their plans. Patrick says Cruz is "standing tall" despite the loss. The suit alleges that the landlord charged fees for "valet trash" pickup.',
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.quote ?? ""]),
    [
      ["partial", "Clinton", "no daylight"],
      ["partial", "Patrick", "standing tall"],
      ["indirect", "The suit", ""],
    ],
  );
});

test("an -ing cue after a quote goes on with the speaker of the clause before it", () => {
  const list = rows(
    'Trump told Newsmax that Romney "had a crazy policy," adding, "He lost all of the Latino vote." "He stands for the middle class," Anderson said, adding that Sanders is "the most trustworthy of the candidates."',
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.cue, r.quote ?? ""]),
    [
      ["partial", "Trump", "told", "had a crazy policy,"],
      ["direct", "Trump", "adding", "He lost all of the Latino vote."],
      ["direct", "Anderson", "said", "He stands for the middle class,"],
      ["partial", "Anderson", "adding", "the most trustworthy of the candidates."],
    ],
  );
});

test("an inverted speaker after a quotation that opens the sentence may be followed by more", () => {
  const list = rows(
    '"This is a scripted show and we are all props," said delegate Beau Correll when asked about the vote. Joe Scarborough, host of MSNBC\'s "Morning Joe," suggested business mogul Donald Trump could lose.',
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.cue]),
    [["direct", "delegate Beau Correll", "said"]],
  );
});

test("a short quoted term with no cue is the words of a person acting in the sentence", () => {
  const list = rows(
    'Clinton talked up her "50-state strategy," promising to campaign across the country. He implied a federal judge was biased and "hostile" because of his heritage.',
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.quote ?? ""]),
    [
      ["partial", "Clinton", "50-state strategy,"],
      ["partial", "He", "hostile"],
    ],
  );
  // Not a thing, a title or a name, nor a sentence that opens with no person acting.
  assert.deepEqual(
    rows(
      'It owed the firm $556,000 for "survey research" last year. Actress Danai Gurira took home the show\'s "Star Power" award. The South China Sea has become a "flashpoint" again. Ask yourself who wins with "enemy" talk.',
    ),
    [],
  );
});

test("a quote after a reporting clause and an unknown verb with `that` is the same speaker's", () => {
  const list = rows(
    '"The candidate is a natural born citizen," the board said, reasoning that Cruz met the criteria because he "did not have to take any steps." "These guys know how to use words," said Sherman, speaking of politicians, "and leave themselves a little wiggle room in what they said."',
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.cue, r.continues ?? ""]),
    [
      ["direct", "the board", "said", ""],
      ["partial", "the board", "", ""],
      ["direct", "Sherman", "said", ""],
      ["partial", "", "", "s3"],
    ],
  );
  assert.equal(list[1]?.what.startsWith("reasoning that Cruz"), true);
});

test("declaring and proclaiming name what they declare, with a quotation only", () => {
  const list = rows(
    'Clinton celebrated with supporters, declaring it "another super Tuesday for our campaign." He declared victory on Tuesday. Sullivan proclaims the article a "terrific piece and well worth the trip."',
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.cue]),
    [
      ["partial", "Clinton", "declaring"],
      ["partial", "Sullivan", "proclaims"],
    ],
  );
});

test("a sentence quoted after a work noun and the pronoun I are someone's words, not titles", () => {
  const list = rows(
    'According to the Trump campaign, "The speech will be delivered at the institute on Monday." Obama said "I held and hugged" grieving family members.',
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.quote ?? ""]),
    [
      ["direct", "the Trump campaign", "The speech will be delivered at the institute on Monday."],
      ["partial", "Obama", "I held and hugged"],
    ],
  );
});

test("an opening phrase with a programme title is not content", () => {
  const list = rows(
    'In an interview on CBS\'s "Face the Nation," Pence said the police were right. Sunday on Fox News\'s "Sunday Morning Futures," Issa said the police were wrong.',
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.what]),
    [
      ["indirect", "Pence", "the police were right"],
      ["indirect", "Issa", "the police were wrong"],
    ],
  );
});

test("after an exclamation, the speaker clause can run on; a naming verb after a quote", () => {
  const list = rows(
    '"Thirty-six votes for the next president!" Senator Jeff Sessions said as he launched the roll call. "Compare him to Hillary," Gorka urged.',
  );
  assert.deepEqual(
    list.map((r) => [r.who, r.cue]),
    [
      ["Senator Jeff Sessions", "said"],
      ["Gorka", "urged"],
    ],
  );
});

test("characterising: 'criticized X as a \"…\"', 'pounding Trump as a \"…\"'", () => {
  const list = rows(
    'Bill Clinton criticized the Affordable Care Act as a "crazy system" during a stop. Reid has been pounding Trump as a "con artist" all year.',
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.quote]),
    [
      ["partial", "Bill Clinton", "crazy system"],
      ["partial", "Reid", "con artist"],
    ],
  );
});

test("a quote signed with a dash", () => {
  const list = rows("\u201cHe is ignorant of our culture.\u201d\u2015 Pamela Padilla");
  assert.deepEqual(
    list.map((r) => [r.kind, r.who]),
    [["direct", "Pamela Padilla"]],
  );
});

test("the Washington Post seed: every quote found, with its speaker mention", () => {
  const list = rows(seed("wapo"));
  const expect: [string, string, string][] = [
    ["particularly troubling", "partial", "Sessions and Kelly"],
    ["statutes and ordinances designed", "partial", "They"],
    ["We would encourage you", "direct", "the two men"],
    ["making arrests at courthouses", "partial", "Cantil-Sakauye"],
    ["I am disappointed", "direct", "she"],
    ["doubling down", "partial", "Cecillia Wang"],
    ["particularly concerning", "partial", "she"],
    ["deeply concerned", "partial", "Cantil-Sakauye"],
    ["Our courts are the main point", "direct", "Cantil-Sakauye"],
    ["What\u2019s new is that", "direct", "Wang"],
    ["the agency has for years", "indirect", "Gillian Christensen"],
  ];
  for (const [words, kind, who] of expect) {
    const r = find(list, words);
    assert.ok(r, `missing: ${words}`);
    assert.deepEqual([r.kind, r.who], [kind, who], words);
  }
  assert.equal(find(list, "sanctuary city"), undefined);
  const crime = find(list, "Crime victims");
  assert.equal(crime?.continues, find(list, "Our courts are the main point")?.id);
});

test("the CBS seed: continuations, the statement and no statement for the unavailable spokesperson", () => {
  const list = rows(seed("cbssf"));
  assert.equal(
    find(list, "Because courthouse visitors")?.continues,
    find(list, "courthouse arrests ensured")?.id,
  );
  assert.deepEqual(
    [find(list, "The work of our courts")?.who, find(list, "The work of our courts")?.channel],
    ["the statement", "statement"],
  );
  assert.equal(find(list, "unavailable"), undefined);
  assert.equal(find(list, "The enforcement operations")?.who, "officials");
});

test("spans are offsets into the original text, curly quotes and no-break spaces included", () => {
  const text = "\u201cWe\u00a0are ready,\u201d the\u00a0mayor said.";
  const { statements } = findStatements(article(text));
  const s = statements[0];
  assert.ok(s?.quote && s.speakerMention);
  assert.equal(text.slice(s.quote.start, s.quote.end), s.quote.text);
  assert.equal(s.quote.text, "We\u00a0are ready,");
  assert.equal(s.speakerMention.text, "the\u00a0mayor");
});

test("bad input: no sentences, stray marks, an unclosed quote", () => {
  assert.deepEqual(findStatements(article("")).statements, []);
  assert.deepEqual(findStatements(article("\u201d \u201d ''' \"")).statements, []);
  const r = findStatements(article('Kelly said "we will never stop\n\nThe end.'));
  assert.equal(r.warnings[0]?.ruleId, "quote-unclosed");
  assert.equal(r.statements[0]?.quote?.text, "we will never stop");
});

test("paragraph offsets outside the text or out of order are kept inside it", () => {
  const a = article('"We are ready," the mayor said.');
  a.paragraphs = [
    { start: 0, end: 500, text: "" },
    { start: 3, end: 1, text: "" },
  ];
  const r = findStatements(a);
  assert.equal(r.statements[0]?.speakerMention?.text, "the mayor");
});

test("a sentence of thousands of nested reports stays linear: nested contents are bounded", () => {
  const text = `${"Kelly said that ".repeat(20_000)}it rained.`;
  const r = findStatements(article(text));
  assert.equal(r.statements.length, 20_000);
  assert.ok(r.statements.every((s) => s.content.end - s.content.start <= 600));
  assert.equal(r.statements.at(-1)?.content.text, "it rained");
});

test("a sentence of thousands of quotes joined by `and` stays linear (the slogan walk is bounded)", () => {
  const list = (n: number) =>
    `Fans held signs reading ${Array.from({ length: n }, (_, i) => `"Go${i}"`).join(" and ")}.`;
  // (an unbounded walk from each quote back to the list's first recursed once per quote: it took
  // time quadratic in the list and overflowed the stack at this length)
  assert.doesNotThrow(() => findStatements(article(list(40_000))));
  assert.deepEqual(rows(list(3)), []);
});

test("a sentence of thousands of quotes with no cue gives what a short one gives, per quote", () => {
  // Linear time here is measured in `npm run bench -- analyze --large` ('two 1 MB sentences of
  // quotations'); a walk over the sentence's drafts per quotation made it quadratic.
  const list = (n: number) =>
    `The mayor called the plan ${Array.from({ length: n }, (_, i) => `"a long phrase ${i} here"`).join(", ")}.`;
  const many = findStatements(article(list(32_000))).statements.length;
  const few = findStatements(article(list(4))).statements.length;
  assert.equal(many, few * 8_000);
});

test("a large article with pathological quoting gives proportional output", () => {
  const para = '"One," he said. "Two" "three said" said she, "four\n\n';
  const text = para.repeat(20_000); // ~1 MB
  const r = findStatements(article(text));
  const small = findStatements(article(para.repeat(10)));
  assert.equal(r.statements.length, small.statements.length * 2000);
  for (const s of r.statements.slice(0, 50))
    assert.equal(text.slice(s.content.start, s.content.end), s.content.text);
});

test("a tail clause after a quote ending in ? or !: past a hearer, an appositive or a comma", () => {
  const who = (text: string, words: string) => find(rows(text), words)?.who;
  assert.equal(
    who(
      '"You think I\'m going to change?" Trump asked reporters rhetorically during a news conference. "I\'m not changing."',
      "going to change",
    ),
    "Trump",
  );
  assert.equal(
    who(
      '"How are you today?" Miller, a retired worker from a nuclear plant, said pleasantly into the phone.',
      "How are you",
    ),
    "Miller",
  );
  assert.equal(
    who('"And I\'m not being paid!" LeVell said, a point he likes to make.', "not being paid"),
    "LeVell",
  );
  // a cue that needs a quote has it right before (`"…?" Beck questioned.`)
  assert.equal(
    who(
      '"What was the pivot point to make him change so fundamentally?" Beck questioned.',
      "pivot point",
    ),
    "Beck",
  );
  // (a cue word inside an opening phrase is no tail: `in his opening remarks, Trump said he…`)
  assert.equal(
    who(
      '"That is what the country likes."\nMoments earlier, in his opening remarks, Trump said he was suited for it.',
      "country likes",
    ),
    "",
  );
});

test("a lower-case term after an adjective is a term, not a quote", () => {
  const list = rows(
    'The group sued the landlord on Monday, accusing it of charging renters illegal "convenience fees" and punishing those who complained.',
  );
  assert.equal(
    list.find((r) => r.quote === "convenience fees"),
    undefined,
  );
  // A one-word quote after an adjective may still be someone's word (`a dangerous "rapist"`).
  assert.equal(find(rows('He called them dangerous "rapists" on Monday.'), "rapists")?.who, "He");
  // A quote opening with a modal is a predicate, whatever the word before it ends in (`deal`).
  const modal = find(
    rows(
      'The review warned that the deal "may substantially lessen competition" and asked for data.',
    ),
    "lessen competition",
  );
  assert.deepEqual([modal?.kind, modal?.who], ["partial", "The review"]);
  // One ending in a particle is a verb's phrase (`to "open up" libel laws`).
  assert.equal(find(rows('He vowed to "open up" libel laws.'), "open up")?.kind, "partial");
});

test("a dateline opening a paragraph is no part of its sentence: the subject follows the dash", () => {
  const text =
    "Elsewhere on Sunday:\n\nKARSVIK (AFP) - The Bank of Nordmark kept its rate at 3.25 percent, saying inflation was cooling slowly.\n\nMERIDIAN CITY — Rents rose 9 percent last year, the tenants' union said.";
  const list = rows(text);
  assert.equal(find(list, "inflation was cooling")?.who, "The Bank of Nordmark");
  // (a tail clause's content starts after the dateline too)
  assert.equal(find(list, "Rents rose")?.what, "Rents rose 9 percent last year");
});

test("an unquoted question paragraph is the interviewer's: no statement, and no speaker for the answer", () => {
  const text = [
    "Prof. Edmund Kessler said a single glacier was a data point.",
    "Your paper says the models are wrong. How wrong?",
    "“Wrong in a specific direction. They underestimate the meltwater.”",
  ].join("\n\n");
  const list = rows(text);
  assert.equal(find(list, "the models are wrong"), undefined);
  const answer = find(list, "Wrong in a specific direction");
  assert.equal(answer?.kind, "direct");
  assert.equal(answer?.who, "");
  assert.equal(answer?.continues, undefined);
  // A question someone is reported asking is theirs.
  const asked = rows(
    "Kessler said it was early.\n\nIf the grab was as bad as she said, he said, why hadn't she screamed?",
  );
  assert.equal(find(asked, "screamed")?.who, "he");
  // (one the hearer is asked about is not: `Do you think … ?`)
  assert.equal(
    find(rows("Do you think a socialist can win a general election?"), "socialist"),
    undefined,
  );
  // A question inside a quoted answer, or ending a long paragraph, is no interviewer's.
  const quoted = rows('Kessler said it was early. "Why would we stop now?" he asked.');
  assert.equal(find(quoted, "Why would we stop now?")?.who, "he");
});

test("a nickname after 'known to … as' is a name, not a quote of the sentence", () => {
  const list = rows(
    "“Every novel has herring in it,” Ms. Sorvik said. Desmond Achterberg, a novelist known to friends and readers as “Dez,” who was in the same workshop, said he remembered the manuscript clearly.",
  );
  assert.equal(
    list.find((r) => r.quote === "Dez,"),
    undefined,
  );
  // `known by X as` gives who calls it that: X's word.
  const hug = rows('It came to be known by some Republicans as a "hug" that cost him.');
  assert.equal(find(hug, "hug")?.kind, "partial");
});

test("the antecedent of a relative clause before the cue is the speaker", () => {
  assert.equal(
    find(
      rows("Two officials who spoke on condition of anonymity said the delay was ordered."),
      "delay",
    )?.who,
    "Two officials",
  );
  assert.equal(
    find(rows("Now a poet who once studied with her says parts of it were lifted."), "parts")?.who,
    "a poet",
  );
  // Another clause's subject pronoun speaks (`who gained attention when he yelled`).
  const yelled = rows(
    "The latest is Rep. Joe Wilson, the congressman who gained attention in 2009 when he yelled “You lie!” at the president.",
  );
  assert.equal(find(yelled, "You lie!")?.who, "he");
  // The clause's own subject speaks when it comes right after `who`.
  assert.equal(
    find(rows("These are people who Trump says are dangerous."), "dangerous")?.who,
    "Trump",
  );
});

test("a long aside between the subject and the cue: the subject speaks", () => {
  const critic = rows(
    "Gunnhild Sorvik, a critic who reviewed “The Salt Orchard” for this newspaper, said the overlaps were “striking but not conclusive.”",
  );
  assert.equal(find(critic, "striking")?.who, "Gunnhild Sorvik");
  assert.equal(find(critic, "striking")?.kind, "partial");
  const report = rows(
    "A report it published in March, based on 800 leases collected by volunteers, found that the average tenant paid $612 a year in fees.",
  );
  assert.equal(find(report, "the average tenant")?.who, "A report");
  const novelist = rows(
    "Desmond Achterberg, a novelist known to friends and readers as “Dez,” who was in the same workshop, said he remembered the manuscript clearly.",
  );
  assert.equal(find(novelist, "he remembered")?.who, "Desmond Achterberg");
  // A verb before the aside gives the subject a predicate of its own.
  const rhetoric = rows(
    "Clinton’s rhetoric was more conciliatory than that of her campaign’s leadership, who, on a press call Friday, criticized Sanders for “misrepresenting what had occurred.”",
  );
  assert.ok(!rhetoric.some((r) => r.who.startsWith("Clinton")));
  // A tail clause with nothing after its cue is not such an aside.
  assert.equal(find(rows("The vote was close, officials said."), "vote")?.who, "officials");
});

test("reported clauses that open with an -ed adjective or a count, and a compound channel phrase", () => {
  assert.equal(
    find(rows("The airline said affected passengers would receive full refunds."), "refunds")?.who,
    "The airline",
  );
  assert.equal(find(rows("She said based on the data it was fine."), "fine"), undefined);
  // Only after a finite `said` or `told`: other verbs take such a phrase as their object.
  const add = rows("A fundamental tax overhaul would add less than 1 percent to output.");
  assert.equal(find(add, "1 percent"), undefined);
  const adding = rows(
    "After years adding coal-fired generators at breakneck speed, the government acted.",
  );
  assert.equal(find(adding, "generators"), undefined);
  const captain = rows(
    "Capt. Rhonda Amsel of the state police, who coordinated the air search, said more than 300 volunteers had covered the terrain.",
  );
  assert.equal(find(captain, "300 volunteers")?.who, "Capt. Rhonda Amsel of the state police");
  assert.equal(
    find(
      rows(
        "The hiker was found near the trail, Sheriff Dwayne Kolber told reporters at an afternoon news conference in Granite Falls.",
      ),
      "hiker",
    )?.what,
    "The hiker was found near the trail",
  );
});

test("a sentence after one that ends in a quotation is its own when that quotation did not open it", () => {
  const list = rows(
    'Governor Astrid Halvorsen said the bank would keep rates on hold "for as long as necessary." Most economists had expected the decision.',
  );
  assert.deepEqual(
    list.map((r) => [r.who, r.what]),
    [
      [
        "Governor Astrid Halvorsen",
        'the bank would keep rates on hold "for as long as necessary."',
      ],
    ],
  );
  // A quotation that is its sentence still takes the short clause after it.
  assert.equal(find(rows('"Does anybody know?" Graham asked.'), "anybody")?.who, "Graham");
});

test("a quote with no cue after a sentence about a person acting is that person's", () => {
  const list = rows(
    '"It is an economics problem," Stroud says.\n\nAsked whether it would be sold, Achterberg shakes her head. "No. We answer to the evidence."',
  );
  assert.equal(list[1]?.quote, "No. We answer to the evidence.");
  assert.equal(list[1]?.who, "Achterberg");
  // (a sentence with no person for a subject leaves the quote to the last speaker)
  const other = rows(
    '"It is an economics problem," Stroud says.\n\nThe room went quiet. "We answer to the evidence."',
  );
  assert.equal(other[1]?.continues, "s1");
});

test("a dated or final report after the cue ends the clause: the words before are reported", () => {
  const list = rows(
    "A faulty signal is the most likely cause of the derailment, the national Transport Safety Board said in a preliminary report published on Thursday.",
  );
  assert.equal(list.length, 1);
  assert.equal(list[0]?.who, "the national Transport Safety Board");
  assert.equal(list[0]?.what, "A faulty signal is the most likely cause of the derailment");
});

test("a verb of manner reports a quote next to it, and nothing without one", () => {
  const list = rows('"It is not rocket science," the professor laughed.');
  assert.equal(list[0]?.who, "the professor");
  assert.deepEqual(rows("She laughed at the joke and sighed."), []);
});

test("`a report the ministry called “…”`: a relative clause with no `that` quotes its subject", () => {
  const list = rows(
    "The ombudsman has published findings in a report the ministry called “selective and unfair.”",
  );
  assert.equal(find(list, "selective and unfair")?.who, "the ministry");
  // (an indefinite phrase before `called` is the thing named: `performing a popular play called`)
  assert.equal(
    find(
      rows("Comedians are performing a popular play called “Sons of Trump” in Mexico."),
      "Sons of",
    )?.who,
    undefined,
  );
});

test("`that X called “…”` quotes X; `a group called “…”` only names the group", () => {
  const list = rows(
    "The chancellor told students that the camp must end, in an email that organisers called “a threat dressed up as a dialogue.”",
  );
  const threat = find(list, "a threat dressed up");
  assert.equal(threat?.who, "organisers");
  assert.equal(threat?.kind, "partial");
  assert.match(threat?.what ?? "", /^The chancellor told students/);
  assert.equal(
    find(rows("The chancellor sent an email, which she called “a warning.”"), "a warning")?.who,
    "she",
  );
  assert.equal(
    find(rows("The plan was what Gilbert called “a disgrace to the town.”"), "a disgrace")?.who,
    "Gilbert",
  );
  assert.equal(
    find(rows("They formed a group called “Freedom Lawn” on Monday."), "Freedom Lawn"),
    undefined,
  );
  assert.equal(
    find(rows("They joined a group that is called “Freedom Lawn” by all."), "Freedom Lawn"),
    undefined,
  );
});

test("a capitalised quote after a verb of releasing is a title; the words on a sign are a slogan", () => {
  const label = rows(
    'The label said it was "not a party to the dispute" and would release "Glass Harbor" as planned.',
  );
  assert.deepEqual(
    label.map((r) => r.quote),
    ["not a party to the dispute"],
  );
  assert.deepEqual(
    rows("Many held signs reading “Keep Ashford Moving,” the slogan of a group."),
    [],
  );
  assert.deepEqual(rows('The farmers marched, carrying signs that read "Share the River."'), []);
  assert.deepEqual(rows('One sign read: "Honk if you are angry."'), []);
  assert.deepEqual(rows('Another banner said simply: "Enough."'), []);
  // a sign before its phrases of place, a slogan joined to one, words chalked on a surface
  assert.deepEqual(rows("A sign in the restaurant’s window now reads “Every Cooler Checked.”"), []);
  assert.deepEqual(rows('Fans held signs reading "Keep Us Home" and "Stadiums Not Stalling."'), []);
  assert.deepEqual(rows('Outside, someone had chalked "Masks Up, Brantley!" on the pavement.'), []);
  assert.equal(rows('The mayor said "we are tired" and "we are angry."').length, 2);
  // a sign's noun right before its words, or a sign (a flyer) that names a thing
  assert.deepEqual(rows('Commuters plan a rally under the banner "The Long Wait."'), []);
  assert.deepEqual(rows('Many of the tractors carried the same sign: "No Farms, No Food."'), []);
  assert.deepEqual(rows('Their flyer calls the merger "The Great Sellout."'), []);
  assert.deepEqual(rows('Protesters waved signs calling Ford "The Tax Man."'), []);
  // (the verb `sign` is no sign: `refused to sign "…"` stays a quotation)
  assert.equal(rows('He refused to sign "a blank check," he said.').length, 1);
  // A title set off by commas after a commentary or an editorial.
  assert.deepEqual(rows('Her commentary, "Tell your story," is very thoughtful.'), []);
  // A statement that reads is its issuer's words.
  const statement = rows('The union issued a statement reading "We stand with our members."');
  assert.deepEqual([statement[0]?.kind, statement[0]?.who], ["direct", "The union"]);
});

test("a name or label after a verb of going by one is no quotation", () => {
  assert.deepEqual(rows('Those voters, who register as "undeclared," can decide it.'), []);
  const panel = rows('The panel found that Ridgeway, 22, who competes as "Vesper," had run it.');
  assert.deepEqual(
    panel.map((r) => [r.kind, r.quote]),
    [["indirect", undefined]],
  );
});

test("a short capitalised quote after a name's possessive is a title; one opening with an adverb is a clause", () => {
  assert.deepEqual(
    rows('He takes his ideas from a speech in Ayn Rand\'s "Atlas Shrugged" instead.'),
    [],
  );
  const list = rows(
    "Johnson tells MSNBC’s “Morning Joe” on Friday that “exactly who did it” remains under investigation.",
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.quote]),
    [["partial", "exactly who did it"]],
  );
});

test("a quotation joined by `and` right after a reporting clause continues its statement", () => {
  const list = rows(
    'Mills "got an immunity agreement," Jordan said, and still "got to sit in on the interview."',
  );
  assert.deepEqual(
    list.map((r) => [r.who, r.quote, r.continues ?? ""]),
    [
      ["Jordan", "got an immunity agreement,", ""],
      ["", "got to sit in on the interview.", "s1"],
    ],
  );
});

test("a tail clause after a quotation that ends in a nested quotation's closing mark", () => {
  const [row] = rows(
    "“Her response has been, ‘Let’s see what we can do to help?’” Renteria told reporters during a call.",
  );
  assert.deepEqual([row?.kind, row?.who], ["direct", "Renteria"]);
  assert.equal(
    rows('"The answer is no," the nominee riffed, drawing applause.')[0]?.who,
    "the nominee",
  );
});

test("a quote then a name and a capitalised past form after its appositive: a tail cue", () => {
  const list = rows(
    "“Not us but can’t argue with it!” Murphy, the head of the PAC, Tweeted on Friday.",
  );
  assert.deepEqual(
    list.map((r) => [r.who, r.cue]),
    [["Murphy", "Tweeted"]],
  );
});

test("`X, now 81, remembered … as “…”` quotes X", () => {
  const list = rows(
    "Mbaye-Fontaine, now 81, remembered their first session as “the quietest room I have ever been in.”",
  );
  assert.equal(find(list, "the quietest room")?.who, "Mbaye-Fontaine");
  // (with no quotation it names nothing said)
  assert.deepEqual(rows("Mbaye-Fontaine, now 81, remembered their first session."), []);
});

test("`found no evidence of “…”`: a finding's object holding a quotation quotes the finder", () => {
  const list = rows(
    "The office found no evidence of “intentional manipulation” but criticised “serious deficiencies.”",
  );
  assert.equal(find(list, "intentional manipulation")?.who, "The office");
  assert.equal(find(list, "serious deficiencies")?.who, "The office");
  // (with no quotation and no `that`, a finding reports nothing)
  assert.deepEqual(rows("The office found no evidence of manipulation."), []);
});

test("a quoted pair of adjectives before a noun is the speaker's judgment, not a term's name", () => {
  const list = rows(
    'The inspector found that engineers had ignored "clear and serious" cracks in the deck.',
  );
  assert.deepEqual(
    list.map((r) => [r.kind, r.who, r.quote ?? ""]),
    [["partial", "The inspector", "clear and serious"]],
  );
  // (a compound name stays a term: `"stop and frisk" policing`)
  assert.deepEqual(
    rows('The mayor said that "stop and frisk" policing would end.').map((r) => r.kind),
    ["indirect"],
  );
});

test("a title in quotes right before the quotation that describes it is no one's words", () => {
  const list = rows('Festival chief calls "Night Harbour" "the bravest film of the year"');
  assert.deepEqual(
    list.map((r) => [r.who, r.quote ?? ""]),
    [["Festival chief", "the bravest film of the year"]],
  );
});
