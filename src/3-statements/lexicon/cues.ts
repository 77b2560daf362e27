// Reporting verbs and phrases: the words that introduce what someone said, wrote or thinks.
// Each lemma lists its forms; flags say how its complement behaves.

import type { Channel } from "../../types.ts";

export interface CueInfo {
  lemma: string;
  /** Takes a clause without `that` (`said the agency has…`); else needs `that`, a quote or a tail position. */
  bare: boolean;
  /** Takes a hearer before the clause (`told reporters that…`). */
  hearer?: boolean;
  /** The channel the verb itself implies (`wrote` → letter, `tweeted` → post). */
  channel?: Channel;
  /** Makes the medium it names: its object may be that medium (`posted a video`, `wrote a
   * letter`), the thing made, not a speaker. */
  makesMedium?: boolean;
  /** Thinking rather than saying (`believes`, `thinks`): lower confidence. */
  cognitive?: boolean;
  /** Introduces its content with a preposition (`blamed X for…`, `accused X of…`). */
  preposition?: string;
  /** Only a cue with this particle after it (`pointed out`). */
  particle?: string;
  /** Names or characterises rather than reports (`called him "a con"`, `described it as "…"`):
   * a statement only when the words after it hold a quotation. */
  needsQuote?: boolean;
}

type Entry = [forms: string, info: Omit<CueInfo, "lemma">];

