import assert from "node:assert/strict";
import { test } from "node:test";
import { rows } from "./testing.ts";

function channels(text: string): [string, string][] {
  return rows(text).map((r) => [r.what, r.channel]);
}

test("`told` a hearer gathered at an event is a speech there; `told reporters` an interview", () => {
  assert.deepEqual(
    channels(
      'Hartwell told the crowd that the road would be built. "We are not waiting," Hartwell told about 2,000 supporters.\n\n' +
        "Halvorsen told a news conference that rates would hold.\n\n" +
        "Ellison told reporters that the program was under review.",
    ),
    [
      ["the road would be built", "speech"],
      ["We are not waiting,", "speech"],
      ["rates would hold", "speech"],
      ["the program was under review", "interview"],
    ],
  );
});

test("`told reporters after the meeting` is past the event: an interview, not a speech", () => {
  assert.deepEqual(
    channels(
      "Samuel Tiernan told reporters after the meeting that suspensions were rare.\n\n" +
        "Ruth Ames told the meeting that the clinic would stay open.",
    ),
    [
      ["suspensions were rare", "interview"],
      ["the clinic would stay open", "speech"],
    ],
  );
});

test("`told the senate` (a body in session) is a speech; `told the Senate Judiciary Committee` testimony", () => {
  assert.deepEqual(
    channels(
      'Senate Chair Thomas Ekwueme introduced the resolution. "This is not a vote we wanted to take," he told the senate.\n\n' +
        "Ines Ferro told the Senate Judiciary Committee that the agency had no records.",
    ),
    [
      ["This is not a vote we wanted to take,", "speech"],
      ["the agency had no records", "testimony"],
    ],
  );
});

test("a call shared with an audience (`on a call with analysts`) is an event; a call alone an interview", () => {
  assert.deepEqual(
    channels(
      "On a call with analysts, Chief Executive Priya Ramaswamy said the cocoa cycle had lasted longer than expected.\n\n" +
        "Tan told analysts that freight costs would ease.\n\n" +
        "Holm said in a phone call that the plant would close.",
    ),
    [
      ["the cocoa cycle had lasted longer than expected", "speech"],
      ["freight costs would ease", "speech"],
      ["the plant would close", "interview"],
    ],
  );
});

test("a memo or a letter to an audience stays one; only a call shared with it is an event", () => {
  assert.deepEqual(
    channels(
      'Miriam Osei-Blake wrote in a separate memo to board members that the vote was "procedurally sound."\n\n' +
        "Ana Ruiz said in a letter to shareholders that the dividend would rise.\n\n" +
        "Tom Hale said on a call with investors that he would run again.",
    ),
    [
      ['the vote was "procedurally sound."', "letter"],
      ["the dividend would rise", "letter"],
      ["he would run again", "speech"],
    ],
  );
});

test("a filing or report named right after the cue is the medium; elsewhere in the sentence it is not", () => {
  assert.deepEqual(
    channels(
      "The alliance said in a court filing last month that the rule would cost its members millions.\n\n" +
        "Lena Fischer, who is cited in a report on the plant, said the findings were worrying.",
    ),
    [
      ["the rule would cost its members millions", "document"],
      ["the findings were worrying", "interview"],
    ],
  );
});

test("`told the committee` or `told the jury` is testimony; `told the meeting` a speech", () => {
  assert.deepEqual(
    channels(
      "Corinne Hale told the committee that the company had refunded $3.1 million.\n\n" +
        "The witness told the jury that she had seen the car.\n\n" +
        "Rosalind Pike told the meeting that the district should have planned for smoke.",
    ),
    [
      ["the company had refunded $3.1 million", "testimony"],
      ["she had seen the car", "testimony"],
      ["the district should have planned for smoke", "speech"],
    ],
  );
});

test("an online video or `on X` is a post; `a video statement` a statement; a call told to analysts an event", () => {
  assert.deepEqual(
    channels(
      '"I was stupid and I was lazy," Ridgeway said in the video.\n\n' +
        '"We owe every person on that train an apology," Aas said in a video statement.\n\n' +
        "Freya Marchetti wrote on X that her team had lost a final to a cheat.\n\n" +
        "On a conference call with analysts, Anders Lykke said the halt would delay any filing.\n\n" +
        "Holm said on a video call that the plant would close.",
    ),
    [
      ["I was stupid and I was lazy,", "post"],
      ["We owe every person on that train an apology,", "statement"],
      ["her team had lost a final to a cheat", "post"],
      ["the halt would delay any filing", "speech"],
      ["the plant would close", "interview"],
    ],
  );
});

