// Rules that recognise a paragraph which is not article text: teaser links to other stories,
// navigation and share prompts, photo/video credits and captions, copyright and contributor
// footers, bylines. Each rule looks at the shape of one paragraph (a label, a parenthesised
// credit, a © sign), never at particular stories, so the same rules hold on unseen articles.
// Rules read the same-length normalised text, so curly quotes and odd spaces do not matter.

import type { RemovalReason } from "../../types.ts";
import { isSpaceCode } from "../normalize.ts";
import { readStamp } from "./06-timestamp.ts";
import { wordFinder } from "./find-word.ts";

export interface Verdict {
  reason: RemovalReason;
  ruleId: string;
  /** The organisation named in a credit (`(Name/Organisation)`), a hint at the outlet. */
  creditOrg?: string;
  /** Names from a `By …` line. */
  byline?: string[];
  /** Who a `© 2024 Holder.` notice names, unless it is a company name (`… Inc.`). */
  copyrightHolder?: string;
  /** The date of a `Published …` stamp, `YYYY-MM-DD`. */
  published?: string;
}

export interface ParagraphContext {
  /** 0-based position among the text's paragraphs, and how many there are. */
  index: number;
  count: number;
  /**
   * The paragraph lower-cased, when the caller lower-cased the whole text: one call for the text
   * costs much less than one per paragraph.
   */
  lower?: string;
  /** What the whole text contains that some rules need; without it, every rule is tried. */
  clues?: TextClues;
}

// Words rules look for in the lower-cased text before running their patterns.
const hasNewsletter = wordFinder("newsletter");
const hasModerat = wordFinder("moderat");
const hasComment = wordFinder("comment");
const hasCopyright = wordFinder("copyright");
const hasRightsReserved = wordFinder("rights reserved");
const hasMayNotBe = wordFinder("may not be");

/**
 * Characters and words some rules need, sought once in the whole text: a paragraph has only what
 * its text has, and one search of the text costs less than one per paragraph.
 */
export interface TextClues {
  /** A word a copyright notice needs (see mayBeCopyright). */
  copyright: boolean;
  /** `newsletter`, which a newsletter prompt needs. */
  newsletter: boolean;
  /** `moderat`, which a notice about the site's comments needs. */
  moderation: boolean;
  /** `@` or `://`: an address, a handle or a link, which a contact line needs. */
  contact: boolean;
  /** `|`, which a phone footer with its label first needs. */
  bar: boolean;
}

const ALL_CLUES: TextClues = {
  copyright: true,
  newsletter: true,
  moderation: true,
  contact: true,
  bar: true,
};

/** The clues of a whole normalised text; `lower` is it lower-cased, when of the same length. */
export function textClues(norm: string, lower: string | undefined): TextClues {
  return {
    copyright: lower === undefined || mayBeCopyright(lower),
    newsletter: lower === undefined || hasNewsletter(lower),
    moderation: lower === undefined || hasModerat(lower),
    contact: norm.includes("@") || norm.includes("://"),
    bar: norm.includes("|"),
  };
}

