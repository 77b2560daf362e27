// Word lists of the compare stage, kept as data: the words that place a yearless date before or
// after publication (the timeline).

/**
 * Words that put a clause's date ahead of publication: modals, plans, schedules. Not `would`: it
 * is as often the future of a past report (`said in March he would resign`) as a plan.
 */
export const FUTURE_CUES: ReadonlySet<string> = new Set([
  "will",
  "won't",
  "shall",
  "next",
  "upcoming",
  "scheduled",
  "expected",
  "expects",
  "plans",
  "plan",
  "planning",
  "hopes",
  "hope",
  "intends",
  "due",
  "deadline",
]);

/** Words that put a clause's date before publication. */
export const PAST_CUES: ReadonlySet<string> = new Set([
  "had",
  "was",
  "were",
  "did",
  "since",
  "ago",
  "last",
  "earlier",
  "previously",
  "already",
  "formerly",
]);

/** A word right before a date that makes it a deadline (`by Dec. 1`): ahead, unless the clause says past. */
export const DEADLINE_WORDS: ReadonlySet<string> = new Set(["by"]);
