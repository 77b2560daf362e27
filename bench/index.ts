// `npm run bench -- [NAME…]`: speed and memory, always as ratios against a peer measured in the
// same run (these machines are shared and noisy, so absolute figures alone mean little).

const benches: Record<
  string,
  () => Promise<{ describe: string; run: (argv: string[]) => Promise<unknown> }>
> = {
  extract: () => import("./extract.ts"),
  batch: () => import("./batch.ts"),
  analyze: () => import("./analyze.ts"),
  compare: () => import("./compare.ts"),
};

async function main(argv: string[]): Promise<number> {
  const names = argv.filter((a) => !a.startsWith("-"));
  for (const name of names.length ? names : Object.keys(benches)) {
    const load = benches[name];
    if (!load) {
      process.stderr.write(
        `bench: unknown benchmark '${name}' (one of: ${Object.keys(benches).join(", ")})\n`,
      );
      return 2;
    }
    const bench = await load();
    process.stdout.write(`\n## ${name}: ${bench.describe}\n`);
    await bench.run(argv.filter((a) => a.startsWith("-")));
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
