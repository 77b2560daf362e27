import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../analyze.ts";
import { extract } from "../2-text/article.ts";

function channels(text: string): [string, string][] {
  const a = analyze(extract({ source: "test", text }));
  return a.statements.map((s) => [s.content.text, s.channel]);
}

const LETTER =
  "Signed by Mayor Ana Ruiz and Mayor Ben Cole, the letter said the bridge was unsafe.\n\n";

test("joint signers who reply with no medium named reply in the letter they signed", () => {
  const said = channels(
    `${LETTER}Ruiz and Cole responded that the state had ignored repeated warnings.\n\n` +
      "Ruiz said she would keep pushing for repairs.",
  );
  assert.deepEqual(said.slice(1), [
    ["the state had ignored repeated warnings", "letter"],
    // one of the signers alone, speaking: no reason to think it is the letter
    ["she would keep pushing for repairs", "interview"],
  ]);
});

test("the signers' letter out of view leaves the guess as it was", () => {
  const filler = "The council met on Tuesday to discuss the budget.\n\n".repeat(4);
  const said = channels(
    `${LETTER}${filler}Ruiz and Cole responded that the state had ignored repeated warnings.`,
  );
  assert.deepEqual(said.at(-1), ["the state had ignored repeated warnings", "interview"]);
});

test("writers a speaker gives a document on the way count too (`In a joint statement, X and Y said`)", () => {
  // The pair of organisations is the statement's issuer only once the first sentence's speaker is
  // resolved (two named people would already be found as its writers when documents are scanned).
  const said = channels(
    "In a joint statement issued late on Sunday, the Amalgamated Dockers Union and Hallam Terminals said the strike was over.\n\n" +
      "The Amalgamated Dockers Union and Hallam Terminals added that pay would rise by 4 percent.",
  );
  assert.deepEqual(said.at(-1), ["pay would rise by 4 percent", "statement"]);
});

test("a speaker the text places at an event goes on speaking there; someone else does not", () => {
  const said = channels(
    "Amara Okonjo-Reyes addressed a crowd of several thousand in Freedom Square on Sunday night.\n\n" +
      '"I will be your president too," Okonjo-Reyes said.\n\n' +
      '"She has a mandate," said Piet Brandhorst, a voter.',
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["speech", "interview"],
  );
});

test("an event named in a statement carries to the speaker's next `said`, until another medium", () => {
  const said = channels(
    "Sheriff Dwayne Kolber said at an afternoon news conference that the boy had been found.\n\n" +
      '"He did everything right," Kolber said.\n\n' +
      'Kolber said in an interview on Tuesday that the search had cost $40,000. "It was worth it," Kolber said.',
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["speech", "speech", "interview", "interview"],
  );
});

test("past the event (`after the meeting`), out of view, or only in the words reported, no scene", () => {
  const filler = "The council met on Tuesday to discuss the budget.\n\n".repeat(4);
  const said = channels(
    "Jim Brody spoke to reporters after the council meeting.\n\n" +
      '"I would love to be wrong," Brody said.\n\n' +
      "Aisha Bello spoke at the council meeting on Monday.\n\n" +
      filler +
      '"They are still here," Bello said.\n\n' +
      'Tyrone Mills said the rally would go ahead. "We are ready," Mills said.',
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["interview", "interview", "interview", "interview"],
  );
});

test("an audience's answer in the sentence (`to laughter`) places the speaker at the event", () => {
  const said = channels(
    "Ruth Kane won best director for her first film.\n\n" +
      "“I left my notes in the car,” Kane said to laughter. “So I will keep this short.”\n\n" +
      "“Thank you all,” Kane said.\n\n" +
      "“It is a deserved win,” said Miguel Arroyo, a critic.",
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["speech", "speech", "speech", "interview"],
  );
});

test("a medium carried over from the statement before holds only for the same speaker", () => {
  const said = channels(
    "The Fabricare Council said in a statement that the study was flawed.\n\n" +
      "Annika Thorsen, a retired teacher, has photographed the creek every week since 2021.\n\n" +
      "“Look at this,” she said. “That is not a natural creek.”",
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["statement", "interview", "interview"],
  );
});

test("someone named by what they do who said something with no medium named: an interview", () => {
  const said = channels(
    "“Everyone in that building knew what the numbers meant,” said a former engineer at the authority.",
  );
  assert.deepEqual(said.at(-1)?.[1], "interview");
});

test("people first named just after the text sets an event as the scene speak at it", () => {
  const said = channels(
    "The school board voted 5-2 on Tuesday to close Ashgrove Elementary.\n\n" +
      "Parents lined up for two hours of public comment.\n\n" +
      "“Who is going to walk her?” said Miguel Arroyo, who has two children at the school.\n\n" +
      "The district will save $1.2 million a year.\n\n" +
      "The building is 90 years old.\n\n" +
      "The roof leaks.\n\n" +
      "“It was the right call,” said Paul Garner, a district spokesman.",
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["speech", "interview"],
  );
});