// A short label and a colon in front of a link to another story: `READ MORE:`, `Related:`.
const TEASER_LABEL =
  /^(?:read more|read also|also read|more news|more stories|more from [^:]{1,40}|more on this|related(?: stories| story| coverage| articles?| content| links?| reading)?|see also|also see|recommended(?: for you| stories)?|trending(?: now)?|top stories|most (?:read|popular|viewed)|popular now|don't miss|you may also like|you might also like|watch(?: now| more| video)?|listen(?: now)?|latest news|more coverage)\s*:/i;

// A prompt to do something on the site rather than read: subscribe, sign up, share, click.
const NAVIGATION =
  /^(?:click here|tap here|click to|sign up\b|subscribe\b|get the [^.]{1,40} (?:app|newsletter)|download the [^.]{1,40} app|follow us\b|follow (?:@|on )|like us on|share (?:this|on|via)\b|share$|advertisement$|ad$|sponsored(?: content)?$|story continues below|continue reading|skip to|back to top|already a subscriber|log ?in\b|sign in\b|listen to this (?:article|story)|gift (?:this )?article|share full article|\d+ min(?:ute)?s? read$|save (?:article|story)$|privacy policy|terms of (?:use|service)|view comments|leave a comment|copy link|\d+ comments?$|comments?$)/i;

// Editorial tags that mark a link to another story; a source tag such as `[NYT]` is content.
const TAGGED_TEASER =
  /\S\s*\[(?:VIDEO|VIDEOS|INSIGHT|REACTION|WARNING|NEWS|PICS|PICTURES|PHOTOS|GALLERY|LATEST|LIVE|POLL|REVEALED|ANALYSIS|OPINION|COMMENT|WATCH|LISTEN|PODCAST|UPDATE|EXCLUSIVE|INTERVIEW|MAPPED|QUIZ|REVIEW|LIST)\]\s*\|?$/;
// The prompt opens the paragraph or follows one short sentence (`For more, sign up for …`).
const NEWSLETTER = /^(?:[^.!?<]{0,60}[.!?,]\s+)?(?:sign up|subscribe|get [^.]{0,30}delivered)\b/i;
// Where to reach the reporter: `Have a tip? … may be reached at a@b.com. Follow her @handle`.
const CONTACT_START =
  /^(?:have a (?:story )?tip|got a tip|send (?:us )?tips|reach|contact|e-?mail|follow|write to|you can (?:reach|follow|contact)|\S+(?: \S+){0,3} (?:can|may) be reached)\b/i;
const CONTACT_HANDLE = /[\w.+-]+@[\w-]+\.[\w.]+|(?:^|\s)@\w{2,}|https?:\/\/\S+/;
// A postal address with phone and fax: `1625 K Street … | 202-628-8500 tel | 202-628-8503 fax`.
// Two patterns, so that the one which needs a bar runs only when there is one.
const PHONE_THEN_LABEL = /\d{3}[-. )]\s?\d{3}[-. ]\d{4}\s*(?:tel|fax|phone)\b/i;
const LABEL_THEN_PHONE = /\b(?:tel|fax|phone)[.:]?\s*\+?\d[\d -]{6,}\d[^|]{0,40}\|/i;

// A line made only of share buttons: `Facebook Twitter Email`.
const SHARE_WORDS = new Set(
  "facebook twitter x email e-mail linkedin whatsapp reddit pinterest print share copy link comments comment flipboard telegram messenger sms tumblr".split(
    " ",
  ),
);

// A share bar's first token, after any separators (the words are letters and hyphens). Case-
// insensitive with `u`, so that a character that lower-cases to a letter of one (`K`, Kelvin) is
// let through as isShareBar's lower-casing lets it through.
const SHARE_BAR_START = new RegExp(
  `^[\\s|·•,/]*(?:${[...SHARE_WORDS].join("|")})(?:[\\s|·•,/]|$)`,
  "iu",
);

// Words a credit may carry that are not capitalised names: particles, and the lower-case kind of
// picture an outlet's own credit names (`Ledger photo/Mirela Dobos`).
const CREDIT_CONNECTORS = new Set(
  "of the and de del la le for via von van y da di du & - file pool handout photo photos photograph image images video".split(
    " ",
  ),
);
// A label inside a credit's parentheses: `(Photo: Tobiah Greenhalgh)`, `(Video: The Daily Example)`.
const CREDIT_LABEL = /^(?:photo|photograph|image|video|credit|illustration)(?: by)?\s*:\s*/i;
const CREDIT_KEYWORDS =
  /\b(?:photo|photos|photograph|photographs|video|image|images|credit|illustration|courtesy|handout|getty|pool)\b/i;

