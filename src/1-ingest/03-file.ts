// Reading a file or standard input into bytes, under a size cap, with file-system errors turned
// into user errors that name the path.

import { open, stat } from "node:fs/promises";
import { fail } from "../errors.ts";
import { mb } from "./01-decode.ts";

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export async function readFileBytes(
  path: string,
  maxBytes: number,
  source = path,
): Promise<Uint8Array> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => fsFail(error, source));
  if (info.isDirectory()) fail("unreadable", source, "is a directory, not a file");
  if (!info.isFile()) fail("unreadable", source, "is not a regular file");
  if (info.size > maxBytes)
    fail(
      "too_large",
      source,
      `the file is ${mb(info.size)}, over the ${mb(maxBytes)} limit (--max-size)`,
    );
  const handle = await open(path, "r").catch((error: NodeJS.ErrnoException) =>
    fsFail(error, source),
  );
  try {
    // Read at most one byte past the cap, so a file that grew since stat() is still caught.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > maxBytes)
      fail("too_large", source, `the file is over the ${mb(maxBytes)} limit (--max-size)`);
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** Reads a stream (standard input) to its end, failing as soon as it passes the cap. */
export async function readStreamBytes(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
  source: string,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk);
    length += buf.length;
    if (length > maxBytes)
      fail("too_large", source, `the input is over the ${mb(maxBytes)} limit (--max-size)`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks, length);
}

const FS_MESSAGES: Record<string, [code: "not_found" | "unreadable", message: string]> = {
  ENOENT: ["not_found", "no such file or directory"],
  ENOTDIR: ["not_found", "a part of the path is not a directory"],
  EACCES: ["unreadable", "permission denied"],
  EPERM: ["unreadable", "permission denied"],
  EISDIR: ["unreadable", "is a directory, not a file"],
  ELOOP: ["unreadable", "too many symbolic links"],
};

export function fsFail(error: NodeJS.ErrnoException, source: string): never {
  const known = error.code ? FS_MESSAGES[error.code] : undefined;
  if (known) fail(known[0], source, known[1]);
  fail("unreadable", source, error.message);
}
