// A substring test for a fixed word that most texts do not contain, made fast for that case.
// V8 looks for a short needle (under seven characters) with a native scan for its first
// character, and for a longer one with a general search several times slower on prose; a scan
// for a rare letter is fastest of all. So the word's short part that opens on its rarest letter is
// sought first, and the whole word only in the texts that have that part.

// Letters from the least to the most frequent in English text.
const BY_FREQUENCY = "zqxjkvbpygfwmucldrhsnioate";
// The part must be short enough for the fast search, and long enough to be rare itself.
const MAX_PART = 6;
const MIN_PART = 4;

/** The part of `word` sought first: up to MAX_PART characters opening on its rarest letter. */
export function rarePart(word: string): string {
  let best = 0;
  let bestRank = Infinity;
  const lastStart = Math.max(0, word.length - MIN_PART);
  for (let i = 0; i <= lastStart; i++) {
    const rank = BY_FREQUENCY.indexOf(word[i] as string);
    // Anything but a letter (a space, a digit) says little about the rarity of the part.
    if (rank >= 0 && rank < bestRank) {
      best = i;
      bestRank = rank;
    }
  }
  return word.slice(best, best + MAX_PART);
}

/** `text.includes(word)`, answered quickly for the texts that do not contain the word. */
export function wordFinder(word: string): (text: string) => boolean {
  const part = rarePart(word);
  if (part === word) return (text) => text.includes(word);
  return (text) => text.includes(part) && text.includes(word);
}
