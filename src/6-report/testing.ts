// Story records the report tests share: each format must show the same facts of one record.

import { synthetic } from "../5-compare/synthetic.ts";
import { compare } from "../compare.ts";
import type { StoryRecord } from "../types.ts";

/** The same words, credited to both signers by Daily A and to one of them by Weekly B. */
export function creditedApartRecord(): StoryRecord {
  const quote = "We are not asking for special treatment,";
  const a = synthetic({
    id: "a",
    outlet: "Daily A",
    text: `\u201c${quote}\u201d Maria Ortiz and Paul Hart wrote.`,
    actors: [
      { id: "o", name: "Maria Ortiz" },
      { id: "h", name: "Paul Hart" },
      { id: "g", name: "Maria Ortiz and Paul Hart", type: "group", members: ["o", "h"] },
    ],
    statements: [{ quote, speaker: "g" }],
  });
  const b = synthetic({
    id: "b",
    outlet: "Weekly B",
    text: `\u201c${quote}\u201d Maria Ortiz wrote.`,
    actors: [{ id: "o", name: "Maria Ortiz" }],
    statements: [{ quote, speaker: "o" }],
  });
  return compare([a, b]);
}
