// Nouns for things that "say" on behalf of their authors (`the letter said`, `the statement
// said`, `ICE enforcement policy prohibits`), and the channel each one implies.

import type { Channel } from "../../types.ts";

// A Map: the words looked up are made from the text, which an object's keys would first have
// to intern, and a Map has no inherited keys (`constructor`, `toString`).
export const DOCUMENT_NOUNS = new Map<string, Channel>([
  ["letter", "letter"],
  ["letters", "letter"],
  ["missive", "letter"],
  ["memo", "letter"],
  ["memorandum", "letter"],
  ["email", "letter"],
  ["e-mail", "letter"],
  ["note", "letter"],
  // a reply to a letter, audit or demand is written to its reader: `In a two-page response, the
  // secretary wrote`, `The reply accused the city`
  ["response", "letter"],
  ["reply", "letter"],
  ["rebuttal", "letter"],
  // a defendant's answer to a lawsuit is a filing: `In a six-page answer filed with the court`
  ["answer", "document"],
  ["statement", "statement"],
  ["communique", "statement"],
  ["communiqué", "statement"],
  ["release", "statement"],
  ["announcement", "statement"],
  // what an agency issues at intervals: `The centre said in a bulletin that`
  ["bulletin", "statement"],
  ["report", "report"],
  ["study", "report"],
  ["findings", "report"],
  ["survey", "report"],
  ["analysis", "report"],
  ["audit", "report"],
  ["review", "report"],
  ["filing", "document"],
  ["notice", "document"],
  ["complaint", "document"],
  ["lawsuit", "document"],
  ["suit", "document"],
  ["motion", "document"],
  ["brief", "document"],
  ["ruling", "document"],
  ["judgment", "document"],
  ["judgement", "document"],
  ["opinion", "document"],
  ["decision", "document"],
  ["order", "document"],
  ["resolution", "document"],
  ["petition", "document"],
  ["decree", "document"],
  ["policy", "document"],
  ["guidance", "document"],
  ["guidelines", "document"],
  ["rule", "document"],
  ["regulation", "document"],
  ["law", "document"],
  ["bill", "document"],
  ["document", "document"],
  ["documents", "document"],
  ["directive", "document"],
  ["proposal", "document"],
  ["plan", "document"],
  ["post", "post"],
  ["tweet", "post"],
  ["blog", "post"],
  ["testimony", "testimony"],
  ["speech", "speech"],
  ["remarks", "speech"],
  ["interview", "interview"],
]);

// Participles of issuing a document (`A report released this month by …`): their agent is its
// maker, and also its writer, who speaks in it
const ISSUING_PARTICIPLES = ["released", "published", "issued", "prepared", "compiled", "produced"];

/**
 * Verbs of writing a document whose past tense is their participle (`Adler drafted the memo`,
 * `The memo, drafted by Adler`), for both lists that need them.
 */
const WRITING_PAST_AND_PARTICIPLE = [
  "drafted",
  "authored",
  "penned",
  "co-signed",
  "cosigned",
  "co-authored",
];

/**
 * Participles that lead from a document to the one who wrote or issued it, and so speaks in it
 * (`The memo, sent on Sunday by …`, `A report released this month by …`): not `commissioned`,
 * whose agent only paid for it.
 */
export const WRITER_PARTICIPLES = [
  ...["sent", "written", "signed", ...ISSUING_PARTICIPLES, "filed"],
  ...WRITING_PAST_AND_PARTICIPLE,
  "co-written",
  // who brings a suit wrote it: `The lawsuit, brought by the Harbor Tenants Union`
  "brought",
];

/** Participles that lead from a document to its maker (`A report released this month by …`,
 * `commissioned by …`), as a pattern's alternation. */
export const MAKER_PARTICIPLES = [...ISSUING_PARTICIPLES, "commissioned"].join("|");

/**
 * The kind of document each noun names, for the nouns a writer is looked for: the nouns of one
 * kind are one class of synonyms, so that `the response` after `a six-page answer`, `the ruling`
 * after `a 47-page judgment` and `the suit` after `The complaint` name the same document. A
 * letter, statement, report or testimony is its channel's kind (see DOCUMENT_NOUNS).
 */
