// A headline at the top of a plain text: the first kept paragraph when it is one short line that
// reads as a headline — no closing punctuation, or headline capitals (`Trump Says He Won't Go`) —
// with the story after it. A closing quote or bracket is a stop only when what it closes ends on
// one: `chair says money "is not there"` is a headline, `He said: "We won."` a sentence. It stays
// in the text (it is the outlet's words) and becomes meta.title.

const SMALL_WORDS = new Set(
  "a an and as at but by for from in into of on or over the to up via vs with".split(" "),
);

/** True when `text` (the first kept paragraph, normalised) reads as a headline. */
export function isHeadline(text: string, following: number): boolean {
  if (following < 2 || text.includes("\n")) return false;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 25) return false;
  if (/[:;,]$/.test(text)) return false;
  if (!endsOnStop(text)) return true;
  // Headline capitals: most words that are not small words start with a capital.
  let content = 0;
  let capitalised = 0;
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    if (!opensOnLetterOrQuote(w) || SMALL_WORDS.has(w.toLowerCase())) continue;
    content++;
    if (opensOnCapital(w)) capitalised++;
  }
  if (content < 2) return false;
  return capitalised / content >= 0.75;
}

const CLOSERS = new Set(['"', "'", ")", "\u201d", "\u2019"]);
const STOPS = new Set([".", "!", "?", ","]);

/** True when the text ends on a stop, perhaps inside closing quotes or brackets. */
function endsOnStop(text: string): boolean {
  let i = text.length - 1;
  while (i > 0 && CLOSERS.has(text[i] as string)) i--;
  return STOPS.has(text[i] as string);
}

// The word tests read an ASCII first character by its code, and leave any other to the pattern.
const LETTER_OR_QUOTE = /^[\p{L}'"]/u;
const CAPITAL = /^['"]?\p{Lu}/u;
const QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;

/** As LETTER_OR_QUOTE. */
export function opensOnLetterOrQuote(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 0x80 || Number.isNaN(c)) return LETTER_OR_QUOTE.test(w);
  return isAsciiLetter(c) || c === QUOTE || c === DOUBLE_QUOTE;
}

/** As CAPITAL. */
export function opensOnCapital(w: string): boolean {
  const first = w.charCodeAt(0);
  const c = first === QUOTE || first === DOUBLE_QUOTE ? w.charCodeAt(1) : first;
  if (c >= 0x80 || Number.isNaN(c)) return CAPITAL.test(w);
  return c >= 0x41 && c <= 0x5a;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
