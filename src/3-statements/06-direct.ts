// Turning one sentence's attributions and quotations into statements: a quote that is the whole
// content is direct, one inside a reported clause is partial, a quote with no cue of its own
// continues the statement before it (or is the person's who acts in the silent sentence just
// before: `She pauses. "…"`), a short quoted term, a title or a sign's slogan with no cue is
// nobody's statement, and a quote in a sentence about a document (`ICE policy prohibits … "…"`) is
// the document's.

import { BE_FORMS, FINITE_AUXILIARIES, MODALS } from "../lexicon/grammar.ts";
import type { Channel, StatementKind } from "../types.ts";
import type { Range } from "./01-sentences.ts";
import type { Quote } from "./02-quotes.ts";
import {
  isRoleWord,
  nounPhraseAfter,
  sentenceSubject,
  type TokenRange,
} from "./04-speaker-mention.ts";
import { type Attribution, onlyNames, type SentenceView } from "./05-attributions/index.ts";
import { channelFor, channelPhrase, openingMedium } from "./07-channel.ts";
import { CHANNEL_NOUNS } from "./lexicon/cues.ts";
import {
  CLAUSE_WORDS,
  DASHES,
  DETERMINERS,
  LY_NOUNS,
  PAST_PARTICIPLES,
  PERSONAL_PRONOUNS,
  PRONOUNS,
  SIMPLE_PAST,
} from "./lexicon/words.ts";
import {
  endsInLy,
  endsInS,
  firstTokenFrom,
  isDigit,
  isWordChar,
  lowerWord,
  type Token,
} from "./text.ts";

export interface Draft {
  kind: StatementKind;
  content: Range;
  quote?: Range;
  cue?: Range;
  mention?: Range;
  continues?: Draft;
  channel: Channel;
  /** The channel came from words in the text rather than a default. */
  explicitChannel: boolean;
  confidence: number;
  paragraph: number;
  /** The mention is a pronoun (its channel may come from the statement before). */
  pronoun: boolean;
}

export interface Context {
  paragraph: number;
  /** The last statement with a speaker, for continuation quotes. */
  previous?: Draft;
  /** `X said:` ending a sentence: the next quote is theirs. */
  pendingColon?: Draft;
  /** The sentence just before, in this paragraph, when it reported nothing (`She pauses, then
   * laughs.`): a quotation with no cue right after it is its subject's. */
  silent?: SentenceView;
}

/** What the statements of one attribution share. */
interface Base {
  cue?: Range | undefined;
  mention?: Range | undefined;
  channel: Channel;
  explicitChannel: boolean;
  pronoun: boolean;
  paragraph: number;
}

/** A draft with every field set, in one order, so all drafts share one object shape (no spread,
 * which is slow to clone and leaves drafts of many shapes). */
function fromBase(
  b: Base,
  kind: StatementKind,
  content: Range,
  quote: Range | undefined,
  confidence: number,
  paragraph: number,
): Draft {
  return {
    kind,
    content,
    quote,
    cue: b.cue,
    mention: b.mention,
    continues: undefined,
    channel: b.channel,
    explicitChannel: b.explicitChannel,
    confidence,
    paragraph,
    pronoun: b.pronoun,
  };
}

/** A draft with no cue of its own that carries on `root`'s speaker and channel (same shape). */
function continuing(
  root: Draft,
  kind: StatementKind,
  content: Range,
  quote: Range,
  confidence: number,
  paragraph: number,
): Draft {
  return {
    kind,
    content,
    quote,
    cue: undefined,
    mention: undefined,
    continues: root,
    channel: root.channel,
    explicitChannel: root.explicitChannel,
    confidence,
    paragraph,
    pronoun: false,
  };
}

/** Quotes up to this many words with no cue are quoted terms, not statements. */
const SCARE_WORDS = 4;

export function sentenceStatements(
  norm: string,
  view: SentenceView,
  quotes: readonly Quote[],
  attributions: readonly Attribution[],
  ctx: Context,
): Draft[] {
  // Most sentences have neither: nothing to build.
  if (attributions.length === 0 && quotes.length === 0) return [];
  const drafts: Draft[] = [];
  for (let ai = 0; ai < attributions.length; ai++)
    attributedDrafts(norm, view.tokens, quotes, attributions[ai] as Attribution, ctx, drafts);
  // The last statement with a speaker is the one a quote after may continue.
  for (let i = drafts.length - 1; i >= 0; i--) {
    if ((drafts[i] as Draft).mention) {
      ctx.previous = drafts[i];
      break;
    }
  }

  if (quotes.length > 0) quoteDrafts(norm, view, quotes, ctx, drafts);
  drafts.sort(byStart);
  return drafts;
}

/** The statements of one attribution: its contents, with the quotes inside them it takes. */
function attributedDrafts(
  norm: string,
  tokens: readonly Token[],
  quotes: readonly Quote[],
  a: Attribution,
  ctx: Context,
  drafts: Draft[],
): void {
  const cue = tokenSpan(tokens, a.cue.first, a.cue.last);
  const mention = a.mention ? tokenSpan(tokens, a.mention.first, a.mention.last) : undefined;
  const { channel, explicit } = channelFor(tokens, a.cue, a.mention);
  const pronoun =
    !!a.mention &&
    a.mention.first === a.mention.last &&
    PRONOUNS.has((tokens[a.mention.first] as Token).lower);
  const base: Base = {
    cue,
    mention,
    channel,
    explicitChannel: explicit,
    paragraph: ctx.paragraph,
    pronoun,
  };
  if (a.colon) {
    ctx.pendingColon = fromBase(base, "direct", cue, undefined, 0.85, ctx.paragraph);
    return;
  }
  const naming = onlyNames(a);
  for (let ci = 0; ci < a.contents.length; ci++) {
    const c = a.contents[ci] as Range;
    const within = quotesWithin(quotes, c);
    const inside = untaken(within);
    // Another attribution already took this quote and there is nothing else here.
    if (inside.length === 0 && within.length > 0 && onlyPunctuationOutside(norm, c, within))
      continue;
    keepOwnQuotes(norm, tokens, a, inside);
    if (inside.length === 0) {
      if (wordCount(norm, c.start, c.end) < 2) continue;
      if (naming) continue; // `called for`, `described the scene`
      // (`said in a report that the board called "…"`: the clause only holds the namer's quote)
      if (within.length > 0 && namedInRelative(tokens, within[0] as Quote)) continue;
      const confidence = a.cue.info.cognitive
        ? 0.45
        : a.subjectMention
          ? 0.55
          : a.cue.info.bare
            ? 0.7
            : 0.6;
      drafts.push(fromBase(base, "indirect", c, undefined, confidence, ctx.paragraph));
      continue;
    }
    // (`which he called "…"`: the words a relative clause's subject called a thing are a partial
    // quote, whose content is the sentence they sit in, as for a quote no cue takes)
    const calledQuote = naming && calledRightBefore(tokens, inside[0] as Quote);
    // (made for every content with quotes: made only for a `called` quote, it was first met after
    // the compiler had optimised this function, which threw that optimised code away)
    const fromSentenceStart = { start: (tokens[0] as Token).start, end: c.end };
    const content = calledQuote ? fromSentenceStart : c;
    const direct = !calledQuote && onlyPunctuationOutside(norm, c, inside);
    for (let qi = 0; qi < inside.length; qi++) {
      const q = inside[qi] as Quote;
      q.taken = true;
      const quote = { start: q.start, end: q.end };
      drafts.push(
        direct
          ? fromBase(base, "direct", quote, quote, a.subjectMention ? 0.7 : 0.9, ctx.paragraph)
          : fromBase(base, "partial", content, quote, a.subjectMention ? 0.6 : 0.8, ctx.paragraph),
      );
    }
  }
}

