// The library as a user of the package gets it: `src/` compiled to plain JavaScript by tsc (the
// build `dist/` is made from), so a bench times our code and not the tsx loader's transform of it.
// Built fresh on each call, into a folder of the calling process's own (two benches running at once
// must not share one), so a bench never times stale output; the caller removes it when done.

import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Compiles `src/` with the project's build settings; returns the folder of the `.js` files. */
export function compileLibrary(): string {
  // inside the project, so the compiled files resolve our dependencies from node_modules
  const out = join(root, ".bench-out", `lib-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const r = spawnSync(
    process.execPath,
    [tsc, "-p", join(root, "tsconfig.build.json"), "--outDir", out, "--declaration", "false"],
    { encoding: "utf8" },
  );
  if (r.status !== 0)
    throw new Error(`compiling src/ for the bench failed:\n${r.stdout}${r.stderr}`);
  return out;
}

/** Removes a folder `compileLibrary` made. */
export function removeLibrary(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
