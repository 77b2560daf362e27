import assert from "node:assert/strict";
import { test } from "node:test";
import { normalize } from "../normalize.ts";
import { atMostWords, classify, colonNearEnd, outletCaption, textClues } from "./02-boilerplate.ts";

const ctx = { index: 5, count: 20 };
const verdict = (s: string, c = ctx) => classify(normalize(s), c);
const reason = (s: string) => verdict(s)?.reason ?? null;

test("teaser labels before links to other stories", () => {
  assert.equal(reason("READ MORE: Storm Knocks Out Power Across The Valley"), "teaser");
  assert.equal(reason("More News: Council Votes On Budget"), "teaser");
  assert.equal(reason("Related: How the court ruled last year"), "teaser");
  assert.equal(reason("ALSO READ: Ten things to know"), "teaser");
});

test("navigation prompts and share bars", () => {
  assert.equal(reason("Click here to read the full letter."), "navigation");
  assert.equal(reason("Sign up for our morning newsletter"), "navigation");
  assert.equal(reason("Subscribe to our podcast"), "navigation");
  assert.equal(reason("Share this article"), "navigation");
  assert.equal(reason("Facebook | Twitter | Email"), "navigation");
  assert.equal(reason("Advertisement"), "navigation");
  assert.equal(reason("Listen to this article"), "navigation");
  assert.equal(reason("Storm batters the coast as thousands lose power [VIDEO]"), "teaser");
  assert.equal(
    reason("Get the latest updates in your inbox. Subscribe to our newsletters."),
    "navigation",
  );
  assert.equal(reason("Note: we are moderating all comments to deal with spam."), "navigation");
  assert.equal(
    reason(
      "Have a tip? Jane Roe may be reached at jroe@example.com. Follow her on Twitter @janeroe.",
    ),
    "contributor",
  );
  assert.equal(
    reason("Reach the reporter on Twitter at https://twitter.com/example"),
    "contributor",
  );
  assert.equal(
    reason("Example News 12 Main Street, Springfield 12345 | 555-123-4567 tel | 555-123-4568 fax"),
    "other",
  );
  assert.equal(reason("Copyright \u24d2 Example Media. Reproduction prohibited"), "copyright");
  assert.equal(reason("5 min read"), "navigation");
  assert.equal(reason("Image copyright Getty Images"), "photo-credit");
  assert.equal(reason("Image caption The mayor speaks at a rally"), "caption");
  assert.equal(verdict("Published March 31, 2017")?.published, "2017-03-31");
});

test("a headline behind a label in capitals is a teaser; a speaker's line or sentence is not", () => {
  assert.equal(verdict("MORE: Aquarium's octopus escapes, again")?.ruleId, "teaser-caps-label");
  assert.equal(verdict("LIVE MAP: Evacuation zones and road closures")?.reason, "teaser");
  assert.equal(reason("TAPPER: Do you think he has campaigned as a racial healer?"), null);
  assert.equal(
    reason("EXCLUSIVE: In memo to Congress, Saudis insist they're fighting terror."),
    null,
  );
  assert.equal(reason("UNIDENTIFIED MALE: (INAUDIBLE)"), null);
  assert.equal(reason("Live map: Evacuation zones and road closures"), null);
});

test("an outlet's own credit: lower-case photo, a label inside, the outlet's name alone", () => {
  const keeper = "Keeper Mthunzi Dube with Nandi on Thursday. (Star photo/Bettina Rasmussen)";
  assert.equal(reason(keeper), "caption");
  assert.equal(verdict(keeper)?.creditOrg, "Star");
  assert.equal(
    reason("Savings' head office on Calder Street. (Photo: Tobiah Greenhalgh)"),
    "caption",
  );
  assert.equal(
    verdict("The stage after the engines went in. (credit: NASA/Jude Guidry)")?.creditOrg,
    "NASA",
  );
  assert.equal(
    verdict("Buses at the garage. (Staff photo / The Dispatch Ledger)")?.creditOrg,
    "The Dispatch Ledger",
  );
  // A name alone in parentheses is a credit only when it is the outlet's.
  const ktrn = "The auditor speaks to reporters at the Capitol on Tuesday. (KTRN)";
  assert.equal(reason(ktrn), null);
  assert.ok(outletCaption(ktrn, new Set(["ktrn"])));
  assert.ok(!outletCaption(ktrn, new Set(["reuters"])));
  assert.ok(!outletCaption("The plan, he said (KTRN)", new Set(["ktrn"])));
});

