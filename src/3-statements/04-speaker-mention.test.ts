import assert from "node:assert/strict";
import { test } from "node:test";
import {
  nounPhraseAfter,
  nounPhraseBefore,
  relativeAntecedent,
  sentenceSubject,
  skipBeforeCue,
} from "./04-speaker-mention.ts";
import { rows } from "./testing.ts";
import { type Token, tokenise } from "./text.ts";

function before(text: string, cue: string): string {
  const tokens = tokenise(text, 0, text.length);
  const at = tokens.findIndex((t) => t.lower === cue);
  const np = nounPhraseBefore(tokens, skipBeforeCue(tokens, at - 1), 0);
  return np ? text.slice((tokens[np.first] as Token).start, (tokens[np.last] as Token).end) : "";
}

test("the noun phrase before the cue", () => {
  assert.equal(before("Sessions and Kelly wrote that it was fine.", "wrote"), "Sessions and Kelly");
  assert.equal(before("Such policies, the two men wrote, made it so.", "wrote"), "the two men");
  assert.equal(
    before("A spokesman for the California judicial council said she was concerned.", "said"),
    "A spokesman for the California judicial council",
  );
  assert.equal(
    before("Later, Clinton had also told police officials that she was fine.", "told"),
    "Clinton",
  );
});

test("a list of full names before `and` is one subject; an opening phrase of place is not in it", () => {
  assert.equal(
    before("Ana Ruiz, Tom Berg and Li Wei wrote that they had lost staff.", "wrote"),
    "Ana Ruiz, Tom Berg and Li Wei",
  );
  assert.equal(
    before("In North Leeds, Tom Berg and Li Wei said it was late.", "said"),
    "Tom Berg and Li Wei",
  );
  // (a serial comma before `and`; but `, and` after one name joins two clauses)
  assert.equal(
    before("Ana Ruiz, Tom Berg, and Li Wei wrote that they had lost staff.", "wrote"),
    "Ana Ruiz, Tom Berg, and Li Wei",
  );
  assert.equal(before("He thanked Tom Berg, and Li Wei said it was late.", "said"), "Li Wei");
  // (members may carry a role or a relative clause set off by commas)
  assert.equal(
    before(
      "Dr. Ana Ruiz, chief executive of North Hospital, Tom Berg, who runs the Westfold Clinic, and Li Wei of St. Anne's wrote that they had lost staff.",
      "wrote",
    ),
    "Dr. Ana Ruiz, chief executive of North Hospital, Tom Berg, who runs the Westfold Clinic, and Li Wei of St. Anne's",
  );
});

test("a word singling out the phrase (`alone`, `himself`) is no part of it", () => {
  assert.equal(before("Okafor alone said the plan was sound.", "said"), "Okafor");
  assert.equal(before("The mayor himself said the plan was sound.", "said"), "The mayor");
});

test("a written thing's or an inquiry's topic after `on`/`into` is part of its phrase, which it heads", () => {
  assert.equal(
    before("The department's report on the outbreak at Lumière & Salt found it.", "found"),
    "The department's report on the outbreak at Lumière & Salt",
  );
  assert.equal(
    before("An inquiry into the crash at the plant found it.", "found"),
    "An inquiry into the crash at the plant",
  );
});

