// The medium of a statement whose sentence names none, from who made it: the signers of the one
// letter (statement, post, …) in view made it there. `Sessions and Kelly responded that …`, two
// paragraphs from `the letter` they signed, is the letter, not an interview — the statements
// stage's guess for a bare `said`, made before anyone knew who spoke. Likewise a speaker the text
// has placed at an event (`addressed a crowd`, `at a news conference`) goes on speaking there.

import { isSpaceCode } from "../2-text/normalize.ts";
import { WEEKDAYS } from "../lexicon/calendar.ts";
import { BE_FORMS } from "../lexicon/grammar.ts";
import {
  ACCEPTING_VERBS,
  ADDRESSING_PLACES,
  ADVOCATE_ROLES,
  ADDRESSING_VERBS,
  AFTER_EVENT,
  AT_GATHERING,
  AUDIENCE_NOUNS,
  BESIDE,
  CHAMBER_ENDS,
  CHAMBER_SIDES,
  EVENT_NOUNS,
  EVENT_PAIRS,
  EVENT_PLACES,
  EVENT_ROLES,
  GATHERINGS,
  HEARINGS,
  LEGISLATOR_ROLES,
  OBJECTLESS_AFTER,
  PANEL_ROLES,
  PLANNED,
  PRESS_NOUNS,
  PRIZE_NOUNS,
  SITTING_BODIES,
  SPEAKING_FROM,
  TESTIMONY_PAIRS,
  TOPIC_HEADS,
} from "../lexicon/events.ts";
import {
  CONTINUING_VERBS,
  FINDING_VERBS,
  PLACING_IDIOMS,
  READING_VERBS,
  RESEARCH_READERS,
  SHARED_MEDIA,
  WRITING_VERBS,
  WRITTEN_CHANNELS,
  WRITTEN_MEDIA,
} from "../lexicon/media.ts";
import type { Channel, FoundStatement } from "../types.ts";
import type { Cast, Draft, Occurrence } from "./cast.ts";
import { inRegions, lowerBound, type Regions, type Token, type Words } from "./text.ts";
import { CAPITAL, HE_OR_SHE, SCENE_CONTEXT, SCENE_WORD, WRITTEN_MEDIUM } from "./words.ts";

/** The media spoken at an event, where a speaker's later plain `said` goes on. */
const AT_EVENT: ReadonlySet<Channel> = new Set(["speech", "testimony"]);

/** Written media a speaker named by their noun alone speaks in (`the answer says`, `the note said`). */
const NAMED_MEDIA: ReadonlySet<Channel> = new Set(["document", "letter", "report", "statement"]);

/** How many paragraphs away a mention of a document keeps it in view. */
const IN_VIEW = 2;

/** An author's documents, each with the sorted paragraphs it is mentioned in. */
export type AuthoredDocuments = Map<Draft, { channel: Channel; paragraphs: number[] }[]>;

/** The documents of the cast with one author (a person, or a group such as joint signers). */
export function documentsByAuthor(cast: Cast): AuthoredDocuments {
  const byAuthor: AuthoredDocuments = new Map();
  for (const doc of cast.drafts.values()) {
    if (doc.type !== "document" || doc.members?.length !== 1 || !doc.noun) continue;
    const author = doc.members[0] as Draft;
    // (a loop, not `map`: its arrays came in two kinds, and the code sorting them was thrown away)
    const paragraphs: number[] = [];
    for (const m of doc.mentions) paragraphs.push(cast.paragraphOf(m.start));
    paragraphs.sort((a, b) => a - b);
    const list = byAuthor.get(author) ?? [];
    list.push({ channel: doc.noun, paragraphs });
    byAuthor.set(author, list);
  }
  return byAuthor;
}

/**
 * The channel of the speaker's documents in view of offset `at`, when they all share one; none
 * when the speaker wrote nothing in view, or wrote both a letter and a statement there.
 */
export function channelOfAuthor(
  cast: Cast,
  documents: AuthoredDocuments,
  speaker: Draft,
  at: number,
): Channel | undefined {
  const docs = documents.get(speaker);
  if (!docs) return undefined;
  const paragraph = cast.paragraphOf(at);
  let channel: Channel | undefined;
  for (const doc of docs) {
    if (!mentionedNear(doc.paragraphs, paragraph)) continue;
    if (channel && channel !== doc.channel) return undefined;
    channel = doc.channel;
  }
  return channel;
}

/** Whether a sorted list of paragraphs has one within IN_VIEW of `paragraph` (binary search). */
function mentionedNear(paragraphs: number[], paragraph: number): boolean {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((paragraphs[mid] as number) < paragraph - IN_VIEW) lo = mid + 1;
    else hi = mid;
  }
  return lo < paragraphs.length && (paragraphs[lo] as number) <= paragraph + IN_VIEW;
}

/** Prepositions that place words in a medium (`from a complaint` names what is answered). */
const PLACING = new Set(["in", "on", "via", "through"]);
/** How many words before a medium's noun its preposition may be (`in its 38-page decision`). */
const MEDIUM_WORDS = 4;
/** How far back (characters) a writer's own sentences are looked over for a medium. */
const SCENE_WINDOW = 1500;
/** How many paragraphs past a speaker's last word at an event the event still holds. */
const SCENE_GAP = 3;
/**
 * How many paragraphs past their own last word at an event a speaker still speaks there (a
 * briefing's later questions come after the other voices; at 10, later interviews read as speech).
 */
const EVENT_GAP = 6;
/** How many paragraphs before the text places a speaker at an event their first words may be. */
const LEAD_GAP = 2;
/** How many paragraphs after an event someone first named then is taken to speak at it. */
const NEWCOMER_GAP = 2;
/** The most words of one sentence read for an event (a run-on list is no scene). */
const SENTENCE_WORDS = 80;
/** How many words before an audience its addressing verb may be (`told about 2,000 mourners`). */
const AUDIENCE_WORDS = 4;
/** Words placing the quoted words at an event just after a partial quote (`"…" at a ceremony`). */
const AFTER_QUOTE: ReadonlySet<string> = new Set(["at", "during"]);
/** How many words before an event `after` or `outside` may be (`after a two-hour meeting`). */
const AFTER_WORDS = 3;

/** Words that open the question in an `Asked whether …,` clause. */
const QUESTION_WORDS: ReadonlySet<string> = new Set([
  "about",
  "how",
  "if",
  "what",
  "whether",
  "which",
  "who",
  "why",
]);

/** How many words after its subject `asked` may be (`Sen. Marguerite Lindqvist, asked why`). */
const QUESTION_WORDS_AFTER = 3;
/** How many characters of a paragraph from a statement's words are read for a quoted question. */
const QUESTION_CHARS = 400;
/** How many words an appositive between a subject and its `asked` may run to. */
const APPOSITIVE_WORDS = 10;
/** Words that open a question put to the sentence's subject (`Asked whether …,`). */
const QUESTIONED: ReadonlySet<string> = new Set(["asked", "pressed", "questioned"]);

/** The last words of the witness's seats (`stand` of `witness stand`). */
const SEATS: ReadonlySet<string> = new Set(
  [...TESTIMONY_PAIRS].map((p) => p.slice(p.indexOf(" ") + 1)),
);

/** How many words before `from the bench` its verb may be (`told the jury from the bench`). */
const FROM_WORDS = 3;

/** `It` however written (`It added that …`), a speaker that carries on the source before. */
const IT_FORMS: ReadonlySet<string> = new Set(["it", "It", "IT", "iT"]);
/** How many words after `found` its `that` may be (`found in 2014 that`). */
const FINDING_WORDS = 4;
/** How many words after `accepted` its prize may be (`accepted the Orrin Medal`). */
const PRIZE_WORDS = 4;
/** How many words before an object-less `accepted` the prize it took may be named (a sentence or so). */
const PRIZE_BACK = 40;

/** Lower-case words that join a verb to the subject of the clause before (`… and announced it`). */
const COORDINATORS: ReadonlySet<string> = new Set(["and", "but", "then"]);

/** How many words before a gathering the word placing someone at it may be (`at a packed parents' meeting`). */
const GATHERING_WORDS = 4;

/** The medium a speaker was last seen using, and where. */
interface Medium {
  channel: Channel;
  sentence: number;
  paragraph: number;
}

/** A sentence that places its subject at an event (`speech`) or just past one (`interview`). */
interface Scene {
  sentence: number;
  paragraph: number;
  channel: Channel;
  /** No actor is its subject: the event itself is the setting (`Parents lined up for public comment`). */
  open?: boolean;
}

