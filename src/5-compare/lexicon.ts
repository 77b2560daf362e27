// Word lists of the compare stage, kept as data: the words that place a yearless date before or
// after publication (the timeline).

import { MODALS } from "../lexicon/grammar.ts";

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

/**
 * Modals that put a weekday ahead of publication when one comes before it in its sentence (`could
 * be brought to the surface by Sunday`, `would hold a meeting on Monday`). Weekdays only: a
 * report's weekday is within a week either way, and what it says is to come falls in the coming
 * days, where a month after `would` (`said in March he would resign`) is often the past's future.
 * `will` is a future cue of its own (FUTURE_CUES).
 */
export const MODAL_CUES: ReadonlySet<string> = new Set(MODALS.filter((m) => m !== "will"));

/**
 * Present-tense verbs that say when something falls due (`comes up for renewal in June`, `the
 * lease expires in March`): a date after one in its clause has not come yet. Third-person forms
 * only: `start`, `end`, `close` are as often nouns (`at the start of June`).
 */
export const SCHEDULE_VERBS: ReadonlySet<string> = new Set([
  "comes",
  "falls",
  "expires",
  "lapses",
  "begins",
  "starts",
  "opens",
  "reopens",
  "closes",
  "ends",
  "resumes",
  "runs",
  "takes",
  "kicks",
  "goes",
  "returns",
  "slated",
]);

/** Present forms of `be`, which with `up for` (`is up for renewal`) say what falls due. */
export const PRESENT_BE: ReadonlySet<string> = new Set(["is", "are", "'s"]);

/** Future cues that are nouns as often (`given up hope on Sunday`): a weekday reads them as verbs only. */
export const FUTURE_NOUNS: ReadonlySet<string> = new Set([
  "hope",
  "hopes",
  "plan",
  "plans",
  "deadline",
]);

/**
 * Words that open a clause of their own (`will strike after talks collapsed on Tuesday`): a modal
 * before one does not reach a weekday after it.
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  "after",
  "before",
  "when",
  "while",
  "because",
  "although",
  "though",
  "but",
  "which",
  "who",
  "that",
  "where",
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

/**
 * Categories of voices, checked in order: the first whose words meet an actor's role (then its
 * organisation, its titles, its name) wins, so a judicial council's spokesman speaks for the
 * courts, not for government at large. Lower-case words, abbreviations without their dot (`gov`
 * is `Gov.`); a phrase of several words matches them in sequence and outranks single words (the
 * `justice department` is government, not a court).
 */
export const VOICE_CATEGORIES: readonly (readonly [string, readonly string[]])[] = [
  [
    "courts",
    ["court", "courts", "judge", "judges", "justice", "judicial", "judiciary", "magistrate"].concat(
      ["tribunal"],
    ),
  ],
  [
    "advocates",
    [
      "aclu",
      "advocate",
      "advocates",
      "advocacy",
      "rights",
      "activist",
      "activists",
      "campaigner",
    ].concat([
      "union",
      "nonprofit",
      "non-profit",
      "coalition",
      "civil liberties",
      "charity",
      "ngo",
    ]),
  ],
  [
    "experts",
    [
      "professor",
      "prof",
      "lecturer",
      "university",
      "college",
      "institute",
      "analyst",
      "researcher",
      "faculty",
    ].concat(["scholar", "expert", "economist", "scientist", "think tank"]),
  ],
  [
    "officials",
    [
      // offices and their abbreviated titles
      "attorney general",
      "attorneys general",
      "inspector general",
      "council member",
      "councilmember",
      "councilman",
      "councilwoman",
      "councillor",
      "councilor",
      "alderman",
      "alderwoman",
      "assemblyman",
      "assemblywoman",
      "assemblymember",
      "lawmaker",
      "legislator",
      "secretary",
      "minister",
      "governor",
      "gov",
      "lt gov",
      "mayor",
      "senator",
      "sen",
      "congressman",
      "congresswoman",
      "representative",
      "rep",
      "president",
      "chancellor",
      "official",
      "officials",
      "spokesman",
      "spokeswoman",
      "spokesperson",
      "commissioner",
      "comptroller",
      "sheriff",
      "police",
      "city attorney",
      "district attorney",
      "u s attorney",
      "majority leader",
      "minority leader",
      "opposition leader",
      "superintendent",
      "ambassador",
      "public defender",
      "prosecutor",
      "coroner",
      "medical examiner",
      "medical examiners",
      // the heads and watchdogs of public bodies, by the titles of their offices (an
      // Administration's administrator, a state treasurer, an ombudsman)
      "administrator",
      "treasurer",
      "ombudsman",
      "ombudsperson",
      "auditor general",
      "solicitor general",
      "surgeon general",
      "regulator",
      // those who rule on a contest are its officials (a chess federation's arbiter, a referee)
      "arbiter",
      "referee",
      "umpire",
      // the public emergency services (a state mine-rescue service's chief, a fire chief)
      "rescue",
      "emergencies",
      "emergency services",
      "fire department",
      "fire service",
      "fire brigade",
      "fire chief",
      "ambulance service",
      "coast guard",
      "coastguard",
      // the bodies and branches of government
      "department",
      "ministry",
      "agency",
      "authority",
      "government",
      "administration",
      "council",
      "commission",
      "regents",
      "legislature",
      "congress",
      "parliament",
      "white house",
      "homeland",
      "immigration and customs",
      "emergency management",
      "public health",
      "public works",
      "public safety",
      "federal",
      "state",
      "county",
      "city",
    ],
  ],
];

