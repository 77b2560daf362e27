// Words that place a speaker at a spoken event — a briefing, a rally, a council meeting — shared
// by the statements stage (`told the crowd` → speech) and the actors stage, which carries the
// event to the speaker's later `said` (see 4-actors/08-channel), so there is one list to extend.

/**
 * Nouns naming a spoken event, the place a speaker stands at one (`from the podium`), or the
 * audience's answer to it (`she said, to loud applause`).
 */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  "all-hands",
  "applause",
  "banquet",
  "briefing",
  "briefings",
  "ceremony",
  "cheers",
  "commencement",
  "conference",
  "debate",
  "eulogy",
  "gala",
  "homily",
  "keynote",
  "laughter",
  "lectern",
  "luncheon",
  "microphone",
  "monologue",
  "ovation",
  "podium",
  "presentation",
  "rally",
  "remarks",
  "seminar",
  "sermon",
  "speech",
  "speeches",
  "symposium",
  "town-hall",
  "vigil",
]);

/**
 * Where one stands to address a room, read only right after the cue and `from` (`said from the
 * bench`, `from the pulpit`): alone, `on the bench` is as often a substitute's seat.
 */
export const ADDRESSING_PLACES: ReadonlySet<string> = new Set([
  "bench",
  "dais",
  "floor",
  "lectern",
  "podium",
  "pulpit",
  "rostrum",
  "stage",
]);

/**
 * Verbs of speaking a place in ADDRESSING_PLACES frames when it follows them (`spoke from the
 * pulpit`, `said from the bench`): after another verb it is where the subject saw or did
 * something (`has seen the effect from the bench`), no event.
 */
export const SPEAKING_FROM: ReadonlySet<string> = new Set([
  "addressed",
  "preached",
  "ruled",
  "said",
  "says",
  "speaking",
  "spoke",
  "told",
]);

/**
 * Two words that name a spoken event together, neither alone: `public comment`, `town hall`, and
 * public meetings (a `meeting with` someone is private talks).
 */
export const EVENT_PAIRS: ReadonlySet<string> = new Set([
  "public comment",
  "town hall",
  "all hands",
  "all-hands meeting",
  "annual meeting",
  "board meeting",
  "council meeting",
  "mass meeting",
  "open meeting",
  "public meeting",
  // a council's or a board's hearing of the public is its public comment, not testimony
  "public hearing",
  "public hearings",
  // a parliament's daily questions to the government (`rose in question period`)
  "question period",
  "question time",
  "shareholder meeting",
  "shareholders meeting",
  "town meeting",
]);

/**
 * Nouns naming a gathering that is a spoken event only where the text places someone at it
 * (`at a packed meeting`, `told the meeting`, `the end of the meeting`): `a meeting with` the
 * minister is private talks, and `did not attend the meeting` places no one.
 */
export const GATHERINGS: ReadonlySet<string> = new Set(["meeting", "meetings"]);

/**
 * Nouns naming a sitting where witnesses are heard, a scene only where the text places someone
 * at it (`grilled the bank's chief at a Banking Committee hearing`, `after the hearing`): who is
 * placed there testifies; `after hearing the verdict` is a verb.
 */
export const HEARINGS: ReadonlySet<string> = new Set(["hearing", "hearings"]);

/**
 * Those who speak at an event (`One of the last speakers was a fifth-grader`, `Another speaker,
 * Marisol Tenney, said`); a capitalised `Speaker` chairs a parliament, and is no event.
 */
export const EVENT_ROLES: ReadonlySet<string> = new Set(["speaker", "speakers"]);

/**
 * Nouns that make the event after their `of` a subject of argument, not an occasion: `the heart
 * of the debate`, `the centre of the debate`.
 */
export const TOPIC_HEADS: ReadonlySet<string> = new Set([
  "center",
  "centre",
  "core",
  "crux",
  "heart",
  "terms",
]);

/** Words that place someone at a gathering just after them (`at a packed parents' meeting`). */
export const AT_GATHERING: ReadonlySet<string> = new Set([
  "at",
  "during",
  "in",
  "of",
  "throughout",
]);

/** Where a witness sits to testify: `returned to the witness table`, `took the witness stand`. */
export const TESTIMONY_PAIRS: ReadonlySet<string> = new Set([
  "witness box",
  "witness chair",
  "witness stand",
  "witness table",
]);

