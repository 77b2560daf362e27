// Word-level helpers shared by the compare stages: tokens with offsets, normalised and stemmed
// forms, a small synonym lexicon, stop words and a sentence splitter. Everything is one linear
// scan so comparing long articles stays cheap.

export interface Token {
  /** Lower-cased, typographic apostrophes folded, so quotation marks and case never matter. */
  norm: string;
  start: number;
  end: number;
}

// Letters/digits, with inner apostrophes and hyphens kept (`ICE’s`, `Cantil-Sakauye`).
const WORD = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu;

export function tokens(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = offset + (m.index ?? 0);
    out.push({ norm: normWord(m[0]), start, end: start + m[0].length });
  }
  return out;
}

export function normWord(word: string): string {
  return word.toLowerCase().replace(/[’‐]/g, (c) => (c === "’" ? "'" : "-"));
}

/** Plain lower-case words of a text. */
export function words(text: string): string[] {
  return tokens(text).map((t) => t.norm);
}

export const STOP = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being " +
    "below between both but by can could did do does doing down during each either few for from further " +
    "had has have having he her here hers herself him himself his how i if in into is it its itself just " +
    "me more most my myself no nor not now of off on once only or other our ours ourselves out over own " +
    "same she should so some such than that the their theirs them themselves then there these they this " +
    "those through to too under until up very was we were what when where which while who whom why will " +
    "with would you your yours yourself yourselves it's they're we're i'm who's what's that's there's " +
    "isn't aren't wasn't weren't don't doesn't didn't won't can't may might must shall one two said says say " +
    "wrote write writes told tell according mr mrs ms dr " +
    // Adverbs of degree and time say how, not what: they should not make two passages look alike.
    "particularly especially generally typically usually really certainly clearly simply recently " +
    "currently previously explicitly specifically substantially largely mostly nearly almost still " +
    "even already just however meanwhile"
  ).split(" "),
);

// Same-meaning words a reporter swaps when paraphrasing. General English, kept small on purpose:
// each line is one meaning, the first word its canonical form.
const SYNONYM_LINES = [
  "need necessary required require requires requirement needed must obliged essential",
  "officer agent official officials agents officers",
  "arrest detain apprehend detention apprehension",
  "safety safe security secure danger risk",
  "courthouse court courtroom",
  "screen search check inspect",
  "weapon gun firearm contraband",
  "lawsuit sue sued suing suit",
  "immigrant migrant alien",
  "undocumented illegal unauthorized",
  "criticize criticise criticized criticised criticism fault condemn condemned blast blasted",
  "concern concerned worry worried trouble troubling troubled",
  "prohibit ban bar forbid block hinder prevent",
  "public open",
  "make made making",
  "say said state stated tell told claim claimed assert asserted",
  "letter missive message",
  "place location site",
  "big large major",
  "rise increase grow climb",
  "fall decrease drop decline",
  "buy purchase acquire",
  "help aid assist",
  "begin start launch",
  "end stop halt",
  "show reveal",
  "kill slay",
  "die dead death",
  "child kid",
];

const SYNONYMS = new Map<string, string>();
for (const line of SYNONYM_LINES) {
  const [head, ...rest] = line.split(" ");
  if (!head) continue;
  const canon = stem(head);
  for (const w of [head, ...rest]) SYNONYMS.set(stem(w), canon);
}

/** A light suffix stripper: plural, -ing, -ed, -ly; enough to meet `arrests`/`arresting`/`arrested`. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/'s$/, "");
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  // A short verb in -ie takes only a d (`died`, `tied`, `lied`): too short for the -ed rule.
  else if (w.length === 4 && w.endsWith("ied")) w = w.slice(0, -1);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith("ly")) w = w.slice(0, -2);
  // Double consonants and a final e fall away so `stopp`/`stop` and `mak`/`make` meet.
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

/** The meaning key of a word: its stem, folded onto a synonym group where it has one. */
export function concept(word: string): string {
  const s = stem(word);
  return SYNONYMS.get(s) ?? s;
}

/** Content words (no stop words, no bare numbers of one digit) as concepts, in order. */
export function contentConcepts(text: string): string[] {
  const out: string[] = [];
  for (const t of tokens(text)) {
    if (STOP.has(t.norm) || t.norm.length < 2) continue;
    out.push(concept(t.norm));
  }
  return out;
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREV = new Set(
  (
    "mr mrs ms dr prof gen sen rep gov lt col capt sgt st jr sr inc ltd co corp vs etc no jan feb " +
    "mar apr jun jul aug sep sept oct nov dec mt ft u.s u.k u.n d.c"
  ).split(" "),
);

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/**
 * Sentences of a text, as spans. A full stop, question or exclamation mark ends one when white
 * space and then a capital, a quotation mark or a digit follow, unless it closes an abbreviation or
 * a single initial (`John F. Kelly`); blank lines always end one. One pass over the text.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = skipSpace(text, 0);
  const push = (end: number) => {
    let e = end;
    while (e > start && /\s/.test(text[e - 1] as string)) e--;
    if (e > start) out.push({ start, end: e, text: text.slice(start, e) });
  };
  for (let i = start; i < text.length; i++) {
    const c = text[i] as string;
    if (c === "\n" && /\n[ \t\u00a0]*\n/y.test(text.slice(i, i + 8))) {
      push(i);
      start = skipSpace(text, i);
      i = start - 1;
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?") continue;
    let j = i + 1;
    while (j < text.length && /["”’')\]]/.test(text[j] as string)) j++;
    if (j < text.length && !/\s/.test(text[j] as string)) continue;
    const k = skipSpace(text, j);
    if (k < text.length && !/[\p{Lu}\p{N}"“‘']/u.test(text[k] as string)) continue;
    if (c === ".") {
      let w = i;
      while (w > start && /[\p{L}.]/u.test(text[w - 1] as string)) w--;
      const before = text.slice(w, i).toLowerCase();
      if (ABBREV.has(before) || /^\p{L}$/u.test(before)) continue;
    }
    push(j);
    start = k;
    i = k - 1;
  }
  push(text.length);
  return out;
}

function skipSpace(text: string, i: number): number {
  let k = i;
  while (k < text.length && /\s/.test(text[k] as string)) k++;
  return k;
}

/** Lower-case slug for ids: `John F. Kelly` → `john-f-kelly`. */
export function slug(text: string): string {
  return (
    words(text)
      .join("-")
      .replace(/[^a-z0-9-]/g, "")
      .slice(0, 40) || "x"
  );
}