/**
 * Members of the public, named by where they live or study, or by a service or vote they use
 * (`a county resident`, `a doctoral student in chemistry`): a role whose head noun is one of these
 * is the public's voice, whatever body its other words name. Not occupations (`farmer`, `nurse`):
 * they may speak for a trade. Singulars: a plural names what its singular does.
 */
export const PUBLIC_ROLES: ReadonlySet<string> = new Set(
  "student pupil undergraduate resident inhabitant neighbour neighbor local villager parent mother father patient passenger commuter voter taxpayer citizen tenant homeowner renter shopper customer consumer fan spectator visitor tourist bystander eyewitness worshipper parishioner".split(
    " ",
  ),
);

/** Words after which a role's words say where or of what, not what it is (`student of law`). */
export const ROLE_BREAKS: ReadonlySet<string> = new Set("of at in for from with on to".split(" "));

/**
 * Categories a body gives to the people who speak for it. Expertise is a person's own, not the
 * body's: a university or a think tank speaking through its spokesman speaks as an organisation.
 */
export const PERSONAL_CATEGORIES: ReadonlySet<string> = new Set(["experts"]);

/**
 * Bodies that may be named for their members with a plural possessive (`Independent Miners'
 * Federation`, `Parents' Association`): such a body speaks for its members, as an advocate.
 */
export const MEMBER_BODIES: readonly string[] = [
  "federation",
  "association",
  "union",
  "guild",
  "alliance",
  "league",
  "congress",
  "council",
  "society",
];

/** Roles that speak for their organisation: its category is theirs (a ministry's spokeswoman). */
export const SPEAKS_FOR: ReadonlySet<string> = new Set(
  [
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "representative",
    "aide",
    "adviser",
    "advisor",
  ].concat(["staff", "staffer"]),
);

/**
 * Nouns for a business (`company spokesman`, `the club's spokeswoman`): one who speaks for it
 * speaks for an organisation, not as an official.
 */
export const BUSINESS_NOUNS: ReadonlySet<string> = new Set(
  "company firm corporation corp operator airline carrier club bank insurer manufacturer retailer developer publisher studio distributor employer landlord contractor".split(
    " ",
  ),
);

/**
 * The officers of a business (`chief executive`, `founder`): like its spokesman, one speaks for
 * it, so their voice is the body's kind where the body says one (a council's chief executive is
 * an official), else an organisation's. Phrases are matched as whole words of the role.
 */
export const EXECUTIVE_ROLES: readonly string[] = [
  "chief executive",
  "chief executive officer",
  "ceo",
  "chief operating officer",
  "coo",
  "chief financial officer",
  "cfo",
  "managing director",
  "founder",
  "co-founder",
  "cofounder",
];

/**
 * Words that say which level of government, not which body (`the federal department` is whichever
 * department the story is about): left out when two descriptions of an unnamed voice are compared.
 */
export const GENERIC_MODIFIERS: ReadonlySet<string> = new Set([
  "federal",
  "state",
  "national",
  "local",
  "regional",
  "city",
  "county",
  "municipal",
  "government",
]);

/**
 * Nouns a description uses for whoever heads a body, whatever the office is called (`the
 * agency's head`, `the firm's chief`, `the party's leader`).
 */
export const HEAD_NOUNS: ReadonlySet<string> = new Set(["head", "chief", "leader", "boss"]);

/**
 * Titles of the office that heads a body, as the last words of a role (`Administrator`,
 * `executive director`, `chief executive`): its holder is whom a description by HEAD_NOUNS means.
 */
export const HEAD_TITLES: ReadonlySet<string> = new Set(
  [
    "administrator",
    "director",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "president",
    "commissioner",
    "superintendent",
    "chief executive",
    "ceo",
  ].concat([...HEAD_NOUNS]),
);

/** Words that make a title a second's, not the head's (`deputy director`, `vice president`). */
export const DEPUTY_WORDS: ReadonlySet<string> = new Set([
  "deputy",
  "vice",
  "assistant",
  "associate",
  "under",
]);
