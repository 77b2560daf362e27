import assert from "node:assert/strict";
import { test } from "node:test";
import {
  clauseAround,
  findDates,
  resolve,
  tenseOf,
  timeline,
  weekdayTense,
} from "./05-timeline.ts";
import { synthetic } from "./synthetic.ts";

test("expressions resolve against the publication date", () => {
  const p = "2021-06-10"; // a Thursday
  assert.equal(resolve("May 3rd", "md", p), "2021-05-03");
  assert.equal(resolve("December 24", "md", p), "2020-12-24");
  assert.equal(resolve("July 4, 1990", "md", p), "1990-07-04");
  assert.equal(resolve("February", "m", p), "2021-02");
  assert.equal(resolve("November", "m", p), "2020-11");
  assert.equal(resolve("Tuesday", "wd", p), "2021-06-08");
  assert.equal(resolve("Thursday", "wd", p), "2021-06-10");
  assert.equal(resolve("last Thursday", "wd", p), "2021-06-03");
  assert.equal(resolve("earlier this week", "rel", p), "2021-06-07/2021-06-10");
  assert.equal(resolve("last week", "rel", p), "2021-05-31/2021-06-06");
  assert.equal(resolve("earlier this month", "rel", p), "2021-06");
  assert.equal(resolve("last month", "rel", p), "2021-05");
  assert.equal(resolve("yesterday", "day", p), "2021-06-09");
  assert.equal(resolve("three days ago", "ago", p), "2021-06-07");
  assert.equal(resolve("Tuesday", "wd", undefined), undefined);
});

test("a fronted date takes the clause after it as its event", () => {
  const s = "Last week, the council voted to close the old pumping station, officials said.";
  assert.equal(
    clauseAround(s, 0, 9),
    "Last week, the council voted to close the old pumping station",
  );
});

test("dates in an article carry their clause; no publication date leaves them unresolved", () => {
  const text =
    "The board met Tuesday to approve the budget. It was drafted in a memo dated April 2nd, 2021.";
  const dated = findDates(synthetic({ id: "a", text, published: "2021-06-10" }));
  assert.deepEqual(
    dated.map((e) => [e.expression.text, e.when, e.resolved]),
    [
      ["Tuesday", "2021-06-08", true],
      ["April 2nd, 2021", "2021-04-02", true],
    ],
  );
  assert.equal(dated[0]?.event, "The board met Tuesday to approve the budget.");
  const undated = findDates(synthetic({ id: "b", text }));
  assert.deepEqual(
    undated.map((e) => e.resolved),
    [false, true],
  );
  // "may" the verb is not a month.
  assert.equal(
    findDates(synthetic({ id: "c", text: "They may vote soon.", published: "2021-06-10" })).length,
    0,
  );
});

test("a month's name in lower case is a word, not a date (`march`, `may`)", () => {
  const text = "Students said they would march to the ministry. Fees may rise by March 3.";
  const dated = findDates(synthetic({ id: "m", text, published: "2021-06-10" }));
  assert.deepEqual(
    dated.map((e) => text.slice(e.expression.start, e.expression.end)),
    ["March 3"],
  );
});

test("the same event from two outlets merges, keeping the more precise date", () => {
  const a = synthetic({
    id: "a",
    text: "Ortiz wrote to the water board earlier this month about the reservoir sale.",
    published: "2021-06-24",
  });
  const b = synthetic({
    id: "b",
    text: "In her letter last week to the water board, Ortiz opposed the reservoir sale.",
    published: "2021-06-24",
  });
  const t = timeline([a, b]);
  assert.equal(t.length, 1);
  assert.equal(t[0]?.when, "2021-06-14/2021-06-20");
  assert.equal(t[0]?.others?.[0]?.articleId, "b");
});

test("a participle clause takes the clause before it, which names what was dated", () => {
  const s = "“We refuse,” the board wrote – dated May 2nd and sent to the mayor.";
  assert.equal(
    clauseAround(s, s.indexOf("May"), s.indexOf("May") + 7),
    "the board wrote – dated May 2nd and sent to the mayor.",
  );
});

test("a short event whose every word the other outlet's shares is the same event", () => {
  const a = synthetic({
    id: "a",
    text: "The contract, worth $96 million a year, comes up for renewal in June.",
    published: "2026-10-14",
  });
  const b = synthetic({
    id: "b",
    text: "The contract, which the state signed with the company, is up for renewal in June.",
    published: "2026-10-14",
  });
  const t = timeline([a, b]);
  assert.equal(t.length, 1);
  assert.equal(t[0]?.others?.length, 1);
  // Nothing shared but the month: two events.
  const c = synthetic({
    id: "c",
    text: "The prison clinic closes for repairs in June.",
    published: "2026-10-14",
  });
  assert.equal(timeline([a, c]).length, 2);
});