test("an appositive gives the name part", () => {
  // `known … as NAME`: the name the phrase goes by
  assert.equal(
    before("Her coach, known in the scene only as Baz, said it was fine.", "said"),
    "Baz",
  );
  // a role of a named body (`A lawyer for Ridgeway`) is described by the name after it
  assert.equal(
    before("A lawyer for Ridgeway, Camille de Vries, said her client was fine.", "said"),
    "Camille de Vries",
  );
  assert.equal(before("The head of the FBI, James Comey, said so.", "said"), "James Comey");
  assert.equal(
    before("Swanson, who is a pastor at the church of Elizabeth, Colorado, slammed it.", "slammed"),
    "a pastor at the church of Elizabeth",
  );
  // a firm's ampersand is part of the aside, so the name before it still speaks
  assert.equal(
    before(
      "Corinne Hale, chief executive of Tollway Partners & Co., testified before it.",
      "testified",
    ),
    "Corinne Hale",
  );
  assert.equal(
    before("Analysts at Corbel & Finch said it was weak.", "said"),
    "Analysts at Corbel & Finch",
  );
  assert.equal(
    before("Cecillia Wang, deputy legal director at the ACLU, said the agency erred.", "said"),
    "Cecillia Wang",
  );
  assert.equal(
    before("Gillian Christensen, a Homeland Security spokeswoman, said so.", "said"),
    "Gillian Christensen",
  );
  assert.equal(before("Wang, of the ACLU, said so.", "said"), "Wang");
  // A role dated by a time phrase is no speaker itself; the name after it is.
  assert.equal(
    before("Its conductor at the time, Viktor Halász, recalled that it failed.", "recalled"),
    "Viktor Halász",
  );
  assert.equal(before("On a cold day at the time, Viktor Halász, recalled it.", "recalled"), "");
  // So is a role described by an infinitive that ends in no noun; the name after it speaks.
  assert.equal(
    before("The only trustee to vote no, Rangi Whaanga-Ellis, said he disagreed.", "said"),
    "Rangi Whaanga-Ellis",
  );
  assert.equal(before("The decision to vote no, Rangi Whaanga-Ellis, said it.", "said"), "");
  // And a role owned by `whose`: the named one is the relative clause's subject.
  assert.equal(
    before(
      "the Veterinary Council, whose president, Dr. Emeka Ofori-Lindahl, called it bad.",
      "called",
    ),
    "Dr. Emeka Ofori-Lindahl",
  );
});

test("a party-and-state parenthetical is skipped", () => {
  assert.equal(before("Rep. Gwen Moore (D-Wis.) said Friday.", "said"), "Rep. Gwen Moore");
});

test("no noun phrase ends in a preposition", () => {
  assert.equal(
    before("Pence praised Cruz for showing the courage of his convictions.", "showing"),
    "",
  );
  assert.equal(before("He is a former secretary of state now.", "state"), "");
});

test("a clause word or a verb is not a speaker", () => {
  assert.equal(before("It was what he wanted that said enough.", "said"), "");
  assert.equal(before("She left and then said it.", "said"), "");
});

test("the noun phrase after an inverted cue and the sentence subject", () => {
  const text = "said Homeland Security Secretary John F. Kelly on Friday.";
  const tokens = tokenise(text, 0, text.length);
  const np = nounPhraseAfter(tokens, 1, tokens.length - 1);
  assert.equal(
    np && text.slice((tokens[np.first] as Token).start, (tokens[np.last] as Token).end),
    "Homeland Security Secretary John F. Kelly",
  );
  const s2 = "But the city of Seattle sued over the matter, arguing that it was unclear.";
  const t2 = tokenise(s2, 0, s2.length);
  const subj = sentenceSubject(t2, t2.length - 1);
  assert.equal(
    subj && s2.slice((t2[subj.first] as Token).start, (t2[subj.last] as Token).end),
    "the city of Seattle",
  );
});

test("a time phrase with no comma (`Two weeks ago`, `Last month`) opens the sentence before its subject", () => {
  for (const [text, subject] of [
    ["Two weeks ago a parents' group published an open letter.", "a parents' group"],
    ["Last month the board sent a letter.", "the board"],
  ] as const) {
    const tokens = tokenise(text, 0, text.length);
    const subj = sentenceSubject(tokens, tokens.length - 1);
    assert.equal(
      subj && text.slice((tokens[subj.first] as Token).start, (tokens[subj.last] as Token).end),
      subject,
    );
  }
});

test("a name before `, who` is the sentence subject, not an opener", () => {
  const text = "Beck, who has in the past described Trump as a narcissist, clearly intended it.";
  const tokens = tokenise(text, 0, text.length);
  const subj = sentenceSubject(tokens, tokens.length - 1);
  assert.equal(
    subj && text.slice((tokens[subj.first] as Token).start, (tokens[subj.last] as Token).end),
    "Beck",
  );
});

test("a name before `, herself a …,` is the sentence subject, even one word", () => {
  const text = "Silverman, herself a Sanders supporter during the primary, incurred boos.";
  const tokens = tokenise(text, 0, text.length);
  const subj = sentenceSubject(tokens, tokens.length - 1);
  assert.equal(
    subj && text.slice((tokens[subj.first] as Token).start, (tokens[subj.last] as Token).end),
    "Silverman",
  );
});

