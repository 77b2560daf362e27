// Errors a user can cause, as a typed union keyed on `code` (zod-style), and helpers that turn
// them into diagnostics and sentences for people. Anything thrown that is not a ParallaxError is
// a bug in Parallax, and only then does the CLI show a stack trace.

import type { Diagnostic } from "./types.ts";

export type IssueCode =
  | "not_found" // no such file or directory
  | "unreadable" // permission denied, is a directory where a file was wanted, …
  | "empty" // zero bytes or only white space
  | "binary" // NUL bytes or an image/archive signature
  | "decode" // could not decode the bytes in the detected or given encoding
  | "too_large" // over the size cap
  | "truncated" // HTML or JSON cut off
  | "no_article" // an HTML page with no article text in it
  | "bad_record" // a JSONL line that is not a valid record
  | "bad_option" // a command-line value that makes no sense
  | "fetch_failed" // a URL that answered with an error or could not be reached
  | "fetch_timeout"; // a URL that did not answer in time

export interface Issue {
  code: IssueCode;
  /** The input: file path, URL, `stdin`, `batch.jsonl#12`, or the option name. */
  source: string;
  /** What went wrong, in plain words, without the source (it is added when formatting). */
  message: string;
  line?: number;
  column?: number;
}

export class ParallaxError extends Error {
  readonly issue: Issue;
  constructor(issue: Issue) {
    super(formatIssue(issue));
    this.name = "ParallaxError";
    this.issue = issue;
  }
}

export function fail(code: IssueCode, source: string, message: string, at?: Partial<Issue>): never {
  throw new ParallaxError({ code, source, message, ...at });
}

export function isParallaxError(error: unknown): error is ParallaxError {
  return error instanceof ParallaxError;
}

/** `notes/a.html: the page has no article text (no_article)` */
export function formatIssue(issue: Issue): string {
  const where =
    issue.line === undefined
      ? issue.source
      : `${issue.source}:${issue.line}${issue.column === undefined ? "" : `:${issue.column}`}`;
  return `${where}: ${issue.message} (${issue.code})`;
}

export function issueToDiagnostic(issue: Issue): Diagnostic {
  const diagnostic: Diagnostic = {
    source: issue.source,
    ruleId: issue.code,
    reason: issue.message,
    fatal: true,
  };
  if (issue.line !== undefined) diagnostic.line = issue.line;
  if (issue.column !== undefined) diagnostic.column = issue.column;
  return diagnostic;
}

/** `stdin:3:7: warning: quote never closes [quote-unclosed]` */
export function formatDiagnostic(d: Diagnostic): string {
  const where =
    d.line === undefined
      ? d.source
      : `${d.source}:${d.line}${d.column === undefined ? "" : `:${d.column}`}`;
  return `${where}: ${d.fatal ? "error" : "warning"}: ${d.reason} [${d.ruleId}]`;
}
