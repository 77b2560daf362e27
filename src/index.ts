// The public API of Parallax: everything a library user needs, re-exported from one place.
// `src/index.test.ts` locks this surface, so a change to it is a deliberate one.

export type { IngestOptions, InputItem } from "./1-ingest/index.ts";
export { loadArticles, readInputs } from "./1-ingest/index.ts";
export type { RawInput } from "./2-text/article.ts";
export { extract } from "./2-text/article.ts";
export { html as toHtml } from "./6-report/html.ts";
export { json as toStoryJson } from "./6-report/json.ts";
export { markdown as toMarkdown } from "./6-report/markdown.ts";
export { terminal as toTerminal } from "./6-report/terminal.ts";
export { analyze, toAnalysisJson } from "./analyze.ts";
export { compare } from "./compare.ts";
export type { Issue, IssueCode } from "./errors.ts";
export { formatDiagnostic, formatIssue, isParallaxError, ParallaxError } from "./errors.ts";
export type * from "./types.ts";