export const DOCUMENT_KINDS = new Map([
  // a court's or a board's written decision, order or judgment: `In a 31-page written order,
  // Judge X gave …`, `In a 47-page judgment …. The ruling said`
  ...["ruling", "opinion", "decision", "order", "judgment", "judgement"].map(kind("ruling")),
  ...["lawsuit", "suit", "complaint"].map(kind("lawsuit")),
  ["post", "post"],
  ...["memo", "memorandum"].map(kind("memo")),
  ["notice", "notice"],
  ["filing", "filing"],
  ...["email", "e-mail"].map(kind("email")),
  // a reply is its own kind: `the response` is not the letter it answers; a defendant's answer
  // is a reply to a suit (`In a written answer …. The response said`)
  ...["response", "reply", "rebuttal", "answer"].map(kind("reply")),
  // what a body votes for: `The Faculty Senate passed a resolution`
  ["resolution", "resolution"],
  // what a party files in a case: `Attorney General X filed a brief`, `The motion says`
  ...["motion", "brief"].map(kind("motion")),
  ["petition", "petition"],
]);

function kind(name: string): (noun: string) => [string, string] {
  return (noun) => [noun, name];
}

/**
 * Nouns that name one document in a story (`the complaint` or `the suit` after `a lawsuit`): the
 * nouns of one kind of DOCUMENT_KINDS. Each noun → its set, looked up first to last.
 */
export const SAME_DOCUMENT = new Map<string, string[]>();
for (const [noun, name] of DOCUMENT_KINDS) {
  const set = [...DOCUMENT_KINDS].filter(([, other]) => other === name).map(([n]) => n);
  if (set.length > 1) SAME_DOCUMENT.set(noun, set);
}

/**
 * Verbs whose object is a document its subject wrote (`X sent a letter`; past and present
 * participle: `Mayor X escalated her fight, publishing an open letter that`); not lexicon/media's
 * WRITING_VERBS, which say only that words were written (`she wrote`).
 */
export const DOCUMENT_VERBS = new Set([
  ...["sent", "wrote", "signed", "issued", "filed", "submitted", "published", "released"],
  ...WRITING_PAST_AND_PARTICIPLE,
  "co-wrote",
  // a body's vote makes a resolution its own: `The Faculty Senate passed a resolution`
  ...["passed", "adopted", "approved"],
  ...[
    "sending",
    "writing",
    "signing",
    "issuing",
    "filing",
    "submitting",
    "publishing",
    "releasing",
  ],
]);

/**
 * Acts that make a document, by the kinds of document each makes (the kinds of 05-documents'
 * DOCUMENT_KINDS): `The city of Harlow Falls filed suit …. The 42-page complaint says`,
 * `The county's permit office denied the permit …, according to a copy of the decision`, `X
 * replied the same day. According to the response`. The subject of the nearest such act before a
 * document named with no writer issued it. `*`, for the verbs of DOCUMENT_VERBS, stands for every
 * kind a writer sends or issues (not a reply, which answers another's, a court's ruling, nor a
 * lawsuit).
 */
const ISSUING = ["*"];
const RULING = ["ruling"];
const SUING = ["lawsuit"];
const ANSWERING = ["reply"];
const acts = (verbs: string[], kinds: readonly string[]): [string, readonly string[]][] =>
  verbs.map((verb) => [verb, kinds]);
export const MAKING_ACTS = new Map<string, readonly string[]>([
  ...acts([...DOCUMENT_VERBS], ISSUING),
  // (a later entry replaces an earlier one)
  ...acts(["filed"], [...ISSUING, ...SUING]),
  ...acts(["approved"], [...ISSUING, ...RULING]),
  ...acts(["sued", "sues", "suing", "filed suit", "brought suit"], SUING),
  ...acts(["replied", "answered", "responded", "accepted", "wrote back"], ANSWERING),
  ...acts(["ruled", "denied", "rejected", "granted", "upheld", "dismissed", "overturned"], RULING),
]);

/**
 * Documents named for what their maker does, and the agent noun of that maker (`A state audit
 * released Tuesday says …. State Auditor X found`: an audit is its auditor's).
 */
export const DOCUMENT_AGENTS = new Map([
  ["audit", "auditor"],
  ["review", "reviewer"],
]);

/**
 * Nouns for any document, which after `the` refer to the one named last whatever its kind (`The
 * response, from X, called …. The document added that`).
 */
export const DOCUMENT_HYPERNYMS = new Set(["document"]);