/** The statements of the sentence's quotes that no attribution took. */
function quoteDrafts(
  norm: string,
  view: SentenceView,
  quotes: readonly Quote[],
  ctx: Context,
  drafts: Draft[],
): void {
  const { tokens } = view;
  let firstQuote: number | undefined;
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi] as Quote;
    if (q.taken || namesAThing(norm, tokens, q)) continue;
    const words = wordCount(norm, q.start, q.end);
    // A quote is the whole sentence only when it is the sentence's one quote (checking each of
    // many quotes against the whole sentence would be quadratic).
    const whole = q.reopens || (quotes.length === 1 && onlyPunctuationOutside(norm, view, [q]));
    const quote = { start: q.start, end: q.end };
    if (whole && ctx.pendingColon) {
      const p = ctx.pendingColon;
      const d = fromBase(p, "direct", quote, quote, p.confidence, ctx.paragraph);
      drafts.push(d);
      ctx.previous = d;
      continue;
    }
    const byline = dashByline(view, q);
    if (byline && words >= 2) {
      // `"…" ― Pamela Padilla`: a quote signed with a dash and a name.
      const d = bylineDraft(tokens, quote, byline, ctx.paragraph);
      drafts.push(d);
      ctx.previous = d;
      continue;
    }
    if (whole && words >= 2) {
      wholeQuoteDraft(q, quote, ctx, drafts);
      continue;
    }
    const term = words <= SCARE_WORDS && !looksLikeSentence(norm, q) && !characterises(tokens, q);
    // A capitalised term is a name or a title (`"Star Power" award`), not someone's words.
    if (term && capitalised(norm, q)) continue;
    firstQuote ??= firstQuoteToken(tokens);
    subjectDraft(norm, view, quote, firstQuote, ctx, drafts, term);
  }
}

/** `"…" ― Pamela Padilla`: the quote, with the dash as its cue and the name as its speaker. */
function bylineDraft(
  tokens: readonly Token[],
  quote: Range,
  byline: { dash: number; name: TokenRange },
  paragraph: number,
): Draft {
  return {
    kind: "direct",
    content: quote,
    quote,
    cue: tokenSpan(tokens, byline.dash, byline.dash),
    mention: tokenSpan(tokens, byline.name.first, byline.name.last),
    continues: undefined,
    channel: "unknown",
    explicitChannel: false,
    confidence: 0.7,
    paragraph,
    pronoun: false,
  };
}

/** A quotation that is its whole sentence: it carries on the speaker just before, if any. */
function wholeQuoteDraft(q: Quote, quote: Range, ctx: Context, drafts: Draft[]): void {
  const prev = ctx.previous;
  const actor = q.reopens ? undefined : actorDraft(ctx, quote);
  if (actor) {
    drafts.push(actor);
    ctx.previous = actor;
  } else if (prev && (q.reopens || prev.paragraph >= ctx.paragraph - 2)) {
    const d = continuing(prev.continues ?? prev, "direct", quote, quote, 0.75, ctx.paragraph);
    drafts.push(d);
    ctx.previous = d;
  } else {
    drafts.push({
      kind: "direct",
      content: quote,
      quote,
      cue: undefined,
      mention: undefined,
      continues: undefined,
      channel: "unknown",
      explicitChannel: false,
      confidence: 0.3,
      paragraph: ctx.paragraph,
      pronoun: false,
    });
  }
}

/**
 * `Achterberg shakes her head. "No. If we sell it…"`, `She pauses, then laughs. "That sounds…"`:
 * the sentence just before a quotation with no cue reported nothing, and its subject is a person
 * acting (a name, a personal pronoun or a role, then its verb); the quotation is theirs, not the
 * last speaker's (undefined when there is no such sentence or subject).
 */
function actorDraft(ctx: Context, quote: Range): Draft | undefined {
  const view = ctx.silent;
  if (!view) return undefined;
  const { tokens } = view;
  const subject = termSpeaker(tokens, sentenceSubject(tokens, tokens.length - 1));
  if (!subject) return undefined;
  const head = tokens[subject.last] as Token;
  const mention = tokenSpan(tokens, subject.first, subject.last);
  const pronoun = subject.first === subject.last && PRONOUNS.has(head.lower);
  return {
    kind: "direct",
    content: quote,
    quote,
    cue: undefined,
    mention,
    continues: undefined,
    channel: "unknown",
    explicitChannel: false,
    confidence: 0.6,
    paragraph: ctx.paragraph,
    pronoun,
  };
}

/**
 * A long quotation inside a sentence with no reporting verb: the subject is the speaker
 * (`ICE enforcement policy prohibits … "…"`, `Trump called the deal "…"`).
 */
