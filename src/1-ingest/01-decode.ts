// Bytes → text, with the encoding found from the bytes themselves: a BOM, else the charset the
// HTTP header or the page declares, else UTF-8 when the bytes are valid UTF-8, else Windows-1252
// (what most mislabelled Western pages are) with a warning that it was guessed. Binary files,
// cut-off UTF-8 and bytes that contradict a declared encoding are user errors.

import { gunzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { fail, isParallaxError } from "../errors.ts";
import type { Diagnostic } from "../types.ts";

export interface Decoded {
  text: string;
  /** The encoding used, e.g. `utf-8`, `windows-1252`. */
  encoding: string;
  warnings: Diagnostic[];
}

export interface DecodeOptions {
  /** An HTTP `Content-Type` header, whose charset is taken as declared. */
  contentType?: string;
  /** Size cap for decompressed gzip data, in bytes. */
  maxBytes?: number;
}

// Signatures of files that are certainly not text: images, archives, PDFs, executables, media.
const MAGIC: [string, number[]][] = [
  ["a PDF", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a ZIP archive (or Office document)", [0x50, 0x4b, 0x03, 0x04]],
  ["a RIFF file (WebP, WAV, AVI)", [0x52, 0x49, 0x46, 0x46]],
  ["an executable", [0x7f, 0x45, 0x4c, 0x46]],
  ["a 7-Zip archive", [0x37, 0x7a, 0xbc, 0xaf]],
  ["a bzip2 archive", [0x42, 0x5a, 0x68]],
  ["an xz archive", [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
  ["an Ogg file", [0x4f, 0x67, 0x67, 0x53]],
  ["a Windows executable", [0x4d, 0x5a]],
];

const startsWith = (bytes: Uint8Array, sig: number[]) =>
  bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);

export function decode(input: Uint8Array, source: string, opts: DecodeOptions = {}): Decoded {
  let bytes = input;
  if (bytes.length === 0) fail("empty", source, "the input is empty (0 bytes)");
  if (startsWith(bytes, [0x1f, 0x8b])) bytes = gunzip(bytes, source, opts.maxBytes);

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8(bytes.subarray(3), source, true, "BOM");
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes.subarray(2), "utf-16le", source, []);
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes.subarray(2), "utf-16be", source, []);

  for (const [what, sig] of MAGIC)
    if (startsWith(bytes, sig)) fail("binary", source, `this is ${what}, not text or HTML`);

  if (bytes.indexOf(0) >= 0) {
    const wide = utf16WithoutBom(bytes);
    if (!wide)
      fail("binary", source, "the file contains NUL bytes: it is binary, not text or HTML");
    return utf16(bytes, wide, source, [
      warning(source, "encoding-guessed", `no byte-order mark; read as ${wide.toUpperCase()}`),
    ]);
  }

  const declared = declaredCharset(bytes, opts.contentType);
  if (declared && !/^(?:utf-?8|us-ascii|ascii)$/i.test(declared.charset)) {
    // Servers and templates often declare a legacy charset (Latin-1 by default, or the site's
    // old EUC-KR / Shift_JIS) while sending UTF-8. Non-ASCII bytes that happen to form valid
    // UTF-8 throughout are very unlikely in real legacy-encoded text, so the bytes win.
    const asUtf8 = bytes.some((b) => b >= 0x80) ? tryUtf8(bytes) : null;
    if (asUtf8 !== null)
      return checked(asUtf8, "utf-8", source, [
        warning(
          source,
          "encoding-mismatch",
          `declared ${declared.charset} in ${declared.where}, but the bytes are UTF-8; read as UTF-8`,
        ),
      ]);
    if (iconv.encodingExists(declared.charset))
      return checked(
        iconv.decode(Buffer.from(bytes), declared.charset),
        declared.charset,
        source,
        [],
      );
    const warnings = [
      warning(
        source,
        "encoding-unknown",
        `unknown charset '${declared.charset}' in ${declared.where}; ignored`,
      ),
    ];
    return guess(bytes, source, warnings);
  }
  if (declared) return utf8(bytes, source, true, declared.where);
  return guess(bytes, source, []);
}

function guess(bytes: Uint8Array, source: string, warnings: Diagnostic[]): Decoded {
  const valid = tryUtf8(bytes);
  if (valid !== null) return checked(valid, "utf-8", source, warnings);
  if (truncatedUtf8(bytes))
    fail("truncated", source, "the file ends in the middle of a UTF-8 character: it looks cut off");
  return checked(iconv.decode(Buffer.from(bytes), "windows-1252"), "windows-1252", source, [
    ...warnings,
    warning(
      source,
      "encoding-guessed",
      "not valid UTF-8 and no charset declared; read as Windows-1252",
    ),
  ]);
}

function utf8(bytes: Uint8Array, source: string, declared: boolean, where: string): Decoded {
  const text = tryUtf8(bytes);
  if (text !== null) return checked(text, "utf-8", source, []);
  if (truncatedUtf8(bytes))
    fail("truncated", source, "the file ends in the middle of a UTF-8 character: it looks cut off");
  if (declared) {
    const at = firstInvalidUtf8(bytes);
    fail("decode", source, `declared UTF-8 (${where}) but byte ${at} is not valid UTF-8`);
  }
  return guess(bytes, source, []);
}

function utf16(
  bytes: Uint8Array,
  encoding: "utf-16le" | "utf-16be",
  source: string,
  warnings: Diagnostic[],
): Decoded {
  if (bytes.length % 2 === 1)
    fail(
      "truncated",
      source,
      `odd number of bytes for ${encoding.toUpperCase()}: it looks cut off`,
    );
  return checked(iconv.decode(Buffer.from(bytes), encoding), encoding, source, warnings);
}

/** Text that decoded but is mostly control characters is binary after all. */
function checked(text: string, encoding: string, source: string, warnings: Diagnostic[]): Decoded {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) controls++;
  }
  if (text.length > 0 && controls / text.length > 0.05)
    fail("binary", source, `mostly control characters when read as ${encoding}: binary, not text`);
  return { text, encoding, warnings };
}

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return fatalUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Valid UTF-8 except for an incomplete character at the very end. */
function truncatedUtf8(bytes: Uint8Array): boolean {
  let i = bytes.length - 1;
  let back = 0;
  while (i >= 0 && back < 3 && ((bytes[i] as number) & 0xc0) === 0x80) {
    i--;
    back++;
  }
  if (i < 0) return false;
  const lead = bytes[i] as number;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  if (need === 1 || back + 1 >= need) return false;
  return tryUtf8(bytes.subarray(0, i)) !== null;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search on the longest valid prefix would need care at character boundaries; a
  // streaming decoder finds it in one pass instead.
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const step = 4096;
  for (let i = 0; i < bytes.length; i += step) {
    try {
      decoder.decode(bytes.subarray(i, i + step), { stream: true });
    } catch {
      return i;
    }
  }
  return bytes.length;
}

