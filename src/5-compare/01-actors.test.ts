import assert from "node:assert/strict";
import { test } from "node:test";
import { compatibleFirst, mergeActors, personName } from "./01-actors.ts";
import { synthetic } from "./synthetic.ts";
import { voices } from "./04-voices.ts";

test("person names drop titles and keep first and last", () => {
  assert.deepEqual(personName("Governor Maria L. Ortiz"), { first: "maria", last: "ortiz" });
  assert.deepEqual(personName("Ortiz"), { last: "ortiz" });
  assert.ok(compatibleFirst("m", "maria"));
  assert.ok(compatibleFirst("rob", "robert"));
  assert.ok(!compatibleFirst("maria", "mark"));
});

test("the same person named differently by two outlets becomes one story actor", () => {
  const a = synthetic({
    id: "a",
    text: "Maria L. Ortiz-Reyes and Paul B. Hart met.",
    actors: [
      { id: "a1", name: "Maria L. Ortiz-Reyes", role: "Governor" },
      { id: "a2", name: "Paul B. Hart" },
    ],
  });
  const b = synthetic({
    id: "b",
    text: "Maria Ortiz-Reyes spoke. Hart and Ann Hart did not.",
    actors: [
      { id: "b1", name: "Maria Ortiz-Reyes" },
      { id: "b2", name: "Ann Hart" },
    ],
  });
  const m = mergeActors([a, b]);
  assert.equal(m.storyId("a", "a1"), m.storyId("b", "b1"));
  const ortiz = m.actors.find((x) => x.id === m.storyId("a", "a1"));
  assert.equal(ortiz?.name, "Maria L. Ortiz-Reyes");
  assert.equal(ortiz?.role, "Governor");
  assert.deepEqual(ortiz?.perArticle, { a: ["a1"], b: ["b1"] });
  // Paul Hart and Ann Hart share a surname, not a first name.
  assert.notEqual(m.storyId("a", "a2"), m.storyId("b", "b2"));
});

test("groups merge by their members, organisations by name", () => {
  const a = synthetic({
    id: "a",
    text: "Ortiz and Hart wrote to the Water Board.",
    actors: [
      { id: "p1", name: "Maria Ortiz" },
      { id: "p2", name: "Paul Hart" },
      { id: "g", name: "Ortiz and Hart", type: "group", members: ["p1", "p2"] },
      { id: "o", name: "the Water Board", type: "organisation" },
    ],
  });
  const b = synthetic({
    id: "b",
    text: "The two officials wrote to Water Board.",
    actors: [
      { id: "x", name: "Paul Hart" },
      { id: "y", name: "Maria Ortiz" },
      { id: "g2", name: "the two officials", type: "group", members: ["x", "y"] },
      { id: "o2", name: "Water Board", type: "organisation" },
    ],
  });
  const m = mergeActors([a, b]);
  assert.equal(m.storyId("a", "g"), m.storyId("b", "g2"));
  assert.equal(m.storyId("a", "o"), m.storyId("b", "o2"));
  const group = m.actors.find((x) => x.id === m.storyId("a", "g"));
  assert.deepEqual(
    [...(group?.members ?? [])].sort(),
    [m.storyId("a", "p1"), m.storyId("a", "p2")].sort(),
  );
});

test("a bare surname another outlet could not type joins the one person of that surname", () => {
  const a = synthetic({
    id: "a",
    text: "Mayor Ann Lee spoke.",
    actors: [{ id: "p", name: "Ann Lee" }],
  });
  const b = synthetic({
    id: "b",
    text: "Lee spoke.",
    actors: [{ id: "x", name: "Lee", type: "organisation" }],
  });
  const m = mergeActors([a, b]);
  assert.equal(m.storyId("b", "x"), m.storyId("a", "p"));
  assert.equal(m.actors.find((x) => x.id === m.storyId("a", "p"))?.type, "person");
});