/** The preposition placing words in a sitting chamber (`said in parliament`, `during the debate`). */
const IN_SITTING: ReadonlySet<string> = new Set(["in", "during"]);
/** Verbs that place their words where `in parliament` follows them (`replied in the chamber`). */
const SPEAKING_IN: ReadonlySet<string> = new Set([...SPEAKING_FROM, "replied", "answered"]);

/** A sentence's event word, and the medium it places the sentence's subjects in. */
interface SceneRead {
  channel: Channel;
  word: number;
}

/**
 * Each speaker's current medium, read in text order: a statement whose words name one sets it;
 * a sentence whose subject the speaker is and that places them at a spoken event (outside
 * quotes and reported words) sets `speech`; a guessed `said` after either, within SCENE_GAP
 * paragraphs of the sentence or EVENT_GAP of their last word there, is made there.
 */
export class Scenes {
  private readonly media = new Map<Draft, Medium>();
  /** The sentences that set a spoken event, in text order, whoever their subject. */
  private readonly events: Scene[] = [];
  /** The scenes that place someone at a legislature's sitting (`told the lower house`). */
  private readonly sittings: Scene[] = [];
  /** The open scenes that are public meetings (`public comment`, `at a packed meeting`). */
  private readonly meetings: Scene[] = [];
  /** The written medium each speaker's first words were placed in by what follows them. */
  private readonly ahead = new Map<Draft, Medium>();
  /** The speakers of the statements so far. */
  private readonly spoken = new Set<Draft>();
  /** The paragraph of the last words given at an event (speech or testimony), whoever's. */
  private lastAtEvent: number | undefined;
  /** The paragraph of the last words given as testimony, whoever's. */
  private lastTestimony: number | undefined;
  /** The paragraph of the last words a person was given at an event. */
  private lastSpoken: number | undefined;
  private readonly firsts = new Map<Draft, number>();
  /** The channel given to each statement so far, by id. */
  private readonly given = new Map<string, Channel>();
  /** Per sentence: the written medium it names, if any (read once each, for writers only). */
  private readonly written = new Map<number, Channel | null>();
  /** The speaker of the statement before, once it is known. */
  private lastSpeaker: Draft | undefined;
  /** The channel given to the statement before, and its paragraph. */
  private previous: { channel: Channel; paragraph: number } | undefined;
  /** The documents each writer wrote, read at the first bare `wrote` that asks. */
  private authored: AuthoredDocuments | undefined;
  /** The sentences whose scene names the witness (`the witness table`). */
  private readonly witnessed = new Set<number>();
  /** Each subject's scenes in text order, read at the first guess that asks. */
  private bySubject: Map<Draft, Scene[]> | undefined;
  private readonly cast: Cast;
  private readonly tokens: readonly Token[];
  private readonly sceneWords: readonly number[];
  private readonly starts: readonly number[];
  private readonly quotes: Regions;
  /** The statements' reported words, merged (none of them sets a scene or names a medium). */
  private readonly reported: Regions;

  constructor(
    cast: Cast,
    words: Words,
    starts: readonly number[],
    quotes: Regions,
    reported: Regions,
  ) {
    this.cast = cast;
    this.tokens = words.tokens;
    this.sceneWords = words.sceneWords;
    this.starts = starts;
    this.quotes = quotes;
    this.reported = reported;
  }

  /**
   * The channel of statement `f`, made by `speaker`, given `channel` so far; call in text order.
   * Only a guess (`X said`, an interview or unknown) gives way to the speaker's scene.
   */
  channel(f: FoundStatement, speaker: Draft, channel: Channel): Channel {
    // (a stated medium is read here and a guessed one in decide, for the compiler: at this size,
    // over the 460 bytes of bytecode V8 inlines, this method is not built into resolveSpeakers,
    // whose optimised code its rarely taken branches threw away, to be compiled again)
    const at = f.cue?.start ?? f.speakerMention?.start ?? f.content.start;
    const sentence = this.cast.sentenceOf(at);
    const paragraph = this.cast.paragraphOf(at);
    const before = this.lastSpeaker;
    this.lastSpeaker = speaker;
    // `According to the reply, …. It added that …`: `It` carries on the source just quoted, so its
    // words go on in that medium (see carriedOn), before any document `it` was resolved to speaks
    // in its own kind (a `review` named in the reported words is no writer)
    // (asked here, not in a function: a callee's bytecode counts in the 920 bytes V8 builds into
    // this method; a method around the carriedOn call left no room for decide, which was compiled
    // alone with mediumOfOwnSentence's rarely met loop and thrown away once a cold round, and a
    // function for the test none for decide's jointMedium, compiled alone)
    // a document speaks in its own kind, and gives no interview (`a memo from its chief executive
    // telling employees that …`: `told` guessed one for its hearer)
    let decided =
      (IT_FORMS.has(f.speakerMention?.text ?? "")
        ? this.carriedOn(f, speaker, before, paragraph)
        : undefined) ?? this.documentMedium(speaker, channel);
    if (!decided) {
      // (a guessed `wrote`'s written medium is read and placed by the same calls as a stated
      // letter's: by calls of their own, rarely made, it was first met after the compiler had
      // built them, and threw that code away)
      const guessed = f.channelGuessed === true;
      let stated = guessed ? undefined : channel;
      if ((guessed || stated === "letter") && this.writtenOnly(f))
        stated = this.writtenChannel(f, speaker, sentence, paragraph, guessed) ?? stated;
      if (stated === "interview" && !guessed && this.toldAtEvent(f, speaker, sentence))
        stated = "speech";
      if (stated) decided = this.place(speaker, stated, sentence, paragraph);
    }
    decided ??= this.decide(f, speaker, channel, before, sentence, paragraph);
    // a quote that carries on an earlier one (no cue of its own) is in its medium, unless its
    // own sentence places it (`…,” he said, drawing laughter from the room. “That’s Jonah.”`)
    const own = decided === "testimony" && this.onThePanel(speaker, f) ? "speech" : decided;
    const root = f.continues !== undefined ? this.given.get(f.continues) : undefined;
    const given = own === channel && root ? root : own;
    // (and so is the medium it leaves the speaker in: `"…," Delahunt wrote. "…."` in his order,
    // the second quote's own `letter` is not where a later `The judge wrote that` goes on)
    // (placed again, the same, whenever its medium is the statement's own: placed only when the
    // two differ, it was first met after channel had been compiled, and threw that code away)
    const medium = this.media.get(speaker);
    if (medium?.channel === own) this.place(speaker, given, medium.sentence, medium.paragraph);
    this.given.set(f.id, given);
    this.spoken.add(speaker);
    this.previous = { channel: given, paragraph: this.cast.paragraphOf(f.content.start) };
    if (given === "speech" && isPerson(speaker)) this.lastSpoken = this.previous.paragraph;
    if (AT_EVENT.has(given)) this.lastAtEvent = this.previous.paragraph;
    if (given === "testimony") this.lastTestimony = this.previous.paragraph;
    return given;
  }

  /** The medium a document speaks in where the guess is an interview or none (see documentNoun). */
  private documentMedium(speaker: Draft, channel: Channel): Channel | undefined {
    const interview = channel === "interview";
    if (!interview && channel !== "unknown") return undefined;
    // (the speaker's own noun is read for every guess: read only for a document's `unknown`, it was
    // first met after channel, which inlines this, had been compiled, and threw that code away)
    const ownNoun = speaker.noun;
    const noun = this.documentNoun(speaker);
    return noun && (interview || !ownNoun) ? noun : undefined;
  }

  /**
   * The written medium of a `wrote` (see writtenOnly): the writer's; for a stated letter, one named
   * just before or the last one in the paragraph; for a guessed one (`X wrote to the Feed Safety
   * Authority asking for "…"`, a partial quote's own verb), a letter when it names whom it was
   * written to.
   */
  private writtenChannel(
    f: FoundStatement,
    speaker: Draft,
    sentence: number,
    paragraph: number,
    guessed: boolean,
  ): Channel | undefined {
    // (the word after the cue read for both, a binary search: read for the guessed only, it was
    // first met after the compiler had built this into channel, and threw that code away)
    const toWhom = this.tokens[this.afterCue(f)]?.lower === "to";
    return (
      this.writtenMedium(speaker, sentence, paragraph) ??
      (guessed ? undefined : this.mediumJustBefore(f, sentence)) ??
      this.ownDocument(speaker, f.content.start) ??
      (guessed ? (toWhom ? "letter" : undefined) : this.writtenJustBefore(paragraph))
    );
  }

