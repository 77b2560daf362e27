// Finding statements in one article: quotations, partial quotes and reported speech, each with its
// cue, the words naming its speaker and the medium. Spans are offsets into `article.text`; the
// matching runs on a same-length normalised copy (straight quotes, plain spaces).

import { findDateline } from "../2-text/clean/03-dateline.ts";
import { normalize } from "../2-text/normalize.ts";
import type { Article, Diagnostic, FoundStatement, Span } from "../types.ts";
import { type Range, splitSentences } from "./01-sentences.ts";
import { findQuotes, promoteSingleQuotes, type Quote } from "./02-quotes.ts";
import { capitalisedVerb, cueInfo } from "./03-cues.ts";
import { findAttributions, type SentenceView } from "./05-attributions/index.ts";
import { byStart, type Context, type Draft, sentenceStatements } from "./06-direct.ts";
import { HEARERS } from "./lexicon/words.ts";
import { endsInLy, isSpace, isUpper, normalise, type Token, tokenise } from "./text.ts";
import { findTurns, signatureName, type Turn } from "./transcript.ts";

export function findStatements(article: Article): {
  statements: FoundStatement[];
  warnings: Diagnostic[];
} {
  const orig = article.text;
  const paragraphs = paragraphRanges(article);
  const norm = promoteSingleQuotes(normalise(orig), paragraphs);
  const { quotes, warnings } = findQuotes(norm, orig, paragraphs, article.source);
  const drafts = articleDrafts(norm, paragraphs, quotes);
  inheritChannels(drafts);
  return { statements: toStatements(orig, drafts), warnings };
}

/** Paragraphs come from another stage: kept inside the text and in order, whatever arrives. */
function paragraphRanges(article: Article): Range[] {
  const length = article.text.length;
  const ranges: Range[] = [];
  let floor = 0;
  for (let i = 0; i < article.paragraphs.length; i++) {
    const p = article.paragraphs[i] as Article["paragraphs"][number];
    const start = Math.max(floor, Math.min(p.start, length));
    const end = Math.max(start, Math.min(p.end, length));
    if (end > start) ranges.push({ start, end });
    floor = end;
  }
  if (article.paragraphs.length === 0) ranges.push({ start: 0, end: length });
  return ranges;
}

/** The statements of every paragraph in order: a transcript turn's, or its sentences'. */
function articleDrafts(
  norm: string,
  paragraphs: readonly Range[],
  quotes: readonly Quote[],
): Draft[] {
  const drafts: Draft[] = [];
  // (every field from the start: a field added later changes the object's shape, and the
  // optimised code that reads it is thrown away)
  const ctx: Context = {
    paragraph: 0,
    previous: undefined,
    pendingColon: undefined,
    silent: undefined,
  };
  let qi = 0;
  const turns = findTurns(norm, paragraphs); // in paragraph order
  let ti = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p] as Range;
    ctx.paragraph = p;
    const paraQuotes: Quote[] = [];
    while (qi < quotes.length && (quotes[qi] as Quote).paragraph === p)
      paraQuotes.push(quotes[qi++] as Quote);
    const turn = ti < turns.length && (turns[ti] as Turn).paragraph === p ? turns[ti++] : undefined;
    if (turn) {
      // A transcript turn is one statement; quotes inside it are the speaker's own quoting.
      const d = turnDraft(turn, p);
      drafts.push(d);
      ctx.previous = d;
      continue;
    }
    const signature = signatureName(norm, para);
    if (signature) signQuotes(drafts, p - 1, signature, ctx);
    const pending = ctx.pendingColon;
    const before = drafts.length;
    paragraphStatements(norm, para, paraQuotes, ctx, drafts);
    // A colon's promise lasts one paragraph after the one that made it.
    if (pending && ctx.pendingColon === pending) ctx.pendingColon = undefined;
    if (
      paraQuotes.length === 0 &&
      isQuestion(norm, para) &&
      !reportsQuestion(norm, para, drafts, before)
    ) {
      // An interviewer's question: no one's statement, and the answer after it is not the
      // last-named speaker's (in a Q&A it is the interviewee's).
      drafts.length = before;
      ctx.previous = undefined;
      ctx.pendingColon = undefined;
    }
  }
  return drafts;
}