test("an event one person is at, or one still ahead, is no scene for the others", () => {
  const said = channels(
    "Mayor Ana Ruiz told the crowd that the road would be built.\n\n" +
      "“It will not be built,” said Tom Hale, a rancher.\n\n" +
      "The mayor will hold a public meeting in Dunmore next week.\n\n" +
      "“Nobody asked us,” said Eva Lind, a farmer.",
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["speech", "interview", "interview"],
  );
});

test("`wrote` is made in the written medium the text places the writer in", () => {
  const said = channels(
    "Singer Lio Marchetti announced the split on Wednesday night in a post to her followers.\n\n" +
      "“Ana and I have decided that the band has run its course,” Marchetti wrote. “We are not enemies.”\n\n" +
      "In a note to clients, Bernadette Koh of Larchmont Securities wrote that the guidance was optimistic.\n\n" +
      "“Management is asking investors to believe too much,” Koh wrote.\n\n" +
      "Responding to a complaint from a senator, Ana Ruiz wrote that the plan was reckless.",
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["post", "post", "report", "report", "letter"],
  );
});

test("a quote that carries on an earlier one is in its medium", () => {
  const said = channels(
    "Substitute Lukas Brenner scored the equaliser.\n\n" +
      "“I just closed my eyes and hit it,” the teenager said. “Taz told me to stay on the far post.”",
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["interview", "interview"],
  );
});

test("`wrote on the social network …` is a post", () => {
  const said = channels(
    "Stratalink's technology chief, Desmond Kirwan, wrote on the social network Kiteline that he took full responsibility for the outage.",
  );
  assert.deepEqual(said.at(-1)?.[1], "post");
});

test("a person's quote with no cue and no medium named was said to the reporter", () => {
  const said = channels(
    "Marisol Achterberg founded the institute in 2021.\n\n" +
      "Asked whether Tern would ever be sold, Achterberg shakes her head. “No. If we sell it, we answer to whoever buys it.”",
  );
  assert.deepEqual(said.at(-1)?.[1], "interview");
});

test("a witness goes on testifying: `told the committee`, then `replied` under questioning", () => {
  const said = channels(
    "Corinne Hale told the committee that a software update had mismatched the records.\n\n" +
      "Sen. Ada Lind asked why the notices had kept coming.\n\n" +
      '"That is the question I asked my team," Hale replied.\n\n' +
      'Tomas Berg, a driver, said the fees had cost him $480. "I drive for a living," Berg said.',
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["testimony", "testimony", "interview", "interview"],
  );
});

test("a meeting someone is placed at is an event (`at a packed meeting`); `a meeting with` is not", () => {
  const at = channels(
    "The superintendent, Lorna Whit, repeated the message at a packed parents' meeting in the gym.\n\n" +
      '"We are not closing because we want to," Whit said.',
  );
  assert.deepEqual(at.at(-1), ["We are not closing because we want to,", "speech"]);
  const talks = channels(
    "Mayor Lorna Whit left a meeting with the governor on Monday.\n\n" +
      '"We are not closing because we want to," Whit said.',
  );
  assert.deepEqual(talks.at(-1), ["We are not closing because we want to,", "interview"]);
});

test("`she said` right after a sentence setting an event is said there (the pronoun is its subject)", () => {
  const said = channels(
    "Wen Castellano-Reyes, principal of Larkspur Elementary, told parents that her staff had been calling families. " +
      "The principal spent much of the meeting by the door, handing out printed packets.\n\n" +
      "“Some of these kids haven’t opened a book since Thursday,” she said.",
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["interview", "speech"],
  );
});

test("`she asked to be wheeled to the microphone` is her own sentence; `Asked whether …,` a question put to her", () => {
  const said = channels(
    "Ingrid Solvang asked to be wheeled to the front of the stage rather than behind the microphone stand.\n\n" +
      "“I have spent my life behind things,” she said.\n\n" +
      "Asked whether the rally would go ahead, Tyrone Mills shook his head. “We are ready,” Mills said.",
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["speech", "interview"],
  );
});

test("a speaker's later `said` is at the event their last word was, past other voices", () => {
  const others = [
    "Colm Ashdown said the surge could reach nine feet.",
    "Delphine Marsh said outages would last days.",
    "Arturo Benedetti said he would stay with his shop.",
    "Lucia Benedetti said she had begged him to leave.",
    "Owen Tarrant said deputies would knock on doors.",
  ].join("\n\n");
  const said = channels(
    "“This is not a storm you ride out,” Renata Vasquez said at a briefing on Tuesday.\n\n" +
      `${others}\n\n` +
      "Asked whether there was enough fuel, the governor paused. “Enough if people leave,” Vasquez said.",
  );
  assert.deepEqual(said[0]?.[1], "speech");
  assert.deepEqual(said.at(-1), ["Enough if people leave,", "speech"]);
});

test("one named as a speaker at an event speaks there; a parliament's Speaker does not", () => {
  const said = channels(
    "One of the last speakers was a fifth-grader, Ruby Castellano, who read from a notebook.\n\n" +
      "“Please don’t take it away,” she said.\n\n" +
      "Speaker Marta Velez said the vote would wait until spring.",
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["speech", "interview"],
  );
});