  /**
   * The channel of a statement the statements stage guessed one for (`X said`), made at `sentence`
   * and `paragraph`, by `speaker` after `before` (a guessed `wrote` with a written medium is
   * placed before, see writtenChannel).
   */
  private decide(
    f: FoundStatement,
    speaker: Draft,
    guess: Channel,
    before: Draft | undefined,
    sentence: number,
    paragraph: number,
  ): Channel {
    let channel = guess;
    const joint = this.jointMedium(speaker, paragraph);
    if (joint) return joint;
    const carried = this.carriedOn(f, speaker, before, paragraph);
    if (carried) return carried;
    if (channel !== "interview" && channel !== "unknown") {
      // a medium carried over from the statement before (`she said` after `X said in a
      // statement`) holds only if that statement was hers; a group's letter, and a document
      // speaking in its own kind, are kept
      if (speaker.type === "group" || speaker.type === "document") return channel;
      if (!before || before === speaker) return channel;
      channel = "interview";
    }
    // someone who spoke with no medium named spoke to the reporter, however the text names them
    // (`said a former engineer at the authority`: the statements stage guesses only for names)
    // and with or without a cue (a Q&A's answers, `Achterberg shakes her head. "No. …"`)
    if (channel === "unknown" && isPerson(speaker)) channel = "interview";
    // the words' own sentence (where they start, when before the cue's), read once for both asks
    const own = Math.min(sentence, this.cast.sentenceOf(f.content.start));
    const first = this.firstToken(own);
    if (this.askedByPress(first)) return channel;
    return (
      this.mediumOfOwnSentence(own, first) ??
      this.sceneMedium(f, speaker, sentence, paragraph) ??
      this.ownMediumJustBefore(f, speaker, sentence, paragraph) ??
      this.writtenAhead(f, speaker, sentence, paragraph) ??
      (this.afterOwnWritten(f, speaker, before, paragraph) ? "unknown" : this.findings(f, channel))
    );
  }

  /**
   * The medium a document speaks in: the one its noun gave, else the written medium its name ends
   * with (`the answer says`, a court document the documents stage gave no channel, or did not
   * take for a document at all).
   */
  private documentNoun(speaker: Draft): Channel | undefined {
    const document = speaker.type === "document";
    if (document && speaker.noun) return speaker.noun;
    if (!document && speaker.type !== "unnamed") return undefined;
    const medium = WRITTEN_MEDIA.get(lastWord(speaker.name));
    // (an unnamed `account` or `post` is as often a person's story as a medium)
    // (both asked whatever the name: asked only for a medium, they were first met after the
    // compiler had built this into its callers, and threw their code away)
    const named = NAMED_MEDIA.has(medium as Channel);
    return medium && (document || named) ? medium : undefined;
  }

  /**
   * `In a six-page answer filed with the court, the company's general counsel, X, and its chief
   * executive, Y, wrote …` then `The two executives called the suit "…"`: joint writers speak
   * together only in what they wrote, so their plain words within IN_VIEW paragraphs of their
   * last written ones are from it (as the signers of a document the documents stage found are).
   */
  private jointMedium(speaker: Draft, paragraph: number): Channel | undefined {
    if (speaker.type !== "group") return undefined;
    const known = this.media.get(speaker);
    if (!known || !WRITTEN_CHANNELS.has(known.channel) || paragraph - known.paragraph > IN_VIEW)
      return undefined;
    return known.channel;
  }

  /**
   * `Sheriff Kincaid said in a statement that ….` then, in the next paragraph, `"…," the sheriff
   * said.`: a person's plain `said` right after their own written statement may be from it or
   * not — a careful reader cannot tell. (Within the statement's paragraph, `she said` goes on in
   * it.)
   */
  private afterOwnWritten(
    f: FoundStatement,
    speaker: Draft,
    before: Draft | undefined,
    paragraph: number,
  ): boolean {
    const previous = this.previous;
    if (before !== speaker || !previous || !isPerson(speaker)) return false;
    // (and an `unknown` so made goes on: `Feld said his client would …. He called it "…"`)
    if (previous.channel === "unknown") return paragraph - previous.paragraph <= 1;
    return !!f.cue && previous.channel === "statement" && paragraph - previous.paragraph === 1;
  }

  /**
   * `She added that …` right after a statement in a medium goes on in it (`Ms. Ekdahl denied the
   * accusation in a statement …. She added that she was "saddened"`); another speaker's `added`
   * goes on in a statement, letter, post or event they share (`The guild said in a statement that
   * …. Its chief executive added: "…"`), not in a lawsuit they answer.
   */
  private carriedOn(
    f: FoundStatement,
    speaker: Draft,
    before: Draft | undefined,
    paragraph: number,
  ): Channel | undefined {
    const previous = this.previous;
    if (!previous || paragraph - previous.paragraph > 1 || !f.cue) return undefined;
    const { channel } = previous;
    if (channel === "interview" || channel === "unknown") return undefined;
    if (!CONTINUING_VERBS.has(f.cue.text.toLowerCase())) return undefined;
    return before === speaker || SHARED_MEDIA.has(channel) ? channel : undefined;
  }

  /**
   * `… a short post on Instagram. "I'm okay," she wrote.`: a writer named by a pronoun or `the
   * group` points to the sentence just before, whose written medium is theirs.
   */
  private mediumJustBefore(f: FoundStatement, sentence: number): Channel | undefined {
    if (!(this.byPronoun(f) || this.byDefinite(f))) return undefined;
    // the sentence before the words, which may run over several (`"…. Now they …," the group wrote`)
    // (two back: a sentence splitter may have cut the one before at `Dec. 8`)
    const first = Math.min(sentence, this.cast.sentenceOf(f.content.start));
    for (let s = first - 1; s >= 0 && s >= first - 2; s--) {
      const medium = this.mediumIn(s);
      if (medium) return medium;
    }
    return undefined;
  }

  /**
   * `In her reply, the attorney general said …`: a written medium named in the phrase that opens
   * the statement's sentence (one the statements stage's nouns do not name; a medium elsewhere in
   * it, `who was not involved in the study`, is not where the words were said); `In it, she argued
   * …` after `She sent a letter to …`: the one the sentence before names.
   */
  private mediumOfOwnSentence(s: number, first: number): Channel | undefined {
    const opening = this.tokens[first];
    if (!opening || !PLACING.has(opening.lower) || inRegions(this.quotes, opening.start))
      return undefined;
    const it = this.tokens[first + 1]?.lower;
    if (it === "it" || it === "them") return s > 0 ? this.mediumNamed(s - 1) : undefined;
    const end = this.starts[s + 1] ?? Number.MAX_SAFE_INTEGER;
    for (let i = first + 1; i < this.tokens.length && i <= first + MEDIUM_WORDS; i++) {
      const t = this.tokens[i] as Token;
      if (t.start >= end || inRegions(this.quotes, t.start)) return undefined;
      const medium = mediumOf(t);
      // (`In reply to …` is an idiom, `In her reply` the medium)
      if (medium) {
        if (i === first + 1 && PLACING_IDIOMS.has(`${opening.lower} ${t.lower}`)) return undefined;
        return this.notesResearch(i) ? "report" : medium;
      }
    }
    return undefined;
  }

  /** The first written medium sentence `s` names outside quotes, however (`sent a letter`). */
  private mediumNamed(s: number): Channel | undefined {
    const first = this.firstToken(s);
    for (let i = first, end = this.tokensEnd(s, first); i < end; i++) {
      const t = this.tokens[i] as Token;
      const medium = mediumOf(t);
      if (medium && !inRegions(this.quotes, t.start)) return medium;
    }
    return undefined;
  }

  /**
   * `The chair, Roberta Kilbride-Moss, accepted the resignation in a reply issued on Friday. Ms
   * Kilbride-Moss thanked him for '…' but said …`: a plain `said` right after the speaker's own
   * sentence, in the same paragraph, that places them in a written medium (whatever its verb) is
   * made in it.
   */
  private ownMediumJustBefore(
    f: FoundStatement,
    speaker: Draft,
    sentence: number,
    paragraph: number,
  ): Channel | undefined {
    const s = Math.min(sentence, this.cast.sentenceOf(f.content.start)) - 1;
    const start = this.starts[s];
    const end = this.starts[s + 1];
    if (start === undefined || end === undefined || this.cast.paragraphOf(start) !== paragraph)
      return undefined;
    // (the sentence's medium first: it is cached, and most sentences name none)
    const medium = this.mediumIn(s);
    if (!medium) return undefined;
    return this.isSubjectIn(speaker, start, end) ? medium : undefined;
  }

