// Words that place a speaker at a spoken event — a briefing, a rally, a council meeting — shared
// by the statements stage (`told the crowd` → speech) and the actors stage, which carries the
// event to the speaker's later `said` (see 4-actors/08-channel), so there is one list to extend.

/** Nouns naming a spoken event, or the place a speaker stands at one (`from the podium`). */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  "all-hands",
  "briefing",
  "briefings",
  "ceremony",
  "commencement",
  "conference",
  "debate",
  "eulogy",
  "homily",
  "keynote",
  "lectern",
  "meeting",
  "microphone",
  "monologue",
  "podium",
  "presentation",
  "rally",
  "remarks",
  "sermon",
  "speech",
  "speeches",
  "town-hall",
  "vigil",
]);

/** Two words that name a spoken event together, neither alone: `public comment`, `town hall`. */
export const EVENT_PAIRS: ReadonlySet<string> = new Set([
  "public comment",
  "town hall",
  "all hands",
]);

/** Hearers gathered at an event: who `told the crowd` or `addressed lawmakers` spoke at it. */
export const AUDIENCE_NOUNS: ReadonlySet<string> = new Set([
  "assembly",
  "attendees",
  "audience",
  "congregation",
  "convention",
  "crowd",
  "delegates",
  "graduates",
  "lawmakers",
  "legislators",
  "mourners",
  "parliament",
  "supporters",
  "worshippers",
  "council",
  "board",
]);
