import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { withRetry, type RetryOptions } from '../register/sync/retry';

/**
 * The file operations behind every share log, each retried while antivirus or an indexer
 * holds the file (EPERM, EBUSY, EACCES). A log file is opened without following links and
 * without blocking, then checked to be a regular file: a FIFO or a symbolic link named like
 * a log can neither hang a read nor lead it elsewhere.
 */
export interface ShareLogIo {
  readonly retry: RetryOptions;
  /** Names in a folder; a folder that is absent (or not a folder) has none. */
  /** Names in a folder; none for a folder that is a symbolic link (never followed) or is not there. */
  list(dir: string): Promise<string[]>;
  /** True for a symbolic link (or a Windows junction), which is never followed. */
  isLink(path: string): Promise<boolean>;
  /** The size of a regular file; null when absent; `'irregular'` for anything else. */
  size(path: string): Promise<number | 'irregular' | null>;
  /** Opens a regular file for reading; null when absent; `'irregular'` for anything else. */
  openLog(path: string): Promise<LogHandle | 'irregular' | null>;
  /** Bytes `[start, end)` of a regular file (end: its size). Callers keep ranges small. */
  readRange(path: string, start: number, end?: number): Promise<Buffer>;
  /**
   * Appends, fsyncs, closes, then reads the bytes back: true when they are exactly ours.
   * `tearable: false` keeps the test builds' torn-write fault away (signature lines).
   */
  appendVerified(path: string, at: number, bytes: Buffer, tearable?: boolean): Promise<boolean>;
}

export interface LogHandle {
  size: number;
  read(start: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
}

// Absent on Windows, where neither FIFOs nor following links on open are a concern.
const SAFE = (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
const SAFE_READ = constants.O_RDONLY | SAFE;
const SAFE_APPEND = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | SAFE;

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;
const irregularCode = (c: string | undefined) => c === 'ELOOP' || c === 'ENXIO' || c === 'EISDIR' || c === 'ENOTDIR' || c === 'EMLINK';

export function shareLogIo(retry: RetryOptions): ShareLogIo {
  const openLog = async (path: string): Promise<LogHandle | 'irregular' | null> => {
    let handle: FileHandle;
    try {
      const info = await withRetry(() => lstat(path), retry);
      if (!info.isFile()) return 'irregular';
      handle = await withRetry(() => open(path, SAFE_READ), retry);
    } catch (error) {
      if (code(error) === 'ENOENT') return null;
      if (irregularCode(code(error))) return 'irregular';
      throw error;
    }
    // Checked again on the open file: it may have been swapped between the two calls.
    const info = await handle.stat().catch(async (error: unknown) => {
      await handle.close();
      throw error;
    });
    if (!info.isFile()) {
      await handle.close();
      return 'irregular';
    }
    return { size: info.size, read: (start, length) => readAt(handle, start, length), close: () => handle.close() };
  };

  const readRange = async (path: string, start: number, end?: number): Promise<Buffer> => {
    const log = await openLog(path);
    if (log === null) throw Object.assign(new Error(`no such file: ${path}`), { code: 'ENOENT' });
    if (log === 'irregular') throw Object.assign(new Error(`not a regular file: ${path}`), { code: 'EINVAL' });
    try {
      const last = Math.min(end ?? log.size, log.size);
      return await log.read(start, Math.max(0, last - start));
    } finally {
      await log.close();
    }
  };

  return {
    retry,
    async list(dir) {
      try {
        if ((await withRetry(() => lstat(dir), retry)).isSymbolicLink()) return [];
        return await withRetry(() => readdir(dir), retry);
      } catch (error) {
        if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') return [];
        throw error;
      }
    },
    async isLink(path) {
      try {
        return (await withRetry(() => lstat(path), retry)).isSymbolicLink();
      } catch (error) {
        if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') return false;
        throw error;
      }
    },
    async size(path) {
      try {
        const info = await withRetry(() => lstat(path), retry);
        return info.isFile() ? info.size : 'irregular';
      } catch (error) {
        if (code(error) === 'ENOENT') return null;
        throw error;
      }
    },
    openLog,
    readRange,
    // The one place where bytes are appended to a log.
    async appendVerified(path, at, bytes, tearable = true) {
      await withRetry(() => mkdir(dirname(path), { recursive: true }), retry);
      const handle = await withRetry(() => open(path, SAFE_APPEND), retry).catch((error: unknown) => {
        throw irregularCode(code(error)) ? Object.assign(new Error(`not a regular file: ${path}`), { code: 'EINVAL' }) : error;
      });
      try {
        if (!(await handle.stat()).isFile()) throw Object.assign(new Error(`not a regular file: ${path}`), { code: 'EINVAL' });
        // Test builds only: write part of the bytes and die there, as a desk losing power would.
        if (__LAIPNI_TEST_BUILD__ && tearable && process.env.LAIPNI_TEST_TEAR_APPEND)
          await handle.write(bytes, 0, bytes.length >> 1, null).then(() => process.kill(process.pid, 'SIGKILL'));
        await writeAll(handle, bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      const back = await readRange(path, at, at + bytes.length);
      if (back.length < bytes.length) throw Object.assign(new Error('log shorter than written'), { code: 'EIO' });
      return back.equals(bytes);
    },
  };
}

async function readAt(handle: FileHandle, start: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, start + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return buffer.subarray(0, done);
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