function subjectDraft(
  norm: string,
  view: SentenceView,
  quote: Range,
  firstQuote: number,
  ctx: Context,
  drafts: Draft[],
  term: boolean,
): void {
  const { tokens } = view;
  // `Mills "got an immunity agreement," Jordan said, and still "got to sit in …"`: a quotation
  // joined by `and` right after a reporting clause continues that clause's statement. (The
  // walk back over the drafts only when `, and` is there: a sentence of many quotes would make it
  // quadratic.)
  const joinable = commaJoinerBefore(tokens, quote);
  const said = joinable ? clauseBefore(view, drafts, quote) : undefined;
  if (said && joinedAfter(tokens, said, quote)) {
    const content = { start: view.start, end: trimSentenceEnd(norm, view.start, view.end) };
    drafts.push(continuing(said.continues ?? said, "partial", content, quote, 0.5, ctx.paragraph));
    return;
  }
  const subject = term
    ? termSpeaker(tokens, sentenceSubject(tokens, firstQuote - 1))
    : (documentSubject(tokens) ?? speakerLike(tokens, sentenceSubject(tokens, firstQuote - 1)));
  if (term && !subject) return;
  const content = { start: view.start, end: trimSentenceEnd(norm, view.start, view.end) };
  if (!subject) {
    // `"…," the board said, reasoning that he "did not…"`: a second statement of the speaker of
    // this sentence's reporting clause, after it. (Nothing is drafted since the look above, so
    // it serves when it was made.)
    const again = joinable ? said : clauseBefore(view, drafts, quote);
    if (again && reportsAgain(view.tokens, again, quote)) {
      drafts.push(afterClause(norm, view, again, quote));
      return;
    }
    // Quoted words with no subject to give them to: the speaker just before, when close by.
    const prev = ctx.previous;
    if (!prev || prev.paragraph < ctx.paragraph - 1) return;
    drafts.push(continuing(prev.continues ?? prev, "partial", content, quote, 0.35, ctx.paragraph));
    return;
  }
  const head = tokens[subject.last] as Token;
  const cueTok = tokens[subject.last + 1];
  const docChannel = CHANNEL_NOUNS.get(head.lower);
  // `In a letter to …, the guild told them to "…"`, `X posted on its social-media accounts: "…"`
  const channel = docChannel ?? openingMedium(tokens) ?? channelPhrase(tokens);
  // (the cue in the literal: a field written after the draft is made slows every reader of drafts)
  const cue =
    cueTok?.word && !cueTok.cap && cueTok.quote < 0
      ? { start: cueTok.start, end: cueTok.end }
      : undefined;
  const d: Draft = {
    kind: "partial",
    content,
    quote,
    cue,
    mention: tokenSpan(tokens, subject.first, subject.last),
    continues: undefined,
    channel: channel ?? "unknown",
    explicitChannel: !!channel,
    confidence: docChannel ? 0.6 : 0.4,
    paragraph: ctx.paragraph,
    pronoun: subject.first === subject.last && PRONOUNS.has(head.lower),
  };
  drafts.push(d);
  ctx.previous = d;
}

/** The last statement of this sentence with a reporting clause (a cue and a speaker) before
 * `quote`, if any. */
function clauseBefore(
  view: SentenceView,
  drafts: readonly Draft[],
  quote: Range,
): Draft | undefined {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i] as Draft;
    if (!d.cue || !d.mention || d.cue.start < view.start) continue;
    if (d.content.end <= quote.start && d.cue.end <= quote.start && d.mention.end <= quote.start)
      return d;
  }
  return undefined;
}

/** Whether a new clause with `that` lies between `said`'s reporting clause and `quote`, within a
 * few words of the quote (`…, reasoning that he "…"`), not an aside (`said of Trump, "…"`, `said
 * on "Meet the Press."`). */
function reportsAgain(tokens: readonly Token[], said: Draft, quote: Range): boolean {
  const from = Math.max((said.cue as Range).end, (said.mention as Range).end);
  const first = firstTokenFrom(tokens, quote.start); // the first quoted word; the mark before it
  for (let i = first - 2; i >= 0 && i >= first - 1 - QUOTE_THAT_REACH; i--) {
    const t = tokens[i] as Token;
    if (t.start < from) break;
    if (t.lower === "that" && t.quote < 0) return true;
  }
  return false;
}

const QUOTE_THAT_REACH = 20;

/** Whether only `, and` (or `but`) and an adverb or two lie between `said`'s reporting clause and
 * `quote`'s opening mark. */
function joinedAfter(tokens: readonly Token[], said: Draft, quote: Range): boolean {
  const from = firstTokenFrom(
    tokens,
    Math.max((said.cue as Range).end, (said.mention as Range).end),
  );
  const open = firstTokenFrom(tokens, quote.start) - 1; // the opening mark
  if (tokens[from]?.lower !== "," || open - from > JOIN_TOKENS) return false;
  const joiner = tokens[from + 1]?.lower ?? "";
  if (joiner !== "and" && joiner !== "but") return false;
  for (let i = from + 2; i < open; i++) {
    const t = tokens[i] as Token;
    if (!t.word || t.cap || !(JOINED_ADVERBS.has(t.lower) || isLyAdverb(t.lower))) return false;
  }
  return true;
}

/** Whether a comma and `and` or `but` lie among the few tokens before `quote`'s opening mark (a
 * reporting clause's end `joinedAfter` may find). */
function commaJoinerBefore(tokens: readonly Token[], quote: Range): boolean {
  const open = firstTokenFrom(tokens, quote.start) - 1;
  for (let f = Math.max(0, open - JOIN_TOKENS); f <= open + 1; f++) {
    if (tokens[f]?.lower !== ",") continue;
    const joiner = tokens[f + 1]?.lower;
    if (joiner === "and" || joiner === "but") return true;
  }
  return false;
}

// (`, and still`, `, but then also`: the comma, the joiner and an adverb or two)
const JOIN_TOKENS = 4;
const JOINED_ADVERBS = new Set(["still", "also", "then", "even", "yet"]);

/** The statement from just after `said`'s reporting clause to the end of the sentence, by the
 * same speaker (no cue of its own: the verb that reports it is not one we know). */
