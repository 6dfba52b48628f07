import { open, readdir, stat, type FileHandle } from 'node:fs/promises';
import { withRetry, type RetryOptions } from './retry';

/** File operations on the share, each retried while antivirus or an indexer holds the file. */
export interface ShareFiles {
  size(path: string): Promise<number | null>;
  readRange(path: string, start: number, end?: number): Promise<Buffer>;
  /** Appends, fsyncs, closes, then reads the bytes back: true when they are exactly ours. */
  appendVerified(path: string, at: number, bytes: Buffer): Promise<boolean>;
  list(dir: string): Promise<string[]>;
}

export function shareFiles(retry: RetryOptions): ShareFiles {
  const readRange = async (path: string, start: number, end?: number) => {
    const handle = await withRetry(() => open(path, 'r'), retry);
    try {
      const last = end ?? (await handle.stat()).size;
      const length = Math.max(0, last - start);
      const buffer = Buffer.alloc(length);
      let done = 0;
      while (done < length) {
        const { bytesRead } = await handle.read(buffer, done, length - done, start + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return buffer.subarray(0, done);
    } finally {
      await handle.close();
    }
  };
  return {
    async size(path) {
      try {
        return (await withRetry(() => stat(path), retry)).size;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    readRange,
    async appendVerified(path, at, bytes) {
      const handle = await withRetry(() => open(path, 'a'), retry);
      try {
        // Test builds only: write part of the bytes and die there, as a desk losing power would.
        if (__LAIPNI_TEST_BUILD__ && process.env.LAIPNI_TEST_TEAR_APPEND) await handle.write(bytes, 0, bytes.length >> 1, null).then(() => process.kill(process.pid, 'SIGKILL'));
        await writeAll(handle, bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      const back = await readRange(path, at, at + bytes.length);
      if (back.length < bytes.length) throw Object.assign(new Error('segment shorter than written'), { code: 'EIO' });
      return back.equals(bytes);
    },
    async list(dir) {
      try {
        return await withRetry(() => readdir(dir), retry);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },
  };
}

/** A write may be short (a network file system, a nearly full disk): the rest is written, or the error surfaces. */
export async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, null);
    if (bytesWritten === 0) throw Object.assign(new Error('no space written'), { code: 'ENOSPC' });
    done += bytesWritten;
  }
}