test("documents merge by the people they stand for, through a group of signers", () => {
  const a = synthetic({
    id: "a",
    text: "Maria Ortiz and Paul Hart signed the letter.",
    actors: [
      { id: "p1", name: "Maria Ortiz" },
      { id: "p2", name: "Paul Hart" },
      { id: "g", name: "Maria Ortiz and Paul Hart", type: "group", members: ["p1", "p2"] },
      { id: "d", name: "letter from Maria Ortiz and Paul Hart", type: "document", members: ["g"] },
    ],
  });
  const b = synthetic({
    id: "b",
    text: "Ortiz and Hart wrote a letter.",
    actors: [
      { id: "x", name: "Ortiz" },
      { id: "y", name: "Hart" },
      { id: "d2", name: "letter from Ortiz and Hart", type: "document", members: ["x", "y"] },
    ],
  });
  const m = mergeActors([a, b]);
  assert.equal(m.storyId("a", "d"), m.storyId("b", "d2"));
});

test("a first name joins the one namesake it can be: an initial, a short form, or no first name", () => {
  const a = synthetic({
    id: "a",
    text: "",
    actors: [
      { id: "john", name: "John Smith" },
      { id: "jeffrey", name: "Jeffrey Lee" },
      { id: "kelly", name: "Kelly" },
      { id: "pat", name: "Pat Kelly" },
    ],
  });
  const b = synthetic({
    id: "b",
    text: "",
    actors: [
      { id: "j", name: "J. Smith" },
      { id: "jeff", name: "Jeff Lee" },
      { id: "p", name: "P. Kelly" },
    ],
  });
  const m = mergeActors([a, b]);
  assert.equal(m.storyId("b", "j"), m.storyId("a", "john"));
  assert.equal(m.storyId("b", "jeff"), m.storyId("a", "jeffrey"));
  // A Kelly with no first name and Pat Kelly may be two people: P. Kelly joins neither.
  assert.notEqual(m.storyId("b", "p"), m.storyId("a", "pat"));
  assert.notEqual(m.storyId("b", "p"), m.storyId("a", "kelly"));
});

/** A distinct first name of letters only for each i: `Baab`, `Baac`, … */
const firstName = (i: number) =>
  `B${i
    .toString(26)
    .padStart(4, "0")
    .replace(/[0-9a-p]/g, (d) => String.fromCharCode(97 + parseInt(d, 26)))}`;

test("thousands of people of one surname in two reports each join their own namesake", () => {
  const n = 20_000;
  const people = (id: string) =>
    synthetic({
      id,
      text: "",
      actors: Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `${firstName(i)} Smith` })),
    });
  const m = mergeActors([people("a"), people("b")]);
  assert.equal(m.actors.length, n);
  assert.equal(m.storyId("b", "p12345"), m.storyId("a", "p12345"));
  assert.equal(m.actors[12_345]?.name, `${firstName(12_345)} Smith`);
});

test("thousands of actors of one name get numbered ids", () => {
  const a = synthetic({
    id: "a",
    text: "",
    actors: Array.from({ length: 5_000 }, (_, i) => ({ id: `u${i}`, name: "an official" })),
  });
  const ids = mergeActors([a]).actors.map((x) => x.id);
  assert.equal(new Set(ids).size, 5_000);
  assert.deepEqual(ids.slice(0, 3), ["an-official", "an-official-2", "an-official-3"]);
  assert.equal(ids.at(-1), "an-official-5000");
});

test("thousands of documents of one name in one report stay apart and join the other report's", () => {
  const n = 30_000;
  const letters = (id: string) =>
    synthetic({
      id,
      text: "",
      actors: Array.from({ length: n }, (_, i) => ({
        id: `d${i}`,
        name: "the letter",
        type: "document" as const,
      })),
    });
  const m = mergeActors([letters("a"), letters("b")]);
  assert.equal(m.actors.length, n);
  // In order: the i-th letter of one report joins the i-th of the other.
  assert.equal(m.storyId("b", "d12345"), m.storyId("a", "d12345"));
  assert.equal(m.storyId("a", "d12345"), "the-letter-12346");
});