  /**
   * `Later in the meeting, the chief operating officer, Carla Whitcombe, told staff that …`: the
   * hearer `told` gave an interview, but the speaker's own sentence places them at an event.
   */
  private toldAtEvent(f: FoundStatement, speaker: Draft, sentence: number): boolean {
    if (!f.cue || !ADDRESSING_VERBS.has(f.cue.text.toLowerCase())) return false;
    this.bySubject ??= this.readScenes();
    const scene = latestScene(this.bySubject.get(speaker), sentence, sentence - 1);
    return scene?.channel === "speech";
  }

  /**
   * One who puts questions at an event speaks there: `Asked by Milo Varga of the Harbour Gazette
   * whether …, she said …. "Has he read it or not?" Varga pressed.`; `The committee's
   * chairwoman, Sen. Marguerite Lindqvist, asked why …` while a witness testifies. A sentence of
   * theirs within SCENE_GAP paragraphs puts the question, within a paragraph of words given at an
   * event.
   */
  private questionsAtEvent(
    speaker: Draft,
    sentence: number,
    paragraph: number,
    known: Medium | undefined,
  ): boolean {
    const live = this.lastAtEvent;
    if (live === undefined || paragraph - live > SCENE_GAP || !isPerson(speaker)) return false;
    const start = this.starts[sentence] as number;
    for (const o of this.cast.before(start, (o) => o.draft === speaker, SCENE_WINDOW)) {
      const p = this.cast.paragraphOf(o.start);
      // (a question put before the speaker's own later medium: `After the hearing, he told
      // reporters …` is past it)
      if (paragraph - p > SCENE_GAP || (known && this.cast.sentenceOf(o.start) <= known.sentence))
        break;
      if (Math.abs(p - live) <= 1 && this.putsQuestion(o)) return true;
    }
    return false;
  }

  /**
   * `"Sixteen days, Mr. Ashby-Finch," she said. "Who in your company knew …?"`: a person whose
   * own quoted words put a question within SCENE_GAP paragraphs of a witness's words puts it at
   * the hearing. (Not near a speech: the reactions around a rally or a debate ask rhetorical
   * questions, `"Do these people read newspapers?"`.)
   */
  private asksInWords(
    f: FoundStatement,
    speaker: Draft,
    paragraph: number,
    known: Medium | undefined,
  ): boolean {
    const live = this.lastTestimony;
    if (live === undefined || paragraph - live > SCENE_GAP || !isPerson(speaker)) return false;
    // (the speaker's own medium since, `told reporters after the hearing`, holds)
    if (known && !AT_EVENT.has(known.channel) && known.paragraph >= live) return false;
    const text = this.cast.text;
    const end = Math.min(text.length, f.content.start + QUESTION_CHARS);
    for (let c = f.content.start; c < end; c++) {
      const code = text.charCodeAt(c);
      if (code === 10) return false; // the paragraph's end
      if (code === 63 && inRegions(this.quotes, c)) return true;
    }
    return false;
  }

  /**
   * `Police Chief Omar Hale, who stood beside her, said …` in the paragraph after a person's words
   * at a speech event: a speaker whose sentence (or the one before, as its subject) puts them
   * beside someone stands at that event.
   */
  private besideSpeaker(speaker: Draft, sentence: number, paragraph: number): boolean {
    const live = this.lastSpoken;
    if (live === undefined || paragraph - live > 1 || !isPerson(speaker)) return false;
    if (this.namesBeside(sentence)) return true;
    const start = this.starts[sentence - 1];
    const end = this.starts[sentence];
    if (start === undefined || end === undefined || !this.namesBeside(sentence - 1)) return false;
    return this.isSubjectIn(speaker, start, end);
  }

  /** Whether `speaker` is a subject in the sentence `[start, end)`. */
  private isSubjectIn(speaker: Draft, start: number, end: number): boolean {
    const theirs = (o: Occurrence): boolean => o.draft === speaker && o.subject && o.end <= end;
    return this.cast.after(start - 1, theirs, end - start).length > 0;
  }

  /** Whether sentence `s` has a word of BESIDE outside quotes and reported words. */
  private namesBeside(s: number): boolean {
    const first = this.firstToken(s);
    for (let i = first, end = this.tokensEnd(s, first); i < end; i++) {
      const t = this.tokens[i] as Token;
      // (flagged as the text is read: a bit test spares most words the look-up)
      if ((t.kinds & SCENE_CONTEXT) === 0 || !BESIDE.has(t.lower)) continue;
      if (!inRegions(this.quotes, t.start) && !inRegions(this.reported, t.start)) return true;
    }
    return false;
  }

  /** Occurrence `o` puts a question: `Asked by o …,`, or `o, …, asked why` with `o` its subject. */
  private putsQuestion(o: Occurrence): boolean {
    const s = this.cast.sentenceOf(o.start);
    if (this.opensWithQuestion(s))
      return this.tokens[this.firstToken(s) + 1]?.lower === "by" && !o.subject;
    if (!o.subject) return false;
    const end = lowerBound(this.tokens, o.end);
    for (let i = end; i < this.tokens.length && i < end + QUESTION_WORDS_AFTER; i++)
      if (QUESTIONED.has((this.tokens[i] as Token).lower)) return true;
    // past an appositive: `Sen. Carl Brummitt, R-Kan., the committee's ranking Republican, asked`
    if (this.cast.text.charCodeAt(o.end) !== 44) return false;
    for (let i = end + 1; i < this.tokens.length && i < end + APPOSITIVE_WORDS; i++) {
      const t = this.tokens[i] as Token;
      if (QUESTIONED.has(t.lower) && this.commaBefore(i)) return true;
    }
    return false;
  }

  /** Whether a comma stands between token `i` and the one before it. */
  private commaBefore(i: number): boolean {
    const text = this.cast.text;
    for (let c = (this.tokens[i - 1] as Token).end; c < (this.tokens[i] as Token).start; c++)
      if (text.charCodeAt(c) === 44) return true;
    return false;
  }

  /**
   * `Asked whether the state had enough fuel …, the governor paused. "Enough if …," she said`,
   * `Pressed on when the review would begin, she said`: an answer to a question put in the
   * statement's sentence or the one before — the questions of the event the speaker last spoke
   * at, however many other voices the report wove in since.
   */
  private answers(f: FoundStatement, sentence: number): boolean {
    const at = this.cast.sentenceOf(f.content.start);
    const first = Math.min(sentence, at);
    return this.opensWithQuestion(first) || this.opensWithQuestion(first - 1);
  }

  /**
   * `Asked by reporters in the budget lock-up whether …, she said`: the press put the question, so
   * the answer is theirs, whatever event the speaker was last at.
   */
  private askedByPress(first: number): boolean {
    const opening = this.tokens[first];
    if (!opening || !QUESTIONED.has(opening.lower)) return false;
    if (this.tokens[first + 1]?.lower !== "by") return false;
    for (let i = first + 2; i < this.tokens.length && i <= first + 3; i++)
      if (PRESS_NOUNS.has((this.tokens[i] as Token).lower)) return true;
    return false;
  }

  /** Whether sentence `s` opens with `Asked` or `Pressed` (a question put to its subject). */
  private opensWithQuestion(s: number): boolean {
    if (s < 0) return false;
    const t = this.tokens[this.firstToken(s)];
    return t !== undefined && QUESTIONED.has(t.lower);
  }

  /**
   * The token at `i`, or none before the first or past the last: the scene readers look at the
   * words beside one, and a read past the array's end sends the optimised code back to the
   * interpreter, to be compiled again.
   */
  private tokenAt(i: number): Token | undefined {
    return i >= 0 && i < this.tokens.length ? this.tokens[i] : undefined;
  }

  /** The index of sentence `s`'s first token. */
  private firstToken(s: number): number {
    return lowerBound(this.tokens, this.starts[s] as number);
  }