test("a byline's second line or part after a bar names the writer's outlet or desk", () => {
  const names = (text: string) => verdict(text, { index: 1, count: 10 })?.byline;
  assert.deepEqual(names("By Hyun-woo Baek\nSorrel Courier"), ["Hyun-woo Baek"]);
  assert.deepEqual(names("By Corliss Ambrose-Tate\nLedger-Sentinel Staff Writer"), [
    "Corliss Ambrose-Tate",
  ]);
  assert.deepEqual(names("By Imogen Sauvé-Lachance\nThe Lakeshore Examiner"), [
    "Imogen Sauvé-Lachance",
  ]);
  assert.deepEqual(names("By Nell Abernathy-Cruz | KBIR News"), ["Nell Abernathy-Cruz"]);
  // A desk in capitals is what the writer is, not a second writer.
  assert.deepEqual(names("By Nora Quill, Staff Writer"), ["Nora Quill"]);
  assert.deepEqual(names("By Orla Fitzmaurice-Kane, Education Correspondent"), [
    "Orla Fitzmaurice-Kane",
  ]);
  // A sentence on the second line is article text.
  assert.equal(names("By Monday\nThe council had voted, and the mayor left."), undefined);
});

test("a wire story's credit line names its reporters, not its editors", () => {
  const names = (text: string) => verdict(text, { index: 12, count: 14 })?.byline;
  assert.deepEqual(names("(Reporting by Lise Marchal; Editing by Dev Anand Rao)"), [
    "Lise Marchal",
  ]);
  assert.deepEqual(names("(Reporting by Jane Roe and John Doe in Paris; Editing by Sam Lee)"), [
    "Jane Roe",
    "John Doe",
  ]);
  assert.equal(names("(Reporting by Harbor Press staff; Editing by Lena Marsh)"), undefined);
  assert.equal(names("(Additional reporting by Jane Roe)"), undefined);
});

test("credit lines alone, and captions ending with a credit", () => {
  assert.equal(reason("(Jane Roe/Reuters)"), "photo-credit");
  assert.equal(reason("(The Example Channel)"), "photo-credit");
  assert.equal(reason("(AP Photo/Evan Vucci, File)"), "photo-credit");
  assert.equal(reason("Photo: John Doe/Getty Images"), "photo-credit");
  assert.equal(reason("(Video: The Daily Example)"), "video-credit");
  assert.equal(
    reason("The mayor speaks at a rally in the park on Tuesday. (Jane Roe/The Example Times)"),
    "caption",
  );
  assert.equal(verdict("(Jane Roe/The Example Times)")?.creditOrg, "The Example Times");
  assert.equal(
    reason("A man speaks at a rally on Friday. (JANE ROE/AFP/Getty Images.)"),
    "caption",
  );
  assert.equal(verdict("(AP Photo/Evan Vucci)")?.creditOrg, "AP");
});

test("a caption labelled as one, whatever its credit", () => {
  assert.equal(
    reason("Photo: Relatives wait outside School No. 9 in Zheltau. (Radio Zheltau)"),
    "caption",
  );
  assert.equal(reason("Photo: Bleached coral off the coast of Palawan. (File photo)"), "caption");
  assert.equal(reason("Photos: Tractors line the highway outside Castelmar"), "caption");
  // Without the label, a sentence ending with a parenthesised name is text.
  assert.equal(reason("The deal was signed by the club. (Harwick City FC)"), null);
  // A label opening a long paragraph is not a caption's.
  assert.equal(reason(`Photo: ${"word ".repeat(60)}`), null);
});

test("copyright and contributor footers", () => {
  assert.equal(reason("\u00a9 2021 Example Media Group. All rights reserved."), "copyright");
  assert.equal(reason("Copyright 2019 Example News Inc. Used under license."), "copyright");
  assert.equal(reason("The Associated Press contributed to this report."), "contributor");
  assert.equal(
    verdict("\u00a9 2024 The Daily Example. All rights reserved.")?.copyrightHolder,
    "The Daily Example",
  );
  assert.equal(
    verdict("Copyright \u00a9 2019 Press TV. All rights reserved.")?.copyrightHolder,
    "Press TV",
  );
  assert.equal(
    verdict("TM and \u00a9 Copyright 2017 Example Radio Inc. and its subsidiaries.")
      ?.copyrightHolder,
    undefined,
  );
  assert.equal(reason("(Reporting by Jane Roe; Editing by John Doe)"), "contributor");
});