test("`the heart of the debate` is what is argued over, no event; `during the debate` is one", () => {
  const topic = channels(
    "That tension lies at the heart of the debate.\n\n" +
      "Mirela Dobrev, an economist, said the freeze had slowed construction.",
  );
  assert.deepEqual(topic.at(-1), ["the freeze had slowed construction", "interview"]);
  const event = channels(
    "The two candidates clashed during the debate.\n\n" +
      "Mirela Dobrev, a moderator, said the freeze had slowed construction.",
  );
  assert.deepEqual(event.at(-1), ["the freeze had slowed construction", "speech"]);
});

test("`she wrote` / `the group wrote` just after a sentence naming a written medium wrote there", () => {
  const said = channels(
    "The fans' group Ironmen Forever posted a message on Facebook urging supporters to call before a vote on Dec. 8.\n\n" +
      '"The council heard us tonight. Now they need to hear us," the group wrote.\n\n' +
      '"We were too trusting," Priya Raman wrote.',
  );
  // the message's urging is reported speech of its own, in the post it names
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["post", "post", "letter"],
  );
});

test("a witness seated at the witness table testifies there", () => {
  const said = channels(
    "Corinne Hale returned to the witness table near the end of the four-hour hearing. " +
      "Asked whether she would pay interest, she said the company would look at it favourably.\n\n" +
      '"Yes," Hale said.',
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["testimony", "testimony"],
  );
});

test("`wrote on his own account` is a post", () => {
  const said = channels(
    'The company\'s founder, Ezra Wexford-Bell, wrote on his own account that he was "gutted for the team."',
  );
  assert.deepEqual(said.at(-1)?.[1], "post");
});

test("`added` goes on in the medium of the statement just before; another's only in a shared one", () => {
  const said = channels(
    'Ms. Ekdahl denied the accusation in a statement released through her publisher. "I do not carry them around in my head," she wrote.\n\n' +
      'She added that she was "saddened" by the fuss.\n\n' +
      'The Home Builders\' Guild said in a statement that the target had always been ambitious. Its chief executive, Omar Feltham, added: "What we need now is stability."',
  );
  assert.deepEqual(
    said.map(([, c]) => c),
    ["statement", "statement", "statement", "statement"],
  );
  const sued = channels(
    "The lawsuit, filed by the Eastbank Tenants Union, alleges that the fees were illegal.\n\n" +
      "Northgate Residential added that every fee was disclosed.",
  );
  assert.deepEqual(sued.at(-1), ["every fee was disclosed", "interview"]);
});

test("what a speaker said just before the text places them at an event was said there, but not `afterwards`", () => {
  const said = channels(
    "GRANITE FALLS — A missing hiker was found alive on Tuesday, the Merrow County sheriff said.\n\n" +
      "Sheriff Dwayne Kolber told reporters at an afternoon news conference that the boy had stayed near water.\n\n" +
      "The manager, Fiona Strachan, said afterwards that her side had lost its focus.\n\n" +
      '"Then we stopped running," Strachan told reporters at the post-match press conference.',
  );
  assert.deepEqual(
    said.map(([, c]) => c),
    ["speech", "speech", "interview", "speech"],
  );
});

test("a bare `wrote` right after words given a written medium in the same paragraph writes in it", () => {
  const said = channels(
    'Gamers were less forgiving. "Six hours," one player, who posts as nightowl_88, wrote on Kiteline. Another wrote simply: "Stratalink owes me a Wednesday."\n\n' +
      '"We will keep the plant open," Dana Ruiz wrote.',
  );
  assert.deepEqual(
    said.map(([, c]) => c),
    ["post", "post", "letter"],
  );
});

test("`on the call` is the call named before: an earnings call's later answers are speech there", () => {
  const said = channels(
    '"This was a difficult quarter," Chief Executive Linda Okonkwo said on a call with analysts.\n\n' +
      "Analysts were not convinced.\n\n" +
      'Okonkwo, asked on the call about the activist\'s demands, said the board "regularly reviews every option."\n\n' +
      "Reached by phone, Tom Reyes said on the call that he would sell.",
  );
  assert.deepEqual(
    said.map(([, c]) => c),
    ["speech", "speech", "interview"],
  );
});

test("a public meeting's voices go on while people speak there; a day named with the words is another occasion", () => {
  const said = channels(
    "Parents lined up for two hours of public comment.\n\n" +
      '"Who is going to walk her?" said Miguel Arroyo, who has two children at the school.\n\n' +
      "Most of them spoke against the plan.\n\n" +
      '"Nobody up here wanted this," said board president Graham Ostby, who voted for the closure.\n\n' +
      "A district spokesman, Paul Terranova, said on Friday that transport plans would be published by March.",
  );
  assert.deepEqual(
    said.map(([, c]) => c),
    ["speech", "speech", "interview"],
  );
});

test("a launch's later voices are not taken to speak at it (reactions from outside)", () => {
  const said = channels(
    '"Just talk," said Rachel Kim, who heads the hardware division, during a presentation at the company\'s headquarters.\n\n' +
      '"Every conversation becomes data," said Marcus Webb, policy director at the Digital Rights Project.',
  );
  assert.deepEqual(
    said.map(([, c]) => c),
    ["speech", "interview"],
  );
});