/** Words before an event that put the speaker past it: `said after the debate`, `outside the meeting`. */
export const AFTER_EVENT: ReadonlySet<string> = new Set([
  "after",
  "afterwards",
  "following",
  "outside",
]);

/**
 * Words right after a cue that date the words past the event its speaker was at: `said later`,
 * `said afterwards` (not `said after a back-and-forth`, which may be inside it).
 */
export const SAID_LATER: ReadonlySet<string> = new Set(["afterward", "afterwards", "later"]);

/** Words before an event that put it ahead: `will hold a public meeting`, `scheduled`. */
export const PLANNED: ReadonlySet<string> = new Set([
  "expected",
  "next",
  "planned",
  "plans",
  "scheduled",
  "upcoming",
  "will",
]);

/** Nouns an event word may modify, naming a place rather than the event: `a meeting room`. */
export const EVENT_PLACES: ReadonlySet<string> = new Set(["room", "rooms"]);

/** Hearers gathered at an event: who `told the crowd` or `addressed lawmakers` spoke at it. */
export const AUDIENCE_NOUNS: ReadonlySet<string> = new Set([
  "analysts",
  "assembly",
  "attendees",
  "audience",
  "congregation",
  "convention",
  "crowd",
  "delegates",
  "graduates",
  // those gathered at an occasion (`she told about 200 guests in the museum's central hall`)
  "guests",
  "investors",
  "lawmakers",
  "legislators",
  "mourners",
  "onlookers",
  "parliament",
  "shareholders",
  "spectators",
  "supporters",
  "well-wishers",
  "worshippers",
  "council",
  "board",
  // a deliberative body in session (`he told the senate`), as a council or a board is, and its
  // members (`told MPs`)
  "senate",
  "legislature",
  "councillors",
  "councilors",
  "mlas",
  "mpps",
  "mps",
  // a lower house's members in many parliaments (`told deputies`)
  "deputies",
]);

/**
 * Deliberative bodies whose sitting is a spoken event: who `said in the legislature` or `said in
 * parliament` spoke there, in session, as who `told the senate` did.
 */
export const SITTING_BODIES: ReadonlySet<string> = new Set([
  // (not `congress`: who `told Congress` is mostly a witness before it, an attorney general or
  // an admiral)
  "assembly",
  "bundestag",
  "chamber",
  "commons",
  "cortes",
  "duma",
  "house",
  "knesset",
  "legislature",
  "majlis",
  "parliament",
  "riksdag",
  "sejm",
  "senate",
  "storting",
]);

/**
 * The words before `house` that make it a chamber (`the lower house`); a capitalised `House`
 * names one too when the phrase ends with it (`told the House on Monday`), where `House
 * investigators` are its staff. SITTING_BODIES' other words need neither.
 */
export const CHAMBER_SIDES: ReadonlySet<string> = new Set(["lower", "upper"]);

/** Words that end the phrase naming a chamber: `told the House that …`, `in the House on Monday`. */
export const CHAMBER_ENDS: ReadonlySet<string> = new Set([
  "after",
  "before",
  "during",
  "in",
  "last",
  "of",
  "on",
  "that",
  "this",
  "when",
]);

/**
 * Roles (a title's or a role's last word, lower case, no full stop) of a legislature's members:
 * one named while the chamber sits (`Youssef Benkirane-Alaoui, a deputy from the Authenticity
 * Bloc, accused the government …`) speaks in it.
 */
export const LEGISLATOR_ROLES: ReadonlySet<string> = new Set([
  "assemblyman",
  "assemblywoman",
  "congressman",
  "congresswoman",
  "councillor",
  "councilor",
  "deputy",
  "lawmaker",
  "legislator",
  "mla",
  "mp",
  "mpp",
  "rep",
  "representative",
  "sen",
  "senator",
]);

/**
 * Hearers a witness answers: who `told the committee` or `told the jury` testified (before a
 * committee or a court), where `told the crowd` made a speech.
 */
export const TESTIMONY_HEARERS: ReadonlySet<string> = new Set([
  "committee",
  "court",
  "jurors",
  "jury",
  // senators hear witnesses (`Marcus told senators he had reported …`); a body's own members
  // address the senate (AUDIENCE_NOUNS)
  "senators",
  "subcommittee",
  "tribunal",
]);

