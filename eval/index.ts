// `npm run eval -- [SET] [PATH] [--json FILE]`: measures Parallax against labelled data.
// Each set lives in its own module; data paths default to ../shared/eval/… and a set whose data
// is absent is skipped with a message, so the command works on any clone.

import { parseEvalArgs } from "./lib/args.ts";

type EvalSet = {
  describe: string;
  run: (args: ReturnType<typeof parseEvalArgs>) => Promise<unknown>;
};

const sets: Record<string, () => Promise<EvalSet>> = {
  aeb: () => import("./aeb.ts"),
  dates: () => import("./dates.ts"),
  seeds: () => import("./seeds.ts"),
  polnear: () => import("./polnear.ts"),
  corpus: () => import("./corpus.ts"),
  heldout: () => import("./heldout.ts"),
};

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === "--help" || first === "-h") {
    process.stdout.write(
      `usage: npm run eval -- [${Object.keys(sets).join("|")}] [PATH] [--json FILE]\n`,
    );
    return 0;
  }
  const names = first && !first.startsWith("-") ? [first] : Object.keys(sets);
  const args = parseEvalArgs(first && !first.startsWith("-") ? rest : argv);
  for (const name of names) {
    const load = sets[name];
    if (!load) {
      process.stderr.write(
        `eval: unknown set '${name}' (one of: ${Object.keys(sets).join(", ")})\n`,
      );
      return 2;
    }
    const set = await load();
    process.stdout.write(`\n## ${name}: ${set.describe}\n`);
    await set.run(args);
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