  /** The index after sentence `s`'s last token read: no more than SENTENCE_WORDS from `first`. */
  private tokensEnd(s: number, first: number): number {
    const next = this.starts[s + 1];
    const end = next === undefined ? this.tokens.length : lowerBound(this.tokens, next);
    return Math.min(end, first + SENTENCE_WORDS);
  }

  /**
   * `The head of the commission resigned on Friday, accusing the mayor's office of treating it as
   * "a suggestion box with a budget."` then `In a four-page resignation letter …, Commission Chair
   * Beatrix Lindahl-Soto said …`: what a speaker said just before the text places them in a
   * written medium (their next sentence as a subject, within LEAD_GAP paragraphs), when they have
   * said nothing before or a day marks a new occasion, is from it.
   */
  private writtenAhead(
    f: FoundStatement,
    speaker: Draft,
    sentence: number,
    paragraph: number,
  ): Channel | undefined {
    // (a second statement of the same sentence, `saying he could no longer defend a target he
    // believed was "never going to be met"`, is from it too)
    const before = this.ahead.get(speaker);
    if (before?.sentence === sentence) return before.channel;
    // a speaker heard before leads into a new occasion only when a day marks it (`X said Tuesday
    // that she had read the reply "with real disappointment."` before `she said in a statement`)
    const heard = before || this.spoken.has(speaker) || this.media.has(speaker);
    const from = this.starts[sentence + 1];
    if (from === undefined || (heard && !this.saidOnADay(f))) return undefined;
    const theirs = (o: Occurrence): boolean => o.draft === speaker && o.subject;
    // (read no further than the LEAD_GAP paragraphs it may place the words from)
    const window = Math.min(SCENE_WINDOW, this.cast.paragraphsAhead(from - 1, LEAD_GAP));
    const next = this.cast.after(from - 1, theirs, window)[0];
    const nextParagraph = next && this.cast.paragraphOf(next.start);
    if (!next || (nextParagraph as number) - paragraph > LEAD_GAP) return undefined;
    const s = this.cast.sentenceOf(next.start);
    // (or a bare `"…," Drew wrote` next: the medium that `wrote` is in, when one is known — a
    // columnist's or an author's `wrote` is no letter, whatever the statements stage guessed)
    const medium =
      this.mediumIn(s) ??
      (this.writesAt(next)
        ? (this.writtenMedium(speaker, s, nextParagraph as number) ??
          this.ownDocument(speaker, next.start))
        : undefined);
    if (!medium) return undefined;
    const placed = { channel: medium, sentence, paragraph };
    this.media.set(speaker, placed);
    this.ahead.set(speaker, placed);
    return medium;
  }

  /** Whether occurrence `o` is the subject of a bare writing verb (`Drew wrote`, `wrote Drew`). */
  private writesAt(o: Occurrence): boolean {
    const i = lowerBound(this.tokens, o.end);
    const after = this.tokens[i];
    if (after && WRITING_VERBS.has(after.lower) && !inRegions(this.quotes, after.start))
      return true;
    const j = lowerBound(this.tokens, o.start) - 1;
    const before = this.tokens[j];
    return (
      before !== undefined &&
      WRITING_VERBS.has(before.lower) &&
      !inRegions(this.quotes, before.start)
    );
  }

  /**
   * `The coroner found that …`, `found in 2014 that …`: an interview guessed for what a finding
   * verb reports, with no medium named or placed, is the finder's written findings, a report.
   * Only with its `that`, and in the active: `found Ms. Sherry very professional`, `found it hard`
   * are opinions, and what `was found` is an object.
   */
  private findings(f: FoundStatement, channel: Channel): Channel {
    const cue = f.cue;
    if (channel !== "interview" || !cue || !FINDING_VERBS.has(cue.text.toLowerCase()))
      return channel;
    const i = this.afterCue(f);
    for (let j = i - 2; j >= 0 && j >= i - 3; j--)
      if (BE_FORMS.has((this.tokens[j] as Token).lower)) return channel; // passive: `was found`
    for (let j = i; j < this.tokens.length && j < i + FINDING_WORDS; j++)
      if ((this.tokens[j] as Token).lower === "that") return "report";
    return channel;
  }

  /**
   * `said on Friday`, `said Wednesday`: a day named with the words is an occasion of its own, not
   * the meeting the story reports.
   */
  private saidOnADay(f: FoundStatement): boolean {
    const i = this.afterCue(f);
    const next = this.tokens[i]?.lower === "on" ? this.tokens[i + 1] : this.tokens[i];
    return next !== undefined && DAYS.has(next.lower);
  }

  /** `said afterwards`, `said after the match`: the cue's next word puts the words past an event. */
  private saidAfter(f: FoundStatement): boolean {
    const next = this.tokens[this.afterCue(f)];
    return next !== undefined && AFTER_EVENT.has(next.lower);
  }

  /** The index of the token right after the statement's cue; past the tokens when it has none. */
  private afterCue(f: FoundStatement): number {
    return f.cue ? lowerBound(this.tokens, f.cue.end) : this.tokens.length;
  }

  /**
   * `"…," one player wrote on Kiteline. Another wrote simply: "…"`; `The mayors said they would
   * present … "We will bring numbers," the two officials wrote`: a bare `wrote` right after words
   * given a written medium in the same paragraph writes in it too.
   */
  private writtenJustBefore(paragraph: number): Channel | undefined {
    const previous = this.previous;
    if (!previous || previous.paragraph !== paragraph) return undefined;
    return WRITTEN_CHANNELS.has(previous.channel) ? previous.channel : undefined;
  }

  /**
   * `In a 31-page written order, Judge X gave …. "…," X wrote.`; `The report, … signed by Coroner
   * Y, says …. "…," Y wrote.`: a bare `wrote` by the writer of a document named in the
   * IN_VIEW paragraphs before (one kind only, as for joint signers) is that document.
   */
  private ownDocument(writer: Draft, at: number): Channel | undefined {
    this.authored ??= documentsByAuthor(this.cast);
    const paragraph = this.cast.paragraphOf(at);
    let channel: Channel | undefined;
    for (const doc of this.authored.get(writer) ?? []) {
      // named in a paragraph before the words: one named with them may be what they answer
      // (`Responding to a complaint from a senator, X wrote`)
      if (!doc.paragraphs.some((p) => p < paragraph && paragraph - p <= IN_VIEW)) continue;
      if (channel && channel !== doc.channel) return undefined;
      channel = doc.channel;
    }
    return channel;
  }

  /** Whether the statement's speaker is named by `the` and a noun (`the group wrote`). */
  private byDefinite(f: FoundStatement): boolean {
    const m = f.speakerMention;
    const t = m && this.tokens[lowerBound(this.tokens, m.start)];
    return t !== undefined && t.start === m?.start && t.lower === "the";
  }

  /** Whether the statement's speaker is named by `he` or `she`, which point to the last subject. */
  private byPronoun(f: FoundStatement): boolean {
    const m = f.speakerMention;
    const t = m && this.tokens[lowerBound(this.tokens, m.start)];
    return t !== undefined && t.start === m?.start && (t.kinds & HE_OR_SHE) !== 0;
  }

