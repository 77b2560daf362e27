import assert from "node:assert/strict";
import { test } from "node:test";
import { headOf, phraseKind, roleGroups } from "./06-unnamed.ts";
import { resolveSpeakers } from "./index.ts";
import { article, hand, speakersOf } from "./testing.ts";
import { TITLE_ABBREVIATIONS } from "./lexicon/titles.ts";
import { readWords } from "./text.ts";

test("the head of a phrase is the noun before its preposition", () => {
  assert.equal(headOf("A spokesman for the state water board"), "spokesman");
  assert.equal(headOf("Federal housing policy"), "policy");
  assert.equal(headOf("The city of Dayton"), "city");
});

test("phrases are told apart: unnamed person, document, organisation", () => {
  assert.equal(phraseKind("a Treasury spokeswoman"), "role");
  assert.equal(phraseKind("FDA labelling policy"), "document");
  assert.equal(phraseKind("The city of Dayton"), "organisation");
  assert.equal(phraseKind("someone"), "other");
});

test("roles joined by `and` make a group; capitalised conjuncts do not", () => {
  const text =
    "Dayton's mayor, city attorney and police chief spoke. He wrote to the governor and Treasury chief.";
  const groups = roleGroups(text, readWords(text));
  assert.deepEqual(
    groups.map((g) => [g.text, g.organisation]),
    [["Dayton's mayor, city attorney and police chief", "Dayton"]],
  );
});

test("unnamed speakers keep their organisation; `the spokesman` refers back", () => {
  const text =
    "A spokesman for the state water board said the tests were fine. “We stand by them,” the spokesman said.";
  const result = resolveSpeakers(
    article(text),
    hand(text, [
      {
        quote: "the tests were fine",
        mention: "A spokesman for the state water board",
        kind: "indirect",
      },
      { quote: "We stand by them,", mention: "the spokesman" },
    ]),
  );
  const [a, b] = result.statements;
  assert.equal(a?.speaker?.actorId, b?.speaker?.actorId);
  const actor = result.actors.find((x) => x.id === a?.speaker?.actorId);
  assert.equal(actor?.type, "unnamed");
  assert.equal(actor?.organisation, "state water board");
  assert.equal(actor?.role, "spokesman");
});

test("`the former governor` refers back to the person with that title; `Though` names nobody", () => {
  const text =
    "Former Governor Ida Penn toured the plant. During the visit, the former governor said jobs would return. Though, “nothing is certain,” she added.";
  const result = resolveSpeakers(
    article(text),
    hand(text, [
      { quote: "jobs would return", mention: "the former governor", kind: "indirect" },
      { quote: "nothing is certain,", mention: "Though", kind: "partial" },
    ]),
  );
  const names = new Map(result.actors.map((a) => [a.id, a.name]));
  assert.equal(names.get(result.statements[0]?.speaker?.actorId ?? ""), "Ida Penn");
  assert.equal(result.statements[1]?.speaker, undefined);
});

test("a possessive name inside a speaker phrase is not the speaker: `Penn's office`", () => {
  const text = "Governor Ida Penn left early. Penn’s office said she was ill.";
  const result = resolveSpeakers(
    article(text),
    hand(text, [{ quote: "she was ill", mention: "Penn’s office", kind: "indirect" }]),
  );
  assert.notEqual(result.statements[0]?.speaker?.name, "Ida Penn");
});

test("one person's two roles are not a group; a newspaper's name is not a document", () => {
  for (const text of [
    "Ray Cole, a tax lawyer and senior fellow at the institute, said so.",
    "Ann Lee, a former party chairman and presidential candidate, said so.",
  ])
    assert.deepEqual(roleGroups(text, readWords(text)), []);
  assert.equal(phraseKind("The Daily Post"), "organisation");
  assert.equal(phraseKind("the post"), "document");
});

test("words every object inherits (constructor, toString) are not roles or documents", () => {
  assert.equal(phraseKind("the constructor"), phraseKind("the bridge"));
  assert.equal(phraseKind("a toString"), phraseKind("a bridge"));
  assert.notEqual(phraseKind("the constructor"), "document");
  assert.notEqual(phraseKind("the constructor"), "role");
});

