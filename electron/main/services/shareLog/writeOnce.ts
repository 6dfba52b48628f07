import { constants } from 'node:fs';
import { mkdir, open, utimes } from 'node:fs/promises';
import { dirname } from 'node:path';
import { withRetry, type RetryOptions } from '../register/sync/retry';
import { writeAll } from './io';

/**
 * A file of its own, written once and never again (a questionnaire, one anonymous answer):
 * created exclusively, without following links, fsync'd. False when the name is taken, which
 * leaves the file there untouched. `mtime`, when given, replaces the file's times, so the
 * moment of writing is not kept by the file system either (its change time still is).
 */
export async function writeOnce(path: string, bytes: Buffer, retry: RetryOptions, mtime?: Date): Promise<boolean> {
  await withRetry(() => mkdir(dirname(path), { recursive: true }), retry);
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
  const handle = await withRetry(() => open(path, flags, 0o644), retry).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST') return null;
    throw error;
  });
  if (!handle) return false;
  try {
    await writeAll(handle, bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (mtime) await utimes(path, mtime, mtime);
  return true;
}
