import assert from "node:assert/strict";
import { test } from "node:test";
import { asciiDigits, findDates, parseDate } from "./03-dates.ts";

const one = (s: string, lang?: string) => parseDate(s, lang ? { lang } : {})?.date;

test("reads ISO timestamps and keeps the time and zone", () => {
  assert.deepEqual(parseDate("2020-09-21T10:00:00+0300"), {
    date: "2020-09-21",
    iso: "2020-09-21T10:00:00+03:00",
    index: 0,
    end: 24,
  });
  assert.equal(parseDate("20200414T00:38:07Z")?.iso, "2020-04-14T00:38:07Z");
  assert.equal(one("2020/03/04"), "2020-03-04");
});

test("reads numeric day-month-year, month first only for US English or when forced", () => {
  assert.equal(one("21.09.2020"), "2020-09-21");
  assert.equal(one("3/4/2020"), "2020-04-03");
  assert.equal(one("3/4/2020", "en-US"), "2020-03-04");
  assert.equal(one("13/4/2020", "en-US"), "2020-04-13");
  assert.equal(one("4/13/2020"), "2020-04-13");
});

test("reads month names across languages from the lexicon", () => {
  const cases: [string, string, string?][] = [
    ["March 4, 2020", "2020-03-04"],
    ["4th March 2020", "2020-03-04"],
    ["4 de março de 2020", "2020-03-04"],
    ["15 de octubre de 2020", "2020-10-15"],
    ["3. Dezember 2020", "2020-12-03"],
    ["26 октября 2020", "2020-10-26"],
    ["30 Ekim 2020", "2020-10-30"],
    ["2020 m. spalio 26 d.", "2020-10-26"],
    ["2020. október 5.", "2020-10-05"],
    ["07 أكتوبر 2020", "2020-10-07"],
    ["2020년 3월 4일", "2020-03-04"],
    ["2020年2月15日", "2020-02-15"],
    ["13 gusht 2020, 09:08", "2020-08-13"],
    ["29 सितंबर 2020", "2020-09-29"],
    ["3 de març de 2020", "2020-03-03"],
  ];
  for (const [s, want] of cases) assert.equal(one(s), want, s);
});

test("a month word shared by languages follows the page language", () => {
  assert.equal(one("3 listopada 2020", "pl"), "2020-11-03");
  assert.equal(one("3 listopada 2020", "hr"), "2020-10-03");
});

test("rejects impossible and implausible dates", () => {
  assert.equal(one("31.02.2020"), undefined);
  assert.equal(one("2020-13-01"), undefined);
  assert.equal(one("1890-01-01"), undefined);
  assert.equal(one("no date here"), undefined);
  assert.equal(parseDate("2031-01-01", { maxYear: 2030 }), undefined);
});

test("finds every date in running text, in order, without double readings", () => {
  const found = findDates("Posted 2020-10-13. Updated October 14, 2020 at 21.10.2020.");
  assert.deepEqual(
    found.map((f) => f.date),
    ["2020-10-13", "2020-10-14", "2020-10-21"],
  );
});

test("maps Arabic-Indic and Persian digits one for one", () => {
  assert.equal(asciiDigits("٢٠٢٠-١٠-٠٧ ۲۰۲۰"), "2020-10-07 2020");
  assert.equal(one("٠٧ أكتوبر ٢٠٢٠"), "2020-10-07");
});

test("scans a long run of digits and separators without blowing up", () => {
  const hostile = `${"1.".repeat(200_000)} ${"1 de ".repeat(100_000)}5 de março de 2020`;
  assert.deepEqual(
    findDates(hostile).map((f) => f.date),
    ["2020-03-05"],
  );
});