test("an unnamed voice joins the one actor its description fits: a named person, or another outlet's description", () => {
  const a = synthetic({
    id: "a",
    text: "Emergency Management Director Paul Oduya spoke. A spokeswoman for the federal department spoke.",
    actors: [
      { id: "a1", name: "Paul Oduya", role: "Director", organisation: "Emergency Management" },
      {
        id: "a2",
        name: "spokeswoman for the federal department",
        type: "unnamed",
        role: "spokeswoman",
        organisation: "federal department",
      },
    ],
  });
  const b = synthetic({
    id: "b",
    text: "The emergency director spoke. A spokeswoman for the Department of Disaster Recovery spoke. A spokesman spoke.",
    actors: [
      { id: "b1", name: "emergency director", type: "unnamed", role: "director" },
      {
        id: "b2",
        name: "spokeswoman for the Department of Disaster Recovery",
        type: "unnamed",
        role: "spokeswoman",
        organisation: "Department of Disaster Recovery",
      },
      { id: "b3", name: "spokesman", type: "unnamed", role: "spokesman" },
    ],
  });
  const m = mergeActors([a, b]);
  assert.equal(m.storyId("b", "b1"), m.storyId("a", "a1"));
  assert.equal(m.actors.find((x) => x.id === m.storyId("a", "a1"))?.name, "Paul Oduya");
  assert.equal(m.storyId("b", "b2"), m.storyId("a", "a2"));
  // One word says too little to single anyone out.
  const spokesman = m.actors.find((x) => x.id === m.storyId("b", "b3"));
  assert.deepEqual(spokesman?.perArticle, { b: ["b3"] });
});

test("a description that fits two actors joins neither", () => {
  const cast = (id: string, org: string) => ({
    id,
    name: `spokeswoman for the ${org}`,
    type: "unnamed" as const,
    role: "spokeswoman",
    organisation: org,
  });
  const a = synthetic({
    id: "a",
    text: "Two spokeswomen spoke.",
    actors: [cast("a1", "Department of Labor"), cast("a2", "Department of Energy")],
  });
  const b = synthetic({
    id: "b",
    text: "A spokeswoman for the department spoke.",
    actors: [cast("b1", "department")],
  });
  const m = mergeActors([a, b]);
  assert.notEqual(m.storyId("b", "b1"), m.storyId("a", "a1"));
  assert.notEqual(m.storyId("b", "b1"), m.storyId("a", "a2"));
});

test("a writerless document is the one of its kind another outlet gives a writer", () => {
  const wire = synthetic({
    id: "wire",
    text: "Augustin Ravel wrote a reply. The reply said the money was never there. A letter came.",
    actors: [
      { id: "r", name: "Augustin Ravel" },
      { id: "d", name: "reply from Augustin Ravel", type: "document", members: ["r"] },
      { id: "l", name: "the letter", type: "document" },
    ],
    statements: [{ content: "the money was never there", speaker: "d" }],
  });
  const tv = synthetic({
    id: "tv",
    text: "Ravel answered. According to the reply, the money was never committed. The letter too.",
    actors: [
      { id: "r", name: "Ravel" },
      { id: "d", name: "the reply", type: "document" },
      { id: "l", name: "letter from Odile Fenwick", type: "document", members: ["f"] },
      { id: "f", name: "Odile Fenwick" },
    ],
    statements: [{ content: "the money was never committed", speaker: "d" }],
  });
  const m = mergeActors([wire, tv]);
  assert.equal(m.storyId("tv", "d"), m.storyId("wire", "d"));
  assert.equal(m.storyId("tv", "d"), "reply-from-augustin-ravel");
  // Its own outlet's letters have no writer either, so `the letter` joins the other's one.
  assert.equal(m.storyId("wire", "l"), m.storyId("tv", "l"));
  const v = voices([wire, tv], m.actors, m.storyId);
  assert.deepEqual(
    v.tv?.map((x) => x.name),
    ["Augustin Ravel"],
  );
});