test("a role noun between names stays in the phrase after an inverted cue", () => {
  const text = "said Concord resident Whit Symms.";
  const tokens = tokenise(text, 0, text.length);
  const np = nounPhraseAfter(tokens, 1, tokens.length - 1);
  assert.equal(
    np && text.slice((tokens[np.first] as Token).start, (tokens[np.last] as Token).end),
    "Concord resident Whit Symms",
  );
});

/** The sentence subject found before the word `before`. */
function subject(text: string, before: string): string | undefined {
  const tokens = tokenise(text, 0, text.length);
  const ceil = tokens.findIndex((t) => t.lower === before) - 1;
  const np = sentenceSubject(tokens, ceil);
  return np && text.slice((tokens[np.first] as Token).start, (tokens[np.last] as Token).end);
}

test("a participle or subordinate opener runs to the comma before the clause's subject", () => {
  assert.equal(
    subject(
      "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him a stiff.",
      "calling",
    ),
    "Trump",
  );
  assert.equal(
    subject(
      "When Robby Mook, the campaign manager, was asked about it at a lunch, he laughed and said no.",
      "and",
    ),
    "he",
  );
  assert.equal(subject("Speaking at a rally, Trump, the front-runner, said it.", "said"), "Trump");
});

test("a comma before `but`/`and` ends a clause, not an opener: the subject is the sentence's first", () => {
  assert.equal(
    subject(
      "Ryan endorsed Trump in June, but only after deliberating, telling them no.",
      "telling",
    ),
    "Ryan",
  );
  assert.equal(subject("On Monday, the mayor said no.", "said"), "the mayor");
});

test("a past tense after a name before a comma is its verb, not its role", () => {
  assert.equal(
    subject("Paul Ryan waited, telling reporters he was not there.", "telling"),
    "Paul Ryan",
  );
  assert.equal(subject("Ryan hesitated, telling reporters he was not there.", "telling"), "Ryan");
});

test("a place after a preposition is part of a longer aside before the cue", () => {
  assert.equal(before("Cory James, 22, of Flint, Mich., said he had hope.", "said"), "Cory James");
  assert.equal(
    before("Clinton, during a town hall meeting in Columbus, Ohio, said she would act.", "said"),
    "Clinton",
  );
  assert.equal(
    before("A woman in Worcester, Massachusetts, said she worries about it.", "said"),
    "A woman",
  );
});

test("a dateline before a dash is not the sentence subject", () => {
  const subject = (text: string) => {
    const tokens = tokenise(text, 0, text.length);
    const np = sentenceSubject(tokens, tokens.length - 1);
    return np && text.slice((tokens[np.first] as Token).start, (tokens[np.last] as Token).end);
  };
  assert.equal(
    subject("Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Trump."),
    "Democrat Hillary Clinton",
  );
  assert.equal(
    subject("Gov. Chris Christie — who is being vetted — made it a priority."),
    "Gov. Chris Christie",
  );
});

function antecedent(text: string, cue: string): string {
  const tokens = tokenise(text, 0, text.length);
  const at = tokens.findIndex((t) => t.lower === cue);
  const np = nounPhraseBefore(tokens, skipBeforeCue(tokens, at - 1), 0);
  const head = np && relativeAntecedent(tokens, np, 0);
  return head
    ? text.slice((tokens[head.first] as Token).start, (tokens[head.last] as Token).end)
    : "";
}

test("a relative clause inside the subject: its antecedent speaks", () => {
  assert.equal(
    antecedent("Two officials who spoke on condition of anonymity said it was late.", "said"),
    "Two officials",
  );
  assert.equal(
    antecedent("The Food Workers local that represents the Lorain employees said so.", "said"),
    "The Food Workers local",
  );
  // A participle and `by` make a relative clause too.
  assert.equal(
    antecedent(
      "He said that a commission appointed by President Bush estimated the cost.",
      "estimated",
    ),
    "a commission",
  );
  // A place after a preposition belongs to the antecedent; an adjective may come before a name.
  assert.equal(
    antecedent("Democrats in Iowa who watched the debate said they were unfazed.", "said"),
    "Democrats in Iowa",
  );
  assert.equal(
    antecedent(
      "But many diehard Sanders supporters who came to protest the convention say no.",
      "say",
    ),
    "Sanders supporters",
  );
  // The clause's own subject speaks; `that` after a verb opens what was told; another clause.
  assert.equal(antecedent("It hurts people who Trump says are bad.", "says"), "");
  assert.equal(antecedent("The claim that the mayor said was false.", "said"), "");
  assert.equal(antecedent("He told the union that represents workers said no.", "said"), "");
  assert.equal(antecedent("A man who smiled when the mayor said it left.", "said"), "");
});