test("a memo is a letter, as the README's channel convention has it", () => {
  assert.deepEqual(
    channels(
      'The memo said talks on a new contract had stalled.\n\n"We cut corners," Harwood wrote in a memo to staff.',
    ),
    [
      ["talks on a new contract had stalled", "letter"],
      ["We cut corners,", "letter"],
    ],
  );
});

test("an emailed response is a letter; a statement emailed to reporters stays a statement", () => {
  assert.deepEqual(
    channels(
      "The Department of Transportation said in an emailed response that the route was preliminary.\n\n" +
        "In a statement emailed to reporters, the company said the plant would reopen.",
    ),
    [
      ["the route was preliminary", "letter"],
      ["the plant would reopen", "statement"],
    ],
  );
});

test("`said from the bench` / `from the podium` is a speech there; `left on the bench` places no one", () => {
  assert.deepEqual(
    channels(
      '"Mr. Vance was not a bystander to this scheme," Achebe said from the bench.\n\n' +
        '"We will rebuild," the mayor said from the podium.\n\n' +
        "Sousa, who left Adjei on the bench, said she had nearly made the change.",
    ),
    [
      ["Mr. Vance was not a bystander to this scheme,", "speech"],
      ["We will rebuild,", "speech"],
      ["she had nearly made the change", "interview"],
    ],
  );
});

test("a medium in the phrase that opens the sentence frames what it reports, a document as much as a letter", () => {
  assert.deepEqual(
    channels(
      'In a filing with the Securities Exchange Board, the company said it had detected "unauthorized activity" on a server.\n\n' +
        "In its 38-page decision, the disciplinary panel said the explanation was not supported by any evidence.\n\n" +
        "In a notice of violation issued on Monday, the department said inspectors had found sediment in the creek.\n\n" +
        "In a letter to its 3,400 members, the Allied Pilots Guild told them to “report for no flights after 05:59 on Friday.”\n\n" +
        "Lena Fischer, who is cited in a report, said the cuts were overdue.",
    ),
    [
      ['it had detected "unauthorized activity" on a server', "document"],
      ["the explanation was not supported by any evidence", "document"],
      ["inspectors had found sediment in the creek", "document"],
      [
        "In a letter to its 3,400 members, the Allied Pilots Guild told them to “report for no flights after 05:59 on Friday.”",
        "letter",
      ],
      ["the cuts were overdue", "interview"],
    ],
  );
});

test("a quote with no reporting clause takes the medium its sentence names", () => {
  assert.deepEqual(
    channels(
      'Within minutes of the explosion, Corvid posted on its social-media accounts: "Talon-2 experienced an anomaly during ascent. The range is safe."',
    ).map(([, c]) => c),
    ["post"],
  );
});

test("`said in the legislature`, `in parliament`, `in the chamber`: a body in session is a speech", () => {
  assert.deepEqual(
    channels(
      "The premier said in the legislature that the hospital would be rebuilt.\n\n" +
        "Dana Whitlow said in parliament that the tax would go.\n\n" +
        "Owen Marsh said in the chamber that the figures were wrong.\n\n" +
        "Lena Brook said in the crowd that she had waited for hours.",
    ),
    [
      ["the hospital would be rebuilt", "speech"],
      ["the tax would go", "speech"],
      ["the figures were wrong", "speech"],
      // a member of the crowd, not a speaker before it
      ["she had waited for hours", "interview"],
    ],
  );
});

test("a witness who `told senators` testifies; a member who `told the senate` speaks there", () => {
  assert.deepEqual(
    channels(
      "Lorna Pike told senators that the valve had failed twice.\n\n" +
        "Senator Abe Kurz told the senate that the bill would pass.",
    ),
    [
      ["the valve had failed twice", "testimony"],
      ["the bill would pass", "speech"],
    ],
  );
});