test("bylines near the top become byline names", () => {
  const v = verdict("By Jane Roe and John Doe", { index: 0, count: 10 });
  assert.equal(v?.ruleId, "byline");
  assert.deepEqual(v?.byline, ["Jane Roe", "John Doe"]);
  assert.equal(verdict("By Jane Roe", { index: 9, count: 10 }), null);
  assert.deepEqual(verdict("BY DANICA KIRKA AND JILL LAWLESS", { index: 1, count: 10 })?.byline, [
    "DANICA KIRKA",
    "JILL LAWLESS",
  ]);
  assert.deepEqual(
    verdict("By Aurelio Panganiban, Ledger staff", { index: 2, count: 10 })?.byline,
    ["Aurelio Panganiban"],
  );
  assert.deepEqual(
    verdict("By Mercedes Oyarzún-Lake | Quarrow Valley Sentinel staff writer", {
      index: 2,
      count: 10,
    })?.byline,
    ["Mercedes Oyarzún-Lake"],
  );
  assert.equal(
    verdict("By the end of the week the court had ruled.", { index: 0, count: 10 }),
    null,
  );
  assert.equal(
    verdict("BREAKING NEWS: The Senate voted to pass the bill.", { index: 0, count: 10 }),
    null,
  );
});

test("article sentences are kept", () => {
  for (const s of [
    "Responding to their letter, she said in a statement she appreciated the reply (and more).",
    "The senator (R-Texas) said the bill would pass.",
    "\u201cWe would encourage you to express your concerns,\u201d the two men wrote.",
    "Readers subscribed in record numbers, the company said.",
    "Related charges were filed against two others on Monday, prosecutors said, and more may follow.",
    "By the end of the week, the court had ruled.",
    "She said the practice was troubling. (The agency did not respond to a request for comment.)",
    "Copyright law protects the work, the judge wrote.",
    "The suspect sent an email to jroe@example.com threatening the staff, police said.",
    "Contact with the crew was lost at 3 p.m., officials said.",
    "Call 555-123-4567 for help, the hotline's director said.",
    "The senator [R-Texas] said the vote would be close.",
    "-One poll shows the senator 16 points ahead in the state. [NYT]",
    '"I\'m thrilled to announce my running mate," she wrote. pic.twitter.com/x SIGN UP FOR OUR NEWSLETTER',
    "Readers left thousands of comments on the post, which was not moderated.",
    "Bloomberg has an impressive r\u00c3\u00a9sum\u00c3\u00a9: a self-made billionaire, they said.",
    "It is a gun advocate clicA\u0303\u00a9 that an armed society is a polite society.",
    "Share this information, please?",
    "(BEGIN VIDEO CLIP.)",
  ])
    assert.equal(reason(s), null, s);
});

test("a long paragraph is classified in linear time", () => {
  const long = `${"word (Name/Org) ".repeat(50_000)}end.`;
  assert.equal(reason(long), null);
  assert.equal(reason(`(${"A/".repeat(50_000)})`), null);
});

test("the quick tests in front of the patterns do not change verdicts at their edges", () => {
  // A labelled credit after a long run of spaces: more than 100 characters follow the colon.
  const caption = `The mayor speaks on Tuesday. Photo:${" ".repeat(150)}Lee Shutter/The Daily Example`;
  assert.equal(verdict(caption)?.ruleId, "caption-credit");
  assert.equal(verdict(caption)?.creditOrg, "The Daily Example");
  // Upper case reaches the patterns, which ignore case.
  assert.equal(
    reason("ALL RIGHTS RESERVED. THIS MATERIAL MAY NOT BE PUBLISHED, BROADCAST."),
    "copyright",
  );
  assert.equal(reason("Jane Roe CONTRIBUTED TO THIS REPORT."), "contributor");
  assert.equal(
    reason("Reach the newsroom at 555 Main St. | 202-628-8500 TEL | 202-628-8503 FAX |"),
    "other",
  );
  // Article text that mentions the trigger words stays.
  assert.equal(reason("The company said its telephone lines were down for most of the day."), null);
});

test("words are counted as runs of non-white-space, only as far as needed", () => {
  assert.equal(atMostWords("one two\u00a0three\n\tfour", 4), true);
  assert.equal(atMostWords("one two\u00a0three\n\tfour", 3), false);
  assert.equal(atMostWords("", 0), true);
});

test("a caption's credit label is sought only when its colon is near the end", () => {
  const prose = "x".repeat(150);
  assert.equal(colonNearEnd(`${prose}: ${"y".repeat(100)}`), true);
  assert.equal(colonNearEnd(`${prose}: ${"y".repeat(101)}`), false);
  // White space after the colon does not count, however long.
  assert.equal(colonNearEnd(`${prose}:${" ".repeat(150)}${"y".repeat(100)}`), true);
  assert.equal(colonNearEnd(`${prose}:${" ".repeat(150)}${"y".repeat(101)}`), false);
  assert.equal(colonNearEnd(prose), false);
  assert.equal(colonNearEnd("Photo: Jane Roe/AP"), true);
});