test("a name in a relative clause before an appositive is the clause's object; the appositive names the speaker", () => {
  assert.equal(
    before("A state lawmaker who represents Pellham, Rep. Yolanda Prentice, said no.", "said"),
    "Rep. Yolanda Prentice",
  );
  assert.equal(
    before("A lawmaker who has represented Pellham, Yolanda Prentice, said no.", "said"),
    "Yolanda Prentice",
  );
});

test("a lone role noun after a headline's semicolon is its clause's subject", () => {
  const list = rows('Mayors press state board over rail line; chair says money "is not there"');
  assert.deepEqual(
    list.map((r) => [r.who, r.cue, r.quote]),
    [["chair", "says", "is not there"]],
  );
});

test("a `whose` clause with a verb of its own inside the subject: the phrase before `whose` speaks", () => {
  assert.equal(
    antecedent(
      "Two mayors whose cities would have been joined by the cancelled rail line accused the board.",
      "accused",
    ),
    "Two mayors",
  );
  assert.equal(
    antecedent("Residents whose homes were flooded by the river said it was late.", "said"),
    "Residents",
  );
  // (no verb before the phrase at the cue: it is the clause's own subject)
  assert.equal(antecedent("A woman whose son police say was shot wept.", "say"), "");
});

test("a lone word that speaks without a determiner: `police said`, `one wrote`", () => {
  assert.equal(before("The two were treated for injuries, police said.", "said"), "police");
  assert.equal(before('"I am still crying," one wrote.', "wrote"), "one");
  // (other lone singular words are still read as verbs: no phrase)
  assert.equal(before("It failed, then later said nothing.", "said"), "");
});

test("a subject pronoun right before the cue is the subject alone (`a target he believed`)", () => {
  assert.equal(
    before("He could no longer defend a target he believed was doomed.", "believed"),
    "he",
  );
  assert.equal(before("It was an irony he says neither will enjoy.", "says"), "he");
});

test("an -ed or -ing word opening the sentence before one noun and its verb is an adjective", () => {
  assert.equal(
    before("Shipping lines warned that it could take weeks.", "warned"),
    "Shipping lines",
  );
  // (before an -ing cue it is still a participle: `Holding signs calling him …`)
  assert.equal(before("Holding signs calling him a loser, they chanted.", "calling"), "signs");
});

test("an adverb of place or time after a role does not hide its appositive", () => {
  assert.equal(
    before("Its candidate there, Della Okafor-Ring, insisted it was chance.", "insisted"),
    "Della Okafor-Ring",
  );
});

test("a phrase after a preposition is no subject: a long relative clause's antecedent speaks", () => {
  const text =
    "A witness who asked not to be named because she works for a shop in the arcade said it sped up.";
  assert.equal(antecedent(text, "said"), "A witness");
  // (past a subordinator with its own subject right before the cue, that subject speaks)
  const other = "Beck, who gained attention when he yelled, left.";
  const t2 = tokenise(other, 0, other.length);
  const he = t2.findIndex((t) => t.lower === "he");
  assert.equal(relativeAntecedent(t2, { first: he, last: he }, 0), undefined);
});

test("an -ing word opening a run of names before its verb is a name, not a participle", () => {
  assert.equal(
    subject("Kettering County Executive Anya Lindqvist signed it but said so.", "but"),
    "Kettering County Executive Anya Lindqvist",
  );
  assert.equal(
    subject(
      "A third official, Kettering County Executive Anya Lindqvist, signed it but said so.",
      "but",
    ),
    "Kettering County Executive Anya Lindqvist",
  );
  // (a participle and its object before the subject's comma still open the sentence)
  assert.equal(subject("Addressing Congress, Obama signed it but said so.", "but"), "Obama");
});

