// Ingest: command-line inputs (files, `-`, URLs, directories, globs, JSON Lines batches) → a
// stream of RawInputs for the Article builder, or a failure per input that could not be read.
// Nothing here throws for a user's mistake except a bad option: a run goes on past bad inputs.

import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { extract, idFrom, type RawInput } from "../2-text/article.ts";
import { fail, type Issue, isParallaxError } from "../errors.ts";
import type { Article } from "../types.ts";
import { UniqueIds } from "../unique-ids.ts";
import { decode } from "./01-decode.ts";
import { looksLikeHtml } from "./02-sniff.ts";
import { DEFAULT_MAX_BYTES, readFileBytes, readStreamBytes } from "./03-file.ts";
import { DEFAULT_TIMEOUT_MS, fetchBytes } from "./04-fetch.ts";
import { expandGlob, hasGlob, walk } from "./05-glob.ts";
import { type BatchRecord, DATE, readBatch } from "./06-batch.ts";

export interface IngestOptions {
  /** JSON Lines batch files, read after the positional inputs. */
  batch?: string[];
  /** Given once: for every input; given once per input: in order. */
  outlet?: string[];
  published?: string[];
  /** Size cap per input, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Timeout per URL, in milliseconds (default 15 s). */
  timeoutMs?: number;
  /** What `-` reads (default process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

export type InputItem = { input: RawInput } | { failure: Issue };

const READABLE = /\.(?:txt|text|html?|xhtml|jsonl)(?:\.gz)?$/i;

/** Throws a `bad_option` ParallaxError when overrides cannot be matched to the inputs. */
export function checkOptions(specs: string[], options: IngestOptions): void {
  const count = specs.length + (options.batch?.length ?? 0);
  for (const name of ["outlet", "published"] as const) {
    const values = options[name] ?? [];
    if (values.length > 1 && values.length !== count)
      fail(
        "bad_option",
        `--${name}`,
        `given ${values.length} times for ${count} input${count === 1 ? "" : "s"}: give it once for all inputs, or once per input`,
      );
  }
  for (const p of options.published ?? [])
    if (!DATE.test(p)) fail("bad_option", "--published", `'${p}' is not a date such as 2017-03-31`);
  if (options.maxBytes !== undefined && !(options.maxBytes > 0))
    fail("bad_option", "--max-size", "must be a positive size");
  if (options.timeoutMs !== undefined && !(options.timeoutMs > 0))
    fail("bad_option", "--timeout", "must be a positive number of seconds");
}

/** Every input, in order, as it is read: never holds more than one input's text at a time. */
export async function* readInputs(
  specs: string[],
  options: IngestOptions = {},
): AsyncGenerator<InputItem> {
  checkOptions(specs, options);
  const all = [
    ...specs.map((spec) => ({ spec, batch: false })),
    ...(options.batch ?? []).map((spec) => ({ spec, batch: true })),
  ];
  const limits = {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
  // Ids name articles in a story record, so two inputs must not share one (`a.txt` in two folders).
  const ids = new UniqueIds();
  for (const [i, { spec, batch }] of all.entries()) {
    const override = (values?: string[]) => (values && values.length > 1 ? values[i] : values?.[0]);
    const outlet = override(options.outlet);
    const published = override(options.published);
    for await (const item of readSpec(spec, batch, limits, options.stdin)) {
      if ("input" in item) {
        if (outlet) item.input.outlet = outlet;
        if (published) item.input.published = published;
        const wanted = item.input.id ?? idFrom(item.input.source, item.input.url);
        item.input.id = ids.take(wanted);
        if (item.input.id !== wanted)
          item.input.warnings = [
            ...(item.input.warnings ?? []),
            {
              source: item.input.source,
              ruleId: "duplicate-id",
              reason: `id '${wanted}' is already taken in this run; this input is '${item.input.id}'`,
              fatal: false,
            },
          ];
      }
      yield item;
    }
  }
}

/** Reads every input and builds its Article; failures are collected, not thrown. */
export async function loadArticles(
  specs: string[],
  options: IngestOptions = {},
): Promise<{ articles: Article[]; failures: Issue[] }> {
  const articles: Article[] = [];
  const failures: Issue[] = [];
  for await (const item of readInputs(specs, options)) {
    if ("failure" in item) failures.push(item.failure);
    else {
      const result = extractSafely(item.input);
      if ("failure" in result) failures.push(result.failure);
      else articles.push(result.article);
    }
  }
  return { articles, failures };
}

/** `extract`, with a user error turned into a failure. */
export function extractSafely(input: RawInput): { article: Article } | { failure: Issue } {
  try {
    return { article: extract(input) };
  } catch (error) {
    if (isParallaxError(error)) return { failure: error.issue };
    throw error;
  }
}

/** 0 when everything was read, 1 when some inputs failed, 2 when nothing could be read. */
export function exitCode(read: number, failed: number): number {
  if (read === 0) return 2;
  return failed > 0 ? 1 : 0;
}

type Limits = { maxBytes: number; timeoutMs: number };

async function* readSpec(
  spec: string,
  batch: boolean,
  limits: Limits,
  stdin?: AsyncIterable<Uint8Array | string>,
): AsyncGenerator<InputItem> {
  if (spec === "-") {
    yield await guarded("stdin", async () =>
      fromBytes(
        await readStreamBytes(stdin ?? process.stdin, limits.maxBytes, "stdin"),
        "stdin",
        limits,
      ),
    );
    return;
  }
  if (/^https?:\/\//i.test(spec)) {
    yield await guarded(spec, () => fromUrl(spec, limits));
    return;
  }
  const info = await stat(spec).catch(() => undefined);
  let files: string[];
  if (info?.isDirectory()) {
    try {
      files = await walk(spec, (p) => READABLE.test(p));
    } catch (error) {
      yield await guarded(spec, () => Promise.reject(error));
      return;
    }
    if (files.length === 0) {
      yield failure("not_found", spec, "the directory has no .txt, .html or .jsonl files");
      return;
    }
  } else if (!info && hasGlob(spec)) {
    files = await expandGlob(spec, (p) => READABLE.test(p));
    if (files.length === 0) {
      yield failure("not_found", spec, "no files match this pattern");
      return;
    }
  } else files = [spec];
  for (const file of files) {
    if (batch || /\.jsonl$/i.test(file)) yield* fromBatch(file, limits);
    else yield await guarded(file, () => fromFile(file, limits));
  }
}

async function* fromBatch(path: string, limits: Limits): AsyncGenerator<InputItem> {
  const base = idFrom(path);
  for await (const item of readBatch(path, limits.maxBytes)) {
    if ("failure" in item) {
      yield item;
      continue;
    }
    const { record, source, line } = item;
    const id = record.id ?? `${base}-${line}`;
    yield await guarded(source, async () => {
      const input = await recordInput(record, path, source, limits);
      input.id = id;
      for (const key of ["outlet", "published", "title"] as const)
        if (record[key]) input[key] = record[key];
      return input;
    });
  }
}

async function recordInput(
  record: BatchRecord,
  batchPath: string,
  source: string,
  limits: Limits,
): Promise<RawInput> {
  if (record.html !== undefined) return withUrl({ source, html: record.html }, record.url);
  if (record.text !== undefined) return withUrl({ source, text: record.text }, record.url);
  if (record.file !== undefined) {
    const path = resolve(dirname(batchPath), record.file);
    const input = await fromFile(path, limits, `${source} (${record.file})`);
    input.source = source;
    return withUrl(input, record.url);
  }
  const input = await fromUrl(record.url as string, limits);
  input.source = source;
  return input;
}

function withUrl(input: RawInput, url?: string): RawInput {
  if (url) input.url = url;
  return input;
}

async function fromFile(path: string, limits: Limits, source = path): Promise<RawInput> {
  const bytes = await readFileBytes(path, limits.maxBytes, source);
  const input = fromBytes(bytes, source, limits, path);
  input.id = idFrom(path);
  return input;
}

async function fromUrl(url: string, limits: Limits): Promise<RawInput> {
  const fetched = await fetchBytes(url, limits);
  const decoded = decode(fetched.bytes, url, {
    maxBytes: limits.maxBytes,
    ...(fetched.contentType ? { contentType: fetched.contentType } : {}),
  });
  const type = fetched.contentType?.split(";")[0]?.trim().toLowerCase();
  const html =
    type === "text/html" ||
    type === "application/xhtml+xml" ||
    (type !== "text/plain" && looksLikeHtml(decoded.text));
  const input: RawInput = { source: url, url: fetched.url, warnings: decoded.warnings };
  if (html) input.html = decoded.text;
  else input.text = decoded.text;
  return input;
}

function fromBytes(bytes: Uint8Array, source: string, limits: Limits, path?: string): RawInput {
  const decoded = decode(bytes, source, { maxBytes: limits.maxBytes });
  const input: RawInput = { source, warnings: decoded.warnings };
  if (looksLikeHtml(decoded.text, path)) {
    input.html = decoded.text;
    const cut = truncatedHtml(decoded.text);
    if (cut) input.warnings?.push({ source, ruleId: "html-truncated", reason: cut, fatal: false });
  } else input.text = decoded.text;
  return input;
}

/** Why a page looks cut off, if it does: it opens <html> but never closes it, or ends inside a tag. */
export function truncatedHtml(html: string): string | undefined {
  const tail = html.slice(-2048);
  const lastOpen = tail.lastIndexOf("<");
  if (lastOpen > tail.lastIndexOf(">")) return "the page ends inside a tag: it looks cut off";
  if (/<html[\s>]/i.test(html.slice(0, 4096)) && !/<\/html\s*>/i.test(tail))
    return "the page opens <html> but never closes it: it may be cut off";
  return undefined;
}

async function guarded(source: string, read: () => Promise<RawInput>): Promise<InputItem> {
  try {
    return { input: await read() };
  } catch (error) {
    if (isParallaxError(error)) return { failure: error.issue };
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === "string" && /^E[A-Z]+$/.test(code))
      return failure("unreadable", source, (error as Error).message);
    throw error;
  }
}

function failure(code: Issue["code"], source: string, message: string): InputItem {
  return { failure: { code, source, message } };
}
