import assert from "node:assert/strict";
import { test } from "node:test";
import { rows } from "./testing.ts";

function channels(text: string): [string, string][] {
  return rows(text).map((r) => [r.what, r.channel]);
}

test("`told` a hearer gathered at an event is a speech there; `told reporters` an interview", () => {
  assert.deepEqual(
    channels(
      'Hartwell told the crowd that the road would be built. "We are not waiting," Hartwell told about 2,000 supporters.\n\n' +
        "Halvorsen told a news conference that rates would hold.\n\n" +
        "Ellison told reporters that the program was under review.",
    ),
    [
      ["the road would be built", "speech"],
      ["We are not waiting,", "speech"],
      ["rates would hold", "speech"],
      ["the program was under review", "interview"],
    ],
  );
});
