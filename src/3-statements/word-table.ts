// Lexicon look-ups by a token's characters: the words are hashed over their lower-case characters,
// so testing a token makes no string. Most tokens tested are not in the lexicon, and making each
// one's lower case only to miss in a Map cost more than the rest of the test.

import { lowerAscii, type Token } from "./text.ts";

/** A table of lower-case words (its keys must be lower case). */
export class WordTable<V> {
  private readonly mask: number;
  private readonly keys: (string | undefined)[];
  private readonly values: (V | undefined)[];

  constructor(private readonly map: ReadonlyMap<string, V>) {
    let size = 16;
    while (size < map.size * 4) size *= 2;
    this.mask = size - 1;
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.values = new Array<V | undefined>(size).fill(undefined);
    for (const [key, value] of map) {
      let at = hashOf(key, 0, key.length) & this.mask;
      while (this.keys[at] !== undefined) at = (at + 1) & this.mask;
      this.keys[at] = key;
      this.values[at] = value;
    }
  }

  /** The value of the token's lower case, as `map.get(token.lower)` would give. */
  get(t: Token): V | undefined {
    // Outside ASCII, lower-casing may change the length: the plain way.
    return t.ascii ? this.getAscii(t.text, t.start, t.end) : this.map.get(t.lower);
  }

  /** The value of the lower case of `text[start, end)`, which must be ASCII. */
  getAscii(text: string, start: number, end: number): V | undefined {
    for (let at = hashOf(text, start, end) & this.mask; ; at = (at + 1) & this.mask) {
      const key = this.keys[at];
      if (key === undefined) return undefined;
      if (sameLower(key, text, start, end)) return this.values[at];
    }
  }
}

/** A hash of the lower case of `text[start, end)` (the keys are lower-case already). */
function hashOf(text: string, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) h = Math.imul(h ^ lowerAscii(text.charCodeAt(i)), 0x01000193);
  return h ^ (h >>> 15);
}

function sameLower(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++)
    if (key.charCodeAt(i) !== lowerAscii(text.charCodeAt(start + i))) return false;
  return true;
}