// `©` must not follow a letter: in mis-decoded UTF-8 (`rÃ©sumÃ©`) it is half of an `é`.
const COPYRIGHT =
  /(?<![\p{L}\p{M}])[©ⓒ]|\(c\) ?(?:19|20)\d\d|\bcopyright\b[^.]{0,40}?\b(?:19|20)\d\d|\ball rights reserved\b|may not be (?:re)?published, broadcast/iu;
// A cheap test first: the full pattern (Unicode, look-behind) is slow to try at every position.
const COPYRIGHT_HINT = /[©ⓒ]|copyright|rights reserved|\(c\)|may not be/i;
const CONTRIBUTOR_END =
  /\b(?:contributed|contributing)(?: reporting| to this report)?(?: to (?:this|the) (?:report|story|article))?\.?\)?$/i;
const CONTRIBUTOR_START = /^\(?(?:additional )?(?:reporting|writing|editing|compiled|edited) by\b/i;
// The reporters of a wire story's credit line, before where they filed from and the editors:
// `(Reporting by Jane Roe and John Doe in Paris; Editing by …)`. Not `Additional reporting by`.
const REPORTING_BY =
  /^\(?[Rr]eporting by\s+(\p{Lu}[\p{L}.'-]*(?:[ ,]+(?:and\s+)?\p{Lu}[\p{L}.'-]*){0,8}?)(?:\s+in\s+[^;)]*)?\s*(?:[;)]|$)/u;
