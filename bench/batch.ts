// Benchmark 'batch': placeholder until its owner replaces it.

export const describe = "not built yet";

export async function run(_argv: string[]): Promise<void> {
  process.stdout.write("not built yet\\n");
}