  /**
   * Where a guessed `said` was made, from the scenes: the speaker's own (a sentence of theirs at
   * an event, or their last word there), else an event set as the scene that they are new to.
   */
  private sceneMedium(
    f: FoundStatement,
    speaker: Draft,
    sentence: number,
    paragraph: number,
  ): Channel | undefined {
    this.bySubject ??= this.readScenes();
    const known = this.media.get(speaker);
    const scene = latestScene(this.bySubject.get(speaker), sentence, known?.sentence ?? -1);
    if (scene && paragraph - scene.paragraph <= SCENE_GAP) {
      this.media.set(speaker, { channel: scene.channel, sentence, paragraph });
      return AT_EVENT.has(scene.channel) ? scene.channel : undefined;
    }
    // a witness goes on testifying as a speaker goes on speaking (`replied` under questioning),
    // until the text takes them past the event (`He told reporters after the ceremony …`)
    const left = scene?.channel === "interview";
    const goesOn =
      known && !left && (paragraph - known.paragraph <= EVENT_GAP || this.answers(f, sentence));
    if (known && AT_EVENT.has(known.channel) && goesOn) {
      known.paragraph = paragraph;
      return known.channel;
    }
    const event = latestScene(this.events, sentence, known?.sentence ?? -1);
    // `… at a packed parents' meeting. "We are not closing," she said.`: the pronoun is the
    // subject of the sentence just before, which sets the event
    const justBefore = event?.sentence === sentence - 1 && this.byPronoun(f);
    // (a hearing's newcomers are its witnesses; its panel is told apart by role, see onThePanel)
    // (here and below, the scenes are asked before the words' own: reading the cue's next word is
    // a search over the tokens, and most texts set no scene)
    if (
      event &&
      (justBefore || (paragraph - event.paragraph <= NEWCOMER_GAP && this.isNewTo(event, speaker)))
    )
      return this.place(speaker, event.channel, sentence, paragraph);
    if (
      this.inChamber(speaker, sentence, paragraph, known) ||
      this.questionsAtEvent(speaker, sentence, paragraph, known) ||
      this.asksInWords(f, speaker, paragraph, known) ||
      this.besideSpeaker(speaker, sentence, paragraph) ||
      (this.atMeeting(speaker, sentence, paragraph, known) && !this.saidOnADay(f))
    )
      return this.place(speaker, "speech", sentence, paragraph);
    // `…, the Merrow County sheriff said.` in the lead, then `Sheriff Dwayne Kolber told reporters
    // at an afternoon news conference`: what a speaker said before the text places them at an
    // event, with no medium of theirs known yet, was said there
    // (but not what they said `afterwards`: past the event, as its own words say)
    const ahead = known ? undefined : nextScene(this.bySubject.get(speaker), sentence);
    if (
      ahead &&
      AT_EVENT.has(ahead.channel) &&
      ahead.paragraph - paragraph <= LEAD_GAP &&
      !this.saidAfter(f)
    )
      return this.place(speaker, ahead.channel, sentence, paragraph);
    return undefined;
  }

  /**
   * `Opposition deputies interrupted her several times. Youssef Benkirane-Alaoui, a deputy from the
   * Authenticity Bloc, accused …`: a legislature's member (LEGISLATOR_ROLES) heard within
   * NEWCOMER_GAP paragraphs of a sitting the text placed someone at (or of the words given there
   * since) speaks in the chamber; one heard within SCENE_GAP paragraphs of a witness's words puts
   * questions at the hearing.
   */
  private inChamber(
    speaker: Draft,
    sentence: number,
    paragraph: number,
    known: Medium | undefined,
  ): boolean {
    if (!isPerson(speaker)) return false;
    const heard = this.lastTestimony;
    const hearing = heard !== undefined && paragraph - heard <= SCENE_GAP;
    // (most texts have neither a hearing nor a sitting: the role is read only when one is)
    if (!hearing && this.sittings.length === 0) return false;
    const word = roleWord(speaker);
    if (!word || !LEGISLATOR_ROLES.has(word)) return false;
    // at a hearing, while a witness is heard (`Sen. Kwame Boateng, the committee's chairman,
    // pressed the administrator …` after a memo's paragraphs), unless they spoke elsewhere since
    if (hearing) return !known || AT_EVENT.has(known.channel) || known.paragraph < heard;
    const sitting = latestScene(this.sittings, sentence, known?.sentence ?? -1);
    if (!sitting) return false;
    // (the chamber sits while people speak there: from the last words given at an event)
    return paragraph - Math.max(sitting.paragraph, this.lastSpoken ?? -1) <= NEWCOMER_GAP;
  }

  /**
   * A judge or a lawmaker (PANEL_ROLES) at a hearing sits on its bench or panel, and a prosecutor or
   * a lawyer (ADVOCATE_ROLES) argues before it: their words there are a speech, unless they
   * `testified` or sit at the witness table.
   */
  private onThePanel(speaker: Draft, f: FoundStatement): boolean {
    const word = roleWord(speaker);
    if (!word || f.cue?.text.toLowerCase().startsWith("testif")) return false;
    if (!PANEL_ROLES.has(word) && !ADVOCATE_ROLES.has(word)) return false;
    this.bySubject ??= this.readScenes();
    const at = this.cast.sentenceOf(f.cue?.start ?? f.content.start);
    const scene = latestScene(this.bySubject.get(speaker), at, -1);
    return !scene || !this.witnessed.has(scene.sentence);
  }

  /** Places the speaker in `channel` from this sentence on, and gives the words that channel. */
  private place(speaker: Draft, channel: Channel, sentence: number, paragraph: number): Channel {
    this.media.set(speaker, { channel, sentence, paragraph });
    return channel;
  }

  /**
   * A public meeting's voices go on while people speak there: someone first named after it, within
   * NEWCOMER_GAP paragraphs of the last words said there, speaks there too (`Parents lined up for
   * two hours of public comment.` … `Board president Graham Ostby, who voted for the closure,
   * said`). Not a launch's or a briefing's, whose later voices are often reactions from outside.
   */
  private atMeeting(
    speaker: Draft,
    sentence: number,
    paragraph: number,
    known: Medium | undefined,
  ): boolean {
    if (!isPerson(speaker)) return false;
    const meeting = latestScene(this.meetings, sentence, known?.sentence ?? -1);
    if (!meeting) return false;
    const last = Math.max(meeting.paragraph, this.lastSpoken ?? -1);
    return paragraph - last <= NEWCOMER_GAP && this.isNewTo(meeting, speaker);
  }

  /**
   * Someone first named after the text set an event as the scene (not one person's), or in the
   * sentence that sets it, is one of those speaking there.
   */
  private isNewTo(event: Scene, speaker: Draft): boolean {
    const first = this.firstMention(speaker);
    if (first < (this.starts[event.sentence] as number)) return false;
    return event.open === true || this.cast.sentenceOf(first) === event.sentence;
  }

  /** `she wrote` with no medium named: the statements stage's `letter` is the verb's guess. */
  private writtenOnly(f: FoundStatement): boolean {
    return f.cue !== undefined && WRITING_VERBS.has(f.cue.text.toLowerCase());
  }

  /**
   * The written medium a writer is placed in: named in the statement's own sentence (`wrote in
   * her newsletter`), else the latest of a medium a statement of theirs named and a sentence of
   * theirs that names one (`announced the split in a post`), within SCENE_GAP paragraphs.
   */
  private writtenMedium(writer: Draft, sentence: number, paragraph: number): Channel | undefined {
    if (writer.type === "document" && writer.noun) return writer.noun;
    const own = this.mediumIn(sentence);
    if (own) return own;
    const known = this.media.get(writer);
    const start = this.starts[sentence] as number;
    const theirs = this.cast.before(start, (o) => o.draft === writer && o.subject, SCENE_WINDOW);
    for (const o of theirs) {
      const s = this.cast.sentenceOf(o.start);
      if (known && s <= known.sentence) break;
      const medium = this.mediumIn(s);
      if (medium && paragraph - this.cast.paragraphOf(o.start) <= SCENE_GAP) return medium;
    }
    if (known && known.channel !== "interview" && known.channel !== "speech")
      return paragraph - known.paragraph <= SCENE_GAP ? known.channel : undefined;
    return undefined;
  }

  /** The first written medium a sentence names outside quotes and reported words. */
  private mediumIn(sentence: number): Channel | undefined {
    let known = this.written.get(sentence);
    if (known !== undefined) return known ?? undefined;
    const first = this.firstToken(sentence);
    known = null;
    for (let i = first, end = this.tokensEnd(sentence, first); i < end; i++) {
      const t = this.tokens[i] as Token;
      // (the noun first: most words are none, and the regions are searched)
      const medium = mediumOf(t);
      if (!medium || inRegions(this.quotes, t.start) || inRegions(this.reported, t.start)) continue;
      if (this.afterPlacing(i, first, medium)) {
        known = this.notesResearch(i) ? "report" : medium;
        break;
      }
    }
    this.written.set(sentence, known);
    return known ?? undefined;
  }

  /** Token `i` is an analyst's research note: `a note to clients` (RESEARCH_READERS). */
  private notesResearch(i: number): boolean {
    if ((this.tokens[i] as Token).lower !== "note" || this.tokenAt(i + 1)?.lower !== "to")
      return false;
    const reader = this.tokenAt(i + 2);
    return reader !== undefined && RESEARCH_READERS.has(reader.lower);
  }

  /**
   * `in a note`, `on her blog`, `in its 38-page decision`: a placing preposition just before; or,
   * before a statement, a verb of reading it out (`read a short statement outside the court`).
   */
  private afterPlacing(i: number, first: number, medium: Channel): boolean {
    const prev = this.tokens[i - 1];
    if (prev && PLACING_IDIOMS.has(`${prev.lower} ${(this.tokens[i] as Token).lower}`))
      return false;
    const readOut = medium === "statement";
    for (let j = i - 1; j >= first && j >= i - MEDIUM_WORDS; j--) {
      const w = (this.tokens[j] as Token).lower;
      if (PLACING.has(w) || (readOut && READING_VERBS.has(w))) return true;
    }
    return false;
  }