/**
 * A signature line gives its name to the quotations of the paragraph before that had no cue.
 * (Signed drafts are new objects, not writes to the old ones: a draft's field written after the
 * draft is made turns mutable, which threw away the optimised code of six readers of drafts in
 * the first round. So drafts that carry one on, and `ctx.previous`, are pointed at the new one.)
 */
function signQuotes(drafts: Draft[], paragraph: number, name: Range, ctx: Context): void {
  let first = drafts.length;
  while (first > 0 && (drafts[first - 1] as Draft).paragraph >= paragraph) first--;
  const replaced = new Map<Draft, Draft>();
  for (let i = first; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    const root = d.continues && replaced.get(d.continues);
    let now: Draft | undefined;
    if (d.paragraph === paragraph && !d.cue && d.kind === "direct")
      now = redrafted(d, name, undefined, 0.7);
    else if (root) now = redrafted(d, d.mention, root, d.confidence);
    if (!now) continue;
    replaced.set(d, now);
    drafts[i] = now;
  }
  const previous = ctx.previous && replaced.get(ctx.previous);
  if (previous) ctx.previous = previous;
}

/** A copy of draft `d` with another speaker, root and confidence (fields in the drafts' order). */
function redrafted(
  d: Draft,
  mention: Range | undefined,
  continues: Draft | undefined,
  confidence: number,
): Draft {
  return {
    kind: d.kind,
    content: d.content,
    quote: d.quote,
    cue: d.cue,
    mention,
    continues,
    channel: d.channel,
    explicitChannel: d.explicitChannel,
    confidence,
    paragraph: d.paragraph,
    pronoun: d.pronoun,
  };
}

/** A short paragraph that ends in a question mark (`Your paper says the models are wrong. How
 * wrong?`): a question, as a Q&A prints them, unquoted. */
function isQuestion(norm: string, para: Range): boolean {
  if (para.end - para.start > QUESTION_CHARS) return false;
  let e = para.end;
  while (e > para.start && isSpace(norm.charCodeAt(e - 1))) e--;
  return norm.charCodeAt(e - 1) === 63; // ?
}

const QUESTION_CHARS = 200;

/** Whether a statement found in the paragraph reaches its last sentence, the question (`…, he
 * said, why hadn't she screamed?` reports one; `Your paper says X. How wrong?` asks one). */
function reportsQuestion(
  norm: string,
  para: Range,
  drafts: readonly Draft[],
  from: number,
): boolean {
  let last = para.end - 1;
  while (last > para.start && isSpace(norm.charCodeAt(last))) last--;
  let start = last - 1;
  while (
    start > para.start &&
    !(isSpace(norm.charCodeAt(start)) && isTerminator(norm.charCodeAt(start - 1)))
  )
    start--;
  for (let i = from; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    // (`Do you think a socialist can win?` asks what the hearer thinks)
    if (d.content.end > start && !(d.mention && isYou(norm, d.mention))) return true;
  }
  return false;
}

function isYou(norm: string, r: Range): boolean {
  return r.end - r.start === 3 && norm.slice(r.start, r.end).toLowerCase() === "you";
}

/** `.` `?` `!` */
function isTerminator(c: number): boolean {
  return c === 46 || c === 63 || c === 33;
}

function turnDraft(turn: Turn, paragraph: number): Draft {
  return {
    kind: "direct",
    content: turn.content,
    quote: turn.content,
    cue: { start: turn.colon, end: turn.colon + 1 },
    mention: turn.label,
    continues: undefined,
    channel: "interview",
    explicitChannel: true,
    confidence: 0.8,
    paragraph,
    pronoun: false,
  };
}

