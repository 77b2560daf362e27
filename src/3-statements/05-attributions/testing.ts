// Test helper for the attribution tests: the speaker the whole stage gives a statement.

import { rows } from "../testing.ts";

/** The speaker of the statement quoting `words` (else of the one whose content holds them). */
export function speakerOf(text: string, words: string): string | undefined {
  const list = rows(text);
  return (list.find((r) => r.quote?.includes(words)) ?? list.find((r) => r.what.includes(words)))
    ?.who;
}