  /** Where the text first names an actor. */
  private firstMention(d: Draft): number {
    let first = this.firsts.get(d);
    if (first === undefined) {
      first = Number.MAX_SAFE_INTEGER;
      for (const m of d.mentions) if (m.start < first) first = m.start;
      this.firsts.set(d, first);
    }
    return first;
  }

  /** The scenes of the text's sentences that name an event, by the subjects of each. */
  private readScenes(): Map<Draft, Scene[]> {
    const bySubject = new Map<Draft, Scene[]>();
    // (where the sentence read last ends: its other words are not asked again)
    let readUpTo = -1;
    for (const i of this.sceneWords) {
      const t = this.tokens[i] as Token;
      if (t.start < readUpTo || !this.mayBeScene(i)) continue;
      const sentence = this.cast.sentenceOf(t.start);
      readUpTo = this.starts[sentence + 1] ?? Number.MAX_SAFE_INTEGER;
      const read = this.readScene(sentence);
      if (!read) continue;
      const { channel } = read;
      if (this.isWitness(read.word)) this.witnessed.add(sentence);
      const subjects = this.addScene(bySubject, sentence, channel);
      if (AT_EVENT.has(channel)) {
        const paragraph = this.cast.paragraphOf(t.start);
        const scene = { sentence, paragraph, channel, open: subjects === 0 };
        this.events.push(scene);
        if (scene.open && channel === "speech" && this.isMeeting(read.word))
          this.meetings.push(scene);
        if (channel === "speech" && SITTING_BODIES.has((this.tokens[read.word] as Token).lower))
          this.sittings.push(scene);
      }
    }
    return bySubject;
  }

  /** Gives the scene to each actor that is a subject in the sentence; returns how many. */
  private addScene(bySubject: Map<Draft, Scene[]>, sentence: number, channel: Channel): number {
    const own = this.starts[sentence] as number;
    const end = this.starts[sentence + 1] ?? this.cast.text.length;
    const paragraph = this.cast.paragraphOf(own);
    const inSentence = (o: Occurrence): boolean => o.subject && o.end <= end;
    let subjects = this.cast.after(own - 1, inSentence, end - own);
    // (a clause with no subject of its own shares the one of the sentence it continues)
    const start = subjects.length === 0 ? this.clauseStart(sentence, own, paragraph) : own;
    if (start !== own) subjects = this.cast.after(start - 1, inSentence, end - start);
    for (const o of subjects) {
      const list = bySubject.get(o.draft) ?? [];
      if (list.at(-1)?.sentence !== sentence) list.push({ sentence, paragraph, channel });
      bySubject.set(o.draft, list);
    }
    return subjects.length;
  }

  /**
   * Where the clause of sentence `s` (starting at `own`) begins: `… signed the order shortly after 6
   * a.m. and announced it at the town hall`, cut at the abbreviation's stop, opens with a lower-case
   * `and` and shares the subject of the sentence before (in the same paragraph), who is the one
   * placed there.
   */
  private clauseStart(s: number, own: number, paragraph: number): number {
    if (s === 0 || !COORDINATORS.has(this.tokens[this.firstToken(s)]?.text ?? "")) return own;
    const before = this.starts[s - 1] as number;
    return this.cast.paragraphOf(before) === paragraph ? before : own;
  }

  /**
   * `at a news conference`, `in his victory speech`, `addressed a crowd`, `public comment` →
   * speech; `after the debate`, `outside the council meeting` → interview. Neither quotes nor
   * reported words count (`said the debate was rigged`), nor the question put in an `Asked
   * whether …,` clause.
   */
  private readScene(sentence: number): SceneRead | undefined {
    const first = this.firstToken(sentence);
    let addressed = -AUDIENCE_WORDS - 1;
    let away = -AFTER_WORDS - 1;
    let asked = false;
    const text = this.cast.text;
    for (let i = first, end = this.tokensEnd(sentence, first); i < end; i++) {
      const t = this.tokens[i] as Token;
      if (asked) {
        asked = text.charCodeAt(t.end) !== 44; // up to the comma closing the clause
        continue;
      }
      if ((t.kinds & (SCENE_WORD | SCENE_CONTEXT)) === 0) continue;
      if (inRegions(this.quotes, t.start)) continue;
      if (inRegions(this.reported, t.start) && !this.placedAfterQuote(i)) continue;
      const w = t.lower;
      if (w === "asked") asked = this.opensQuestion(i) && text.charCodeAt(t.end) !== 44;
      else if (PLANNED.has(w)) return undefined;
      else if (AFTER_EVENT.has(w)) away = i;
      else if (ADDRESSING_VERBS.has(w)) addressed = i;
      else if (this.isWitness(i) || this.isHearing(i))
        return { channel: i - away <= AFTER_WORDS ? "interview" : "testimony", word: i };
      else if (
        this.isEvent(i) ||
        (i - addressed <= AUDIENCE_WORDS && (AUDIENCE_NOUNS.has(w) || this.isChamber(i))) ||
        this.sitsIn(i, first) ||
        this.acceptsPrize(i)
      )
        return { channel: i - away <= AFTER_WORDS ? "interview" : "speech", word: i };
    }
    return undefined;
  }