test("`close to` stays inside the phrase; `including` names examples of the group that speaks", () => {
  assert.equal(
    before("A source close to the negotiations said a deal was near.", "said"),
    "A source close to the negotiations",
  );
  assert.equal(before("People close to Trump said he was angry.", "said"), "People close to Trump");
  // (a role held for someone takes `to` the same way; `the` after it is no infinitive's verb)
  assert.equal(
    before("An aide to the governor said the bill was dead.", "said"),
    "An aide to the governor",
  );
  assert.equal(
    before("The ambassador to Kenya said talks had stalled.", "said"),
    "The ambassador to Kenya",
  );
  assert.equal(
    before("Critics, including the opposition leader, Ruth Mbeki, say it goes too far.", "say"),
    "Critics",
  );
});

test("an -ing word of a title stays in the role phrase before an appositive name", () => {
  assert.equal(
    before(
      "Later, the chief operating officer, Carla Whitcombe, told staff that it was fine.",
      "told",
    ),
    "Carla Whitcombe",
  );
  assert.equal(before("The managing director, Ana Ruiz, said it was fine.", "said"), "Ana Ruiz");
  // Before a singular role noun any -ing word is the role's modifier.
  assert.equal(
    before("Former policy planning director Anne Slaughter wrote to her.", "wrote"),
    "Former policy planning director Anne Slaughter",
  );
  // An -ing verb still ends the phrase (`dismissing critics`).
  assert.equal(before("He left, dismissing critics said to be angry.", "said"), "critics");
});

test("an irregular past verb ends the subject; a participle does only before its object", () => {
  assert.equal(
    subject("The first incident came when protesters shouted at her.", "shouted"),
    "The first incident",
  );
  assert.equal(subject("One reader sent us this from the harbour.", "harbour"), "One reader");
  assert.equal(
    subject("A fundraising email sent out by Sanders warned of a fight.", "fight"),
    "A fundraising email sent out by Sanders",
  );
});

test("a name and its appositive open the sentence: the name is the subject, not past an opener", () => {
  const text = "Maria Lopez, the agency's spokeswoman, declined to comment.";
  assert.equal(subject(text, "declined"), "Maria Lopez");
  assert.equal(
    subject("On Tuesday, the agency's spokeswoman, Maria Lopez, declined to comment.", "declined"),
    "Maria Lopez",
  );
  // An opening phrase of capitalised words is still skipped.
  assert.equal(subject("Early Tuesday, the agency declined to comment.", "declined"), "the agency");
});

test("a sentence adverb with no comma opens the sentence before its subject", () => {
  assert.equal(subject("Then the mayor delivered the line: it was over.", "line"), "the mayor");
  assert.equal(subject("Still, the mayor delivered the line.", "line"), "the mayor");
});

test("a name keeps its lower-case particles, and kin are named like roles", () => {
  assert.equal(
    before("Then his nephew Michery el Soheil added that it was fine.", "added"),
    "his nephew Michery el Soheil",
  );
  const tokens = tokenise("said Piet van der Molen, the clerk.", 0, 35);
  const np = nounPhraseAfter(tokens, 1, tokens.length - 1);
  assert.deepEqual(np, { first: 1, last: 4 });
});

test("inside a determiner's phrase a name's possessive opens more of it (`the head of X's … commission`)", () => {
  const subject = (s: string) => {
    const tokens = tokenise(s, 0, s.length);
    const np = sentenceSubject(tokens, tokens.length - 1);
    return np && s.slice((tokens[np.first] as Token).start, (tokens[np.last] as Token).end);
  };
  assert.equal(
    subject("The head of Harlow City's civilian police oversight commission resigned on Friday."),
    "The head of Harlow City's civilian police oversight commission",
  );
  // (a name's own possessive stays the phrase's end: `Hillary Clinton's "I'm with her."`)
  assert.equal(subject("Hillary Clinton's campaign slogan was short."), "Hillary Clinton's");
});

