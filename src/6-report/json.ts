// `--json`: the story record as JSON, in the shape `schema/story.schema.json` documents
// (`"schema": "parallax.story/1"`; a breaking change bumps the number).

import type { StoryRecord } from "../types.ts";

export function json(record: StoryRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
