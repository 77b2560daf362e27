// Test helper: runs the CLI in this process, as a user would call it, and captures what it writes.

import { main } from "./main.ts";

/**
 * The test runner reports through the same stdout in binary chunks; those pass through
 * untouched, and only text the CLI writes is captured.
 */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const captured = { out: "", err: "" };
  const originals = { out: process.stdout.write, err: process.stderr.write };
  const capture = (stream: NodeJS.WriteStream, key: "out" | "err") =>
    ((chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== "string")
        return (originals[key] as (...a: unknown[]) => boolean).call(stream, chunk, ...rest);
      captured[key] += chunk;
      return true;
    }) as typeof process.stdout.write;
  process.stdout.write = capture(process.stdout, "out");
  process.stderr.write = capture(process.stderr, "err");
  try {
    const code = await main(args);
    return { code, ...captured };
  } finally {
    process.stdout.write = originals.out;
    process.stderr.write = originals.err;
    process.exitCode = undefined;
  }
}