/**
 * Who asks for an interview, not an event's questions: the answer to `Asked by reporters in the
 * budget lock-up whether …,` is given to the press, as what one `told reporters` is.
 */
export const PRESS_NOUNS: ReadonlySet<string> = new Set(["journalists", "press", "reporters"]);

/**
 * Participles that open a sentence placing its subject before a committee or a court as a witness
 * (`Testifying before the Senate Finance Committee, X said`); `appearing` only with `before` and a
 * hearer in TESTIMONY_HEARERS (`Appearing before the committee`, not `appearing on television`).
 */
export const WITNESS_OPENERS: ReadonlySet<string> = new Set(["appearing", "testifying"]);

/**
 * Roles (a title's or a role's last word, lower case, no full stop) of those who sit on the bench
 * or the panel at a hearing: their words there are a speech (a judge's remarks, a lawmaker's
 * questions), not testimony, unless they themselves `testified`.
 */
export const PANEL_ROLES: ReadonlySet<string> = new Set([
  // (not `chair`: a company's board chair is often the witness)
  "congressman",
  "congresswoman",
  "judge",
  "justice",
  "lawmaker",
  "legislator",
  "magistrate",
  "rep",
  "representative",
  "sen",
  "senator",
]);

/**
 * Roles of those who argue a case before a court (a title's or a role's last word, lower case):
 * what a prosecutor or a defence lawyer `told the court` is an advocate's speech there, not a
 * witness's testimony, unless they `testified` or sat in the witness box.
 */
export const ADVOCATE_ROLES: ReadonlySet<string> = new Set([
  "advocate",
  "attorney",
  "barrister",
  "counsel",
  "lawyer",
  "prosecutor",
  "solicitor",
]);

/**
 * Words that put someone next to a speaker at an event (`Police Chief Omar Hale, who stood beside
 * her, said …`): at a news conference, they speak there too.
 */
export const BESIDE: ReadonlySet<string> = new Set(["alongside", "beside"]);

/** Verbs that take an event's audience as their object: `addressed a crowd of several thousand`. */
export const ADDRESSING_VERBS: ReadonlySet<string> = new Set([
  "addressed",
  "addresses",
  "addressing",
  "told",
  "tells",
  "telling",
]);

/**
 * Verbs of taking a prize handed over in public: who `accepted the award` did so at its ceremony,
 * and the words they said then are its acceptance speech.
 */
export const ACCEPTING_VERBS: ReadonlySet<string> = new Set([
  "accept",
  "accepted",
  "accepting",
  "accepts",
]);

/** What is handed over at a ceremony, and accepted there (`accepted the Orrin Medal`). */
export const PRIZE_NOUNS: ReadonlySet<string> = new Set([
  "award",
  "awards",
  "honor",
  "honour",
  "medal",
  "prize",
  "prizes",
  "trophy",
]);

/**
 * Words after which a verb has no object (`who accepted with her son on her hip`, `accepted in
 * tears`): what was accepted is what the text has just named.
 */
export const OBJECTLESS_AFTER: ReadonlySet<string> = new Set([
  "alongside",
  "amid",
  "at",
  "before",
  "in",
  "on",
  "through",
  "with",
]);

/** The words that may make a sentence a scene: an event, an audience, a pair's second word. */
export const SCENE_WORDS: ReadonlySet<string> = new Set([
  ...EVENT_NOUNS,
  ...ACCEPTING_VERBS,
  ...ADDRESSING_PLACES,
  ...EVENT_ROLES,
  ...GATHERINGS,
  ...HEARINGS,
  ...AUDIENCE_NOUNS,
  ...SITTING_BODIES,
  ...[...EVENT_PAIRS, ...TESTIMONY_PAIRS].map((p) => p.slice(p.indexOf(" ") + 1)),
]);

/** The other words a scene's sentence is read for (the actors stage flags both as it tokenizes). */
export const SCENE_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  ...[...EVENT_PAIRS].map((p) => p.slice(0, p.indexOf(" "))),
  ...ADDRESSING_VERBS,
  ...AFTER_EVENT,
  ...PLANNED,
  ...BESIDE,
  "asked",
]);
