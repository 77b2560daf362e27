// A story record whose every user-controlled field carries markup payloads, for the report
// safety tests: nothing in it may come out of a report as markup.

import { synthetic } from "../5-compare/synthetic.ts";
import { compare } from "../compare.ts";
import type { StoryRecord } from "../types.ts";

export const PAYLOADS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(2)>',
  "' onmouseover='alert(3)",
  "javascript:alert(4)",
  '<a href="javascript:alert(5)">x</a>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, on purpose
  "`${alert(6)}`",
  "<svg onload=alert(7)>",
  "</style><script>alert(8)</script>",
];

export function hostileRecord(): StoryRecord {
  const bad = PAYLOADS.join(" ");
  const mk = (id: string) => {
    const name = `Eve ${PAYLOADS[1]} Mallory`;
    const text = `${name} said “${bad} is the plan” on Friday. ${bad} Officials met.`;
    return synthetic({
      id: `${id}${PAYLOADS[0]}`,
      text,
      outlet: `Outlet ${PAYLOADS[2]} ${id}`,
      title: `Title ${PAYLOADS[0]}`,
      byline: [`Byline ${PAYLOADS[6]}`],
      url: PAYLOADS[3],
      published: "2021-06-11",
      actors: [{ id: "x", name, role: PAYLOADS[4], organisation: PAYLOADS[7] }],
      statements: [{ quote: `${bad} is the plan`, speaker: "x" }],
    });
  };
  return compare([mk("a"), mk("b")]);
}
