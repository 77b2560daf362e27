// A headline at the top of a plain text: the first kept paragraph when it is one short line that
// reads as a headline — no closing punctuation, or headline capitals (`Trump Says He Won't Go`) —
// with the story after it. It stays in the text (it is the outlet's words) and becomes meta.title.

const SMALL_WORDS = new Set(
  "a an and as at but by for from in into of on or over the to up via vs with".split(" "),
);

/** True when `text` (the first kept paragraph, normalised) reads as a headline. */
export function isHeadline(text: string, following: number): boolean {
  if (following < 2 || text.includes("\n")) return false;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 25) return false;
  if (/[:;,]$/.test(text)) return false;
  if (!/[.!?"')]$/.test(text)) return true;
  // Headline capitals: most words that are not small words start with a capital.
  const content = words
    .slice(1)
    .filter((w) => /^[\p{L}'"]/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  if (content.length < 2) return false;
  const capitalised = content.filter((w) => /^['"]?\p{Lu}/u.test(w)).length;
  return capitalised / content.length >= 0.75;
}