// Not case-insensitive: under `i`, \p{Lu} would match lower-case words too.
// The names may be followed by what the writer is to the outlet: `By Ana Ruiz, Ledger staff`,
// `By Ana Ruiz | Sentinel staff writer`; that role is not a name.
const BYLINE =
  /^(?:By|BY|by)\s+(\p{Lu}[\p{L}.'-]*(?:[ ,]+(?:(?:and|AND)\s+)?\p{Lu}[\p{L}.'-]*){0,8}?)(?:\s*[,|]\s*(?:\p{Lu}[\p{L}.'&-]*\s+){0,4}(?:[Ss]taff|[Ss]taff [Ww]riters?|[Ss]taff [Rr]eporters?|[Rr]eporters?|[Cc]orrespondents?|[Ww]riters?|[Cc]ontributors?))?$/u;

// What a byline's second line or part after a bar says the writer is to whom: the outlet or a
// desk (`Sorrel Courier`, `Ledger-Sentinel Staff Writer`, `The Federal Wire`): a few capitalised
// words, no sentence.
const AFFILIATION =
  /^(?:\p{Lu}[\p{L}.'&-]*|of|the|and|for|&)(?:[ \t]+(?:\p{Lu}[\p{L}.'&-]*|of|the|and|for|&)){0,5}$/u;

/**
 * What a paragraph is, if it is not article text; `null` for article text.
 * Most paragraphs are prose that no rule matches, so each rule runs its cheapest necessary test
 * first (a pattern anchored at the start, a character at an end, a word the paragraph must
 * contain) and counts words only when that passes: counting walks the paragraph in JavaScript,
 * where a substring search is native.
 */
export function classify(norm: string, ctx: ParagraphContext): Verdict | null {
  const text = norm.trim();
  // Several rules look for a word in the lower-cased text first: a plain substring search is
  // cheaper than running their patterns over every paragraph of article text. White space
  // lower-cases to itself, so the caller's lower-cased paragraph trims as the paragraph does.
  const lower = ctx.lower === undefined ? text.toLowerCase() : ctx.lower.trim();
  const clues = ctx.clues ?? ALL_CLUES;
  return (
    promptVerdict(text, lower, clues) ??
    creditVerdict(text) ??
    footerVerdict(text, lower, clues, ctx.index) ??
    // (a footer sits at the story's end: only the last four paragraphs are asked, and asked here,
    // the function is called too rarely to be compiled on its own, as it was for every paragraph)
    (ctx.count - ctx.index > 4 ? null : supportLineVerdict(text))
  );
}

// A pointer to another page of the paper that ends a headline: `— page 3`, `, p. 12`, `– see
// page 7`, `— B4` (a section's letter and page). Read off the paragraph's last 30 characters.
const PAGE_POINTER =
  /(?:(?:\s[-:|]|,)\s*(?:see\s+)?(?:[Pp]age|[Pp]p?\.?)\s?[A-H]?\d{1,3}|\s[-|]\s*[A-H]\d{1,2})$/;

/**
 * A headline of another story with the page it is on, behind a section label or not: `NEWS |
 * Students react to the minister's reply — page 3`. The pointer ends the paragraph, so the cheap
 * test is a digit at its end; a sentence that mentions a page (`ran on page 3`) has no dash or
 * bar before it.
 */
function pageTeaser(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last < 0x30 || last > 0x39) return false;
  return (
    !text.includes("\n") &&
    atMostWords(text, 25) &&
    PAGE_POINTER.test(text.length > 30 ? text.slice(-30) : text)
  );
}

// The line news sites add under a sensitive story (a death, abuse, suicide): where readers
// affected by it can find help. It opens on the reader (`If you have been affected by this
// story`, `If you or someone you know is struggling`) or on the offer (`For confidential
// support`), and names a line to call or a site to visit, with its number or address.
const SUPPORT_START =
  /^(?:if you(?: or (?:someone|anyone) you know)?\b[^.,]{0,80},|for (?:confidential |free )?(?:help|support|advice)\b|(?:help|support) is available\b)/i;
const SUPPORT_CONTACT =
  /\b(?:helpline|help line|hotline|crisis line|support line|lifeline|samaritans|call|text|phone|ring|visit)\b/i;
const SUPPORT_ADDRESS = /\d[\d -]{4,}\d|\b[\w-]+\.(?:org|com|net|gov|uk|ie|au|nz|ca)\b/i;

/**
 * A support line, asked of the last paragraphs only: a footer sits at the story's end, where the
 * same words higher up are part of a story about a service (`If you have been affected by the
 * floods, the council's hotline …`).
 */
function supportLineVerdict(text: string): Verdict | null {
  if (
    SUPPORT_START.test(text) &&
    SUPPORT_CONTACT.test(text) &&
    SUPPORT_ADDRESS.test(text) &&
    !text.includes("\n") &&
    atMostWords(text, 50)
  )
    return { reason: "other", ruleId: "support-line" };
  return null;
}

/** Links to other stories, prompts to act on the site, ways to reach the reporter. */
function promptVerdict(text: string, lower: string, clues: TextClues): Verdict | null {
  if (TEASER_LABEL.test(text) && !text.includes("\n") && atMostWords(text, 40))
    return { reason: "teaser", ruleId: "teaser-label" };
  if (capsLabelTeaser(text)) return { reason: "teaser", ruleId: "teaser-caps-label" };
  if (pageTeaser(text)) return { reason: "teaser", ruleId: "teaser-page" };
  // A prompt tells, it does not ask: `Share this information, please?` is text.
  if (NAVIGATION.test(text) && !text.endsWith("?") && atMostWords(text, 25))
    return { reason: "navigation", ruleId: "navigation-prompt" };
  if (SHARE_BAR_START.test(text) && isShareBar(text))
    return { reason: "navigation", ruleId: "share-bar" };
  // A headline of another story tagged for the reader: `Storm hits coast [VIDEO]`. The tag or a
  // bar after it ends the (trimmed) paragraph.
  if (
    (text.endsWith("]") || text.endsWith("|")) &&
    !text.includes("\n") &&
    atMostWords(text, 25) &&
    TAGGED_TEASER.test(text)
  )
    return { reason: "teaser", ruleId: "teaser-tag" };
  if (
    clues.newsletter &&
    hasNewsletter(lower) &&
    NEWSLETTER.test(text) &&
    /\bnewsletters?\b/i.test(text) &&
    atMostWords(text, 40)
  )
    return { reason: "navigation", ruleId: "newsletter-prompt" };
  // The site speaking about its comments (`we are moderating all comments`), not a story about comments.
  if (
    clues.moderation &&
    hasModerat(lower) &&
    hasComment(lower) &&
    /\bcomments?\b/i.test(text) &&
    /\bmoderat/i.test(text) &&
    /\b(?:we|our|your)\b/i.test(text) &&
    atMostWords(text, 40)
  )
    return { reason: "navigation", ruleId: "comments-notice" };
  if (
    clues.contact &&
    (text.includes("@") || text.includes("://")) &&
    CONTACT_START.test(text) &&
    CONTACT_HANDLE.test(text) &&
    atMostWords(text, 60)
  )
    return { reason: "contributor", ruleId: "contact-line" };
  if (
    (PHONE_THEN_LABEL.test(text) ||
      (clues.bar && text.includes("|") && LABEL_THEN_PHONE.test(text))) &&
    atMostWords(text, 40)
  )
    return { reason: "other", ruleId: "address-footer" };
  return null;
}

// An outlet's own label for a link, in capitals: `LIVE MAP:`, `MORE:`, `WATCH LIVE:`.
const CAPS_LABEL = /^\p{Lu}{2,}(?: \p{Lu}{2,}){0,2}: \p{Lu}/u;

/**
 * A headline of another story behind a label in capitals: `MORE: Aquarium's octopus escapes,
 * again`. A headline does not end on a stop, which keeps out a transcript's speaker lines
 * (`TAPPER: Do you think …?`) and a story's own tagged headline as some sites print it
 * (`EXCLUSIVE: In memo to Congress, Saudis insist …`). One short line.
 */
function capsLabelTeaser(text: string): boolean {
  return (
    CAPS_LABEL.test(text) &&
    !text.includes("\n") &&
    atMostWords(text, 20) &&
    !/[.!?:;,"'\u201d\u2019)]$/.test(text)
  );
}

/** Photo and video credits and captions. */
function creditVerdict(text: string): Verdict | null {
  // BBC-style furniture: `Image copyright Getty Images`, `Image caption The mayor speaks…`.
  const media = /^(?:image|media|photo|picture|video) (caption|copyright|source)\b/i.exec(text);
  if (media && atMostWords(text, 40))
    return media[1]?.toLowerCase() === "caption"
      ? { reason: "caption", ruleId: "media-label" }
      : { reason: "photo-credit", ruleId: "media-label" };

  const credit = wholeCredit(text);
  if (credit !== null) {
    const verdict: Verdict = { reason: "photo-credit", ruleId: "credit-line" };
    const org = creditOrganisation(credit);
    if (org) verdict.creditOrg = org;
    if (/\bvideo\b/i.test(credit)) verdict.reason = "video-credit";
    return verdict;
  }
  const trailing = trailingCredit(text);
  if (trailing !== null) {
    const verdict: Verdict = { reason: "caption", ruleId: "caption-credit" };
    const org = creditOrganisation(trailing);
    if (org) verdict.creditOrg = org;
    return verdict;
  }
  if (labelledCaption(text)) return { reason: "caption", ruleId: "caption-label" };
  return null;
}

// A caption's own label: `Photo: Relatives wait outside the school.`
const CAPTION_LABEL = /^(?:photo|photos|photograph|picture|pictured|image|caption)\s*:\s*\S/i;

/**
 * A paragraph the page labels as a photo's caption, credited or not: `Photo: Relatives wait
 * outside the school. (Radio Zheltau)`. The label says what it is, so the credit after it may be
 * any name (`(File photo)`, `(Harwick City FC)`), where a caption without the label needs a
 * credit that names a photo (see trailingCredit). A caption is one short paragraph.
 */
function labelledCaption(text: string): boolean {
  return CAPTION_LABEL.test(text) && !text.includes("\n") && atMostWords(text, 40);
}

/**
 * A caption credited to the outlet itself by name alone: `State Auditor Ngozi Adebayo-Clarke
 * speaks to reporters on Tuesday. (KTRN)`, in a story whose dateline or copyright names KTRN. A
 * bare name in parentheses is too common at a sentence's end to count as a credit (see
 * looksLikeCredit), but the outlet's own name there credits its picture. `names` are lower-cased.
 */
export function outletCaption(text: string, names: ReadonlySet<string>): boolean {
  const t = text.trim();
  if (t.includes("\n") || !atMostWords(t, 40)) return false;
  const inner = closingParenthesis(t);
  return inner !== null && names.has(inner.trim().toLowerCase());
}

/** Copyright and contributor footers, publication stamps, bylines. */
function footerVerdict(
  text: string,
  lower: string,
  clues: TextClues,
  index: number,
): Verdict | null {
  if (
    clues.copyright &&
    mayBeCopyright(lower) &&
    COPYRIGHT_HINT.test(text) &&
    COPYRIGHT.test(text) &&
    atMostWords(text, 80)
  ) {
    const verdict: Verdict = { reason: "copyright", ruleId: "copyright-notice" };
    const holder = copyrightHolder(text);
    if (holder) verdict.copyrightHolder = holder;
    return verdict;
  }
  // No substring test in front of CONTRIBUTOR_END: the pattern alone is about as quick as one.
  if ((CONTRIBUTOR_END.test(text) || CONTRIBUTOR_START.test(text)) && atMostWords(text, 40)) {
    const verdict: Verdict = { reason: "contributor", ruleId: "contributor-credit" };
    // A wire story's reporters are named only here (`(Reporting by Lise Marchal; Editing by …)`).
    const reporters = REPORTING_BY.exec(text)?.[1];
    if (reporters) verdict.byline = splitNames(reporters);
    return verdict;
  }

  const stamp = readStamp(text);
  if (stamp && atMostWords(text, 16)) {
    const verdict: Verdict = { reason: "other", ruleId: "timestamp" };
    if (stamp.published) verdict.published = stamp.published;
    return verdict;
  }

  if (index < 4) {
    const names = bylineNames(text);
    if (names && atMostWords(text, 14)) return { reason: "other", ruleId: "byline", byline: names };
  }
  return null;
}

/**
 * The writers a byline names: `By Ana Ruiz, Ledger staff`, or a byline whose second line or
 * part after a bar names the writer's outlet or desk (`By Hyun-woo Baek` over `Sorrel Courier`,
 * `By Nell Abernathy-Cruz | KBIR News`). Null for anything else.
 */
function bylineNames(text: string): string[] | null {
  // Most paragraphs are prose: two characters tell, before any pattern or scan for a line break.
  const b = text.charCodeAt(0) | 0x20;
  if (b !== 0x62 || (text.charCodeAt(1) | 0x20) !== 0x79) return null;
  const m = BYLINE.exec(text);
  if (m?.[1]) return splitNames(m[1]);
  const line = text.indexOf("\n");
  const bar = text.indexOf(" | ");
  const cut = line >= 0 && (bar < 0 || line < bar) ? line : bar;
  if (cut < 0 || !AFFILIATION.test(text.slice(cut + (cut === bar ? 3 : 1)).trim())) return null;
  const head = BYLINE.exec(text.slice(0, cut).trimEnd());
  return head?.[1] ? splitNames(head[1]) : null;
}

/** Whether `text` has at most `max` runs of non-white-space (as `\S+`); stops counting past it. */
export function atMostWords(text: string, max: number): boolean {
  return wordCount(text, max + 1) <= max;
}

/** Runs of non-white-space (as `\S+`), counted up to `limit`. */
function wordCount(text: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord && ++n >= limit) return n;
    inWord = !space;
  }
  return n;
}