test("`Reached by phone, …`: the reporter sought the speaker out, an interview even about a letter", () => {
  assert.deepEqual(
    channels(
      'Mara Voll resigned in a letter to the board on Friday. "I can no longer serve," she wrote.\n\n' +
        'Reached by phone on Saturday, she said the letter "speaks for itself."',
    ),
    [
      ["I can no longer serve,", "letter"],
      ['the letter "speaks for itself."', "interview"],
    ],
  );
});

test("a cue in a clause describing the sentence's medium (`in an email that critics called …`) is not made in it", () => {
  const said = channels(
    'The rector told staff on Monday that the office would close by June, in an email that critics called "a eulogy in advance."',
  );
  // the rector's words are the email; the critics' are not
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["letter", "unknown"],
  );
});

test("`Testifying before …` / `Appearing before the committee`: a witness; `said on the Senate floor`: a speech", () => {
  assert.deepEqual(
    channels(
      "Testifying before the Senate Finance Committee, Treasurer Bo Kim said revenue had fallen.\n\n" +
        "Appearing before the House Judiciary Committee, Lin Park said the law was clear.\n\n" +
        "Appearing on television, Tom Ash said the law was unclear.\n\n" +
        "Dee Marr told workers on the factory floor that the plant would close.",
    ),
    [
      ["revenue had fallen", "testimony"],
      ["the law was clear", "testimony"],
      ["the law was unclear", "interview"],
      ["the plant would close", "interview"],
    ],
  );
  const floor = channels("Sen. Mara Quint said on the Senate floor that the bill was a disgrace.");
  assert.deepEqual(
    floor.map(([, channel]) => channel),
    ["speech"],
  );
});

test("`said at a public hearing` is a meeting's public comment, a speech; `at a hearing` testimony", () => {
  assert.deepEqual(
    channels(
      "Ana Bell said at the public hearing that the tower was too tall.\n\n" +
        "Dan Price said at a hearing on Monday that the bank had erred.",
    ),
    [
      ["the tower was too tall", "speech"],
      ["the bank had erred", "testimony"],
    ],
  );
});

test("the phrase right after the cue is its medium, over another the sentence names", () => {
  const said = channels(
    "Sen. Ida Park, who spoke at the rally on Friday, later said in an interview that the deal was dead.\n\n" +
      "Gov. Al Moss said on Friday in a statement that the deal was close.\n\n" +
      "The finance chief told analysts on a call on Thursday that cash was ample.",
  );
  // (a call told to a gathered audience stays an event)
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["interview", "statement", "speech"],
  );
});

test("`told MPs`, `told the House of Commons`, `In the legislature on Thursday, …`: a sitting", () => {
  assert.deepEqual(
    channels(
      "Opposition leader Tim Gray told MPs that the plan was a fantasy.\n\n" +
        "Health Minister Joy Lam told the House of Commons that wait times had fallen.\n\n" +
        "In the legislature on Thursday, Energy Minister Sal Cruz said rates would freeze.\n\n" +
        "In the morning, Sal Cruz said rates would rise.",
    ),
    [
      ["the plan was a fantasy", "speech"],
      ["wait times had fallen", "speech"],
      ["rates would freeze", "speech"],
      ["rates would rise", "interview"],
    ],
  );
});

test("`told the lower house`, `told deputies`, `Speaking in parliament, …`: a legislature sits, however named", () => {
  assert.deepEqual(
    channels(
      "Water Minister Nadia Ouali told the lower house that reservoirs were low.\n\n" +
        "The minister, Asel Nur, told deputies that a commission would meet.\n\n" +
        "Speaking in parliament on Tuesday, Housing Minister Seo Bak said she had read every case.\n\n" +
        "Committee aides told House investigators that the files were lost.",
    ),
    [
      ["reservoirs were low", "speech"],
      ["a commission would meet", "speech"],
      ["she had read every case", "speech"],
      // (a House committee's staff is no chamber in session)
      ["the files were lost", "interview"],
    ],
  );
});

test("an infinitive ends a medium's phrase: `rose in question period to call the document`", () => {
  const said = channels(
    'Critic Bram Doyle rose in question period to call the document "a budget written for the next election."',
  );
  // (`call` is the verb, no phone call; `release` in `called on police to release` neither)
  assert.equal(said[0]?.[1], "unknown");
});
