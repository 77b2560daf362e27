// JSON Lines batches: one record per line, `{id, url?, file?, outlet?, published?, title?,
// text? | html?}`, read as a stream so a large batch never sits in memory whole. A bad line is
// reported with its line number and the batch goes on.

import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { type Issue, isParallaxError } from "../errors.ts";
import { fsFail } from "./03-file.ts";

export interface BatchRecord {
  id?: string;
  url?: string;
  file?: string;
  outlet?: string;
  published?: string;
  title?: string;
  text?: string;
  html?: string;
}

export type BatchItem = { record: BatchRecord; source: string; line: number } | { failure: Issue };

const FIELDS = ["id", "url", "file", "outlet", "published", "title", "text", "html"] as const;
const CONTENT = ["url", "file", "text", "html"] as const;
export const DATE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The records of the batch at `path`, in order, or a failure per bad line. */
export async function* readBatch(path: string, maxLineBytes: number): AsyncGenerator<BatchItem> {
  const stream = createReadStream(path, { encoding: "utf8" });
  const opened = new Promise<void>((resolve, reject) => {
    stream.once("ready", () => resolve());
    stream.once("error", reject);
  });
  try {
    await opened;
  } catch (error) {
    try {
      fsFail(error as NodeJS.ErrnoException, path);
    } catch (e) {
      if (isParallaxError(e)) {
        yield { failure: e.issue };
        return;
      }
      throw e;
    }
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  let records = 0;
  try {
    for await (const raw of lines) {
      line++;
      const text = line === 1 ? raw.replace(/^\ufeff/, "") : raw;
      if (text.trim() === "") continue;
      records++;
      const source = `${path}#${line}`;
      // a bad line is reported as the batch file and its line (`batch.jsonl:3: …`), as editors
      // and compilers do; a good record's articles are named `batch.jsonl#3`
      const bad = (message: string): BatchItem => ({
        failure: { code: "bad_record", source: path, message, line },
      });
      if (text.length > maxLineBytes) {
        yield {
          failure: {
            code: "too_large",
            source: path,
            message: "the record is over the size limit (--max-size)",
            line,
          },
        };
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        const message = (error as Error).message;
        // A line that stops mid-value was cut off (a batch still being written, a copy interrupted).
        if (/unexpected end|unterminated/i.test(message))
          yield {
            failure: {
              code: "truncated",
              source: path,
              message: `the record is cut off (${message})`,
              line,
            },
          };
        else yield bad(`not valid JSON (${message})`);
        continue;
      }
      const checked = checkRecord(value);
      if (typeof checked === "string") yield bad(checked);
      else yield { record: checked, source, line };
    }
  } catch (error) {
    // A read error part-way (an I/O error, a path that is a folder): the batch stops here.
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== "string") throw error;
    try {
      fsFail(error as NodeJS.ErrnoException, path);
    } catch (e) {
      if (!isParallaxError(e)) throw e;
      yield { failure: { ...e.issue, message: `${e.issue.message} (after line ${line})` } };
      return;
    }
  } finally {
    lines.close();
    stream.destroy();
  }
  if (records === 0)
    yield { failure: { code: "empty", source: path, message: "the batch has no records" } };
}

/** The record, or why it is not one. */
export function checkRecord(value: unknown): BatchRecord | string {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return "a record must be a JSON object";
  const obj = value as Record<string, unknown>;
  const record: BatchRecord = {};
  for (const key of FIELDS) {
    const v = obj[key];
    if (v === undefined || v === null) continue;
    if (key === "id" && typeof v === "number") record.id = String(v);
    else if (typeof v !== "string")
      return `'${key}' must be a string, not ${Array.isArray(v) ? "an array" : typeof v}`;
    else record[key] = v;
  }
  // The content is one of text, html or file; a url beside it is the page's address, else the
  // url is fetched.
  const given = CONTENT.filter((k) => k !== "url" && record[k] !== undefined);
  if (given.length === 0 && record.url === undefined)
    return "the record has none of text, html, file or url";
  if (given.length > 1)
    return `the record has more than one of text, html and file (${given.join(", ")})`;
  if (record.published && !DATE.test(record.published))
    return `'published' must be a date such as 2017-03-31, not '${record.published}'`;
  return record;
}
