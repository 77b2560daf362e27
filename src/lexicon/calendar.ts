// English calendar words, shared by every stage that reads dates or time phrases (reporting cues,
// organisation names, the timeline), so there is one list to extend.

export const WEEKDAYS: readonly string[] = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
];

/** In calendar order: `MONTHS[0]` is January. */
export const MONTHS: readonly string[] = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** Weekdays and months together: capitalised words that name a day, never a person or a body. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);
