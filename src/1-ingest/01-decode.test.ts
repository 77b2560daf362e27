import assert from "node:assert/strict";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { isParallaxError } from "../errors.ts";
import { decode } from "./01-decode.ts";

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return "none";
  } catch (e) {
    if (isParallaxError(e)) return e.issue.code;
    throw e;
  }
};

test("UTF-8 with and without BOM; the BOM is not part of the text", () => {
  const body = Buffer.from("caf\u00e9 \u201cquoted\u201d", "utf8");
  assert.equal(decode(body, "a").text, "caf\u00e9 \u201cquoted\u201d");
  const withBom = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]), "a");
  assert.equal(withBom.text, "caf\u00e9 \u201cquoted\u201d");
  assert.deepEqual(withBom.warnings, []);
});

test("UTF-16 by BOM, and without one by its NUL pattern", () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode("Hello \u00e9", "utf-16le")]);
  assert.equal(decode(le, "a").text, "Hello \u00e9");
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode("Hello", "utf-16be")]);
  assert.equal(decode(be, "a").text, "Hello");
  const bare = decode(iconv.encode("Plain words here", "utf-16le"), "a");
  assert.equal(bare.text, "Plain words here");
  assert.equal(bare.warnings[0]?.ruleId, "encoding-guessed");
});

test("declared charsets: header, meta, and Latin-1 declared over UTF-8 bytes", () => {
  const latin = iconv.encode("caf\u00e9 na\u00efve", "latin1");
  assert.equal(
    decode(latin, "a", { contentType: "text/plain; charset=ISO-8859-1" }).text,
    "caf\u00e9 na\u00efve",
  );
  const page = iconv.encode(
    '<html><head><meta charset="windows-1251"></head>\u041f\u0440\u0438',
    "windows-1251",
  );
  assert.ok(decode(page, "a").text.endsWith("\u041f\u0440\u0438"));
  const mislabelled = decode(Buffer.from("caf\u00e9", "utf8"), "a", {
    contentType: "text/html; charset=iso-8859-1",
  });
  assert.equal(mislabelled.text, "caf\u00e9");
  assert.equal(mislabelled.warnings[0]?.ruleId, "encoding-mismatch");
});

test("undeclared non-UTF-8 bytes are read as Windows-1252 with a warning", () => {
  const d = decode(
    Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x97, 0x20, 0x63, 0x61, 0x66, 0xe9]),
    "a",
  );
  assert.equal(d.text, "\u201cHi\u201d \u2014 caf\u00e9");
  assert.equal(d.encoding, "windows-1252");
  assert.equal(d.warnings[0]?.ruleId, "encoding-guessed");
});

test("gzip is unpacked, within the size cap", () => {
  assert.equal(decode(gzipSync(Buffer.from("hello world")), "a").text, "hello world");
  assert.equal(
    codeOf(() => decode(gzipSync(Buffer.alloc(100_000, 0x61)), "a", { maxBytes: 1000 })),
    "too_large",
  );
});

test("empty, binary, truncated and mis-encoded inputs are user errors", () => {
  assert.equal(
    codeOf(() => decode(new Uint8Array(0), "a")),
    "empty",
  );
  assert.equal(
    codeOf(() => decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), "a")),
    "binary",
  );
  assert.equal(
    codeOf(() => decode(Buffer.from("ab\u0000\u0001\u0002cd\u0000\u0000x"), "a")),
    "binary",
  );
  assert.equal(
    codeOf(() => decode(Buffer.from([0x61, 0x62, 0xe2, 0x80]), "a")),
    "truncated",
  );
  assert.equal(
    codeOf(() => decode(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62]), "a")),
    "decode",
  );
  assert.equal(
    codeOf(() => decode(Buffer.from("\u0001\u0002\u0003\u0004abc"), "a")),
    "binary",
  );
});

test("a page declaring a legacy multi-byte charset but sent as UTF-8 is read as UTF-8", () => {
  const html =
    '<html><head><meta charset="euc-kr"></head><body><p>한국어 기사 본문</p></body></html>';
  const decoded = decode(new TextEncoder().encode(html), "page.html");
  assert.match(decoded.text, /한국어 기사 본문/);
  assert.ok(decoded.warnings.some((w) => w.ruleId === "encoding-mismatch"));
});

test("a page really in EUC-KR is still read with its declared charset", () => {
  const body = iconv.encode("한국어 기사 본문", "euc-kr");
  const head = Buffer.from('<html><head><meta charset="euc-kr"></head><body><p>');
  const decoded = decode(Buffer.concat([head, body, Buffer.from("</p></body></html>")]), "kr.html");
  assert.match(decoded.text, /한국어 기사 본문/);
});
