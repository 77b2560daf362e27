// The shared record types every pipeline stage reads and writes.
// Offsets are JavaScript string indices (UTF-16 code units) into `Article.text`, end-exclusive,
// so any span can be highlighted in what the user gave us.

/** A diagnostic is data, not a string (vfile-style). */
export interface Diagnostic {
  /** The input it is about: a file path, URL, `stdin`, or `batch.jsonl#12`. */
  source: string;
  /** 1-based line and column in the input, where known. */
  line?: number;
  column?: number;
  /** Stable rule id, e.g. `quote-unclosed`, `encoding-guessed`. */
  ruleId: string;
  /** What a person reads. */
  reason: string;
  /** True when the input could not be processed at all. */
  fatal: boolean;
}

/** A half-open span `[start, end)` into `Article.text`, with the text it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Paragraph extends Span {
  /** Block kind the paragraph came from, where known (`p`, `h2`, `li`, `blockquote`, `text`). */
  kind?: string;
}

/** Why a piece of the input is not article text. */
export type RemovalReason =
  | "teaser" // READ MORE:, MORE NEWS:, Related:
  | "navigation" // Click here, Sign up, share bars
  | "photo-credit" // (Susan Walsh/AP)
  | "video-credit" // (The California Channel)
  | "caption" // a photo caption paragraph
  | "copyright" // © footers
  | "contributor" // "Bay City News Service contributed to this report."
  | "other";

export interface Removal extends Span {
  reason: RemovalReason;
  /** The rule that fired, for diffs and debugging. */
  ruleId: string;
}

export interface Dateline extends Span {
  /** `SAN FRANCISCO` */
  place: string;
  /** `CBS SF`, `AP`, `Reuters` when given. */
  agency?: string;
}

export interface ArticleMeta {
  title?: string;
  /** Authors, in order. */
  byline: string[];
  /** Outlet / site name, e.g. `The Washington Post`. */
  outlet?: string;
  /** Publication date, `YYYY-MM-DD` (or a full ISO timestamp when the time is known). */
  published?: string;
  /** Where each metadata field came from: `user`, `json-ld`, `opengraph`, `meta`, `time`, `url`, `text`. */
  provenance: Partial<Record<"title" | "byline" | "outlet" | "published" | "language", string>>;
  url?: string;
  canonicalUrl?: string;
  /** BCP 47 language tag where known, e.g. `en`. */
  language?: string;
  dateline?: Dateline;
}

export interface Article {
  /** Stable id: a batch record's `id`, else derived from the file name or URL. */
  id: string;
  /** Where it came from (file path, URL, `stdin`, `batch.jsonl#3`). */
  source: string;
  format: "text" | "html";
  /**
   * The input text all offsets refer to: the decoded file as received for plain text; for HTML,
   * the main text extracted from the page (paragraphs separated by blank lines).
   */
  text: string;
  /** Kept paragraphs, in order: the clean article is these joined by blank lines. */
  paragraphs: Paragraph[];
  /** Every piece of the text that was dropped, with the reason. */
  removals: Removal[];
  meta: ArticleMeta;
  warnings: Diagnostic[];
}

// ---------------------------------------------------------------- statements and actors

export type StatementKind = "direct" | "partial" | "indirect";

/** The medium the text says the statement was made in. */
export type Channel =
  | "letter"
  | "statement"
  | "interview"
  | "document"
  | "speech"
  | "post"
  | "testimony"
  | "report"
  | "unknown";

export type ActorType = "person" | "organisation" | "group" | "document" | "unnamed";

export interface Mention extends Span {
  /** The actor the mention resolves to. */
  actorId: string;
}

export interface Actor {
  /** Unique within one analysis, e.g. `a1`; stable across runs on the same input. */
  id: string;
  /** The fullest name found, e.g. `John F. Kelly`. */
  name: string;
  type: ActorType;
  role?: string;
  organisation?: string;
  /** Every surface form used for this actor (`John F. Kelly`, `Kelly`, `Secretary Kelly`). */
  aliases: string[];
  mentions: Mention[];
  /** For groups and documents: the actors they stand for (a letter's signers, joint authors). */
  members?: string[];
}