function afterClause(norm: string, view: SentenceView, said: Draft, quote: Range): Draft {
  const clauseEnd = Math.max((said.cue as Range).end, (said.mention as Range).end);
  let start = clauseEnd;
  while (
    start < quote.start &&
    !isWordChar(norm.charCodeAt(start)) &&
    norm.charCodeAt(start) !== 34
  )
    start++;
  const content = { start, end: trimSentenceEnd(norm, view.start, view.end) };
  return {
    kind: "partial",
    content,
    quote,
    cue: undefined,
    mention: said.mention,
    continues: undefined,
    channel: said.channel,
    explicitChannel: said.explicitChannel,
    confidence: 0.5,
    paragraph: said.paragraph,
    pronoun: said.pronoun,
  };
}

/** Drafts in the order of their words (a quote's, else the content's). */
export function byStart(x: Draft, y: Draft): number {
  return (x.quote ?? x.content).start - (y.quote ?? y.content).start;
}

/** The quotes of `within` that no attribution of the sentence took yet. */
function untaken(within: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  for (let i = 0; i < within.length; i++) {
    const q = within[i] as Quote;
    if (!q.taken) out.push(q);
  }
  return out;
}

/**
 * Keeps (in place) the quotes that are the attribution's statements: a naming verb's only when it
 * names them, not a quoted term nearby; and never quoted names of things (`its "Fresh Start"
 * cleaner`, `titled "…"`), which are not quotations.
 */
function keepOwnQuotes(
  norm: string,
  tokens: readonly Token[],
  a: Attribution,
  inside: Quote[],
): void {
  const naming = onlyNames(a);
  let kept = 0;
  for (let i = 0; i < inside.length; i++) {
    const q = inside[i] as Quote;
    if (naming && !(namedBy(tokens, a, q) && !isModifierTerm(norm, tokens, q))) continue;
    if (!naming && namedInRelative(tokens, q)) continue;
    if (namesAThing(norm, tokens, q)) continue;
    inside[kept++] = q;
  }
  inside.length = kept;
}

/** A dash and a name right after the quote's closing mark. */
function dashByline(view: SentenceView, q: Quote): { dash: number; name: TokenRange } | undefined {
  if (q.close < 0) return undefined;
  const { tokens } = view;
  const i = tokenAt(tokens, q.close);
  if (i < 0) return undefined;
  const dash = tokens[i + 1];
  if (!dash || !DASHES.has(dash.lower)) return undefined;
  const name = nounPhraseAfter(tokens, i + 2, tokens.length - 1);
  if (!name || !(tokens[name.first] as Token).cap) return undefined;
  const after = tokens[name.last + 1];
  if (after && after.quote < 0 && after.lower !== "." && after.lower !== "," && after.lower !== "(")
    return undefined;
  return { dash: i + 1, name };
}

/** `pounding Trump as a "con artist"`: a short quote after `as (a)` characterises; the subject
 * said it. (`known as`, `such as` introduce names and examples.) */
function characterises(tokens: readonly Token[], q: Quote): boolean {
  let at = tokenAt(tokens, q.open) - 1;
  const art = tokens[at]?.lower;
  if (art === "a" || art === "an") at--;
  if (tokens[at]?.lower !== "as") return false;
  const before = tokens[at - 1]?.lower;
  return before !== "such" && before !== "so" && before !== "same" && !knownAs(tokens, at);
}

/** `known as`, `known to friends and readers as`: the `as` at token `at` introduces a name (not
 * `known by some Republicans as a "hug"`, which gives who calls it that); so does a verb of going
 * by a name or under a label, its object between (`competes as`, `billed the match as`). */
function knownAs(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.lower === "known") return true;
  if (labelledAs(tokens, at)) return true;
  for (let i = at - 2; i >= 1 && i >= at - KNOWN_REACH; i--) {
    const t = tokens[i] as Token;
    if (!t.word || t.quote >= 0) return false;
    if (t.lower === "to" && tokens[i - 1]?.lower === "known") return true;
  }
  return false;
}

const KNOWN_REACH = 6;

/** A verb of LABEL_VERBS right before the `as` at token `at`, or before a short object. */
function labelledAs(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - LABEL_REACH; i--) {
    const t = tokens[i] as Token;
    if (!t.word || t.quote >= 0) return false;
    if (LABEL_VERBS.has(t.lower) && !t.cap) return true;
  }
  return false;
}

// (`billed the match as`: a verb, then an object of up to three words)
const LABEL_REACH = 4;

/** Verbs whose `as` gives a name or label, no one's words (`competes as "Vesper"`, `register as
 * "undeclared"`). Not `lists` or `classified`: a page or an agency that files something under a
 * quoted label is credited with it (PolNeAR). */
const LABEL_VERBS = new Set(
  (
    "compete competes competed competing perform performs performed performing wrestle " +
    "wrestles wrestled wrestling stream streams streamed streaming register registers " +
    "registered registering billed"
  ).split(" "),
);

/** `"It's about me."`: capitalised and ending in sentence punctuation inside the marks. */
function looksLikeSentence(norm: string, q: Quote): boolean {
  const first = norm.charCodeAt(q.start);
  const last = norm.charCodeAt(q.end - 1);
  return first >= 65 && first <= 90 && (last === 46 || last === 33 || last === 63); // . ! ?
}

/** A sentence subject that can be a speaker: a name, a pronoun or a role (`the senator`), not
 * `The timing of the vote` or `no terrorist organization`. */
function speakerLike(tokens: readonly Token[], np: TokenRange | undefined): TokenRange | undefined {
  if (!np) return undefined;
  const first = tokens[np.first] as Token;
  const head = tokens[np.last] as Token;
  if (first.lower === "no" || first.lower === "none") return undefined;
  if (head.cap || PRONOUNS.has(head.lower) || isRoleWord(head.lower)) return np;
  return undefined;
}

/**
 * The speaker of a short quoted term with no cue (`Clinton talked up her "50-state strategy"`,
 * `He implied the judge was "hostile"`): a person acting, that is a subject pronoun, a name with no
 * article, or a role (`the senator`), followed by its verb; not `The South China Sea`, `Maybe`.
 */
function termSpeaker(tokens: readonly Token[], np: TokenRange | undefined): TokenRange | undefined {
  if (!np) return undefined;
  const first = tokens[np.first] as Token;
  const head = tokens[np.last] as Token;
  let v = np.last + 1;
  const adverb = tokens[v];
  if (adverb && (isLyAdverb(adverb.lower) || VERB_ADVERBS.has(adverb.lower))) v++;
  const verb = tokens[v];
  if (!verb?.word || verb.cap || verb.quote >= 0 || !looksFinite(verb.lower)) return undefined;
  if (np.first === np.last && PRONOUNS.has(head.lower))
    return PERSONAL_PRONOUNS.has(head.lower) ? np : undefined; // (not `It owed`)
  if (head.cap && !DETERMINERS.has(first.lower) && !CLAUSE_WORDS.has(first.lower)) return np;
  if (!head.cap && DETERMINERS.has(first.lower) && isRoleWord(head.lower)) return np;
  return undefined;
}