test("a document gives no interview: it speaks in its own kind", () => {
  const said = channels(
    "A report released on Monday by the Lindenport Housing Observatory found that the freeze had cut evictions by about a third.",
  );
  assert.deepEqual(said.at(-1)?.[1], "report");
});

test("`told` a hearer in a sentence that places the speaker at an event is a speech there", () => {
  const said = channels(
    'Later in the meeting, the chief operating officer, Carla Whitcombe, told staff that teams would learn "within days, not weeks" whether they were affected.\n\n' +
      "After the meeting, Dana Ruiz told reporters that the plan would hold.",
  );
  assert.deepEqual(
    said.map(([, c]) => c),
    ["speech", "interview"],
  );
});

test("an answer to a question put at the event the speaker last spoke at is said there, however far on", () => {
  const filler = "The storm was about 300 miles offshore on Tuesday afternoon.\n\n".repeat(8);
  const said = channels(
    '"You need to be gone by sundown tomorrow," Gov. Renata Vasquez-Hollis said at a briefing.\n\n' +
      filler +
      'Asked whether the state had enough fuel, the governor paused. "Enough if people leave when we tell them to," she said.\n\n' +
      '"We will manage," Vasquez-Hollis said.',
  );
  assert.deepEqual(
    said.map(([, c]) => c),
    ["speech", "speech", "speech"],
  );
  // without the question, the event is too far back
  const plain = channels(
    '"You need to be gone by sundown tomorrow," Gov. Renata Vasquez-Hollis said at a briefing.\n\n' +
      filler +
      '"We will manage," Vasquez-Hollis said.',
  );
  assert.deepEqual(plain.at(-1)?.[1], "interview");
});

test("one who puts questions at an event speaks there", () => {
  const said = channels(
    '"The president has been clear," Tereza Quillon told reporters in the briefing room.\n\n' +
      "Asked by Milo Varga of the Harbour Gazette whether the president had read the report, she said he had been briefed.\n\n" +
      '"Has he read it or not?" Varga pressed.\n\n' +
      '"It is a scandal," said Corin Mabry, the opposition leader.',
  );
  assert.deepEqual(
    said.map(([, c]) => c),
    ["speech", "speech", "speech", "interview"],
  );
});

test("a speaker's first words just before the text places them in a written medium are from it", () => {
  const said = channels(
    "The housing minister, Gareth Penhallow, has resigned, saying he could no longer defend a target he believed was 'never going to be met'.\n\n" +
      "In a letter to the Prime Minister, Mr Penhallow wrote that it had been 'a privilege to serve'.\n\n" +
      "Felicia Grant, the defense lawyer, said her client would appeal. She argued that the court had erred.\n\n" +
      "Grant said in a statement that the sentence ignored thirty years of service.",
  );
  assert.deepEqual(
    said.map(([, c]) => c),
    ["letter", "letter", "letter", "interview", "interview", "statement"],
  );
});

test("`from the bench` places a judge at the sentencing, and the lead's words before it there", () => {
  const said = channels(
    'HARBOR CITY — A federal judge on Thursday sentenced Gregory Vance to seven years in prison, calling the scheme "a betrayal of every patient."\n\n' +
      'U.S. District Judge Miriam Achebe said Vance had shown "no meaningful remorse."\n\n' +
      '"The sentence must reflect that," Achebe said from the bench.\n\n' +
      "Sousa, who left Adjei on the bench, said she had nearly made the change.",
  );
  assert.deepEqual(
    said.map(([, c]) => c),
    ["speech", "speech", "speech", "interview"],
  );
});

test("a bare `wrote` by the writer of a document in view is that document, not a letter", () => {
  const said = channels(
    "In a 31-page written order, U.S. District Judge Marcus Delahunt gave the sheriff 60 days to comply.\n\n" +
      '"The Constitution does not stop at the jailhouse door," Delahunt wrote.\n\n' +
      "The report, released Monday and signed by Coroner Judith Karsten, says the boy drowned.\n\n" +
      '"There is no evidence of foul play," Karsten wrote.\n\n' +
      '"We will keep the plant open," Dana Ruiz wrote.',
  );
  assert.deepEqual(
    said
      .filter(([t]) => t.startsWith("The") || t.startsWith("There") || t.startsWith("We"))
      .map(([, c]) => c),
    ["document", "report", "letter"],
  );
});

test("a quote carrying on a writer's words leaves them in its medium for their next bare `wrote`", () => {
  const said = channels(
    "In a 31-page written order, U.S. District Judge Marcus Delahunt gave the sheriff 60 days to comply.\n\n" +
      '"The Constitution does not stop at the jailhouse door," Delahunt wrote. "The county may hold them."\n\n' +
      "The jail held 842 people on an average day last year.\n\n" +
      "Staff shortages had left whole units locked down for weeks.\n\n" +
      'The judge wrote that the county\'s claim was "not a defense but a description of the problem."',
  );
  // (the last: the judge's words, not the county's `claim` inside them)
  assert.deepEqual(
    said.slice(0, 3).map(([, c]) => c),
    ["document", "document", "document"],
  );
});