export interface Speaker {
  /** The actor the statement is attributed to (for a document, the document actor). */
  actorId: string;
  /** Canonical name of that actor. */
  name: string;
  /** The words at the statement that refer to the speaker (`she`, `the letter`, `Sessions and Kelly`). */
  mention?: Span;
  /** The people the speaker stands for: signers of a letter, members of a group; else [actorId]. */
  resolvedActorIds: string[];
}

export interface Statement {
  /** `s1`, `s2`, … in text order. */
  id: string;
  kind: StatementKind;
  /** The whole reported content (for direct speech, the quoted words; for indirect, the clause). */
  content: Span;
  /** The quoted span, without its quotation marks, for direct and partial statements. */
  quote?: Span;
  /** The reporting verb or phrase (`said`, `wrote`, `according to`). */
  cue?: Span;
  speaker?: Speaker;
  channel: Channel;
  /** 0..1 */
  confidence: number;
}

export interface Analysis {
  article: Article;
  statements: Statement[];
  actors: Actor[];
  warnings: Diagnostic[];
}

// ---------------------------------------------------------------- story record (compare)

export type AlignmentKind =
  | "same words"
  | "same words, speaker differs"
  | "variant wording"
  | "paraphrase of a quote"
  | "paraphrase";

/** One statement (or fact sentence) of one article, as part of an alignment. */
export interface AlignedMember {
  articleId: string;
  statementId?: string;
  span: Span;
  /** Story-level actor ids of the speaker, where there is one. */
  speakerIds: string[];
}

export interface Alignment {
  id: string;
  kind: AlignmentKind;
  /** Story-level actor ids of the source(s). */
  sourceIds: string[];
  members: AlignedMember[];
  /** Word-level difference for variants: tokens with `=`, `-` (first only), `+` (second only). */
  diff?: { op: "=" | "-" | "+"; text: string }[];
  /** 0..1 */
  score: number;
}

export interface StoryActor extends Omit<Actor, "mentions" | "members"> {
  /** Per article: the article-level actor ids merged into this one. */
  perArticle: Record<string, string[]>;
  members?: string[];
}

export interface CoverageItem {
  articleId: string;
  kind: "statement" | "actor" | "fact";
  /** Statement id, story actor id, or a paragraph-sentence span. */
  ref: string;
  text: string;
}

export interface Voice {
  actorId: string;
  name: string;
  statements: number;
  quotedWords: number;
  /** officials, courts, advocates, … where roles allow; else `other`. */
  category: string;
}

export interface TimelineEvent {
  /** `YYYY-MM-DD`, `YYYY-MM`, or a week/range such as `2017-03-27/2017-03-31`; absent when unresolved. */
  when?: string;
  resolved: boolean;
  /** The expression in the text, e.g. `Friday`, `earlier this month`. */
  expression: Span & { articleId: string };
  /** The clause or sentence the date belongs to. */
  event: string;
  /** Optional (added by compare): the same event's date expressions in other articles, merged into this one. */
  others?: (Span & { articleId: string; event: string })[];
}

export interface StoryRecord {
  schema: "parallax.story/1";
  articles: Analysis[];
  actors: StoryActor[];
  alignments: Alignment[];
  /** Per article id: what only it carries. */
  onlyIn: Record<string, CoverageItem[]>;
  /** Per article id: what it shares with at least one other. */
  shared: Record<string, CoverageItem[]>;
  /** Per article id. */
  voices: Record<string, Voice[]>;
  timeline: TimelineEvent[];
  warnings: Diagnostic[];
}

/**
 * What the statements stage hands the actors stage: a statement whose speaker is still only a
 * span of text (`she`, `the letter`, `Sessions and Kelly`), not yet an actor.
 */
export interface FoundStatement extends Omit<Statement, "speaker"> {
  /** The words at the statement that name its speaker, where the sentence has them. */
  speakerMention?: Span;
  /** A continuation quote with no cue of its own carries the speaker of this earlier statement. */
  continues?: string;
  /**
   * The text names no medium for this statement: its channel is a guess (`X said` → interview)
   * or carried over from the statement before, which the actors stage may replace once it knows
   * who spoke (the signers of the one letter in view).
   */
  channelGuessed?: boolean;
}