test("`a spokeswoman for Denholm Constabulary` is the spokeswoman, a constabulary no person", () => {
  const text =
    "The driver was not injured, a spokeswoman for Denholm Constabulary said. The arcade's owner, Fenwick Estates, said it would stay shut.";
  const result = resolveSpeakers(
    article(text),
    hand(text, [
      {
        quote: "The driver was not injured",
        mention: "a spokeswoman for Denholm Constabulary",
        kind: "indirect",
      },
      { quote: "it would stay shut", mention: "Fenwick Estates", kind: "indirect" },
    ]),
  );
  assert.deepEqual(
    result.statements.map((s) => [
      s.speaker?.name,
      result.actors.find((a) => a.id === s.speaker?.actorId)?.type,
    ]),
    [
      ["spokeswoman for Denholm Constabulary", "unnamed"],
      ["Fenwick Estates", "organisation"],
    ],
  );
});

test("`The complaint` and `the suit` after `The lawsuit` are that lawsuit, issued by no `The`", () => {
  const text =
    "The lawsuit, filed in county court, says the company charged illegal fees. The complaint says managers ignored requests. According to the suit, 60 tenants were affected.";
  const result = resolveSpeakers(
    article(text),
    hand(text, [
      { quote: "the company charged illegal fees", mention: "The lawsuit", kind: "indirect" },
      { quote: "managers ignored requests", mention: "The complaint", kind: "indirect" },
      { quote: "60 tenants were affected", mention: "the suit", kind: "indirect" },
    ]),
  );
  const ids = new Set(result.statements.map((s) => s.speaker?.actorId));
  assert.equal(ids.size, 1);
  const doc = result.actors.find((a) => ids.has(a.id));
  assert.equal(doc?.name, "lawsuit");
  assert.equal(doc?.organisation, undefined);
});

test("a headline's bare role is the person the story later names with that title", () => {
  const text =
    "Kestrel Foods discloses costs as chief executive tells staff “we cut corners”\n\n" +
    "Kestrel Foods expects losses. The memo was signed by Chief Executive Lionel Harwood.";
  const result = resolveSpeakers(
    article(text),
    hand(text, [{ quote: "we cut corners", mention: "chief executive" }]),
  );
  assert.equal(result.statements[0]?.speaker?.name, "Lionel Harwood");
});

test("a role opening a headline or its deck (`Mayor calls …`) is the person the story names with it", () => {
  const text =
    "Ferry fares to rise\n\nMayor calls the increase “unavoidable”\n\n" +
    "The city will raise ferry fares in May. Mayor Hanne Olsrud said the increase was “unavoidable.”";
  const result = resolveSpeakers(
    article(text),
    hand(text, [{ quote: "unavoidable", mention: "Mayor", cue: "calls" }]),
  );
  assert.equal(result.statements[0]?.speaker?.name, "Hanne Olsrud");
});

test("a role group ends with a postpositive `general`: `its attorney general`", () => {
  const text = "The state's top environmental official and its attorney general asked for more.";
  assert.deepEqual(
    roleGroups(text, readWords(text)).map((g) => g.text),
    ["The state's top environmental official and its attorney general"],
  );
});

test("a role phrase opening a clause is what a pronoun after it points back to", () => {
  const text =
    "Gov. Rena Holt ordered the evacuation. Mayor Lucia Brandt said the shelters were full, and she asked for buses. Asked whether the state had enough fuel, the governor paused. “Enough if people leave now,” she said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the shelters were full", mention: "Mayor Lucia Brandt", kind: "indirect" },
      { quote: "Enough if people leave now", mention: "she" },
    ]),
    [["Lucia Brandt"], ["Rena Holt"]],
  );
  // not a subject before its verb: `the governor of` another state names someone else
  const other =
    "Gov. Rena Holt ordered the evacuation. Mayor Lucia Brandt said the shelters were full. Asked about fuel, the governor of Ohio paused. “Enough if people leave now,” she said.";
  assert.deepEqual(
    speakersOf(other, [
      { quote: "the shelters were full", mention: "Mayor Lucia Brandt", kind: "indirect" },
      { quote: "Enough if people leave now", mention: "she" },
    ]),
    [["Lucia Brandt"], ["Lucia Brandt"]],
  );
  // nor one inside what was said: the speaker is still the one before
  const said =
    "President Anselm Doricke is travelling. Later, Tereza Quillon, the press secretary, turned to his trip. The president will open a hospital wing, she said.";
  assert.deepEqual(
    speakersOf(said, [
      { quote: "The president will open a hospital wing", mention: "she", kind: "indirect" },
    ]),
    [["Tereza Quillon"]],
  );
});