test("a person's plain `said` in the paragraph after their own written statement is `unknown`", () => {
  const said = channels(
    'Sheriff Dolores Kincaid said in a statement that her office would comply "to the extent our staffing allows."\n\n' +
      '"I have asked for more deputies in every budget since I took office," the sheriff said. "I will keep asking."\n\n' +
      "Kari Lunde said the union had warned the company.\n\n" +
      '"We said it in writing," Lunde said.',
  );
  // (the union's `warned` aside: Lunde's words follow no statement of hers)
  assert.deepEqual(
    [...said.slice(0, 4), said.at(-1) as [string, string]].map(([, c]) => c),
    ["statement", "unknown", "unknown", "interview", "interview"],
  );
});

test("a lead summing up what the next paragraph places in an order is from the order; `in order to` is none", () => {
  const said = channels(
    'A federal judge on Wednesday ordered the sheriff to end the lockdowns, calling the practice "a punishment imposed on people who have not been convicted."\n\n' +
      "In a 31-page written order, U.S. District Judge Marcus Delahunt gave the sheriff 60 days.\n\n" +
      'Mayor Ana Ruiz on Tuesday cut two programs, calling them "a luxury we cannot afford."\n\n' +
      "In order to balance the budget, Ruiz also froze hiring.",
  );
  assert.deepEqual(
    said.map(([, c]) => c),
    ["document", "interview"],
  );
});

test("a plain `said` right after the speaker's own sentence placing them in a written medium is made in it", () => {
  const said = channels(
    "The board's chair, Maren Solvik, accepted the offer in a reply sent on Monday. " +
      "Ms Solvik said the board was grateful for the proposal.\n\n" +
      "Tobias Renner approved the budget in a statement on Monday.\n\n" +
      "Renner said the cuts would be painful.",
  );
  assert.deepEqual(said, [
    ["the board was grateful for the proposal", "letter"],
    // a paragraph on, the plain `said` may be from the statement or not
    ["the cuts would be painful", "interview"],
  ]);
});

test("`Asked by reporters whether …` puts the answer to the press, not to the event the speaker was at", () => {
  const said = channels(
    'Mayor Ilse Dunmore addressed a crowd of several hundred at the rally on Sunday. "We will finish the road," Dunmore said.\n\n' +
      "Asked by reporters whether the road would cost more, Dunmore said the figures were still being checked.\n\n",
  );
  assert.deepEqual(said, [
    ["We will finish the road,", "speech"],
    ["the figures were still being checked", "interview"],
  ]);
});

test("`rose in question period` places the speaker at a parliament's sitting", () => {
  const said = channels(
    'Opposition critic Bram Hollis rose in question period on Monday to press the minister. "The numbers are hidden," Hollis said.',
  );
  assert.deepEqual(said, [["The numbers are hidden,", "speech"]]);
});

test("`from the bench` frames a verb of speaking, not another verb (`has watched it from the bench`)", () => {
  const said = channels(
    "Judge Hal Mercer has watched the backlog grow from the bench for years.\n\n" +
      '"Families wait eight months," Mercer said.\n\n' +
      "Judge Ada Pryce spoke from the bench on Monday about the delays.\n\n" +
      '"This cannot go on," Pryce said.',
  );
  assert.deepEqual(said, [
    ["Families wait eight months,", "interview"],
    ["This cannot go on,", "speech"],
  ]);
});

test("a speaker heard before leads into a written medium on a new day (`said Tuesday that …`)", () => {
  const said = channels(
    'Nora Quill, the council\'s chair, wrote to the agency on Sept. 18. "We ask for one thing," Quill wrote.\n\n' +
      'Quill said Tuesday that she had read the answer "with regret."\n\n' +
      '"They answered a question nobody asked," she said in a statement released by the council.',
  );
  assert.deepEqual(said.slice(1), [
    ['she had read the answer "with regret."', "statement"],
    ["They answered a question nobody asked,", "statement"],
  ]);
});

test("at a hearing, a lawmaker who asks (in their own words, or `X, …, asked why`) speaks there", () => {
  const said = channels(
    "Amos Kell, the mill's owner, told the Senate Labor Committee that the mill had passed every inspection.\n\n" +
      "Sen. Ruth Ober, D-Ore., the committee's chair, held up an inspection report.\n\n" +
      '"Then why did it burn?" Ober said.\n\n' +
      "Sen. Joel Dann, R-Idaho, the panel's senior Republican, asked why the alarms had been switched off.\n\n" +
      '"We were fixing them," Kell replied.\n\n' +
      '"Too late," Dann said.\n\n' +
      "The mill reopened in May.\n\n".repeat(4) +
      '"Who pays for this?" said Lia Marsh, who lives nearby.',
  );
  assert.deepEqual(said, [
    ["the mill had passed every inspection", "testimony"],
    ["Then why did it burn?", "speech"],
    ["We were fixing them,", "testimony"],
    ["Too late,", "speech"],
    // far from the hearing, a question is asked of the reporter
    ["Who pays for this?", "interview"],
  ]);
});