// forms: base, 3rd person, past, participle(s), -ing; the first is the lemma.
const ENTRIES: Entry[] = [
  ["say says said saying", { bare: true }],
  ["tell tells told telling", { bare: true, hearer: true, channel: "interview" }],
  ["write writes wrote written writing", { bare: true, channel: "letter", makesMedium: true }],
  ["add adds added adding", { bare: true }],
  ["argue argues argued arguing", { bare: true }],
  ["claim claims claimed claiming", { bare: true }],
  ["respond responds responded responding", { bare: false }],
  ["reply replies replied replying", { bare: false }],
  ["answer answers answered answering", { bare: false }],
  ["blame blames blamed blaming", { bare: false, preposition: "for", needsQuote: true }],
  ["accuse accuses accused accusing", { bare: false, preposition: "of", needsQuote: true }],
  [
    "criticize criticizes criticized criticizing criticise criticises criticised criticising",
    { bare: false, preposition: "for", needsQuote: true },
  ],
  ["praise praises praised praising", { bare: false, preposition: "for", needsQuote: true }],
  ["credit credits credited crediting", { bare: false, preposition: "with", needsQuote: true }],
  ["warn warns warned warning", { bare: true }],
  ["note notes noted noting", { bare: false }],
  ["explain explains explained explaining", { bare: false }],
  ["state states stated stating", { bare: false }],
  ["insist insists insisted insisting", { bare: true }],
  ["assert asserts asserted asserting", { bare: false }],
  ["contend contends contended contending", { bare: true }],
  ["acknowledge acknowledges acknowledged acknowledging", { bare: true }],
  ["admit admits admitted admitting", { bare: true }],
  // (`accepted that performance had been …`: an acknowledgement, only with its `that`; not
  // `accepted the offer`, `accepted "about $200,000"`)
  ["accept accepts accepted accepting", { bare: true, particle: "that" }],
  ["announce announces announced announcing", { bare: false }],
  ["declare declares declared declaring", { bare: false, needsQuote: true }],
  ["report reports reported reporting", { bare: false, channel: "report" }],
  ["suggest suggests suggested suggesting", { bare: false }],
  ["ask asks asked asking", { bare: false, preposition: "to" }],
  ["tweet tweets tweeted tweeting", { bare: false, channel: "post", makesMedium: true }],
  ["post posts posted posting", { bare: false, channel: "post", makesMedium: true }],
  ["testify testifies testified testifying", { bare: true, channel: "testimony" }],
  ["predict predicts predicted predicting", { bare: true }],
  ["project projects projected projecting", { bare: false }],
  ["forecast forecasts forecasted forecasting", { bare: false }],
  ["maintain maintains maintained maintaining", { bare: false }],
  ["stress stresses stressed stressing", { bare: false }],
  [
    "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising",
    { bare: false },
  ],
  ["recall recalls recalled recalling", { bare: false }],
  ["complain complains complained complaining", { bare: false }],
  ["concede concedes conceded conceding", { bare: true }],
  ["deny denies denied denying", { bare: false }],
  ["allege alleges alleged alleging", { bare: false }],
  ["confirm confirms confirmed confirming", { bare: false }],
  ["estimate estimates estimated estimating", { bare: false }],
  ["observe observes observed observing", { bare: false }],
  ["remark remarks remarked remarking", { bare: false }],
  ["joke jokes joked joking", { bare: false }],
  ["quip quips quipped quipping", { bare: false }],
  // Manner of speaking (`"It's not rocket science," the professor laughed.`): only with a quote.
  ["laugh laughs laughed laughing", { bare: false, needsQuote: true }],
  ["sigh sighs sighed sighing", { bare: false, needsQuote: true }],
  ["chuckle chuckles chuckled chuckling", { bare: false, needsQuote: true }],
  ["boast boasts boasted boasting", { bare: false }],
  ["vow vows vowed vowing", { bare: false, needsQuote: true }],
  ["promise promises promised promising", { bare: false, needsQuote: true }],
  ["pledge pledges pledged pledging", { bare: false, needsQuote: true }],
  ["threaten threatens threatened threatening", { bare: false, needsQuote: true }],
  // (`urged Congress to act`: the request is the content, as `blamed X for`)
  ["urge urges urged urging", { bare: false, preposition: "to", needsQuote: true }],
  ["demand demands demanded demanding", { bare: false, needsQuote: true }],
  ["charge charges charged charging", { bare: false, needsQuote: true }],
  ["counter counters countered countering", { bare: false }],
  ["continue continues continued continuing", { bare: false }],
  ["agree agrees agreed agreeing", { bare: false }],
  ["caution cautions cautioned cautioning", { bare: false }],
  ["mention mentions mentioned mentioning", { bare: false }],
  ["reveal reveals revealed revealing", { bare: false }],
  ["disclose discloses disclosed disclosing", { bare: false }],
  ["indicate indicates indicated indicating", { bare: false }],
  ["conclude concludes concluded concluding", { bare: false }],
  ["point points pointed pointing", { bare: false, particle: "out" }],
  ["shout shouts shouted shouting", { bare: false }],
  ["yell yells yelled yelling", { bare: false }],
  ["exclaim exclaims exclaimed exclaiming", { bare: false }],
  ["whisper whispers whispered whispering", { bare: false }],
  ["announce announces announced announcing", { bare: false }],
  ["proclaim proclaims proclaimed proclaiming", { bare: false, needsQuote: true }],
  ["wonder wonders wondered wondering", { bare: false }],
  ["repeat repeats repeated repeating", { bare: false }],
  ["tout touts touted touting", { bare: false, needsQuote: true }],
  ["lament laments lamented lamenting", { bare: false }],
  ["plead pleads pleaded pled pleading", { bare: false }],
  ["muse muses mused musing", { bare: false }],
  ["retort retorts retorted retorting", { bare: false }],
  ["reiterate reiterates reiterated reiterating", { bare: false }],
  ["clarify clarifies clarified clarifying", { bare: false }],
  ["brag brags bragged bragging", { bare: false }],
  ["speculate speculates speculated speculating", { bare: false }],
  ["hint hints hinted hinting", { bare: false }],
  ["signal signals signaled signalled signaling signalling", { bare: false }],
  ["insinuate insinuates insinuated insinuating", { bare: false }],
  ["imply implies implied implying", { bare: false }],
  ["swear swears swore sworn swearing", { bare: false }],
  ["recount recounts recounted recounting", { bare: false }],
  ["comment comments commented commenting", { bare: false }],
  ["recommend recommends recommended recommending", { bare: false }],
  ["opine opines opined opining", { bare: false }],
  ["propose proposes proposed proposing", { bare: false }],
  ["underscore underscores underscored underscoring", { bare: false }],
  ["underline underlines underlined underlining", { bare: false }],
  ["grumble grumbles grumbled grumbling", { bare: false }],
  ["mutter mutters muttered muttering", { bare: false }],
  ["murmur murmurs murmured murmuring", { bare: false }],
  ["reckon reckons reckoned", { bare: true, cognitive: true }],
  ["advise advises advised advising", { bare: false, hearer: true }],
  ["inform informs informed informing", { bare: false, hearer: true }],
  ["reassure reassures reassured reassuring", { bare: false, hearer: true }],
  ["elaborate elaborates elaborated elaborating", { bare: false }],
  ["concur concurs concurred concurring", { bare: false }],
  ["dispute disputes disputed disputing", { bare: false }],
  ["confide confides confided confiding", { bare: false }],
  // (only the past: `reason` and `reasons` are nearly always the noun)
  ["reasoned", { bare: false }],
  ["posit posits posited positing", { bare: false }],
  [
    "theorize theorizes theorized theorizing theorise theorises theorised theorising",
    { bare: false },
  ],
  ["surmise surmises surmised surmising", { bare: false }],
  ["attest attests attested attesting", { bare: false }],
  ["stammer stammers stammered stammering", { bare: false, needsQuote: true }],
  ["implore implores implored imploring", { bare: false, preposition: "to", needsQuote: true }],
  ["call calls called calling", { bare: false, needsQuote: true }],
  ["describe describes described describing", { bare: false, needsQuote: true }],
  ["remember remembers remembered remembering", { bare: false, needsQuote: true }],
  ["refer refers referred referring", { bare: false, needsQuote: true }],
  ["label labels labeled labelled labeling labelling", { bare: false, needsQuote: true }],
  ["dub dubs dubbed dubbing", { bare: false, needsQuote: true }],
  ["brand brands branded branding", { bare: false, needsQuote: true }],
  ["term terms termed terming", { bare: false, needsQuote: true }],
  [
    "characterize characterizes characterized characterizing characterise characterised",
    { bare: false, needsQuote: true },
  ],
  ["hail hails hailed hailing", { bare: false, needsQuote: true }],
  ["deem deems deemed deeming", { bare: false, needsQuote: true }],
  ["denounce denounces denounced denouncing", { bare: false, needsQuote: true }],
  ["decry decries decried decrying", { bare: false, needsQuote: true }],
  ["condemn condemns condemned condemning", { bare: false, needsQuote: true }],
  ["slam slams slammed slamming", { bare: false, needsQuote: true }],
  ["blast blasts blasted blasting", { bare: false, needsQuote: true }],
  ["dismiss dismisses dismissed dismissing", { bare: false, needsQuote: true }],
  ["mock mocks mocked mocking", { bare: false, needsQuote: true }],
  ["invite invites invited inviting", { bare: false, needsQuote: true }],
  ["encourage encourages encouraged encouraging", { bare: false, needsQuote: true }],
  ["thank thanks thanked thanking", { bare: false, needsQuote: true }],
  ["question questions questioned questioning", { bare: false, needsQuote: true }],
  ["rate rates rated rating", { bare: false, needsQuote: true }],
  ["rule rules ruled ruling", { bare: false, needsQuote: true }],
  ["compare compares compared comparing", { bare: false, needsQuote: true }],
  ["liken likens likened likening", { bare: false, needsQuote: true }],
  ["express expresses expressed expressing", { bare: false, needsQuote: true }],
  ["vote votes voted voting", { bare: false, needsQuote: true }],
  ["chant chants chanted chanting", { bare: false, needsQuote: true }],
  ["read reads reading", { bare: false, needsQuote: true }],
  // Manner of speaking: a statement only with its quotation (`"…," Trump shot back`).
  ["shoot shoots shot shooting", { bare: false, particle: "back", needsQuote: true }],
  ["fire fires fired firing", { bare: false, particle: "back", needsQuote: true }],
  ["hit hits hitting", { bare: false, particle: "back", needsQuote: true }],
  ["cut cuts cutting", { bare: false, particle: "in", needsQuote: true }],
  ["chime chimes chimed chiming", { bare: false, particle: "in", needsQuote: true }],
  ["put puts putting", { bare: false, particle: "it", needsQuote: true }],
  ["bark barks barked barking", { bare: false, needsQuote: true }],
  ["snap snaps snapped snapping", { bare: false, needsQuote: true }],
  ["riff riffs riffed riffing", { bare: false, needsQuote: true }],
  ["beam beams beamed beaming", { bare: false, needsQuote: true }],
  ["fume fumes fumed fuming", { bare: false, needsQuote: true }],
  ["scoff scoffs scoffed scoffing", { bare: false, needsQuote: true }],
  ["gush gushes gushed gushing", { bare: false, needsQuote: true }],
  ["press presses pressed pressing", { bare: false, needsQuote: true }],
  ["scream screams screamed screaming", { bare: false, needsQuote: true }],
  ["interject interjects interjected interjecting", { bare: false, needsQuote: true }],
  ["snipe snipes sniped sniping", { bare: false }],
  ["assure assures assured assuring", { bare: false, hearer: true }],
  ["chide chides chided chiding", { bare: false, preposition: "for", needsQuote: true }],
  ["scold scolds scolded scolding", { bare: false, preposition: "for", needsQuote: true }],
  ["believe believes believed believing", { bare: true, cognitive: true }],
  ["think thinks thought thinking", { bare: true, cognitive: true }],
  ["feel feels felt feeling", { bare: false, cognitive: true }],
  ["hope hopes hoped hoping", { bare: false, cognitive: true }],
  ["fear fears feared fearing", { bare: false, cognitive: true }],
  ["worry worries worried worrying", { bare: false, cognitive: true }],
  ["expect expects expected expecting", { bare: false, cognitive: true }],
  ["know knows knew known knowing", { bare: false, cognitive: true }],
  ["find finds found finding", { bare: false, needsQuote: true }],
  ["show shows showed shown showing", { bare: false }],
];

