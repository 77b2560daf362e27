import assert from "node:assert/strict";
import { test } from "node:test";
import { mergeActors } from "./01-actors.ts";
import { category, categoryShares, fullNameIn, possessor, voices } from "./04-voices.ts";
import { synthetic } from "./synthetic.ts";

test("categories come from role, then organisation, then name", () => {
  assert.equal(
    category({ type: "person", name: "A B", role: "Chief Justice of Ruritania" }),
    "courts",
  );
  assert.equal(
    category({
      type: "person",
      name: "A B",
      role: "Attorney General",
      organisation: "Department of Justice",
    }),
    "officials",
  );
  assert.equal(
    category({ type: "person", name: "A B", role: "deputy legal director", organisation: "ACLU" }),
    "advocates",
  );
  assert.equal(category({ type: "unnamed", name: "a resident" }), "unnamed");
  assert.equal(category({ type: "person", name: "Lee Wong", role: "farmer" }), "other");
  assert.equal(category({ type: "organisation", name: "Acme Corp" }), "organisations");
});

test("the head or watchdog of a public body, by the title of the office, is an official", () => {
  const person = (role: string) => category({ type: "person", name: "Kaveh Daneshvar", role });
  assert.equal(person("Administrator"), "officials");
  assert.equal(person("treasurer"), "officials");
  assert.equal(person("ombudsman"), "officials");
  assert.equal(person("Surgeon General"), "officials");
});

test("a business's officers speak for it; a public body's chief executive is an official", () => {
  const person = (role: string, organisation?: string) =>
    category({ type: "person", name: "A B", role, ...(organisation ? { organisation } : {}) });
  assert.equal(person("chief executive", "Veridane"), "organisations");
  assert.equal(person("Chief Executive"), "organisations");
  assert.equal(person("chief operating officer", "Parcelo"), "organisations");
  assert.equal(person("founder"), "organisations");
  assert.equal(person("chief executive", "authority"), "officials");
  assert.equal(person("chief executive", "city council"), "officials");
  // Not an officer's title: the words only look alike.
  assert.equal(person("executive chef"), "other");
});

test("a spokesman for a named kind of body speaks for it; a rescue service is an official one", () => {
  const person = (role: string, organisation?: string) =>
    category({ type: "person", name: "A B", role, ...(organisation ? { organisation } : {}) });
  assert.equal(person("company spokesman"), "organisations");
  assert.equal(person("union spokeswoman"), "advocates");
  assert.equal(person("police spokesman"), "officials");
  assert.equal(person("district spokesman"), "officials");
  // A spokesman for no body in particular, or one whose organisation is known, as before.
  assert.equal(person("spokesman"), "officials");
  assert.equal(person("senior spokesman"), "officials");
  assert.equal(person("spokeswoman", "Ministry of Health"), "officials");
  assert.equal(person("chief", "rescue"), "officials");
  assert.equal(person("fire chief"), "officials");
  // A body named for its members speaks for them; one named for a game does not.
  assert.equal(
    person("deputy chair", "Sarybulak branch of the Independent Miners' Federation"),
    "advocates",
  );
  assert.equal(person("deputy chair", "Parents\u2019 Association of Ardley"), "advocates");
  assert.equal(person("deputy chair", "Northern Chess Federation"), "other");
});

test("voices count statements and quoted words per actor, a joint statement for each signer", () => {
  const a = synthetic({
    id: "a",
    text: "“Water is life and we will keep it,” Ortiz and Hart wrote. Hart said more rain is due.",
    actors: [
      { id: "o", name: "Maria Ortiz", role: "Governor" },
      { id: "h", name: "Paul Hart", role: "professor", organisation: "State University" },
      { id: "g", name: "Ortiz and Hart", type: "group", members: ["o", "h"] },
    ],
    statements: [
      { quote: "Water is life and we will keep it,", speaker: "g" },
      { content: "more rain is due", speaker: "h" },
    ],
  });
  const m = mergeActors([a]);
  const v = voices([a], m.actors, m.storyId).a ?? [];
  const hart = v.find((x) => x.name === "Paul Hart");
  assert.deepEqual(
    { statements: hart?.statements, words: hart?.quotedWords, cat: hart?.category },
    { statements: 2, words: 8, cat: "experts" },
  );
  assert.equal(v.find((x) => x.name === "Maria Ortiz")?.category, "officials");
  const shares = categoryShares(v);
  assert.equal(shares[0]?.category, "experts");
  assert.equal(
    shares.reduce((s, x) => s + x.share, 0),
    1,
  );
});

test("categories read abbreviated titles, a person's titles in the text, and phrases before words", () => {
  // `Gov.`, `Sen.`: the abbreviation is the title.
  assert.equal(category({ type: "person", name: "Celia Marchetti", role: "Gov." }), "officials");
  assert.equal(category({ type: "person", name: "Dmitri Halvorsen", role: "Sen." }), "officials");
  // A government function names government: an emergency management director is an official.
  assert.equal(
    category({
      type: "person",
      name: "Paul Oduya",
      role: "Director",
      organisation: "Emergency Management",
    }),
    "officials",
  );
  // No role kept, but the text calls her a council member.
  assert.equal(
    category({
      type: "person",
      name: "Odessa Quaye",
      aliases: ["Odessa Quaye", "council member Odessa Quaye"],
    }),
    "officials",
  );
  // `attorneys general` outranks the single word `coalition` (advocates).
  assert.equal(
    category({ type: "group", name: "coalition of 14 state attorneys general" }),
    "officials",
  );
  // A possessive is the word itself.
  assert.equal(category({ type: "organisation", name: "the county’s" }), "officials");
  // A document's other names are not titles.
  assert.equal(
    category({ type: "document", name: "the filing", aliases: ["filing with the commission"] }),
    "documents",
  );
});

