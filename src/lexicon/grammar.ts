// Closed classes of English function words that more than one stage reads, so there is one list
// of each.

/**
 * Forms of `be`: before a participle they make it passive (`is said`, `was called`); after a
 * subject, what follows says what it is or undergoes, not what it does.
 */
export const BE_FORMS: ReadonlySet<string> = new Set([
  "is",
  "was",
  "are",
  "were",
  "be",
  "been",
  "being",
]);