/** `talked`, `says`, `took`, `will`: a word that can be a finite verb after its subject (so not
 * `Ask yourself`, `Maybe he`, `Horrified at`). */
function looksFinite(w: string): boolean {
  if (NOT_VERBS.has(w)) return false;
  return w.endsWith("ed") || (endsInS(w) && w.length > 2) || FINITE.has(w);
}

/** `-s` words after a subject that are no verb. */
const NOT_VERBS = new Set(["his", "its", "this", "thus", "us", "was", "as", "is", "yes", "less"]);

/** Irregular past forms and auxiliaries that open a predicate. */
const FINITE = new Set([
  ...SIMPLE_PAST,
  ...PAST_PARTICIPLES,
  ..."put set left read hit cut let has had have did does do".split(" "),
  ...MODALS,
]);

/** Adverbs between a subject and its verb (`Trump also called`, `he later said`). */
const VERB_ADVERBS = new Set([
  "also",
  "then",
  "later",
  "now",
  "again",
  "never",
  "even",
  "still",
  "once",
]);

/** `ICE enforcement policy`, `The new law`, `The order` opening the sentence. */
function documentSubject(tokens: readonly Token[]): TokenRange | undefined {
  for (let i = 0; i < tokens.length && i < 7; i++) {
    const t = tokens[i] as Token;
    if (!t.word || t.quote >= 0) return undefined;
    if (CLAUSE_WORDS.has(t.lower)) return undefined;
    const c = CHANNEL_NOUNS.get(t.lower);
    if (c && i > 0) return { first: 0, last: i };
    if (c && i === 0) return nounPhraseAfter(tokens, 0, 0);
  }
  return undefined;
}

/**
 * `"sanctuary city" jurisdictions`: a short quoted term used before a noun names a thing, inside
 * reported speech too (`fees for "valet trash" pickup`): the marks set off a term, not the
 * speaker's words.
 */
function isModifierTerm(norm: string, tokens: readonly Token[], q: Quote): boolean {
  if (q.close < 0 || wordCount(norm, q.start, q.end) > SCARE_WORDS) return false;
  // `"We are ready," the mayor said`: punctuation inside the marks ends an utterance. (Read before
  // the first word, which is a new string.)
  if (!isWordChar(norm.charCodeAt(q.end - 1))) return false;
  // `"I held and hugged" grieving families`: a quote opening with a subject pronoun is a clause.
  const first = firstWord(norm, q).toLowerCase();
  if (PERSONAL_PRONOUNS.has(first)) return false;
  // `officers "stalking" undocumented immigrants`: a quoted verb takes an object, it names nothing.
  const inner = norm.slice(q.start, q.end);
  // (`"repeated and obvious" signs`: two adjectives judge, they name nothing)
  if (inner.includes(" ") ? pairedAdjectives(inner) : /(?:ing|ed)$/.test(inner)) return false;
  const at = tokenAt(tokens, q.close);
  if (holdsFiniteVerb(tokens, tokenAt(tokens, q.open), at)) return false;
  const next = tokens[at + 1];
  const term =
    afterAdjective(norm, tokens, q) ||
    (!!next?.word &&
      !next.cap &&
      !CLAUSE_WORDS.has(next.lower) &&
      !TERM_FOLLOWERS.has(next.lower) &&
      !NOT_NOUNS.has(next.lower) &&
      !isLyAdverb(next.lower) &&
      !DETERMINERS.has(next.lower) &&
      !PRONOUNS.has(next.lower));
  // `the deal "may substantially lessen competition" and`: a quote opening with a modal is a
  // predicate the speaker's words go on with, not a name; one opening with an adverb (`that
  // "exactly who did it" remains`) is a clause; and a name does not end in a particle (`asked
  // his people to "look into" paying the fees`).
  return term && !MODALS.includes(first) && !isLyAdverb(first) && !PARTICLES.has(lastWord(inner));
}

/**
 * `that "no indications were recorded" either time`: a quotation with a finite verb inside is a
 * clause, whatever word follows it. (Lower case only: a title's `Is` or `Was` is part of a name.)
 */
function holdsFiniteVerb(tokens: readonly Token[], open: number, close: number): boolean {
  if (open < 0) return false;
  for (let j = open + 1; j < close; j++) {
    const t = tokens[j] as Token;
    if (t.word && !t.cap && (FINITE_AUXILIARIES.has(t.lower) || SIMPLE_PAST.has(t.lower)))
      return true;
  }
  return false;
}

/** Prepositions and particles that end a verb's phrase (`look into`, `sign off on`). */
const PARTICLES = new Set(
  "into to for with on up out of off over about at from in by down away back".split(" "),
);

/**
 * `missed "repeated and obvious" signs`: two words joined by `and`/`or`, the second an adjective by
 * its ending, judge the noun after them; a term's name is a noun compound (`"stop and frisk"`).
 */
function pairedAdjectives(inner: string): boolean {
  const m = PAIR.exec(inner);
  return !!m && ADJECTIVE_ENDING.test((m[1] as string).toLowerCase());
}

const PAIR = /^[A-Za-z-]+ (?:and|or) ([A-Za-z-]+)$/;

/** The last word of a quote's text (lower-cased). */
function lastWord(inner: string): string {
  const space = inner.lastIndexOf(" ");
  return space < 0 ? "" : inner.slice(space + 1).toLowerCase();
}

/** `illegal "convenience fees"`: a lower-case term after an adjective of the writer's is a
 * name the marks set off (the adjective is not the quoted speaker's). */
function afterAdjective(norm: string, tokens: readonly Token[], q: Quote): boolean {
  const c = norm.charCodeAt(q.start);
  if (!(c >= 97 && c <= 122) || !norm.slice(q.start, q.end).includes(" ")) return false;
  const before = tokens[tokenAt(tokens, q.open) - 1];
  return !!before?.word && !before.cap && ADJECTIVE_ENDING.test(before.lower);
}