/** The statements of one paragraph's sentences, added to `drafts`. */
function paragraphStatements(
  norm: string,
  para: Range,
  quotes: readonly Quote[],
  ctx: Context,
  drafts: Draft[],
): void {
  const protect: Range[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i] as Quote;
    protect.push({ start: q.open, end: quoteEnd(q) });
  }
  const start = afterDateline(norm, para);
  const sentences = joinTailClauses(norm, splitSentences(norm, start, para.end, protect));
  let pq = 0;
  ctx.silent = undefined;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as Sentence;
    const sentQuotes: Quote[] = [];
    while (pq < quotes.length && (quotes[pq] as Quote).open < s.end) {
      const q = quotes[pq++] as Quote;
      if (q.open >= s.start) sentQuotes.push(q);
    }
    const view = sentenceView(norm, s, sentQuotes);
    const found = sentenceStatements(norm, view, sentQuotes, findAttributions(norm, view), ctx);
    for (let k = 0; k < found.length; k++) drafts.push(found[k] as Draft);
    ctx.silent = found.length === 0 && sentQuotes.length === 0 ? view : undefined;
  }
}

/**
 * Where the paragraph's first sentence starts: after a dateline (`KARSVIK (AFP) -`, `MERIDIAN
 * CITY —`), which names a place, not the subject a participle or a quoted term reports for; a
 * round-up opens each of its stories with one.
 */
function afterDateline(norm: string, para: Range): number {
  const c = norm.charCodeAt(para.start);
  // (most paragraphs open with a capital and then a lower-case letter: no dateline)
  if (!(isUpper(c) && isUpper(norm.charCodeAt(para.start + 1))) && c !== 40) return para.start;
  const head = normalize(norm.slice(para.start, Math.min(para.end, para.start + DATELINE_REACH)));
  const dateline = findDateline(head, head, para.start);
  return dateline ? dateline.end : para.start;
}

const DATELINE_REACH = 160; // (as far as the text stage looks for one)

function sentenceView(norm: string, s: Sentence, quotes: readonly Quote[]): SentenceView {
  let { tokens, cueWords } = s;
  if (!tokens) {
    const words: number[] = [];
    tokens = tokenise(norm, s.start, s.end, words);
    cueWords = words;
  }
  let q = 0;
  let colonBeforeQuote = -1;
  // (most sentences hold no quote: nothing to mark)
  for (let i = 0; i < tokens.length && quotes.length > 0; i++) {
    const t = tokens[i] as Token;
    while (q < quotes.length && quoteEnd(quotes[q] as Quote) <= t.start) q++;
    if (q === quotes.length) break; // (past the last quote)
    const cur = quotes[q] as Quote;
    if (t.start >= cur.open && t.start < quoteEnd(cur)) {
      t.quote = q;
      if (t.start === cur.open) {
        t.mark = 1;
        if (colonBeforeQuote < 0 && i > 0 && isColonOutside(tokens[i - 1] as Token))
          colonBeforeQuote = i - 1;
      } else if (t.start === cur.close) t.mark = 2;
    }
  }
  return { start: s.start, end: s.end, tokens, cueWords, colonBeforeQuote };
}

/** A colon outside quotes: before an opening mark it may end a digest's label (`- Carl Bialik:`). */
function isColonOutside(t: Token): boolean {
  return t.lower === ":" && t.quote < 0;
}

/** A sentence, with its tokens when they were made already (to tell a tail clause). */
interface Sentence extends Range {
  tokens: Token[] | undefined;
  cueWords: readonly number[];
}

/**
 * `"Does anybody know?" Graham asked.`: a quote ending in `?` or `!` looks like a sentence end, but
 * a short clause that is only a speaker and a reporting verb belongs to the quote before it.
 */
function joinTailClauses(norm: string, sentences: Range[]): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as Range;
    const prev = out[out.length - 1];
    // (only a quotation that is the sentence before: after `X said the bank was "…."`, the
    // next sentence is a sentence of its own, `Most economists had expected the decision.`)
    if (
      prev &&
      isQuoteMark(norm.charCodeAt(prev.start)) &&
      endsWithQuote(norm, prev.end) &&
      !isQuoteMark(norm.charCodeAt(s.start))
    ) {
      const cueWords: number[] = [];
      const tokens = tokenise(norm, s.start, s.end, cueWords);
      if (isTailClause(tokens, cueWords)) {
        prev.end = s.end;
        prev.tokens = undefined;
        continue;
      }
      out.push({ start: s.start, end: s.end, tokens, cueWords });
    } else out.push({ start: s.start, end: s.end, tokens: undefined, cueWords: NO_WORDS });
  }
  return out;
}