/** What COPYRIGHT_HINT needs, as plain substring searches of the lower-cased text. */
function mayBeCopyright(lower: string): boolean {
  return (
    lower.includes("\u00a9") ||
    lower.includes("\u24d2") ||
    hasCopyright(lower) ||
    hasRightsReserved(lower) ||
    lower.includes("(c)") ||
    hasMayNotBe(lower)
  );
}

function isShareBar(text: string): boolean {
  const words = wordCount(text, 13);
  if (words < 2 || words > 12) return false;
  const tokens = text
    .toLowerCase()
    .split(/[\s|·•,/]+/)
    .filter(Boolean);
  let i = 0;
  let hits = 0;
  while (i < tokens.length) {
    const two = `${tokens[i]} ${tokens[i + 1] ?? ""}`;
    if (two === "copy link") i += 2;
    else if (SHARE_WORDS.has(tokens[i] as string)) i++;
    else return false;
    hits++;
  }
  return hits >= 2;
}

/** `(Sam Lens/AP)` as a whole paragraph, or `Photo: Name/Agency`: the credit text, else null. */
function wholeCredit(text: string): string | null {
  if (text.length <= 120 && text.startsWith("(") && text.endsWith(")")) {
    const inner = text.slice(1, -1);
    // `(Video: The Daily Example)`: a label inside the parentheses is part of the credit.
    const label = CREDIT_LABEL.exec(inner);
    const body = label ? inner.slice(label[0].length) : inner;
    if (!inner.includes("(") && !inner.includes(")") && looksLikeCredit(body, false)) return inner;
  }
  const labelled =
    /^(?:photo|photograph|image|video|credit|photo credit|illustration)(?: by)?\s*[:-]\s*(.{2,100})$/i.exec(
      text,
    );
  if (labelled?.[1] && looksLikeCredit(labelled[1], true)) return labelled[1];
  return null;
}