const ADJECTIVE_ENDING = /(?:al|ous|ive|ful|less|able|ible)$/;

const TERM_FOLLOWERS = new Set(["and", "or", "for", "of", "in", "on", "at", "to", "with", "from"]);

/** `"no daylight" between`, `"standing tall" despite`: the word after the term is no noun it
 * could modify (prepositions and adverbs the clause words do not list). */
const NOT_NOUNS = new Set([
  "between",
  "despite",
  "like",
  "unlike",
  "upon",
  "across",
  "among",
  "toward",
  "towards",
  "without",
  "within",
  "under",
  "regarding",
  "amid",
  "per",
  "beyond",
  "around",
  "off",
  "up",
  "down",
  "out",
  "back",
  "online",
  "everywhere",
  "anywhere",
  "again",
  "anymore",
  "today",
  "tonight",
  "yesterday",
  "tomorrow",
  "more",
  "less",
  "too",
  "very",
  "instead",
  "together",
]);

/** `immediately`, `clearly`: an -ly adverb, not an -ly noun (`family`). */
function isLyAdverb(w: string): boolean {
  return endsInLy(w) && !LY_NOUNS.has(w);
}

/** `A`–`Z` only: a capital outside ASCII is no sign of a name here. */
function isAsciiCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** The quote's first word (letters and apostrophes). */
function firstWord(norm: string, q: Quote): string {
  let end = q.start;
  while (end < q.end && (isWordChar(norm.charCodeAt(end)) || norm[end] === "'")) end++;
  return norm.slice(q.start, end);
}

/** A quote opening with a capital, as names and titles do; not the pronoun `I` (`"I held and
 * hugged" grieving families` is someone's words). */
function capitalised(norm: string, q: Quote): boolean {
  if (!isAsciiCapital(norm.charCodeAt(q.start))) return false;
  return !(norm.charCodeAt(q.start) === 73 && !isWordChar(norm.charCodeAt(q.start + 1))); // I
}

const TITLE_MARKERS = new Set(["so-called", "titled", "entitled", "headlined", "named", "dubbed"]);
const WORK_NOUNS = new Set([
  "newsletter",
  "book",
  "column",
  "show",
  "program",
  "programme",
  "film",
  "movie",
  "song",
  "single",
  "track",
  "anthem",
  "album",
  "poem",
  "musical",
  "opera",
  "painting",
  "exhibition",
  "report",
  "study",
  "paper",
  "podcast",
  "blog",
  "series",
  "documentary",
  "article",
  "op-ed",
  "commentary",
  "editorial",
  "headline",
  "essay",
  "memoir",
  "novel",
  "play",
  "campaign",
  "slogan",
  "ad",
  "video",
  "website",
  "magazine",
]);

/** Verbs whose object is a work (`would release "Glass Harbor" as planned`): a capitalised quote
 * right after one is its title. */
const WORK_VERBS = new Set(
  (
    "release releases released releasing publish publishes published publishing premiere " +
    "premieres premiered premiering debut debuts debuted debuting air airs aired airing screen " +
    "screens screened screening"
  ).split(" "),
);

/** Things that carry a slogan (`signs reading "Keep Ashford Moving,"`). */
const SIGN_NOUNS = new Set(
  (
    "sign signs placard placards banner banners poster posters billboard billboards sticker " +
    "stickers t-shirt t-shirts shirt shirts button buttons hat hats flyer flyers flier fliers " +
    "leaflet leaflets pamphlet pamphlets"
  ).split(" "),
);

/** What a sign does with its words (`signs reading`, `a banner that said`). */
const SIGN_VERBS = new Set(["read", "reads", "reading", "say", "says", "said", "saying"]);

/**
 * `signs reading "Keep Ashford Moving,"`, `carrying signs that read "Share the River."`, `One sign
 * read: "…"`, `Another banner said simply: "Enough."`, `A sign in the window now reads "…"`, `had
 * chalked "Masks Up!"`: the words on a sign (the quote opens at token `at`) are a slogan, no one's
 * statement; so is a second one joined to it (`signs reading "Keep Us" and "Not Stalling."`).
 */
function onSign(tokens: readonly Token[], at: number, joined = 0): boolean {
  let v = at - 1;
  if (tokens[v]?.lower === ":") v--;
  if (signNoun(tokens, v) || signCalls(tokens, v)) return true;
  if (tokens[v]?.lower === "simply" || isLyAdverb(tokens[v]?.lower ?? "")) v--;
  const verb = tokens[v]?.lower ?? "";
  if (INSCRIBING_VERBS.has(verb)) return true;
  if (verb === "and" || verb === "or")
    return (
      joined < SLOGANS_JOINED && tokens[v - 1]?.mark === 2 && signBefore(tokens, v - 1, joined)
    );
  if (!SIGN_VERBS.has(verb)) return false;
  let k = v - 1;
  if (VERB_ADVERBS.has(tokens[k]?.lower ?? "")) k--;
  if (tokens[k]?.lower === "that" || tokens[k]?.lower === "which") k--;
  return SIGN_NOUNS.has(tokens[k]?.lower ?? "") || signHead(tokens, k);
}

/** `under the banner "…"`, `carried the same sign: "No Farms, No Food."`: a sign's noun right
 * before its words (not the verb: `refused to sign "…"`). */
function signNoun(tokens: readonly Token[], v: number): boolean {
  if (!SIGN_NOUNS.has(tokens[v]?.lower ?? "")) return false;
  const before = tokens[v - 1]?.lower ?? "";
  return before !== "to" && !MODALS.includes(before) && !PERSONAL_PRONOUNS.has(before);
}

/** `Their flyer calls the cancellation "The Great Derailment."`: a sign giving a thing a name,
 * a short object between the naming verb and the quote (token `v` is the object's last). */
function signCalls(tokens: readonly Token[], v: number): boolean {
  for (let j = v; j > 0 && v - j <= CALL_OBJECT; j--) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0) return false;
    if (CALL_WORDS.has(t.lower) || t.lower === "calling")
      return SIGN_NOUNS.has(tokens[j - 1]?.lower ?? "") || signHead(tokens, j - 1);
  }
  return false;
}

// (`calls the cancellation`, `called the governor's plan`: the naming verb and its object)
const CALL_OBJECT = 5;