test("a lawmaker who asked at a hearing and then `told reporters` after it speaks to them", () => {
  const said = channels(
    "Agency director Paula Venn told the House Transport Committee that inspections had doubled.\n\n" +
      'Rep. Tom Akers, R-Ohio, pressed her on the budget. "Where did the money go?" Akers asked.\n\n' +
      '"It went to inspectors," Venn replied.\n\n' +
      'After the hearing, Akers told reporters he was unconvinced. "Why would she dodge?" he said.',
  );
  assert.deepEqual(said.slice(1), [
    ["Where did the money go?", "speech"],
    ["It went to inspectors,", "testimony"],
    ["he was unconvinced", "interview"],
    ["Why would she dodge?", "interview"],
  ]);
});

test("a hearing the text places someone at makes them a witness there; a public hearing is public comment", () => {
  const said = channels(
    'After hearing the verdict, Tom Reyes left the court. "I am relieved," Reyes said.\n\n' +
      "Senators grilled the chief executive of Northway Bank, Dan Price, at a Banking Committee hearing on Tuesday.\n\n" +
      '"I take full responsibility," Price said.\n\n' +
      'Sen. Ivy Lomax, D-Mass., was not satisfied. "What does that mean to you?" she said.\n\n' +
      'After the hearing, Lomax told reporters that Price had "dodged every question."\n\n' +
      'Residents packed a public hearing on the tower on Wednesday. Ana Bell was among them. "It blocks the sun," Bell said.',
  );
  assert.deepEqual(said, [
    ["I am relieved,", "interview"],
    ["I take full responsibility,", "testimony"],
    ["What does that mean to you?", "speech"],
    ['Price had "dodged every question."', "interview"],
    ["It blocks the sun,", "speech"],
  ]);
});

test("a judge or a lawmaker at a hearing speaks from the bench or the panel; one who testified testifies", () => {
  const said = channels(
    "Judge Ray Kim said at a hearing on Monday that the case would go to trial.\n\n" +
      "Sen. Ivy Lomax told the committee that the bill was dead.\n\n" +
      "Board chair Ann Ott told the committee that the bank had erred.\n\n" +
      "Sen. Bo Tarr testified before the House Ethics Committee that he had done nothing wrong.",
  );
  assert.deepEqual(said, [
    ["the case would go to trial", "speech"],
    ["the bill was dead", "speech"],
    ["the bank had erred", "testimony"],
    ["he had done nothing wrong", "testimony"],
  ]);
});

test("someone who stood beside a speaker at a news conference speaks there", () => {
  const said = channels(
    "Mayor Lena Cruz announced the closure of three libraries at a news conference on Monday.\n\n" +
      '"This is not a decision I wanted to make," Cruz said.\n\n' +
      'Police Chief Omar Hale, who stood beside her, said crime near the branches had fallen. "The numbers are good," Hale said.\n\n' +
      "Residents were divided.\n\n".repeat(3) +
      "Tom Reyes, who has lived beside the library for decades, said it was a loss.",
  );
  assert.deepEqual(said, [
    ["This is not a decision I wanted to make,", "speech"],
    ["crime near the branches had fallen", "speech"],
    ["The numbers are good,", "speech"],
    // far from the event, a neighbour speaks to the reporter
    ["it was a loss", "interview"],
  ]);
});

test("a speaker's first words just before their bare `wrote` are in the medium that `wrote` is in, when known", () => {
  const said = channels(
    "The reply, signed by Attorney General Paul Drew, arrived on Monday.\n\n" +
      "Drew said the agency would keep making arrests.\n\n" +
      '"We will not be told where we may enforce the law," Drew wrote.\n\n' +
      'Columnist Amy Holt said the policy was cruel. "It is cruel," Holt wrote.',
  );
  assert.deepEqual(said, [
    ["the agency would keep making arrests", "letter"],
    ["We will not be told where we may enforce the law,", "letter"],
    // a columnist's `wrote` names no medium: the statements stage's guess is no lead's
    ["the policy was cruel", "interview"],
    ["It is cruel,", "letter"],
  ]);
});

test("a luncheon or a gala is a spoken event the speaker is placed at", () => {
  const said = channels(
    "Mayor Ben Tod, speaking at the Rotary Club luncheon, said the port would expand.\n\n" +
      "At a charity gala on Tuesday, Nia Cole said she would cut fares.",
  );
  assert.deepEqual(said, [
    ["the port would expand", "speech"],
    ["she would cut fares", "speech"],
  ]);
});

test("those the text names just after a hearing that a committee held are its witnesses", () => {
  const said = channels(
    "A House subcommittee heard from three witnesses at a hearing on Tuesday on e-bike batteries.\n\n" +
      'Dr. Nell Ruiz, a fire investigator from Phoenix, said battery fires had tripled. "We see one a week now," Ruiz said.\n\n' +
      "Tom Beck, who runs a repair shop in Queens, said most fires started in cheap chargers.\n\n" +
      'Rep. Lou Tate, D-Ore., asked whether a ban would help. "Should we just ban them?" she said.',
  );
  assert.deepEqual(said, [
    ["battery fires had tripled", "testimony"],
    ["We see one a week now,", "testimony"],
    ["most fires started in cheap chargers", "testimony"],
    ["Should we just ban them?", "speech"],
  ]);
});

