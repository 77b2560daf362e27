// Fetching a URL with Node's fetch: one timeout for the whole exchange (connect, headers and
// body), a size cap enforced while the body streams in, and every failure a user error naming
// the URL. The body is returned as bytes with the content type, for decoding from the header.

import { fail, isParallaxError } from "../errors.ts";
import { mb } from "./01-decode.ts";

export interface Fetched {
  bytes: Uint8Array;
  contentType?: string;
  /** The URL after redirects. */
  url: string;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

export async function fetchBytes(
  url: string,
  opts: { timeoutMs: number; maxBytes: number },
): Promise<Fetched> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    fail("fetch_failed", url, "is not a valid URL");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    fail("fetch_failed", url, `only http and https URLs can be fetched, not ${parsed.protocol}`);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  const timedOut = () =>
    fail("fetch_timeout", url, `no complete answer within ${opts.timeoutMs / 1000} s (--timeout)`);
  try {
    let response: Response;
    try {
      response = await fetch(parsed, {
        signal: controller.signal,
        redirect: "follow",
        headers: { accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5" },
      });
    } catch (error) {
      if (controller.signal.aborted) timedOut();
      fail("fetch_failed", url, `could not be reached (${causeOf(error)})`);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      fail(
        "fetch_failed",
        url,
        `the server answered ${response.status} ${response.statusText}`.trim(),
      );
    }
    const contentType = response.headers.get("content-type") ?? undefined;
    if (
      contentType &&
      /^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|octet-stream)/i.test(contentType)
    ) {
      await response.body?.cancel().catch(() => {});
      fail("binary", url, `the server sent ${contentType.split(";")[0]}, not a page or text`);
    }
    const declared = Number(response.headers.get("content-length"));
    if (declared > opts.maxBytes) {
      await response.body?.cancel().catch(() => {});
      fail(
        "too_large",
        url,
        `the page is ${mb(declared)}, over the ${mb(opts.maxBytes)} limit (--max-size)`,
      );
    }
    const chunks: Uint8Array[] = [];
    let length = 0;
    const reader = response.body?.getReader();
    if (reader) {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          length += value.length;
          if (length > opts.maxBytes) {
            await reader.cancel().catch(() => {});
            fail("too_large", url, `the page is over the ${mb(opts.maxBytes)} limit (--max-size)`);
          }
          chunks.push(value);
        }
      } catch (error) {
        if (isParallaxError(error)) throw error;
        if (controller.signal.aborted) timedOut();
        fail("fetch_failed", url, `the answer broke off (${causeOf(error)})`);
      }
    }
    const result: Fetched = { bytes: Buffer.concat(chunks, length), url: response.url || url };
    if (contentType) result.contentType = contentType;
    return result;
  } finally {
    clearTimeout(timer);
  }
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