/** A caption: sentences then a credit at the very end, `… on Tuesday. (Sam Lens/AP)`. */
function trailingCredit(text: string): string | null {
  const inner = closingParenthesis(text);
  if (inner !== null) {
    // `(Photo: Tobiah Greenhalgh)`: the label says it is a credit, as a keyword would.
    const label = CREDIT_LABEL.exec(inner);
    if (label) {
      const body = inner.slice(label[0].length);
      return looksLikeCredit(body, false, true) ? body : null;
    }
    if (looksLikeCredit(inner, true)) return inner;
  }
  // The pattern's colon is the text's last one, and at most 100 characters besides white space
  // follow it; most paragraphs fail that test without a scan of the whole text.
  if (!colonNearEnd(text)) return null;
  const m = /[.!?"']\s+(?:photo|photograph|image|credit)(?: by)?\s*:\s*([^:]{2,100})$/i.exec(text);
  if (m?.[1] && looksLikeCredit(m[1], true)) return m[1];
  return null;
}

/**
 * What the parentheses that close a paragraph hold, when a sentence's stop or closing quote comes
 * right before them (`… on Tuesday. (Sam Lens/AP)`), else null. The text is normalised: its
 * quotes are straight.
 */
function closingParenthesis(text: string): string | null {
  if (!text.endsWith(")")) return null;
  const open = text.lastIndexOf("(");
  if (open <= 0 || !/[.!?"']\s*$/.test(text.slice(Math.max(0, open - 3), open))) return null;
  return text.slice(open + 1, -1);
}

/**
 * Whether at most 100 characters follow the last colon once the white space after it is skipped.
 * When the 101st character from the end is neither white space nor a colon and no colon follows
 * it, the last colon is further back and that character lies in the more than 100 after it: a
 * forward search of the end settles it for most paragraphs, where a search back from the end
 * would read the whole of a paragraph without a colon.
 */
export function colonNearEnd(text: string): boolean {
  const from = text.length - 101;
  if (from >= 0 && !isSpaceCode(text.charCodeAt(from)) && !text.includes(":", from)) return false;
  const colon = text.lastIndexOf(":");
  return colon >= 0 && text.length - colon - 1 <= 100 + leadingSpace(text, colon + 1);
}

/** How many white-space code units start `text` at `from`. */
function leadingSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i - from;
}

/**
 * A credit is a few capitalised names, optionally `Person/Organisation`. With `strict` (a credit
 * trailing a caption) it must also carry a slash or a word such as `Photo` or `Images`, because
 * an ordinary sentence may end with a parenthesised name. A `labelled` credit (`Photo: …`) needs
 * only names: the label says what it is.
 */
function looksLikeCredit(inner: string, strict: boolean, labelled = false): boolean {
  const s = inner.trim();
  if (s.length < 2 || s.length > 100) return false;
  if (/[;:!?"]|\.\s+\p{Ll}/u.test(s)) return false;
  const tokens = s.split(/[\s/,]+/).filter(Boolean);
  // A credit names, it does not state: `(BEGIN VIDEO CLIP.)` ends like a sentence; `Jr.` is fine.
  const hasSlash = s.includes("/");
  if (!hasSlash && tokens.length >= 2 && s.endsWith(".") && (tokens.at(-1) as string).length > 3)
    return false;
  if (tokens.length === 0 || tokens.length > 10) return false;
  for (const t of tokens) {
    if (CREDIT_CONNECTORS.has(t.toLowerCase())) continue;
    if (!/^[\p{Lu}\p{N}][\p{L}\p{N}.'&-]*$/u.test(t)) return false;
  }
  if (labelled) return true;
  if (strict) return hasSlash || CREDIT_KEYWORDS.test(s);
  return hasSlash || tokens.length >= 2 || CREDIT_KEYWORDS.test(s);
}

/** `Lee Shutter/The Daily Example` → `The Daily Example`; `AP Photo/Evan Vucci` → `AP`. */
function creditOrganisation(credit: string): string | undefined {
  const cleaned = credit.replace(/,\s*(?:file|pool|handout)\s*$/i, "").trim();
  const slash = cleaned.lastIndexOf("/");
  if (slash < 0) return undefined;
  const before = cleaned.slice(0, slash).trim();
  const after = cleaned.slice(slash + 1).trim();
  // `AP Photo/Evan Vucci`: the organisation is before the slash, marked by the word Photo.
  // `Staff photo/The Dispatch Ledger`: staff is who took it, not an organisation.
  const photoOf = /^(.+?)\s+(?:photo|photos|images|video)$/i.exec(before);
  if (photoOf?.[1] && !/^(?:staff|file)$/i.test(photoOf[1])) return photoOf[1];
  // `NASA/Jude Guidry`: one word before a person's two names, the organisation comes first.
  if (!/\s/.test(before) && /^\p{Lu}[\p{L}'-]+ \p{Lu}[\p{L}'-]+$/u.test(after)) return before;
  return after.replace(/\s+(?:photo|photos|images|video)$/i, "") || undefined;
}

/** `© 2024 The Daily Example. All rights reserved.` → `The Daily Example`. */
function copyrightHolder(text: string): string | undefined {
  const m =
    /(?:©|\(c\)|copyright)(?:\s*(?:©|copyright))?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?)?,?\s*(?:by\s+)?(\p{Lu}[^.,;©|]{1,60}?)\s*(?:[.,;|]|all rights|$)/iu.exec(
      text,
    );
  const holder = m?.[1]?.trim();
  if (
    !holder ||
    /\b(?:inc|corp|corporation|llc|ltd|limited|plc|gmbh|co|company|s\.a)\.?$/i.test(holder)
  )
    return undefined;
  if (/\d/.test(holder) || holder.split(/\s+/).length > 6) return undefined;
  return holder;
}

function splitNames(list: string): string[] {
  return list
    .split(/\s*,\s*|\s+and\s+/i)
    .map((n) => n.trim())
    .filter(Boolean);
}