test("share bars and phone footers behind their quick tests", () => {
  assert.equal(reason("| Facebook | Twitter | Copy link"), "navigation");
  assert.equal(reason("The Facebook Twitter Email"), null);
  assert.equal(reason("Facebook Twitter and friends"), null);
  assert.equal(
    reason("Main office, 12 Main Street. Tel: 555 123 4567 | Fax: 555 123 4568"),
    "other",
  );
  assert.equal(reason("Call 555-123-4567 phone or visit the office on Main Street."), "other");
});

test("a lower-cased paragraph and clues found in the whole text, from the caller", () => {
  const notice = "\u00a9 2024 The Daily Example. All rights reserved.";
  const ctxWith = (more: object) => ({ ...ctx, ...more });
  assert.equal(
    classify(notice, ctxWith({ lower: ` ${notice.toLowerCase()}\n` }))?.reason,
    "copyright",
  );
  const none = {
    copyright: false,
    newsletter: false,
    moderation: false,
    contact: false,
    bar: false,
  };
  assert.equal(classify(notice, ctxWith({ clues: none })), null);
  assert.equal(
    classify(notice, ctxWith({ clues: textClues(notice, notice.toLowerCase()) }))?.reason,
    "copyright",
  );
  const contact = "Reach the reporter on Twitter at https://twitter.com/example";
  assert.equal(classify(contact, ctxWith({ clues: none })), null);
  assert.equal(
    classify(contact, ctxWith({ clues: textClues(contact, undefined) }))?.reason,
    "contributor",
  );
  const footer = "Main office, 12 Main Street. Tel: 555 123 4567 | Fax: 555 123 4568";
  assert.equal(classify(footer, ctxWith({ clues: none })), null);
  assert.deepEqual(textClues(footer, footer.toLowerCase()), { ...none, bar: true });
  const comments = "Note: we are moderating all comments to deal with spam.";
  assert.equal(classify(comments, ctxWith({ clues: none })), null);
  assert.equal(
    classify(comments, ctxWith({ clues: textClues(comments, comments.toLowerCase()) }))?.reason,
    "navigation",
  );
  assert.equal(textClues("Our Newsletter", "our newsletter").newsletter, true);
});

test("a contributor line at the paragraph's end, its longest form included", () => {
  const longest = "contributing to this report to this article.)";
  assert.equal(reason(`(Jane Roe and Bob Smith ${longest}`), "contributor");
  assert.equal(reason(`(Jane Roe and Bob Smith ${longest.toUpperCase()}`), "contributor");
  assert.equal(reason(`(Jane Roe and Bob Smith x${longest}`), null);
});

test("a headline pointing to another page is a teaser; a sentence about a page is not", () => {
  assert.equal(reason("SPORT | Harbour club signs its new goalkeeper \u2014 page 48"), "teaser");
  assert.equal(reason("Business | Ferry fares to rise in spring, p. 12"), "teaser");
  assert.equal(reason("Council rejects the tram plan \u2013 see page 7"), "teaser");
  assert.equal(reason("Weather \u2014 B4"), "teaser");
  // Article text that ends on a page or a number.
  assert.equal(reason("The correction ran on page 3"), null);
  assert.equal(reason("The vote was 12 to 3"), null);
  assert.equal(reason("Turnout rose to 61 percent, up from 58 in 2019"), null);
  assert.equal(reason("She was born in 1961 - the year the wall went up - on page 3"), null);
});

test("a support line near the end of a sensitive story is a footer; one in the story is not", () => {
  const end = { index: 18, count: 20 };
  assert.equal(
    verdict(
      "If you have been affected by this story, the Harbour Families Helpline is open on 0800 555 0101.",
      end,
    )?.reason,
    "other",
  );
  assert.equal(
    verdict(
      "If you or someone you know is struggling, call the Aldwick County crisis line at 555-0188.",
      end,
    )?.ruleId,
    "support-line",
  );
  assert.equal(
    verdict(
      "For confidential support, call the Samaritans on 116 123 or visit samaritans.org.",
      end,
    )?.ruleId,
    "support-line",
  );
  // The same words where the story is told, and a footer with no number or address.
  assert.equal(
    verdict(
      "If you have been affected by the floods, the council's hotline is open on 0800 555 0101.",
    ),
    null,
  );
  assert.equal(
    verdict("If you have been affected by this story, please talk to someone.", end),
    null,
  );
  // A quote that opens on the same words is what someone said.
  assert.equal(
    verdict("\u201cIf you are struggling, call us on 0800 555 0101,\u201d the director said.", end),
    null,
  );
});

test("a section's page after a comma is a list, not a pointer", () => {
  assert.equal(reason("Rich in vitamins B6, B12"), null);
});