/** Things written on a surface rather than said (`someone had chalked "Masks Up"`). */
const INSCRIBING_VERBS = new Set(
  (
    "chalked scrawled painted spray-painted stenciled stencilled etched carved graffitied " +
    "embroidered"
  ).split(" "),
);

/** Whether the quote whose closing mark is token `close` (a short one) is on a sign; `joined`
 * counts the slogans joined after it so far. */
function signBefore(tokens: readonly Token[], close: number, joined: number): boolean {
  for (let j = close - 1; j >= 0 && close - j <= SLOGAN_TOKENS; j--)
    if ((tokens[j] as Token).mark === 1) return onSign(tokens, j, joined + 1);
  return false;
}

const SLOGAN_TOKENS = 16;
// (each quote of a list `"a" and "b" and "c" …` would walk back to the list's first: bounded, the
// walk stays linear in the sentence's length; a sign holds a few slogans)
const SLOGANS_JOINED = 8;

/** Whether the noun right before the verb at `end + 1` is a sign, or the noun before its phrases of
 * place (`A sign in the restaurant's window now reads`). */
function signHead(tokens: readonly Token[], end: number): boolean {
  let head = tokens[end];
  for (let j = end - 1; j > 0 && end - j < SIGN_REACH; j--) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0) break;
    if (SIGN_PLACES.has(t.lower)) head = tokens[j - 1];
  }
  return !!head && head.quote < 0 && SIGN_NOUNS.has(head.lower);
}

// (a sign and two short phrases of place: `sign in the restaurant's window`)
const SIGN_REACH = 8;
/** Prepositions of where a sign hangs (`in the window`, `above the door`). */
const SIGN_PLACES = new Set(["in", "on", "at", "outside", "above", "over", "along", "of"]);

/**
 * A work's title after a verb of releasing (`would release "Glass Harbor"`) or a name's
 * possessive (`CNN's "State of the Union"`, short), or a sign's slogan (see `onSign`); `p1` is
 * the token before the quote's opening mark at `at`.
 */
function titleOrSlogan(
  norm: string,
  tokens: readonly Token[],
  q: Quote,
  at: number,
  p1: Token,
): boolean {
  // (first: a sign's object may be a name, `signs calling Christie "…"`)
  if (onSign(tokens, at)) return true;
  if (p1.cap) {
    if (!p1.lower.endsWith("'s") || !capitalised(norm, q) || looksLikeSentence(norm, q))
      return false;
    return wordCount(norm, q.start, q.end) <= SCARE_WORDS;
  }
  // (the call first, made every time: met only after a verb of releasing, it was first met after
  // namesAThing, where this is inlined, had been optimised, which threw that code away)
  return capitalised(norm, q) && WORK_VERBS.has(p1.lower);
}

/**
 * A quote that names a thing rather than reports words: a short term before a noun
 * (`"Fresh Start" floor cleaner`), after `so-called`/`titled`/`known as`, a capitalised title right
 * after a work (`the documentary "Weiner."`), or one set off by commas after a work (`her
 * newsletter, "Signal & Noise," that…`).
 */
function namesAThing(norm: string, tokens: readonly Token[], q: Quote): boolean {
  // (asked first, on every call: a call first met after optimisation threw that code away)
  if (namedBeforeQuote(norm, tokens, q)) return true;
  if (isModifierTerm(norm, tokens, q)) return true;
  const at = tokenAt(tokens, q.open);
  if (at < 0) return false;
  const p1 = tokens[at - 1];
  const p2 = tokens[at - 2];
  if (p1 && TITLE_MARKERS.has(p1.lower)) return true;
  if (p1 && (p1.word || p1.lower === ":") && titleOrSlogan(norm, tokens, q, at, p1)) return true;
  // `the documentary "Weiner."`, `the podcast "So, That Happened."`: a work's title.
  // (`the documentary "13th."`: a title may open with a digit)
  if (p1 && WORK_NOUNS.has(p1.lower) && (capitalised(norm, q) || isDigit(norm.charCodeAt(q.start))))
    return true;
  if (p1?.lower === "as" && knownAs(tokens, at - 1)) return true;
  if (definedTerm(tokens, q, at)) return true;
  // (not a sentence: `According to the Trump campaign, "The speech will be delivered…."`)
  if (
    p1?.lower === "," &&
    p2 &&
    WORK_NOUNS.has(p2.lower) &&
    q.close >= 0 &&
    !(looksLikeSentence(norm, q) && wordCount(norm, q.start, q.end) > SCARE_WORDS)
  ) {
    const after = tokens[tokenAt(tokens, q.close) + 1];
    return (
      !after || after.lower === "," || after.lower === "." || norm.charCodeAt(q.end - 1) === 44
    ); // ,
  }
  return false;
}

/**
 * `calls "The Salt Orchard" "a film that…"`: a capitalised quotation with no punctuation of its own
 * right before another quotation is the thing the second describes (the naming verb's object, a
 * title), not anyone's words.
 */
function namedBeforeQuote(norm: string, tokens: readonly Token[], q: Quote): boolean {
  // (every call made each time, in one order: one first met after optimisation threw it away)
  const capital = capitalised(norm, q);
  const wordEnd = isWordChar(norm.charCodeAt(q.end - 1));
  const closing = tokenAt(tokens, q.close);
  return q.close >= 0 && capital && wordEnd && tokens[closing + 1]?.mark === 1;
}

/**
 * `what the field calls "calibration": teaching a system…`: a short term after `what … call(s)`
 * that a colon then explains is jargon being defined, not anyone's words.
 */
function definedTerm(tokens: readonly Token[], q: Quote, at: number): boolean {
  if (q.close < 0) return false;
  const after = tokens[tokenAt(tokens, q.close) + 1];
  // (the word before first: the colon test, met last, deoptimised namesAThing when first met)
  if (!CALL_WORDS.has(tokens[at - 1]?.lower ?? "") || after?.lower !== ":") return false;
  return relativeBefore(tokens, at - 1, WHAT);
}

const CALL_WORDS = new Set(["call", "calls", "called", "term", "terms", "termed", "dub", "dubs"]);
const WHAT: ReadonlySet<string> = new Set(["what"]);

/**
 * Whether a word of `relatives` stands among the few unquoted words right before token `i`, the
 * naming verb's subject between (`what the security field calls`, `that the student organisers`).
 */
