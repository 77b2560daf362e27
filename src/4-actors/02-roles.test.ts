import assert from "node:assert/strict";
import { test } from "node:test";
import { roleAt, roleFromPhrase, roleFromTitle } from "./02-roles.ts";
import { speakersOf } from "./testing.ts";
import { readWords } from "./text.ts";

test("a title splits into role words and the organisation or place around them", () => {
  assert.deepEqual(roleFromTitle("Homeland Security Secretary"), {
    role: "Secretary",
    organisation: "Homeland Security",
  });
  assert.deepEqual(roleFromTitle("Secretary of Veterans Affairs"), {
    role: "Secretary",
    organisation: "Veterans Affairs",
  });
  assert.deepEqual(roleFromTitle("Attorney General"), { role: "Attorney General" });
  assert.deepEqual(roleFromTitle("Mr."), {});
});

test("a role phrase gives the role and the organisation after at/of/for or before the noun", () => {
  assert.deepEqual(roleFromPhrase("deputy legal director at the Civic Rights Union"), {
    role: "deputy legal director",
    organisation: "Civic Rights Union",
  });
  assert.deepEqual(roleFromPhrase("a Treasury spokeswoman"), {
    role: "spokeswoman",
    organisation: "Treasury",
  });
  assert.deepEqual(roleFromPhrase("a spokesman for the state water board"), {
    role: "spokesman",
    organisation: "state water board",
  });
});

test("roles are read from appositives after a name, and `X, of the Y,` gives an organisation", () => {
  const text =
    "Ada Lin, chief economist at Northbank, said so. Ray Cho, of the Farm Bureau, agreed.";
  assert.deepEqual(roleAt(text, undefined, 7), {
    role: "chief economist",
    organisation: "Northbank",
  });
  assert.deepEqual(roleAt(text, undefined, text.indexOf(", of")), { organisation: "Farm Bureau" });
  assert.deepEqual(roleAt(text, "Senator", text.indexOf(" said")), { role: "Senator" });
});

test("an organisation right after a name, without a comma, is the person's: `X of the Civic Justice Project said`", () => {
  const text = "Gideon Marwick of the Civic Justice Project said so.";
  assert.equal(roleAt(text, undefined, text.indexOf(" of")).organisation, "Civic Justice Project");
});

test("a possessive pronoun before a role is no organisation: `Her spokesman`", () => {
  assert.deepEqual(roleFromPhrase("Her spokesman"), { role: "spokesman" });
  assert.deepEqual(roleFromPhrase("a Homeland Security spokeswoman"), {
    organisation: "Homeland Security",
    role: "spokeswoman",
  });
});

test("a role phrase set off before a name gives its role: `The church's pastor, the Rev. Daniel Okoro,`", () => {
  const text = "He left. The church's pastor, the Rev. Daniel Okoro, spoke.";
  const at = text.indexOf("Rev.");
  assert.deepEqual(roleAt(text, "Rev.", text.indexOf(", spoke"), at), {
    role: "pastor",
    organisation: "church",
  });
  const lawyer = "He left. Her lawyer, Mark Oduya, spoke.";
  const m = lawyer.indexOf("Mark");
  assert.deepEqual(roleAt(lawyer, undefined, m + "Mark Oduya".length, m), { role: "lawyer" });
  // and so `the pastor` after a quote is that person
  const story = `${text} “We forgave him,” the pastor said.`;
  assert.deepEqual(speakersOf(story, [{ quote: "We forgave him,", mention: "the pastor" }]), [
    ["Daniel Okoro"],
  ]);
});

test("a role set off before a name after `by` or `and` is that person's, and `the emergency director` finds them", () => {
  const text =
    "Gov. Ada Brink sent the letter on Monday. It was also signed by the state's emergency management director, Tom Vale.\n\n" +
    "The emergency director said the state had hired extra staff.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "the state had hired extra staff",
        mention: "The emergency director",
        kind: "indirect",
      },
    ]),
    [["Tom Vale"]],
  );
});

test("`Coroner Judith Karsten` is a person with a title, and `the coroner said` is her", () => {
  const text =
    "The report, signed by Coroner Judith Karsten, says the boy drowned.\n\n" +
    "Karsten spoke at a news conference. The coroner said that was a question for the county attorney.";
  assert.deepEqual(
    speakersOf(text, [
      {
        quote: "that was a question for the county attorney",
        mention: "The coroner",
        kind: "indirect",
      },
    ]),
    [["Judith Karsten"]],
  );
});

test("a role set off before a described name is its role: `The jury president, the Danish actor X,`", () => {
  const text = "The jury president, the Danish actor Birte Lund, called it brave.";
  // (the tokenizer marks `actor`, the role noun before the name)
  const nouns = readWords(text);
  const at = text.indexOf("Birte");
  assert.equal(roleAt(text, undefined, text.indexOf(", called"), at, nouns).role, "jury president");
  assert.equal(roleAt(text, undefined, text.indexOf(", called"), at).role, undefined);
});