test("`In her reply, X said` and `In it, she argued` (after `sent a letter`) are in that written medium", () => {
  const said = channels(
    "Chief Justice Rosa Lind sent a letter to the attorney general on March 3. In it, she argued that arrests at courthouses were harmful.\n\n" +
      "In her reply, Attorney General Paul Drew said the arrests would continue.\n\n" +
      "In reply to questions, Mayor Al Dunn said the city was safe.\n\n" +
      "Dr. Lena Fischer, who was not involved in the study, said the findings were worrying.",
  );
  assert.deepEqual(said, [
    ["arrests at courthouses were harmful", "letter"],
    ["the arrests would continue", "letter"],
    ["the city was safe", "interview"],
    ["the findings were worrying", "interview"],
  ]);
});

test("a legislature's sitting, however named, holds for the minister's later words and a deputy's", () => {
  const said = channels(
    "Water Minister Nadia Ouali told the lower house on Monday that reservoirs were low.\n\n" +
      '"We are asking families to share," Ouali said.\n\n' +
      "Opposition deputies interrupted her several times. Youssef Benali, a deputy from the Green Bloc, accused the government of ignoring its own agency.\n\n" +
      '"The minister discovers the drought every summer," he said.\n\n' +
      "In parliament, the emergencies minister, Asel Nur, promised a commission.\n\n" +
      '"People will answer for it," Nur said.',
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["speech", "speech", "speech", "speech", "speech"],
  );
});

test("a chamber named in passing places no one there (`seats in parliament`)", () => {
  const said = channels(
    "The party won 40 seats in parliament last year.\n\n" +
      'Its leader, Ana Diaz, sat in her office. "We will govern," Diaz said.',
  );
  assert.deepEqual(said.at(-1)?.[1], "interview");
});

test("a court document, however named, is the medium of its writer's `wrote` and of its own `says`", () => {
  const said = channels(
    'In a 47-page judgment released on Wednesday, Employment Judge Aroha Rangi found that the firm controlled "every part of the working day."\n\n' +
      '"A person who cannot choose their customers is not in business on their own account," the judge wrote.\n\n' +
      "In a written answer to the county's lawsuit, the company's chief executive, Yevgenia Tark, says the county \"confused two plants.\"\n\n" +
      '"No drums were moved. Not one," the answer says.\n\n' +
      'Asked about it in answer to a question, the mayor, Ben Tod, said "we will see."',
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["document", "document", "document", "document", "interview"],
  );
});

test("a senator heard while a witness testifies puts questions at the hearing, past a document's paragraphs", () => {
  const said = channels(
    'Administrator Liesel Berg testified before the Senate Environment Committee. "I am not here to make excuses," she told the committee.\n\n' +
      "The memo, written in March by an agency engineer, warned that 140 systems were at risk.\n\n" +
      "The engineer, who has since left the agency, gave the memo to the committee in September.\n\n" +
      'Sen. Kwame Boateng, the committee\'s chairman, pressed the administrator. "I want a name," Boateng said.',
  );
  assert.deepEqual(said.at(-1), ["I want a name,", "speech"]);
});

test('`X wrote to <someone> asking for "…"` is a letter, though the statements stage read no medium', () => {
  const said = channels(
    'Agriculture Minister Kaito Hira wrote to the Feed Safety Authority this month asking for "a pause of eighteen months" and for the evidence.',
  );
  assert.equal(said[0]?.[1], "letter");
});

test("a prosecutor who told the court at a hearing argued there: a speech, not testimony", () => {
  const said = channels(
    'Crown prosecutor Leona MacLeod-Osei had argued that releasing him would "shake public confidence in the courts."\n\n' +
      '"The victims\' families have waited long enough," MacLeod-Osei told the court at a hearing last month.',
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["speech", "speech"],
  );
});

test("joint writers' plain words right after what they wrote are from it", () => {
  const said = channels(
    'In a six-page answer filed with the court, the company\'s general counsel, Pier Sant, and its chief executive, Yev Tark, wrote that the county had "confused two plants."\n\n' +
      'The two executives called the suit "theatre staged for an election year."',
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["document", "document"],
  );
});

test("an event placed right after a partial quote's closing mark is where the words were said", () => {
  const said = channels(
    'The governor, Maria Okafor, called the new bridge "a promise kept" at a ribbon-cutting ceremony on Friday.\n\n' +
      '"We waited ten years for this," she said.',
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["speech", "speech"],
  );
});

test('an event inside the reported words, not right after the quote, sets no scene (`"…" that was shown at a ceremony`)', () => {
  const said = channels(
    'The governor, Maria Okafor, called the plan "a disgrace" that was first shown at a ceremony in 2019.\n\n' +
      '"We waited ten years for this," she said.',
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["interview", "interview"],
  );
});