test("a writerless document stays apart where its own outlet has one of its kind with a writer", () => {
  const a = synthetic({
    id: "a",
    text: "Kim wrote a letter. The letter said no.",
    actors: [
      { id: "k", name: "Ann Kim" },
      { id: "d", name: "letter from Ann Kim", type: "document", members: ["k"] },
      { id: "l", name: "the letter", type: "document" },
    ],
  });
  const b = synthetic({
    id: "b",
    text: "Lee wrote a letter.",
    actors: [
      { id: "e", name: "Bo Lee" },
      { id: "d", name: "letter from Bo Lee", type: "document", members: ["e"] },
    ],
  });
  const m = mergeActors([a, b]);
  assert.notEqual(m.storyId("a", "l"), m.storyId("a", "d"));
  assert.notEqual(m.storyId("a", "l"), m.storyId("b", "d"));
});

test("an organisation an outlet names by its noun alone is the one another outlet names in full", () => {
  const wire = synthetic({
    id: "wire",
    text: "The miners' union accused the operator. The Harlow Council said nothing.",
    actors: [
      { id: "u", name: "the miners' union", type: "organisation" },
      { id: "c", name: "Harlow Council", type: "organisation" },
    ],
  });
  const radio = synthetic({
    id: "radio",
    text: "The union sees it differently. The council met. The board of the Mining Board too.",
    actors: [
      { id: "u", name: "the union", type: "organisation" },
      { id: "c", name: "the council", type: "organisation" },
      { id: "b", name: "the board", type: "organisation" },
    ],
  });
  const m = mergeActors([wire, radio]);
  assert.equal(m.storyId("radio", "u"), m.storyId("wire", "u"));
  assert.equal(m.storyId("radio", "u"), "the-miners-union");
  assert.equal(m.storyId("radio", "c"), m.storyId("wire", "c"));
  assert.equal(m.actors.length, 3);
  // Two unions named in full elsewhere: which one is not for the comparison to guess.
  const tv = synthetic({
    id: "tv",
    text: "The teachers' union agreed.",
    actors: [{ id: "t", name: "the teachers' union", type: "organisation" }],
  });
  const m3 = mergeActors([wire, radio, tv]);
  assert.notEqual(m3.storyId("radio", "u"), m3.storyId("wire", "u"));
  assert.notEqual(m3.storyId("radio", "u"), m3.storyId("tv", "t"));
});

test("a surname form joins the one fuller name holding it, within and across outlets", () => {
  const a = synthetic({
    id: "a",
    text: "Dr. Inés Valderrama Ruiz and Hemi Te Rangi spoke. Valderrama and Te Rangi left.",
    actors: [
      { id: "a1", name: "Dr. Inés Valderrama Ruiz" },
      { id: "a2", name: "Hemi Te Rangi" },
      { id: "a3", name: "Dr. Valderrama" },
      { id: "a4", name: "Te Rangi" },
      { id: "a5", name: "Ngozi Adebayo-Clarke" },
    ],
  });
  const b = synthetic({
    id: "b",
    text: "Valderrama Ruiz, Ruiz and Adebayo spoke.",
    actors: [
      { id: "b1", name: "Valderrama Ruiz" },
      { id: "b2", name: "Ruiz" },
      { id: "b3", name: "Adebayo" },
    ],
  });
  const m = mergeActors([a, b]);
  const ines = m.storyId("a", "a1");
  for (const [art, id] of [
    ["a", "a3"],
    ["b", "b1"],
    ["b", "b2"],
  ] as const)
    assert.equal(m.storyId(art, id), ines, id);
  assert.equal(m.storyId("a", "a4"), m.storyId("a", "a2"));
  assert.equal(m.storyId("b", "b3"), m.storyId("a", "a5"));
  assert.equal(m.actors.filter((x) => x.type === "person").length, 3);
  assert.equal(m.actors.find((x) => x.id === ines)?.name, "Dr. Inés Valderrama Ruiz");
});

