// Directories and globs (Node 20 has no fs.glob): the file tree is walked once from the pattern's
// fixed leading folders and each path is matched against the pattern (`**` any depth, `*` within a
// name, `?` one character). Hidden files and folders are skipped.

import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

export const hasGlob = (spec: string) => /[*?]/.test(spec);

/**
 * A matcher for `pattern` (`**` any number of folders, `*` within a name, `?` one character).
 * Not a regular expression: `*a*a*a*b` as a regex backtracks polynomially on a long name, while
 * the two-pointer wildcard match below costs at most path length × pattern length.
 */
export function globMatcher(pattern: string): (path: string) => boolean {
  const pat = pattern.replace(/\\/g, "/").split("/").filter(Boolean);
  return (path) =>
    matchSequence(pat, path.replace(/\\/g, "/").split("/").filter(Boolean), "**", matchName);
}

function matchName(pattern: string, name: string): boolean {
  return matchSequence([...pattern], [...name], "*", (p, c) => p === "?" || p === c);
}

/** Classic wildcard matching: on a mismatch, retry from the last star, consuming one more item. */
function matchSequence<T>(
  pat: T[],
  items: T[],
  star: T,
  same: (p: T, item: T) => boolean,
): boolean {
  let p = 0;
  let i = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (i < items.length) {
    if (p < pat.length && pat[p] === star) {
      starAt = p++;
      resumeAt = i;
    } else if (p < pat.length && same(pat[p] as T, items[i] as T)) {
      p++;
      i++;
    } else if (starAt >= 0) {
      p = starAt + 1;
      i = ++resumeAt;
    } else return false;
  }
  while (p < pat.length && pat[p] === star) p++;
  return p === pat.length;
}

/** Files under `dir`, sorted, recursively; `keep` filters by path. */
export async function walk(
  dir: string,
  keep: (path: string) => boolean,
  maxDepth = Infinity,
): Promise<string[]> {
  const out: string[] = [];
  const visit = async (d: string, depth: number) => {
    const entries = await readdir(d, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const path = join(d, e.name);
      if (e.isDirectory()) {
        if (depth < maxDepth) await visit(path, depth + 1);
      } else if (e.isFile() && keep(path)) out.push(path);
    }
  };
  await visit(dir, 1);
  return out;
}

/** Paths matching `pattern`, sorted. */
export async function expandGlob(
  pattern: string,
  keep: (path: string) => boolean,
): Promise<string[]> {
  const parts = pattern.replace(/\\/g, "/").split("/");
  const firstGlob = parts.findIndex(hasGlob);
  const baseParts = parts.slice(0, firstGlob);
  const base = baseParts.length === 0 ? "." : baseParts.join("/") || "/";
  const rest = parts.slice(firstGlob);
  const matches = globMatcher(rest.join("/"));
  const depth = rest.some((p) => p.includes("**")) ? Infinity : rest.length;
  let files: string[];
  try {
    files = await walk(base, () => true, depth);
  } catch {
    return [];
  }
  return files.filter((f) => matches(relative(base, f).split(sep).join("/")) && keep(f));
}