test("an indefinite role phrase opening a sentence brings in the person a pronoun after it means", () => {
  const text =
    "Mayor Dana Whitfield backed the seawall. A spokeswoman for the state environmental agency declined to comment. Later, she said in an email that the agency would review the plans.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the agency would review the plans", mention: "she", kind: "indirect" },
    ]),
    [["spokeswoman for the state environmental agency"]],
  );
  // in apposition to a name, or before `named` and the name, the phrase is no one new
  const apposed =
    "Mayor Dana Whitfield spoke first. The wall was a priority for Rosa Lind, a resident living nearby. Later, she said the wall was needed.";
  assert.notDeepEqual(
    speakersOf(apposed, [{ quote: "the wall was needed", mention: "she", kind: "indirect" }]),
    [["resident"]],
  );
  const named =
    "Mayor Dana Whitfield backed the seawall. A worker named Antonio Arroyo welcomed it. “It is good,” he said.";
  assert.deepEqual(speakersOf(named, [{ quote: "It is good,", mention: "he" }]), [
    ["Antonio Arroyo"],
  ]);
});

test("a lede's definite role no one held before is the person the next sentence names with a word of it", () => {
  const text =
    "Oversight chief quits\n\nThe head of the city's police oversight commission resigned on Friday, calling the panel “a suggestion box.”\n\nIn a letter, Commission Chair Beatrix Lindahl-Soto said she could no longer do the job.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "a suggestion box.",
        mention: "The head of the city's police oversight commission",
        kind: "partial",
      },
    ]),
    [["Beatrix Lindahl-Soto"]],
  );
});

test("`“…,” the woman said` after an unnamed mother who spoke is that mother, not someone new", () => {
  const text =
    "Parents packed the meeting. A mother of two, who asked that her name not be used, said she backed the superintendent. “She answered every email I sent,” the woman said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "she backed the superintendent", mention: "A mother of two", kind: "indirect" },
      { quote: "She answered every email I sent,", mention: "the woman" },
    ]),
    [["mother of two"], ["mother of two"]],
  );
});

test("`His daughter drove up …` brings in someone new a pronoun may mean; `Her daughter was born` does not", () => {
  const text =
    "Among those who fled was Vern Ashby, 81. His daughter drove up from Sacramento to get him. “He didn't want to leave the horses,” she said.";
  assert.deepEqual(
    speakersOf(text, [{ quote: "He didn't want to leave the horses,", mention: "she" }]),
    [["His daughter"]],
  );
  const passive =
    "For Rosa Delgado, 34, the findings were hard to read. Her daughter was born seven weeks early. “Nobody told us,” she says.";
  assert.deepEqual(speakersOf(passive, [{ quote: "Nobody told us,", mention: "she" }]), [
    ["Rosa Delgado"],
  ]);
});

test("`Trump's lawyer sent a letter. He said …`: a named owner's aide is someone new; a longer title is not cut", () => {
  const text =
    "Donald Trump attacked the reporter on Tuesday. Trump's lawyer sent a letter to the newspaper. He said the story was false.";
  assert.deepEqual(
    speakersOf(text, [{ quote: "the story was false", mention: "He", kind: "indirect" }]),
    [["Trump's lawyer"]],
  );
  const title =
    "The outage lasted six hours. Stratalink's chief technology officer, Desmond Kirwan, wrote that he took “full responsibility.” “The change passed every test,” he said.";
  assert.deepEqual(speakersOf(title, [{ quote: "The change passed every test,", mention: "he" }]), [
    ["Desmond Kirwan"],
  ]);
});

test("past the lede, `the tournament's chief arbiter` is the one the next sentence names so", () => {
  const text =
    "Federation strips title\n\n" +
    "The champion at the tournament in October.\n\n" +
    "The federation annulled the victory after the tournament's chief arbiter ruled that he had received outside help.\n\n" +
    "In a written ruling, chief arbiter Ingrid Solheim-Vaag found that a phone had sent signals.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "he had received outside help",
        mention: "the tournament's chief arbiter",
        kind: "indirect",
      },
    ]),
    [["Ingrid Solheim-Vaag"]],
  );
});

test("`a copy of the decision seen by X` is the decision, not a copy", () => {
  assert.equal(headOf("a copy of the decision seen by Backline"), "decision");
  assert.equal(headOf("a copy of the letter"), "letter");
  assert.equal(phraseKind("a copy of the decision seen by Backline"), "document");
  const text =
    "The county's permit office denied the festival's permit on Tuesday, according to a copy of the decision seen by Backline.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "The county's permit office denied the festival's permit on Tuesday",
        mention: "a copy of the decision seen by Backline",
        kind: "indirect",
      },
    ]),
    [["county's permit office"]],
  );
});