/** ASCII text in UTF-16 without a BOM has NUL in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  if (oddNul > 0.7 * half && evenNul === 0) return "utf-16le";
  if (evenNul > 0.7 * half && oddNul === 0) return "utf-16be";
  return null;
}

/** The charset an HTTP header or the page itself declares, looked for in the first 4 KB. */
export function declaredCharset(
  bytes: Uint8Array,
  contentType?: string,
): { charset: string; where: string } | undefined {
  const header = contentType && /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType);
  if (header?.[1]) return { charset: header[1].toLowerCase(), where: "the Content-Type header" };
  const head = Buffer.from(bytes.subarray(0, 4096)).toString("latin1");
  const meta =
    /<meta[^>]{0,300}?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  if (meta?.[1]) return { charset: meta[1].toLowerCase(), where: "the page's <meta> charset" };
  return undefined;
}

function gunzip(bytes: Uint8Array, source: string, maxBytes?: number): Uint8Array {
  try {
    return gunzipSync(bytes, maxBytes ? { maxOutputLength: maxBytes } : {});
  } catch (error) {
    if (isParallaxError(error)) throw error;
    const code = (error as { code?: string }).code;
    if (code === "ERR_BUFFER_TOO_LARGE")
      fail(
        "too_large",
        source,
        `decompressed, it is over the ${mb(maxBytes ?? 0)} limit (--max-size)`,
      );
    fail("truncated", source, "gzip data is damaged or cut off");
  }
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}

function warning(source: string, ruleId: string, reason: string): Diagnostic {
  return { source, ruleId, reason, fatal: false };
}