/**
 * Lemmas of cues that react to someone else's words (`mocked`, `praised`): in `a line that
 * employees mocked: "…"` the quotation is what they mocked, not what they said.
 */
export const REACTION_LEMMAS: ReadonlySet<string> = new Set([
  "mock",
  "criticize",
  "praise",
  "denounce",
  "decry",
  "condemn",
  "slam",
  "blast",
  "dismiss",
  "question",
  "hail",
  "scoff",
]);

/**
 * Forms that are only participles, never a finite verb (`written`, `sworn`: the entries' forms
 * between the past and the -ing form that differ from it): without an auxiliary
 * they modify a noun (`a 31-page written order`).
 */
export const PARTICIPLES_ONLY: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  for (const [forms] of ENTRIES) {
    const list = forms.split(" ");
    const past = list[2];
    // (up to the first -ing form: British spellings follow it; a regular -ed form is a past too)
    for (let i = 3; i < list.length && !(list[i] as string).endsWith("ing"); i++) {
      const form = list[i] as string;
      if (form !== past && !form.endsWith("ed")) set.add(form);
    }
  }
  return set;
})();

/**
 * A cue's info with every field, in one order: each cue info the stage reads has the same shape,
 * so reading a flag is one shape's load (an info of another shape reaching that code throws its
 * optimised form away).
 */