test("who accepts a prize or an award speaks at its ceremony, with or without naming it again", () => {
  const said = channels(
    "The novelist Idris Kemal-Varga accepted the Orrin Medal on Thursday with his daughter beside him. " +
      '"I wrote this book in a kitchen," he said.\n\n' +
      "The poetry award went to the Chilean writer Marisol Bañados-Ruiz. Bañados-Ruiz, who accepted in tears, said the prize was her mother's. " +
      '"She taught me to read," she said.\n\n' +
      'Hendrik Vossberg, who accepted the offer of a second term at the academy, said the money "will run out by June."',
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["speech", "speech", "speech", "interview"],
  );
});

test("a speaker the text takes past the event (`told reporters after the ceremony`) no longer speaks there", () => {
  const filler = "The festival closed with a concert on the beach.\n\n".repeat(5);
  const said = channels(
    'Mayor Elsa Thornqvist-Berg spoke at the opening ceremony on Friday. "This square is yours," she said.\n\n' +
      "She stayed on to talk to reporters after the ceremony.\n\n" +
      filler +
      'Asked whether the city would build another, she smiled. "Not this year," she said.',
  );
  assert.deepEqual(said.at(-1), ["Not this year,", "interview"]);
});

test("what a speaker read out is the statement their next words in the paragraph come from", () => {
  const said = channels(
    'The driver\'s father, Tomasz Wieczorek-Hale, read a short statement outside the courthouse. "My daughter did nothing wrong," he said. "We want the footage."\n\n' +
      'Ines Marlow-Keane, a neighbour, said she had read the police statement. "It is full of holes," she said.',
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["statement", "statement", "interview", "interview"],
  );
});

test("what an official found, with no medium named, is from their written findings", () => {
  const said = channels(
    'The ombudsman, Petra Hallgrimsdottir, found that the agency had ignored "every warning it was given." ' +
      'Hallgrimsdottir said on Monday that she was "not surprised."\n\n' +
      // an opinion (`found X charming`) and a passive are no findings
      'Her deputy, Arne Solheim-Baptiste, found the minister "charming but evasive." ' +
      'A second file was later found that showed "the same pattern," Solheim-Baptiste said.',
  );
  assert.deepEqual(said.slice(0, 3), [
    ['the agency had ignored "every warning it was given."', "report"],
    ['she was "not surprised."', "interview"],
    ['the minister "charming but evasive."', "interview"],
  ]);
  assert.ok(said.slice(3).every(([, channel]) => channel === "interview"));
});

test("`It added` goes on in the medium of the words before it, whatever document `it` was taken for", () => {
  const said = channels(
    "The ministry answered on Friday. Its reply, signed by the permanent secretary, Oskar Lindblom-Achebe, said the inquiry would report in June.\n\n" +
      'According to the reply, the audit of the scheme would be finished before the study closed. It added that the ministry "values the committee\'s work."',
  );
  assert.deepEqual(said.at(-1), ['the ministry "values the committee\'s work."', "letter"]);
});

test("a note is a letter by the convention, and an analyst's note to clients a report", () => {
  const said = channels(
    'The two organisers, Maren Solvik and Teodor Vanhala-Reyes, wrote in a covering note that the agency had been "slow for years." ' +
      '"We did not want to write this," the organisers wrote.\n\n' +
      'Ilse Brankovic-Dunn, an analyst at Holmfirth Securities, wrote in a note to clients that the plan was "too optimistic."',
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["letter", "letter", "report"],
  );
});

test("an event holds the one the text puts there, not others heard later, nor their `said later`", () => {
  // (the stop of `a.m.` cuts the sentence: its `and announced` clause keeps the chief's subject)
  const said = channels(
    "Fire Chief Mireille Okonjo-Varga closed the east bridge at 5 a.m. and announced it at a news conference an hour later. " +
      '"Nobody crosses until the engineers have been," she said.\n\n' +
      'The chief said later that crews would "work through the night."\n\n' +
      'A hydrologist at the regional water office, Tavita Lindqvist-Moe, said the river was still rising. "It has another metre in it," Lindqvist-Moe said.\n\n' +
      'Arvid Sunde-Paulsen, 64, who runs the bakery by the bridge, said he had sandbagged the door. "I have seen it worse," he said.',
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["speech", "interview", "interview", "interview", "interview", "interview"],
  );
});

test("words told to those gathered at an occasion (`told about 300 guests`) are a speech there", () => {
  const said = channels(
    'The founder, Ingrid Halvorsen-Okafor, opened the new wing on Saturday. "This room belongs to the town," she told about 300 guests in the foyer. ' +
      '"We only keep the keys," Halvorsen-Okafor told onlookers outside.',
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["speech", "speech"],
  );
});

test("a judge `Writing for the majority` (or for the court) writes the judgment: a document", () => {
  const said = channels(
    'Writing for a unanimous court, Justice Odile Brannstrom-Achebe said the tax was "lawful in every part."\n\n' +
      'Writing for herself, the columnist Marit Eze-Lindholm said the ruling was "overdue."',
  );
  assert.deepEqual(
    said.map(([, channel]) => channel),
    ["document", "interview"],
  );
});