  /**
   * `called the bridge "a promise kept" at a ceremony`: a place word (`at`, `during`) right after
   * a partial quote's closing mark, one or two words before event `i`, sets where the quoted
   * words were said, though the statement's reported words run on to the sentence's end.
   */
  private placedAfterQuote(i: number): boolean {
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const t = this.tokens[j] as Token;
      if (!AFTER_QUOTE.has(t.lower)) continue;
      let k = t.start - 1;
      const text = this.cast.text;
      while (k > 0 && isSpaceCode(text.charCodeAt(k))) k--;
      const c = text.charCodeAt(k);
      return c === 34 || c === 0x201d;
    }
    return false;
  }

  /**
   * `Asked whether …,` opens a question put to the subject; `she asked to be wheeled to the
   * front of the stage` is the subject asking, and her own sentence.
   */
  private opensQuestion(i: number): boolean {
    const next = this.tokenAt(i + 1);
    return next !== undefined && QUESTION_WORDS.has(next.lower);
  }

  /**
   * Token `i` (a scene word) names an event, or an audience just after `told` or `addressed`:
   * only then is its sentence read (`meeting` in `declined to comment`'s articles is mostly not).
   */
  private mayBeScene(i: number): boolean {
    if (this.isEvent(i) || this.isWitness(i) || this.isHearing(i)) return true;
    const chamber = this.isChamber(i);
    if (chamber && this.sitsIn(i)) return true;
    if (chamber || AUDIENCE_NOUNS.has((this.tokens[i] as Token).lower))
      for (let j = i - 1; j >= 0 && j >= i - AUDIENCE_WORDS; j--) {
        const t = this.tokens[j] as Token;
        if ((t.kinds & SCENE_CONTEXT) !== 0 && ADDRESSING_VERBS.has(t.lower)) return true;
      }
    // (asked last: V8 inlines the more frequent calls first, and before isChamber this one, the
    // newest, left no room for it, then compiled alone)
    return this.acceptsPrize(i);
  }

  /**
   * Token `i` names an event: one event word (not `podium room`), one who speaks at one (not a
   * parliament's `Speaker`), the second of a pair, or a gathering someone is placed at (`at a
   * packed meeting`, not `a meeting with`).
   */
  private isEvent(i: number): boolean {
    const w = (this.tokens[i] as Token).lower;
    const next = this.tokenAt(i + 1);
    if (next && EVENT_PLACES.has(next.lower)) return false;
    if (EVENT_NOUNS.has(w)) return !this.isTopic(i);
    if (ADDRESSING_PLACES.has(w)) return this.fromThe(i);
    if (EVENT_ROLES.has(w)) return ((this.tokens[i] as Token).kinds & CAPITAL) === 0;
    if (GATHERINGS.has(w) && next?.lower !== "with" && this.placedAt(i)) return true;
    const prev = this.tokenAt(i - 1);
    // (a pair's first word is flagged as the text is read: most words before need no pair built)
    return (
      prev !== undefined &&
      (prev.kinds & SCENE_CONTEXT) !== 0 &&
      EVENT_PAIRS.has(`${prev.lower} ${w}`)
    );
  }

  /**
   * Token `i` takes a prize in public: `accepted the award`, or an `accepted` with no object
   * (`who accepted in tears`) just after the text names a prize (`The second prize went to …`).
   * Prizes are handed over at a ceremony, where who takes one speaks.
   */
  private acceptsPrize(i: number): boolean {
    if (!ACCEPTING_VERBS.has((this.tokens[i] as Token).lower)) return false;
    for (let j = i + 1; j < this.tokens.length && j <= i + PRIZE_WORDS; j++)
      if (PRIZE_NOUNS.has((this.tokens[j] as Token).lower)) return true;
    if (!this.takesNoObject(i)) return false;
    for (let j = i - 1; j >= 0 && j >= i - PRIZE_BACK; j--)
      if (PRIZE_NOUNS.has((this.tokens[j] as Token).lower)) return true;
    return false;
  }

  /** Verb `i` ends its clause or goes on with a preposition (`accepted, smiling`, `accepted with`). */
  private takesNoObject(i: number): boolean {
    const next = this.tokenAt(i + 1);
    if (!next) return true;
    const after = this.cast.text.charCodeAt((this.tokens[i] as Token).end);
    return after === 44 || after === 46 || OBJECTLESS_AFTER.has(next.lower);
  }

  /**
   * Token `i` names a legislature's chamber (SITTING_BODIES): `house` only as `the lower house`,
   * or as a capitalised `House` not followed by another capitalised word or its staff's noun.
   */
  private isChamber(i: number): boolean {
    const t = this.tokens[i] as Token;
    if (!SITTING_BODIES.has(t.lower)) return false;
    if (t.lower !== "house") return true;
    if (CHAMBER_SIDES.has(this.tokenAt(i - 1)?.lower ?? "")) return true;
    const next = this.tokenAt(i + 1);
    if ((t.kinds & CAPITAL) === 0) return false;
    // (the phrase ends at a stop or a comma, or at a word that opens the next phrase)
    return (
      !next || !onlySpaceCodes(this.cast.text, t.end, next.start) || CHAMBER_ENDS.has(next.lower)
    );
  }

  /**
   * `In parliament, the minister promised …`, `Speaking in parliament on Tuesday, she said`,
   * `said in the lower house`: the chamber `i` (within two words of `in` or `during`) opens the
   * sentence, or follows a verb of speaking, so the sentence's subject speaks in it. (Not `seats
   * in parliament`, `a majority in the house`.) `first` is the sentence's first token, found here
   * when not given.
   */
  private sitsIn(i: number, first?: number): boolean {
    if (!this.isChamber(i)) return false;
    let j = i - 1;
    while (j >= 0 && j >= i - 3 && !IN_SITTING.has((this.tokens[j] as Token).lower)) j--;
    if (j < 0 || j < i - 3) return false;
    // (the sentence's first token only now: most chambers have no `in` just before them)
    const opening = first ?? this.firstToken(this.cast.sentenceOf((this.tokens[i] as Token).start));
    if (j <= opening) return j === opening;
    const before = (this.tokens[j - 1] as Token).lower;
    return SPEAKING_IN.has(before) || (j - 1 === opening && before === "speaking");
  }

  /** Token `i` (an event) names a public meeting: a gathering, or a pair (`public comment`). */
  private isMeeting(i: number): boolean {
    const w = (this.tokens[i] as Token).lower;
    if (GATHERINGS.has(w)) return true;
    const prev = this.tokenAt(i - 1);
    return prev !== undefined && EVENT_PAIRS.has(`${prev.lower} ${w}`);
  }

  /**
   * `spoke from the bench`: the place one addresses a room from, right after `from` and `the`,
   * framing a verb of speaking just before (`told the jury from the bench`), not another verb's
   * (`has seen the effect from the bench`).
   */
  private fromThe(i: number): boolean {
    const the = this.tokenAt(i - 1);
    if (the?.lower !== "the" || this.tokenAt(i - 2)?.lower !== "from") return false;
    for (let j = i - 3; j >= 0 && j >= i - 3 - FROM_WORDS; j--)
      if (SPEAKING_FROM.has((this.tokens[j] as Token).lower)) return true;
    return false;
  }

  /**
   * Token `i` names a hearing someone is placed at (`at a Banking Committee hearing`, `after the
   * hearing`), not the verb (`after hearing the verdict`, a placing word right before it) nor a
   * public hearing (an event pair).
   */
  private isHearing(i: number): boolean {
    const w = (this.tokens[i] as Token).lower;
    if (!HEARINGS.has(w)) return false;
    const prev = this.tokenAt(i - 1)?.lower ?? "";
    // (`a public hearing` is a meeting's public comment: an event pair, read as speech)
    if (AT_GATHERING.has(prev) || AFTER_EVENT.has(prev) || EVENT_PAIRS.has(`${prev} ${w}`))
      return false;
    return this.placedAt(i);
  }

  /**
   * Token `i` makes its sentence's subject the witness: `the witness stand`. (Not `testified`: in
   * political news it is as often past testimony, `Clinton testified in 2013`, as this hearing's.)
   */
  private isWitness(i: number): boolean {
    return this.isWitnessSeat(i);
  }

  /** Token `i` ends a witness's seat (`the witness table`): who sits there testifies. */
  private isWitnessSeat(i: number): boolean {
    const w = (this.tokens[i] as Token).lower;
    // (asked of every scene word: a pair is built only for a seat's own noun)
    if (!SEATS.has(w)) return false;
    const prev = this.tokenAt(i - 1);
    return prev !== undefined && TESTIMONY_PAIRS.has(`${prev.lower} ${w}`);
  }

  /** `the heart of the debate`: the event word is what is argued over, two or three words on. */
  private isTopic(i: number): boolean {
    for (let j = i - 1; j >= 1 && j >= i - 2; j--)
      if ((this.tokens[j] as Token).lower === "of")
        return TOPIC_HEADS.has((this.tokens[j - 1] as Token).lower);
    return false;
  }

  /** A word placing someone at the gathering `i` (`at`, `told`, `after`) shortly before it. */
  private placedAt(i: number): boolean {
    for (let j = i - 1; j >= 0 && j >= i - GATHERING_WORDS; j--) {
      const w = (this.tokens[j] as Token).lower;
      if (AT_GATHERING.has(w) || ADDRESSING_VERBS.has(w) || AFTER_EVENT.has(w)) return true;
    }
    return false;
  }
}

const DAYS: ReadonlySet<string> = new Set(WEEKDAYS);

/** The last word of a name, lower case (`answer` of `company's answer`). */
function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(" ") + 1).toLowerCase();
}

/** The last word of a speaker's role, lower case, less an abbreviation's stop (`sen` of `Sen.`). */
function roleWord(d: Draft): string | undefined {
  if (!d.role) return undefined;
  const word = lastWord(d.role);
  return word.endsWith(".") ? word.slice(0, -1) : word;
}

/** A person, named or not, as opposed to a group, an organisation or a document. */
function isPerson(d: Draft): boolean {
  return d.type === "person" || d.type === "unnamed";
}

/** How many of the scenes (sorted by sentence) are in sentence `upTo` or before. */
function scenesUpTo(scenes: readonly Scene[], upTo: number): number {
  let lo = 0;
  let hi = scenes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((scenes[mid] as Scene).sentence <= upTo) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first of a subject's scenes (sorted by sentence) after sentence `after`. */
function nextScene(scenes: Scene[] | undefined, after: number): Scene | undefined {
  return scenes && scenes[scenesUpTo(scenes, after)];
}

/** The last of a subject's scenes (sorted by sentence) in a sentence after `after`, up to `upTo`. */
function latestScene(scenes: Scene[] | undefined, upTo: number, after: number): Scene | undefined {
  const scene = scenes && scenes[scenesUpTo(scenes, upTo) - 1];
  return scene && scene.sentence > after ? scene : undefined;
}

/** Whether `[from, to)` holds nothing but white space (`\s`), or nothing. */
function onlySpaceCodes(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpaceCode(text.charCodeAt(k))) return false;
  return true;
}

/** The written medium the token's word names (`letter`), read by its kinds first: most are none. */
function mediumOf(t: Token): Channel | undefined {
  return t.kinds & WRITTEN_MEDIUM ? WRITTEN_MEDIA.get(t.lower) : undefined;
}