test("an -ly word after a determiner is a noun before the cue, not an adverb (`The family said`)", () => {
  assert.equal(before("The family said it was fine.", "said"), "The family");
  assert.equal(before("The reply said the agency would act.", "said"), "The reply");
  assert.equal(before("He quickly said it was fine.", "said"), "He");
});

test("a lone count or quantifier speaks before its verb, not before a comma", () => {
  assert.equal(before("The plan will fail, both said.", "said"), "both");
  const tokens = tokenise("but for some, the losses grew", 0, 29);
  assert.equal(nounPhraseBefore(tokens, 2, 0), undefined); // `some` before its comma
});

test("an appositive's name inside a `whose` clause is not the speaker; after a participle's phrase it is", () => {
  assert.equal(
    before(
      "Owen Pike, whose father, Gerald Pike, died 10 days after the surgery, said he had waited.",
      "said",
    ),
    "Owen Pike",
  );
  assert.equal(
    before("One contractor named in the audit, Tallgrass Fiber, said it had finished.", "said"),
    "Tallgrass Fiber",
  );
  // (a place after a preposition is still part of a longer aside)
  assert.equal(before("Cory James, 22, of Flint, Mich., said it was cold.", "said"), "Cory James");
});

test("the sentence subject before a participle aside, and before a verb that takes a person", () => {
  const subject = (text: string) => {
    const tokens = tokenise(text, 0, text.length);
    const np = sentenceSubject(tokens, tokens.length - 1);
    return np ? text.slice((tokens[np.first] as Token).start, (tokens[np.last] as Token).end) : "";
  };
  assert.equal(subject("The letter, signed by both officials, asks Voss to pay."), "The letter");
  assert.equal(subject("The letter asks Voss to pay and says the state will sue."), "The letter");
  // (an opener's comma still ends the opener)
  assert.equal(subject("Last week, the mayor asked Voss to pay."), "the mayor");
});

test("`that` after `who` and its verb is the object's determiner, not a relative pronoun", () => {
  assert.deepEqual(
    rows("The man who controls that money says the state has only itself to blame.").map((r) => [
      r.who,
      r.what,
    ]),
    [["The man", "the state has only itself to blame"]],
  );
});

test("an organisation's name after `a role for … company,` renames the body, not the role", () => {
  const who = (text: string) => rows(text)[0]?.who;
  assert.equal(
    who("A spokesman for the bank's parent company, Ardent Group, said the deal was off."),
    "A spokesman for the bank's parent company, Ardent Group",
  );
  assert.equal(
    who(
      'A spokesman for the bank\'s parent company, Ardent Group, declined to comment, saying only that it was "routine."',
    ),
    "A spokesman for the bank's parent company, Ardent Group",
  );
  // a person's name names the role (`A spokesman for the company, John Smith, said`)
  assert.equal(
    who("A spokesman for the company, John Smith, said the deal was off."),
    "John Smith",
  );
  assert.equal(who("The company, Ardent Group, said the deal was off."), "Ardent Group");
});

test("an -ing word after `of` right before the head noun modifies it (`a coalition of housing groups`)", () => {
  assert.equal(
    rows("A coalition of farming groups, the Green Acre Network, said the rule was unfair.")[0]
      ?.who,
    "A coalition of farming groups",
  );
});

test("a title the role suffixes miss ends a phrase of capitalised modifiers (`The Roman Catholic bishop of …`)", () => {
  assert.equal(
    rows("The Anglican bishop of Marrow said the church would pay.")[0]?.who,
    "The Anglican bishop of Marrow",
  );
  assert.equal(
    rows("A New York judge ruled, saying the case was closed.")[0]?.who,
    "A New York judge",
  );
});

test("`The reply, from the agency's counsel, X, called … and said …`: the subject before an aside, not an opener", () => {
  const list = rows(
    'The reply, from the agency\'s counsel, Ana Ruiz, called the audit "unfair" and said the auditors had relied on "old data."',
  );
  assert.deepEqual(
    list.map((r) => [r.who, r.cue]),
    [
      ["The reply", "called"],
      ["The reply", "said"],
    ],
  );
  // a time phrase before the comma still opens the sentence
  assert.equal(
    rows('The next day, the mayor called the plan "dead" and said it would fail.')[1]?.who,
    "the mayor",
  );
});
