// A publication or update stamp copied in with the text — `Published March 31, 2017`, `Updated
// 3:45 p.m. ET, Fri March 31, 2017`, `Posted: 2017-03-31` — is page furniture, not story; when it
// says "published" or "posted", its date is the publication date.

const STAMP =
  /^(?:(?:first |originally )?published|posted|updated|last updated|last modified|modified)(?: on| at)?\s*[:-]?\s*(.{4,80})$/i;

const MONTHS =
  "january february march april may june july august september october november december".split(
    " ",
  );

/** The stamp's date, `YYYY-MM-DD`, and whether it dates publication; undefined when not a stamp. */
export function readStamp(text: string): { published?: string; isUpdate: boolean } | undefined {
  if (text.length > 100 || text.includes("\n")) return undefined;
  const m = STAMP.exec(text);
  if (!m?.[1]) return undefined;
  const date = parseDate(m[1]);
  const hasTime = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?/i.test(m[1]);
  if (!date && !hasTime) return undefined;
  // Nothing but a date, a time, a weekday and a zone may follow the word.
  const rest = m[1]
    .replace(/\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?\b/g, " ")
    .replace(/\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?/gi, " ")
    .replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?/gi, " ")
    .replace(/\b(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)[a-z]*\.?/gi, " ")
    .replace(/\b(?:[A-Z]{2,4}T?|UTC|GMT|ET|PT|CT|MT)\b/g, " ")
    .replace(/\b\d{1,4}(?:st|nd|rd|th)?\b/g, " ")
    .replace(/[\s,|/.()-]+/g, "");
  if (rest.length > 0) return undefined;
  const isUpdate = /^(?:updated|last updated|last modified|modified)/i.test(text);
  return date && !isUpdate ? { published: date, isUpdate } : { isUpdate };
}

/** `March 31, 2017`, `31 March 2017`, `Mar. 31, 2017`, `2017-03-31` → `2017-03-31`. */
export function parseDate(s: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(s);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = /\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(s);
  if (mdy) return valid(Number(mdy[3]), month(mdy[1] as string), Number(mdy[2]));
  const dmy = /\b(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})\b/.exec(s);
  if (dmy) return valid(Number(dmy[3]), month(dmy[2] as string), Number(dmy[1]));
  return undefined;
}

function month(name: string): number {
  const key = name.toLowerCase();
  const i = MONTHS.findIndex((m) => m === key || (key.length >= 3 && m.startsWith(key)));
  return i + 1;
}

function valid(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
