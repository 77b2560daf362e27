import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../analyze.ts";
import { extract } from "../2-text/article.ts";

function channels(text: string): [string, string][] {
  const a = analyze(extract({ source: "test", text }));
  return a.statements.map((s) => [s.content.text, s.channel]);
}

const LETTER =
  "Signed by Mayor Ana Ruiz and Mayor Ben Cole, the letter said the bridge was unsafe.\n\n";

test("joint signers who reply with no medium named reply in the letter they signed", () => {
  const said = channels(
    `${LETTER}Ruiz and Cole responded that the state had ignored repeated warnings.\n\n` +
      "Ruiz said she would keep pushing for repairs.",
  );
  assert.deepEqual(said.slice(1), [
    ["the state had ignored repeated warnings", "letter"],
    // one of the signers alone, speaking: no reason to think it is the letter
    ["she would keep pushing for repairs", "interview"],
  ]);
});

test("the signers' letter out of view leaves the guess as it was", () => {
  const filler = "The council met on Tuesday to discuss the budget.\n\n".repeat(4);
  const said = channels(
    `${LETTER}${filler}Ruiz and Cole responded that the state had ignored repeated warnings.`,
  );
  assert.deepEqual(said.at(-1), ["the state had ignored repeated warnings", "interview"]);
});

test("writers a speaker gives a document on the way count too (`In a joint statement, X and Y said`)", () => {
  // The pair of organisations is the statement's issuer only once the first sentence's speaker is
  // resolved (two named people would already be found as its writers when documents are scanned).
  const said = channels(
    "In a joint statement issued late on Sunday, the Amalgamated Dockers Union and Hallam Terminals said the strike was over.\n\n" +
      "The Amalgamated Dockers Union and Hallam Terminals added that pay would rise by 4 percent.",
  );
  assert.deepEqual(said.at(-1), ["pay would rise by 4 percent", "statement"]);
});