test("a bare organisation noun is read as the name the text gives the body in full", () => {
  const text =
    "The State Transportation Board voted in February. The board's chair, Augustin Ravel, replied.";
  const ravel = {
    type: "person" as const,
    name: "Augustin Ravel",
    role: "chair",
    organisation: "board",
  };
  assert.equal(fullNameIn(text, "board"), "the state transportation board");
  assert.equal(category(ravel, text), "officials");
  assert.equal(category(ravel), "other");
  // The fullest name the noun heads, not one where it stands before a title, nor across a break.
  const senate =
    "Faculty Senate votes\n\nSenate Chair Thomas Ekwueme spoke. The Calloway State University " +
    "Faculty Senate voted. He told the senate.";
  assert.equal(fullNameIn(senate, "Senate"), "the calloway state university faculty senate");
  // A name is no common noun: a councilman's lawyer does not speak for the council.
  const lawyer = {
    type: "person" as const,
    name: "Tobias Wrenfield",
    role: "lawyer",
    organisation: "Halloran",
  };
  assert.equal(
    category(lawyer, "Councilman Ivo Halloran denied it. Halloran's lawyer spoke."),
    "other",
  );
  // Offices that rule: a coroner, a chess arbiter.
  assert.equal(
    category({ type: "person", name: "Judith Karsten", aliases: ["Coroner Judith Karsten"] }),
    "officials",
  );
  assert.equal(
    category({ type: "unnamed", name: "the chief arbiter", role: "arbiter" }),
    "officials",
  );
});

test("a long run of capitals is read in linear time", () => {
  const text = ` board ${"A".repeat(300_000)} ${"Ab ".repeat(100_000)}`;
  const start = performance.now();
  assert.equal(fullNameIn(text, "board"), undefined);
  assert.ok(performance.now() - start < 500);
});

test("a plural names the category its singular does", () => {
  assert.equal(category({ type: "unnamed", name: "Mayors", role: "mayors" }), "officials");
  assert.equal(category({ type: "group", name: "both mayors" }), "officials");
  assert.equal(category({ type: "unnamed", name: "Analysts", role: "analysts" }), "experts");
  assert.equal(category({ type: "unnamed", name: "Residents", role: "residents" }), "public");
});

test("a person's own office speaks as the person does", () => {
  assert.equal(possessor("Marchetti\u2019s office"), "marchetti");
  assert.equal(possessor("Ms Thorne's office"), "thorne");
  assert.equal(possessor("a former accountant at Castellano's firm"), undefined);
  const a = synthetic({
    id: "a",
    text: "Gov. Celia Marchetti said the money was owed. Marchetti's office said it would sue.",
    actors: [
      { id: "m", name: "Celia Marchetti", role: "Gov." },
      { id: "o", name: "Marchetti's office", type: "organisation" },
    ],
    statements: [
      { content: "the money was owed", speaker: "m" },
      { content: "it would sue", speaker: "o" },
    ],
  });
  const m = mergeActors([a]);
  const v = voices([a], m.actors, m.storyId).a ?? [];
  assert.equal(v.find((x) => x.name === "Marchetti's office")?.category, "officials");
});

test("a student, a resident, a patient is a member of the public, whatever body the role names", () => {
  const person = (role: string, organisation?: string) =>
    category({
      type: "person",
      name: "Mira Castellane",
      role,
      ...(organisation ? { organisation } : {}),
    });
  // The role's head noun says what the person is; `public health` is what she studies.
  assert.equal(person("second-year master\u2019s student", "public health"), "public");
  assert.equal(person("doctoral student", "chemistry at Calder"), "public");
  assert.equal(person("county resident"), "public");
  assert.equal(person("resident of Oakfield County"), "public");
  assert.equal(person("parent of a pupil at the school"), "public");
  // A student who holds an office speaks in it: the head noun is the office.
  assert.equal(person("student union president"), "advocates");
  assert.equal(person("president of the students\u2019 union"), "advocates");
  assert.equal(person("student spokesman"), "officials");
});

test("an institution of learning speaking through its spokesman is an organisation, not an expert", () => {
  const person = (role: string, organisation?: string) =>
    category({
      type: "person",
      name: "Callan Reddy",
      role,
      ...(organisation ? { organisation } : {}),
    });
  assert.equal(person("university spokesman"), "organisations");
  assert.equal(person("spokeswoman", "Harrowmere University"), "organisations");
  // Expertise is the person's own: a professor at the same university is an expert.
  assert.equal(person("professor", "Harrowmere University"), "experts");
  assert.equal(person("university lecturer"), "experts");
});

test("a description's modifier names a body, not an expertise: `university heads` are no experts", () => {
  assert.equal(
    category({ type: "unnamed", name: "Two university heads", role: "heads", organisation: "Two" }),
    "unnamed",
  );
  // The head noun itself names the expertise.
  assert.equal(category({ type: "unnamed", name: "university researchers" }), "unnamed");
  assert.equal(
    category({ type: "unnamed", name: "university researchers", role: "researchers" }),
    "experts",
  );
  assert.equal(category({ type: "organisation", name: "Harrowmere University" }), "experts");
  // A university's faculty are its teachers and researchers.
  assert.equal(category({ type: "group", name: "Faculty at Harrowmere University" }), "experts");
});