const NO_WORDS: readonly number[] = []; // (a sentence not tokenised yet: its view lists them)

/** `"` or `'`. */
function isQuoteMark(c: number): boolean {
  return c === 34 || c === 39;
}

function endsWithQuote(norm: string, end: number): boolean {
  // (character codes: comparing one-character strings is slow for those outside Latin-1)
  let before = end - 2;
  // (`… what can we do to help?'"`: a quotation inside it may close first)
  if (norm.charCodeAt(before) === 39 && norm.charCodeAt(end - 1) === 34) before--;
  return isQuoteMark(norm.charCodeAt(end - 1)) && isTerminator(norm.charCodeAt(before));
}

const TAIL_WORDS = 8;
const TAIL_OPENERS = new Set([
  "as",
  "while",
  "when",
  "after",
  "before",
  "during",
  "in",
  "at",
  "on",
  "of",
]);

/** A speaker and a reporting verb within the first words, and little after the verb. */
function isTailClause(tokens: readonly Token[], cueWords: readonly number[]): boolean {
  let words = 0;
  let cue = -1;
  let next: Token | undefined;
  let commaAfterCue = false;
  let inAppositive = false; // `Miller, a retired worker from a plant, said`: not counted
  let c = 0; // into cueWords: only the words the tokeniser listed are looked up
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word) {
      if (t.lower === '"') return false; // a quotation mark anywhere
      if (t.lower === ",") {
        if (cue >= 0 && next === undefined && tokens[i - 1]?.word) commaAfterCue = true;
        if (cue < 0) inAppositive = !inAppositive && words > 0;
      }
      continue;
    }
    // `asked reporters rhetorically during…`: the hearer and adverbs are no content either.
    if (cue >= 0 && next === undefined && !HEARERS.has(t.lower) && (t.cap || !endsInLy(t.lower)))
      next = t;
    if (cue < 0 && !inAppositive && words < TAIL_WORDS && (!t.cap || capitalisedVerb(tokens, i))) {
      while (c < cueWords.length && (cueWords[c] as number) < i) c++;
      const info = cueWords[c] === i ? cueInfo(t) : undefined;
      if (info) cue = words;
    }
    if (!(inAppositive && cue < 0)) words++;
  }
  if (cue < 0) return false;
  // A speaker and a verb, then at most a few words (`on Friday`, `in a statement`), or a comment
  // set off by a comma (`LeVell declared, a point he likes to make`).
  // `… Sessions said as he launched the roll call.`: a clause after the verb is framing, not content.
  return words - cue - 1 <= 4 || commaAfterCue || (!!next && TAIL_OPENERS.has(next.lower));
}

function quoteEnd(q: Quote): number {
  return q.close >= 0 ? q.close + 1 : q.end;
}

/** A pronoun speaker with no medium of its own keeps the one of the statement just before. */
function inheritChannels(drafts: Draft[]): void {
  // Only from the statement right before: past another speaker's, the medium is not known.
  let last: Draft | undefined;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    if (
      d.pronoun &&
      !d.explicitChannel &&
      last?.explicitChannel &&
      last.paragraph >= d.paragraph - 2
    ) {
      d.channel = last.channel;
    }
    last = d;
  }
}

function span(orig: string, r: Range): Span {
  return { start: r.start, end: r.end, text: orig.slice(r.start, r.end) };
}

function toStatements(orig: string, drafts: Draft[]): FoundStatement[] {
  drafts.sort(byStart);
  const ids = new Map<Draft, string>();
  for (let i = 0; i < drafts.length; i++) ids.set(drafts[i] as Draft, `s${i + 1}`);
  const out: FoundStatement[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    const s: FoundStatement = {
      id: ids.get(d) as string,
      kind: d.kind,
      content: span(orig, d.content),
      channel: d.channel,
      confidence: d.confidence,
      channelGuessed: !d.explicitChannel,
    };
    if (d.quote) s.quote = span(orig, d.quote);
    if (d.cue) s.cue = span(orig, d.cue);
    if (d.mention) s.speakerMention = span(orig, d.mention);
    if (d.continues) {
      const id = ids.get(d.continues);
      if (id) s.continues = id;
    }
    out.push(s);
  }
  return out;
}
