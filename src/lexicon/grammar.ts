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

/** Modal verbs: a verb follows them (`should reassure`), and they open a predicate. */
export const MODALS: readonly string[] = [
  "will",
  "would",
  "can",
  "could",
  "should",
  "may",
  "might",
  "must",
];

/**
 * Finite auxiliaries: a be-form, a form of `have` or a modal. After a subject they open its
 * predicate (`about 40,000 homes are now…`); inside a quotation they make it a clause, not a term.
 */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  "is",
  "was",
  "are",
  "were",
  "has",
  "had",
  "have",
  ...MODALS,
]);
