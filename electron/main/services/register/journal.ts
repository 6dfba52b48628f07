import { appendFile, mkdir, open, stat, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { encodeEvent, type RegisterEvent } from '../../../../shared/register/event';
import type { HashText } from '../../../../shared/register/sha256';
import { decodeLines, splitLines } from './lines';
import { writeAll } from '../shareLog';

/**
 * The desk's own events, durable before a save is acknowledged: appended and fsync'd. A tail
 * torn by a crash (never acknowledged) is moved to `<file>.torn` on reopen; nothing before it
 * is ever rewritten.
 */
export interface Journal {
  readonly file: string;
  /** Bytes of complete lines in the journal. */
  size(): number;
  append(events: readonly RegisterEvent[]): Promise<void>;
  /** Complete event lines (with `\n`) from a byte offset: what push sends to the share. */
  readFrom(offset: number): Promise<Buffer>;
  close(): Promise<void>;
}

export interface OpenedJournal {
  journal: Journal;
  /** Events from `fromByte` on (all of them unless a cache already holds the rest). */
  events: RegisterEvent[];
  damagedLines: number;
  tornBytes: number;
}

export async function openJournal(file: string, hash: HashText, fromByte = 0): Promise<OpenedJournal> {
  await mkdir(dirname(file), { recursive: true });
  const isNew = !(await stat(file).catch(() => null));
  const handle = await open(file, 'a+');
  if (isNew) await syncFolder(dirname(file));
  try {
    // Only what the cache does not cover is read: a start-up never reads the whole journal.
    const total = (await handle.stat()).size;
    const from = fromByte <= total ? fromByte : 0;
    const bytes = Buffer.alloc(total - from);
    await handle.read(bytes, 0, bytes.length, from);
    const { lines, consumed } = splitLines(bytes);
    let tornBytes = 0;
    if (consumed < bytes.length) {
      tornBytes = bytes.length - consumed;
      await appendFile(`${file}.torn`, bytes.subarray(consumed));
      await handle.truncate(from + consumed);
      await handle.sync();
    }
    const decoded = decodeLines(lines, hash);
    return { journal: journalOn(file, handle, from + consumed, hash), events: decoded.events, damagedLines: decoded.bad, tornBytes };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

function journalOn(file: string, handle: FileHandle, initialSize: number, hash: HashText): Journal {
  let size = initialSize;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    file,
    size: () => size,
    append(events) {
      const text = events.map((e) => encodeEvent(e, hash)).join('');
      const run = queue.then(async () => {
        const data = Buffer.from(text, 'utf8');
        try {
          await writeAll(handle, data);
          await handle.datasync();
        } catch (error) {
          await handle.truncate(size).catch(() => undefined);
          throw error;
        }
        size += data.length;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    async readFrom(offset) {
      const length = size - offset;
      if (length <= 0) return Buffer.alloc(0);
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      return buffer.subarray(0, bytesRead);
    },
    close: () => handle.close(),
  };
}

/** A new file survives a power cut only once its folder entry is on disk too (where the OS allows syncing a folder). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const dir = await open(folder, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    // Windows cannot open a folder for syncing; NTFS journals the entry itself.
  }
}