export function buildCueInfo(lemma: string, info: Omit<CueInfo, "lemma">): CueInfo {
  return {
    lemma,
    bare: info.bare,
    hearer: info.hearer,
    channel: info.channel,
    makesMedium: info.makesMedium,
    cognitive: info.cognitive,
    preposition: info.preposition,
    particle: info.particle,
    needsQuote: info.needsQuote,
  };
}

export const CUES: ReadonlyMap<string, CueInfo> = (() => {
  const map = new Map<string, CueInfo>();
  for (const [forms, info] of ENTRIES) {
    const list = forms.split(" ");
    const lemma = list[0] as string;
    const full = buildCueInfo(lemma, info);
    for (const form of list) if (!map.has(form)) map.set(form, full);
  }
  return map;
})();

/** Nouns whose `the X said` or `in a X` names the channel. */
export const CHANNEL_NOUNS: ReadonlyMap<string, import("../../types.ts").Channel> = new Map([
  ["letter", "letter"],
  ["letters", "letter"],
  ["missive", "letter"],
  ["email", "letter"],
  ["e-mail", "letter"],
  // `said in an emailed response`: the participle names the medium of the noun after it
  ["emailed", "letter"],
  ["e-mailed", "letter"],
  ["memo", "letter"],
  ["memorandum", "letter"],
  ["statement", "statement"],
  ["statements", "statement"],
  ["release", "statement"],
  ["interview", "interview"],
  ["interviews", "interview"],
  ["call", "interview"],
  ["speech", "speech"],
  ["remarks", "speech"],
  ["address", "speech"],
  ["rally", "speech"],
  ["debate", "speech"],
  ["conference", "speech"],
  ["briefing", "speech"],
  ["tweet", "post"],
  ["tweets", "post"],
  ["post", "post"],
  ["twitter", "post"],
  ["facebook", "post"],
  ["blog", "post"],
  ["instagram", "post"],
  ["x", "post"],
  ["tiktok", "post"],
  ["youtube", "post"],
  ["social-media", "post"],
  ["video", "post"],
  ["videos", "post"],
  ["op-ed", "post"],
  ["testimony", "testimony"],
  ["hearing", "testimony"],
  ["report", "report"],
  ["study", "report"],
  ["survey", "report"],
  ["poll", "report"],
  ["filing", "document"],
  ["lawsuit", "document"],
  ["complaint", "document"],
  ["ruling", "document"],
  ["decision", "document"],
  ["notice", "document"],
  ["opinion", "document"],
  ["order", "document"],
  ["policy", "document"],
  ["law", "document"],
  ["bill", "document"],
  ["guidance", "document"],
  ["document", "document"],
  ["documents", "document"],
  ["directive", "document"],
  ["regulation", "document"],
  ["rule", "document"],
  ["statute", "document"],
  ["agreement", "document"],
  ["resolution", "document"],
  ["manual", "document"],
  ["website", "document"],
]);

/**
 * Nouns of written things that speak for their authors through a relative clause (`a memo that
 * accuses`, `a report which found`); not laws and rules, which say what they require.
 */
export const WRITTEN_NOUNS: ReadonlySet<string> = new Set([
  "letter",
  "email",
  "memo",
  "memorandum",
  "statement",
  "release",
  "report",
  "study",
  "survey",
  "filing",
  "lawsuit",
  "complaint",
  "ruling",
  "post",
  "tweet",
  "document",
]);