test("a participle opening the sentence sets the scene for the clause it leads into", () => {
  const s = "Speaking to reporters in Sorrel on Monday afternoon, she said the reply fell short.";
  assert.equal(
    clauseAround(s, s.indexOf("Monday"), s.indexOf("Monday") + 6),
    "Speaking to reporters in Sorrel on Monday afternoon, she said the reply fell short.",
  );
});

test("an event cut inside a quotation leaves no quotation mark open", () => {
  const s = "\u201cThey have had our documents since July,\u201d the governor told the Courier.";
  assert.equal(
    clauseAround(s, s.indexOf("July"), s.indexOf("July") + 4),
    "They have had our documents since July",
  );
  const t =
    'Speaking on Monday afternoon, the governor said the reply was "a lecture, not a plan."';
  assert.equal(
    clauseAround(t, t.indexOf("Monday"), t.indexOf("Monday") + 6),
    'Speaking on Monday afternoon, the governor said the reply was "a lecture\u2026"',
  );
});

test("a comma between digits groups a number's thousands and does not end the clause", () => {
  const s = "It said the states had filed more than 3,000 pages of assessments since July.";
  assert.equal(
    clauseAround(s, s.indexOf("July"), s.indexOf("July") + 4),
    "It said the states had filed more than 3,000 pages of assessments since July.",
  );
});

test("a fronted prepositional phrase takes the clause it leads into", () => {
  const s = "In a memo dated May 2nd, the board told the mayor to wait.";
  assert.equal(
    clauseAround(s, 15, 22),
    "In a memo dated May 2nd, the board told the mayor to wait.",
  );
});

test("a sentence of 1,000 dates among runs of commas gives each date its clause", () => {
  const text = `The council met. ${`March 3${",".repeat(300)}`.repeat(1_000)} and then it voted.`;
  const dated = findDates(synthetic({ id: "a", text, published: "2021-06-10" }));
  assert.equal(dated.length, 1_000);
  assert.equal(dated[999]?.expression.start, 17 + 999 * 307);
  // No clause has six words within 200 characters: each event is cut to the words around its date.
  assert.ok(dated.every((e) => e.event === "March 3" && e.when === "2021-03-03"));
});

test("a date without a year is placed by how near it is and by its clause's tense", () => {
  const p = "2026-11-22";
  // Within a month ahead: the coming one, whatever the verb.
  assert.equal(resolve("Dec. 3", "md", p), "2026-12-03");
  assert.equal(resolve("Dec. 1", "md", p, tenseOf("promised a town hall on Dec. 1")), "2026-12-01");
  // Further ahead: a plan or a deadline reaches it, a past clause does not.
  assert.equal(
    resolve("February", "m", p, tenseOf("Oral arguments are scheduled for February.")),
    "2027-02",
  );
  assert.equal(resolve("February", "m", p, tenseOf("They had agreed in February.")), "2026-02");
  assert.equal(resolve("March", "m", "2026-12-04", tenseOf("plans published", "by")), "2027-03");
  // A plan half a year off or more is a past report's future.
  assert.equal(resolve("June", "m", "2026-08-21", tenseOf("a sale scheduled for June")), "2026-06");
  // No tense: much nearer ahead than back (a sentencing set for Jan. 14 in November) goes ahead.
  assert.equal(resolve("Jan. 14", "md", "2026-11-10"), "2027-01-14");
  assert.equal(resolve("April", "m", p), "2026-04");
  assert.equal(resolve("March 3", "md", p), "2026-03-03");
});

test("a weekday after a modal or a future word is the coming one", () => {
  const when = (text: string) =>
    findDates(synthetic({ id: "w", text, published: "2026-11-21" })).map((e) => e.when); // a Saturday
  assert.deepEqual(
    when("He said the first men could be brought to the surface by Sunday morning."),
    ["2026-11-22"],
  );
  assert.deepEqual(when("He said the union would hold a meeting on Monday."), ["2026-11-23"]);
  assert.deepEqual(when("The board is expected to vote on Tuesday."), ["2026-11-24"]);
  assert.deepEqual(when("The club will play on Saturday."), ["2026-11-21"]);
  // The modal after the date, a past word after the modal, a modal's perfect: the past week.
  assert.deepEqual(when("He said on Tuesday that he would resign."), ["2026-11-17"]);
  assert.deepEqual(when("The vote would be held soon but was delayed on Monday."), ["2026-11-16"]);
  assert.deepEqual(when("She would have turned 60 on Sunday."), ["2026-11-15"]);
  assert.deepEqual(when("He will appeal the ruling issued last Monday."), ["2026-11-16"]);
  // The future in another clause: after a comma, or before a clause opener.
  assert.deepEqual(when("Ontario will run a deficit, the minister announced Thursday."), [
    "2026-11-19",
  ]);
  assert.deepEqual(when("Pilots will strike after talks collapsed late on Tuesday."), [
    "2026-11-17",
  ]);
  assert.deepEqual(
    when("The mayor fought over the budget for next year on Wednesday.")[1],
    "2026-11-18",
  );
  assert.deepEqual(when("The family had given up hope on Sunday."), ["2026-11-15"]);
  assert.deepEqual(when("The union plans to strike on Monday."), ["2026-11-23"]);
  assert.equal(weekdayTense("They met on Monday.", 11), undefined);
});

