// Same-length normalisation for matching rules against text as people type it (curly quotes,
// no-break spaces, en/em dashes): every character maps to exactly one character, so an offset
// found in the normalised string is valid in the original.

const MAP = new Map<string, string>();
for (const c of "\u2018\u2019\u201a\u201b\u2032\u0060\u00b4") MAP.set(c, "'");
for (const c of "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb") MAP.set(c, '"');
// No-break, thin, ideographic and zero-width spaces, and the BOM read as a character.
for (const c of "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff")
  MAP.set(c, " ");
for (const c of "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d") MAP.set(c, "-");

// One slot per UTF-16 code unit: the replacement's code, or 0 to keep it.
const TABLE = new Uint16Array(0x10000);
for (const [from, to] of MAP) TABLE[from.charCodeAt(0)] = to.charCodeAt(0);
// Every mapped character is a backtick or from U+00A0 up. The regex engine finds the characters of
// that plain range natively (a class listing the forty mapped characters scans several times
// slower), and English text has few of them, so JavaScript reads only those.
const MAY_CHANGE = /[`\u00a0-\uffff]/g;
// Text in another script is made of such characters, and reading each costs less than a search
// for each: after this many that stay as they are, the rest is read character by character.
const MAX_KEPT = 16;

/** Each UTF-16 code unit mapped to its plain ASCII look-alike; the length never changes. */
export function normalize(text: string): string {
  let out = "";
  let last = 0;
  let kept = 0;
  MAY_CHANGE.lastIndex = 0;
  for (let m = MAY_CHANGE.exec(text); m !== null; m = MAY_CHANGE.exec(text)) {
    const to = TABLE[text.charCodeAt(m.index)] as number;
    if (to === 0) {
      if (++kept > MAX_KEPT) return mapFrom(text, m.index, out, last);
      continue;
    }
    out += text.slice(last, m.index) + String.fromCharCode(to);
    last = m.index + 1;
  }
  // Plain text comes back as it is.
  return last === 0 ? text : out + text.slice(last);
}

/** Maps every character from `from` on, `out` holding the text mapped up to `last`. */
function mapFrom(text: string, from: number, out: string, last: number): string {
  let mapped = out;
  let start = last;
  for (let i = from; i < text.length; i++) {
    const to = TABLE[text.charCodeAt(i)] as number;
    if (to === 0) continue;
    mapped += text.slice(start, i) + String.fromCharCode(to);
    start = i + 1;
  }
  return mapped + text.slice(start);
}

/** Collapses runs of white space to one space and trims: for comparing, not for offsets. */
export function squash(text: string): string {
  return normalize(text).replace(/\s+/g, " ").trim();
}

/** Exactly the code units JavaScript's `\s` matches. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