function relativeBefore(
  tokens: readonly Token[],
  i: number,
  relatives: ReadonlySet<string>,
): boolean {
  for (let j = i - 1; j >= 0 && j >= i - RELATIVE_REACH; j--) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0) return false;
    if (relatives.has(t.lower)) return true;
  }
  return false;
}

// How far back a naming verb's relative word may stand: a subject of a few words between.
const RELATIVE_REACH = 4;

/** Naming verbs own only a quote close by (`called him "a con"`), not a term further on
 * (`threatened funding for what are known as "sanctuary city" jurisdictions`). */
function namedBy(tokens: readonly Token[], a: Attribution, q: Quote): boolean {
  const at = tokenAt(tokens, q.open);
  if (at < 0 || at - a.cue.last > NAMING_REACH) return false;
  const p1 = tokens[at - 1]?.lower;
  const p2 = tokens[at - 2]?.lower;
  return !(
    p1 === "so-called" ||
    (p1 === "as" && knownAs(tokens, at - 1)) ||
    (p1 === "called" && p2 !== a.cue.info.lemma && !relativeNamer(tokens, at - 2))
  );
}

const NAMING_REACH = 12;

/**
 * `in an email that organisers called "a threat …"`, `which she called "…"`: a relative word and
 * a short subject before `called` (ending at token `i`) make the quote that subject's words about
 * the thing; `a group called "…"` has none and only names it.
 */
function relativeNamer(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // (`a group that is called "…"`: a passive names, with no one naming)
  if (!t?.word || t.quote >= 0 || BE_FORMS.has(t.lower)) return false;
  return relativeBefore(tokens, i, RELATIVE_WORDS) || reducedRelative(tokens, i);
}

/**
 * `in a report the ministry called "…"`, `a move its critics called "…"`: a noun, then a subject
 * opened by a definite determiner (no relative word between) ending at token `i`: a relative clause with
 * its `that` left out, whose subject names the thing (after a verb or a preposition, as in
 * `said the ministry called`, `in the district called`, the phrase is no such subject).
 */
function reducedRelative(tokens: readonly Token[], i: number): boolean {
  for (let j = i; j > 0 && j > i - RELATIVE_REACH; j--) {
    const t = tokens[j] as Token;
    if (!t.word || t.quote >= 0) return false;
    if (!DETERMINERS.has(t.lower)) continue;
    // (`a play called "…"`: an indefinite phrase before `called` is the thing named, not a subject)
    if (t.lower === "a" || t.lower === "an") return false;
    const noun = tokens[j - 1] as Token;
    return (
      lowerWord(noun) &&
      !noun.lower.endsWith("ing") &&
      !CLAUSE_WORDS.has(noun.lower) &&
      !DETERMINERS.has(noun.lower) &&
      !noun.lower.endsWith("ed") &&
      !SIMPLE_PAST.has(noun.lower)
    );
  }
  return false;
}

/** `said in a report that the board called "…"`: a quote that a relative clause's subject
 * calls the thing is that subject's words, not those of the verb whose content holds it. */
function namedInRelative(tokens: readonly Token[], q: Quote): boolean {
  // (both looked for on every call: arithmetic or a call first met after the function was
  // optimised, on the rare `called`, threw the optimised code away)
  const at = tokenAt(tokens, q.open);
  const namer = relativeNamer(tokens, at > 1 ? at - 2 : 0);
  const called = calledRightBefore(tokens, q);
  return namer && called;
}

/** Whether the word right before quote `q` is `called` (`keepOwnQuotes` has already dropped one
 * that only names a thing, `a group called "…"`: what is left is a relative namer's). */
function calledRightBefore(tokens: readonly Token[], q: Quote): boolean {
  const at = tokenAt(tokens, q.open);
  return at > 0 && (tokens[at - 1] as Token).lower === "called";
}

const RELATIVE_WORDS: ReadonlySet<string> = new Set(["that", "which", "what"]);

/** The quotes (sorted by position) lying inside `range`, found by binary search. */
function quotesWithin(quotes: readonly Quote[], range: Range): Quote[] {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid] as Quote).start < range.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Quote[] = [];
  for (let i = lo; i < quotes.length; i++) {
    const q = quotes[i] as Quote;
    if (q.start >= range.end) break;
    if (q.end <= range.end) out.push(q);
  }
  return out;
}

/** Index of the token starting at `offset` (tokens are sorted), or -1. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  const lo = firstTokenFrom(tokens, offset);
  return lo < tokens.length && (tokens[lo] as Token).start === offset ? lo : -1;
}

function firstQuoteToken(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) if ((tokens[i] as Token).quote >= 0) return i;
  return tokens.length;
}

function tokenSpan(tokens: readonly Token[], first: number, last: number): Range {
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}

/**
 * The number of words in `[start, end)`, counted up to one past the largest threshold it is
 * compared with (SCARE_WORDS): a long quotation or content need not be read to the end.
 */
function wordCount(norm: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end && n <= SCARE_WORDS; i++) {
    const w = isWordChar(norm.charCodeAt(i));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Whether `range` holds nothing but the quotes and punctuation (`"…," ` ). */
function onlyPunctuationOutside(norm: string, range: Range, quotes: readonly Quote[]): boolean {
  let i = range.start;
  const sorted = inOrder(quotes) ? quotes : [...quotes].sort(byOpen);
  for (let k = 0; k < sorted.length; k++) {
    const q = sorted[k] as Quote;
    for (; i < q.open && i < range.end; i++) if (isWordChar(norm.charCodeAt(i))) return false;
    i = Math.max(i, q.close >= 0 ? q.close + 1 : q.end);
  }
  for (; i < range.end; i++) if (isWordChar(norm.charCodeAt(i))) return false;
  return true;
}

/** Whether the quotes are in the order of their opening marks (as the callers' lists are). */
function inOrder(quotes: readonly Quote[]): boolean {
  for (let k = 1; k < quotes.length; k++)
    if ((quotes[k] as Quote).open < (quotes[k - 1] as Quote).open) return false;
  return true;
}

function byOpen(a: Quote, b: Quote): number {
  return a.open - b.open;
}

function trimSentenceEnd(norm: string, start: number, end: number): number {
  let e = end;
  while (e > start && (norm.charCodeAt(e - 1) === 46 || norm.charCodeAt(e - 1) === 32)) e--; // . or space
  return e;
}