test("a title-only reference is the person described with it: appositive, role set off before, title", () => {
  const text =
    "Families waited for months. Sen. Kwame Boateng, the committee's chairman, pressed the administrator. “I want a name,” Boateng said. The chairman said the committee would issue a subpoena. In a letter last week, the agency's inspector general, Rafael Quispe Mamani, said his office had opened an inquiry. The inspector general wrote that his staff had found “no record of the memo.” The report, published by Ombudsman Maria Jensen, found failures. Jensen, a former judge, said her staff found them everywhere. “We did not find it,” the ombudsman said.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the committee would issue a subpoena", mention: "The chairman", kind: "indirect" },
      { quote: "no record of the memo.", mention: "The inspector general" },
      { quote: "her staff found them everywhere", mention: "Jensen", kind: "indirect" },
      { quote: "We did not find it,", mention: "the ombudsman" },
    ]),
    [
      ["Kwame Boateng"],
      ["Rafael Quispe Mamani"],
      ["Ombudsman Maria Jensen"],
      ["Ombudsman Maria Jensen"],
    ],
  );
});

test("an owner's role is the person set off with the same owner's words, not an epithet", () => {
  const text =
    "His daughter, Fatou Diatta-Berthold, said he died at home. He played for six decades. His daughter said the family would bury him on Tuesday. Tavinho scored twice. Later his agent said the club had ignored an offer.";
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the family would bury him on Tuesday", mention: "His daughter", kind: "indirect" },
      { quote: "the club had ignored an offer", mention: "his agent", kind: "indirect" },
    ]),
    [["Fatou Diatta-Berthold"], ["his agent"]],
  );
});

test("a lede's generic head of a body is the person named next with the role it stands for, past a caption", () => {
  const text =
    "Wells report\n\nWASHINGTON - The head of the Rural Water Administration told a Senate panel on Tuesday that she first read the memo late.\n\nPhoto: A well near Pell Hollow. (Capitol Wire)\n\nAdministrator Liesel Baumgartner-Oyelaran testified that the memo never crossed her desk.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "she first read the memo late",
        mention: "The head of the Rural Water Administration",
        kind: "indirect",
      },
      {
        quote: "the memo never crossed her desk",
        mention: "Administrator Liesel Baumgartner-Oyelaran",
        kind: "indirect",
      },
    ]),
    [["Liesel Baumgartner-Oyelaran"], ["Liesel Baumgartner-Oyelaran"]],
  );
});

test("a lede's role is the person next named with it as a title, even as an object", () => {
  const text =
    "Ombudsman faults ministry\n\nThe national ombudsman has accused the housing ministry of losing files.\n\nThe report, published on Monday by Ombudsman Maria Jensen, examined 212 complaints. Jensen said the files were never read.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "the housing ministry of losing files",
        mention: "The national ombudsman",
        kind: "indirect",
      },
      { quote: "the files were never read", mention: "Jensen", kind: "indirect" },
    ]),
    [["Ombudsman Maria Jensen"], ["Ombudsman Maria Jensen"]],
  );
});

test("a role phrase with a name set off by commas after it is that named person, no one unnamed", () => {
  const text =
    'Tomas Berg said the ferry would run. Her sister on the crew, Ingrid Solheim, was less sure. She said the engine was old. "It will fail," she said.';
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the ferry would run", mention: "Tomas Berg", kind: "indirect" },
      { quote: "the engine was old", mention: "She", kind: "indirect" },
      { quote: "It will fail,", mention: "she" },
    ]),
    [["Tomas Berg"], ["Ingrid Solheim"], ["Ingrid Solheim"]],
  );
});

test("an unnamed person's organisation runs on over a possessive (`the Farmers' Union Council`)", () => {
  const text =
    'Mayor Ines Kallio spoke first. A spokesman for the Farmers\' Union Council was blunter. He said the plan was late. "It is a stall," he said.';
  assert.deepEqual(
    speakersOf(text, [
      { quote: "the plan was late", mention: "He", kind: "indirect" },
      { quote: "It is a stall,", mention: "he" },
    ]),
    [["spokesman for the Farmers' Union Council"], ["spokesman for the Farmers' Union Council"]],
  );
});

test("a clipped role noun is the whole word: `the vet` is the veterinarian named before", () => {
  const text =
    'Mayor Tom Berg spoke first. The shelter\'s veterinarian, Dr. Hanne Lund, will ride along. "She is old," the vet said.';
  assert.deepEqual(speakersOf(text, [{ quote: "She is old,", mention: "the vet" }]), [
    ["Hanne Lund"],
  ]);
});

test("every abbreviated title ends in a stop, as hasRoleWord's quick test takes it to", () => {
  for (const abbreviation of TITLE_ABBREVIATIONS.keys()) assert.ok(abbreviation.endsWith("."));
});
