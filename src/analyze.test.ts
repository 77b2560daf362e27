import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { extract } from "./2-text/article.ts";
import { ANALYSIS_SCHEMA, analyze, toAnalysisJson } from "./analyze.ts";

const schema = JSON.parse(
  readFileSync(new URL("../schema/analysis.schema.json", import.meta.url), "utf8"),
) as Schema;

type Schema = {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean;
  items?: Schema;
  oneOf?: Schema[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  $defs?: Record<string, Schema>;
};

/** A small validator for the JSON Schema keywords our schema uses; returns the problems found. */
function validate(value: unknown, s: Schema, path = "$"): string[] {
  if (s.$ref) return validate(value, schema.$defs?.[s.$ref.replace("#/$defs/", "")] ?? {}, path);
  if (s.oneOf) {
    const ok = s.oneOf.filter((alt) => validate(value, alt, path).length === 0).length;
    return ok === 1 ? [] : [`${path}: matches ${ok} of oneOf`];
  }
  const problems: string[] = [];
  const kind =
    value === null
      ? "null"
      : Array.isArray(value)
        ? "array"
        : Number.isInteger(value)
          ? "integer"
          : typeof value;
  const types = s.type === undefined ? undefined : ([] as string[]).concat(s.type);
  if (types && !types.includes(kind) && !(kind === "integer" && types.includes("number")))
    return [`${path}: ${kind} is not ${types.join("|")}`];
  if (s.const !== undefined && value !== s.const) problems.push(`${path}: not ${s.const}`);
  if (s.enum && !s.enum.includes(value)) problems.push(`${path}: ${value} not in enum`);
  if (typeof value === "string" && s.pattern && !new RegExp(s.pattern).test(value))
    problems.push(`${path}: ${value} does not match ${s.pattern}`);
  if (typeof value === "number") {
    if (s.minimum !== undefined && value < s.minimum) problems.push(`${path}: below minimum`);
    if (s.maximum !== undefined && value > s.maximum) problems.push(`${path}: above maximum`);
  }
  if (Array.isArray(value)) {
    if (s.minItems !== undefined && value.length < s.minItems) problems.push(`${path}: too few`);
    if (s.items)
      for (const [i, v] of value.entries())
        problems.push(...validate(v, s.items as Schema, `${path}[${i}]`));
  } else if (value && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    for (const r of s.required ?? []) if (!(r in obj)) problems.push(`${path}.${r}: missing`);
    for (const [k, v] of Object.entries(obj)) {
      const sub = s.properties?.[k];
      if (sub) problems.push(...validate(v, sub, `${path}.${k}`));
      else if (s.additionalProperties === false) problems.push(`${path}.${k}: not allowed`);
    }
  }
  return problems;
}

const wapo = readFileSync(new URL("../examples/seeds/wapo.txt", import.meta.url), "utf8");

test("analyze finds statements and attributes them: a pair's letter, her statement, a quote's speaker", () => {
  const analysis = analyze(extract({ source: "wapo.txt", text: wapo }));
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  const who = (quoteStart: string) => {
    const s = analysis.statements.find((x) => (x.quote ?? x.content).text.startsWith(quoteStart));
    return s?.speaker?.resolvedActorIds.map((id) => names.get(id));
  };
  assert.deepEqual(who("We would encourage you"), ["Jeff Sessions", "John F. Kelly"]);
  assert.deepEqual(who("I am disappointed"), ["Tani G. Cantil-Sakauye"]);
  // the quote names Kelly, but Wang said it
  assert.deepEqual(who("What’s new is that"), ["Cecillia Wang"]);
  for (const s of analysis.statements) {
    assert.equal(wapo.slice(s.content.start, s.content.end), s.content.text);
    if (s.speaker?.mention)
      assert.equal(
        wapo.slice(s.speaker.mention.start, s.speaker.mention.end),
        s.speaker.mention.text,
      );
  }
});

test("the JSON form is valid against schema/analysis.schema.json", () => {
  const json = toAnalysisJson(analyze(extract({ source: "wapo.txt", text: wapo })));
  assert.equal(json.schema, ANALYSIS_SCHEMA);
  assert.deepEqual(validate(json, schema), []);
  assert.ok(json.statements.length > 10);
  // and the validator itself rejects what the schema forbids
  const broken = { ...json, statements: [{ ...json.statements[0], kind: "rumour" }] };
  assert.notDeepEqual(validate(broken, schema), []);
});

test("a long article of short statements by an all-capital name is analysed in one pass", () => {
  // Each `…, NASA said.` asks whether NASA is a transcript label (`PENCE:`) for a person named
  // before; that look-back once went over the whole text each time, quadratic in its length.
  const parts = ["Mike Pence and Tim Kaine met on Tuesday."];
  for (let i = 0; i < 8000; i++)
    parts.push(`The launch is on time for ${i} families, NASA said. Tim Kaine agreed.`);
  const analysis = analyze(extract({ source: "long.txt", text: parts.join("\n\n") }));
  const nasa = analysis.actors.find((a) => a.name === "NASA");
  assert.equal(nasa?.type, "organisation");
  assert.equal(analysis.statements.filter((s) => s.speaker?.actorId === nasa?.id).length, 8000);
});