test("a surname form two fuller names hold, or a first name, joins neither", () => {
  const a = synthetic({
    id: "a",
    text: "Hemi Te Rangi and Aroha Te Rangi spoke; Te Rangi and Hemi left.",
    actors: [
      { id: "a1", name: "Hemi Te Rangi" },
      { id: "a2", name: "Aroha Te Rangi" },
      { id: "a3", name: "Te Rangi" },
      { id: "a4", name: "Hemi" },
    ],
  });
  const m = mergeActors([a]);
  assert.equal(new Set(["a1", "a2", "a3", "a4"].map((id) => m.storyId("a", id))).size, 4);
});

test("a definite description of one word joins the one person whose role it is", () => {
  const a = synthetic({
    id: "a",
    text: "The state's auditor said so. State Auditor Ngozi Adebayo-Clarke and the authority's chief executive, Bastien Ollivier, spoke; the authority and an engineer did not.",
    actors: [
      {
        id: "u1",
        name: "the state's auditor",
        type: "unnamed",
        role: "auditor",
        organisation: "state",
      },
      { id: "p1", name: "Ngozi Adebayo-Clarke", role: "Auditor", organisation: "State" },
      { id: "p2", name: "Bastien Ollivier", role: "chief executive", organisation: "authority" },
      { id: "u2", name: "the authority", type: "unnamed", role: "authority" },
      { id: "u3", name: "an engineer", type: "unnamed", role: "engineer" },
      { id: "p3", name: "Ana Ruiz", role: "engineer" },
    ],
  });
  const m = mergeActors([a]);
  assert.equal(m.storyId("a", "u1"), m.storyId("a", "p1"));
  // The body a person works for is not the person; `an engineer` is not said to be known.
  assert.notEqual(m.storyId("a", "u2"), m.storyId("a", "p2"));
  assert.notEqual(m.storyId("a", "u3"), m.storyId("a", "p3"));
});

test("a definite description of a body's head joins the one person who heads a body", () => {
  const text =
    "The agency's head answered. Administrator Kaveh Daneshvar wrote; Mayor Bartholomew Ssempala and deputy director Ana Ruiz spoke.";
  const head = {
    id: "u1",
    name: "agency's head",
    type: "unnamed" as const,
    role: "head",
    organisation: "agency",
  };
  const a = synthetic({
    id: "a",
    text,
    actors: [
      { ...head, name: "the agency's head" },
      { id: "p1", name: "Kaveh Daneshvar", role: "Administrator" },
      { id: "p2", name: "Bartholomew Ssempala", role: "Mayor" },
      { id: "p3", name: "Ana Ruiz", role: "deputy director" },
    ],
  });
  assert.equal(mergeActors([a]).storyId("a", "u1"), mergeActors([a]).storyId("a", "p1"));
  // Two heads of bodies: the description could mean either.
  const two = synthetic({
    id: "a",
    text: `${text} Director Lee Wong spoke.`,
    actors: [
      { ...head, name: "the agency's head" },
      { id: "p1", name: "Kaveh Daneshvar", role: "Administrator" },
      { id: "p4", name: "Lee Wong", role: "Director" },
    ],
  });
  const m = mergeActors([two]);
  assert.notEqual(m.storyId("a", "u1"), m.storyId("a", "p1"));
  assert.notEqual(m.storyId("a", "u1"), m.storyId("a", "p4"));
  // An indefinite one (`an agency head`) may be any agency's.
  const some = synthetic({
    id: "a",
    text: "An agency head answered. Administrator Kaveh Daneshvar wrote.",
    actors: [
      { ...head, name: "an agency head" },
      { id: "p1", name: "Kaveh Daneshvar", role: "Administrator" },
    ],
  });
  const s = mergeActors([some]);
  assert.notEqual(s.storyId("a", "u1"), s.storyId("a", "p1"));
});