test("a month whose own verb is future or a present of schedule is the coming one", () => {
  const when = (text: string) =>
    findDates(synthetic({ id: "m", text, published: "2026-10-14" })).map((e) => e.when);
  assert.deepEqual(when("The contract, worth $96 million a year, comes up for renewal in June."), [
    "2027-06",
  ]);
  assert.deepEqual(when("Veridane's contract is up for renewal in June."), ["2027-06"]);
  assert.deepEqual(when("The lease expires in March."), ["2027-03"]);
  assert.deepEqual(when("The appeal will be heard in February."), ["2027-02"]);
  // The past's future, a past verb after the present one, a name, a plain past: behind.
  assert.deepEqual(
    when("He said she had worried that a notice would derail a bond sale scheduled for June."),
    ["2026-06"],
  );
  assert.deepEqual(when("The firm that runs the roads apologised in June."), ["2026-06"]);
  assert.deepEqual(when("The city of Harlow Falls filed suit in June."), ["2026-06"]);
  assert.deepEqual(when("The contract was renewed in June."), ["2026-06"]);
  // A weekday reads the same verbs of schedule.
  const wd = findDates(
    synthetic({ id: "w", text: "The trip begins on Thursday.", published: "2026-10-14" }),
  );
  assert.deepEqual(
    wd.map((e) => e.when),
    ["2026-10-15"],
  );
});

test("findDates reads the tense of the date's clause", () => {
  const text =
    "The company has until Dec. 18 to appeal. The regents next meet in February. The board had met in February.";
  const dated = findDates(synthetic({ id: "a", text, published: "2026-10-19" }));
  assert.deepEqual(
    dated.map((e) => e.when),
    ["2026-12-18", "2027-02", "2026-02"],
  );
});

test("an event pairs with the same day in another outlet before that outlet's vaguer date", () => {
  const a = synthetic({
    id: "a",
    text: "The faculty senate passed a resolution of no confidence in the president on Thursday.",
    published: "2026-11-22",
  });
  const b = synthetic({
    id: "b",
    text:
      "The faculty senate told the president this week that it has no confidence in her.\n\n" +
      "The faculty senate voted Thursday to approve a resolution of no confidence in the president.",
    published: "2026-11-22",
  });
  const t = timeline([a, b]);
  const vote = t.find((e) => e.expression.articleId === "a");
  assert.equal(vote?.others?.[0]?.text, "Thursday");
  assert.equal(t.length, 2);
});

test("whichever outlet comes first, the same day pairs with the same day", () => {
  const vague = synthetic({
    id: "b",
    text:
      "The faculty senate told the president this week that it has no confidence in her.\n\n" +
      "The faculty senate voted Thursday to approve a resolution of no confidence in the president.",
    published: "2026-11-22",
  });
  const precise = synthetic({
    id: "a",
    text: "The faculty senate passed a resolution of no confidence in the president on Thursday.",
    published: "2026-11-22",
  });
  const t = timeline([vague, precise]);
  const vote = t.find((e) => e.expression.text === "Thursday");
  assert.deepEqual(
    vote?.others?.map((o) => [o.articleId, o.text]),
    [["a", "Thursday"]],
  );
});

test("a season with last, next or this is its three months", () => {
  const when = (text: string) =>
    findDates(synthetic({ id: "s", text, published: "2026-10-14" })).map((e) => e.when);
  assert.deepEqual(when("Staffing fell short during a flu outbreak last winter."), [
    "2025-12/2026-02",
  ]);
  assert.deepEqual(when("He waited nine days with a broken wrist last spring."), [
    "2026-03/2026-05",
  ]);
  assert.deepEqual(when("More digging is planned for next summer."), ["2027-06/2027-08"]);
  // Under way at publication: `last` is the one before.
  assert.deepEqual(when("She was chosen last fall."), ["2025-09/2025-11"]);
  assert.deepEqual(when("They warned that the next fall of rock will not be small."), []);
});
