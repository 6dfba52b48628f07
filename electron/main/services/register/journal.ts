import { appendFile, mkdir, open, stat, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { encodeEvent, type RegisterEvent } from '../../../../shared/register/event';
import type { HashText } from '../../../../shared/register/sha256';
import { forEachDecoded, splitLines } from './lines';
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
  /**
   * Complete event lines (with `\n`) from a byte offset: what push sends to the share. With
   * `maxBytes`, at most that many bytes (which may end inside a line).
   */
  readFrom(offset: number, maxBytes?: number): Promise<Buffer>;
  /** How many lines follow a byte offset (the entries still waiting to be sent), read a chunk at a time. */
  linesFrom(offset: number): Promise<number>;
  close(): Promise<void>;
}

export interface OpenedJournal {
  journal: Journal;
  damagedLines: number;
  tornBytes: number;
}

/**
 * Bytes read at a time on opening. A journal is read in chunks and each event handed on as it is
 * decoded, so a desk with a million events of its own and no cache neither builds one string
 * of the whole file (V8 caps strings near 512 MB) nor holds every event at once.
 */
export const JOURNAL_CHUNK_BYTES = 1024 * 1024;
const NEWLINE = 0x0a;

/**
 * Opens the journal for appending and replays the events from `fromByte` on (all of them unless
 * a cache already holds the rest) through `onEvent`, in file order.
 */
export async function openJournal(
  file: string,
  hash: HashText,
  fromByte: number,
  onEvent: (event: RegisterEvent) => void,
  chunkBytes = JOURNAL_CHUNK_BYTES,
): Promise<OpenedJournal> {
  await mkdir(dirname(file), { recursive: true });
  const isNew = !(await stat(file).catch(() => null));
  const handle = await open(file, 'a+');
  if (isNew) await syncFolder(dirname(file));
  try {
    // Only what the cache does not cover is read: a start-up never reads the whole journal.
    const total = (await handle.stat()).size;
    const from = fromByte <= total ? fromByte : 0;
    let damagedLines = 0;
    // Bytes of complete lines read so far, and the incomplete line carried to the next chunk.
    let consumed = 0;
    let carry: Buffer = Buffer.alloc(0);
    const chunk = Buffer.alloc(Math.max(1, Math.min(chunkBytes, total - from)));
    for (let at = from; at < total;) {
      const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, total - at), at);
      if (bytesRead === 0) break;
      at += bytesRead;
      const bytes = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
      const split = splitLines(bytes);
      damagedLines += forEachDecoded(split.lines, hash, onEvent).bad;
      consumed += split.consumed;
      // A copy: the chunk buffer is reused by the next read.
      carry = Buffer.from(bytes.subarray(split.consumed));
    }
    let tornBytes = 0;
    if (carry.length > 0) {
      tornBytes = carry.length;
      await appendFile(`${file}.torn`, carry);
      await handle.truncate(from + consumed);
      await handle.sync();
    }
    return { journal: journalOn(file, handle, from + consumed, hash), damagedLines, tornBytes };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

function journalOn(file: string, handle: FileHandle, initialSize: number, hash: HashText): Journal {
  let size = initialSize;
  let counted: { from: number; to: number; lines: number } | null = null;
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
    async readFrom(offset, maxBytes = Infinity) {
      const length = Math.min(size - offset, maxBytes);
      if (length <= 0) return Buffer.alloc(0);
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      return buffer.subarray(0, bytesRead);
    },
    async linesFrom(offset) {
      // Asked after every sync round: only bytes not counted last time are read.
      const known = counted && counted.from === offset && counted.to <= size ? counted : { from: offset, to: offset, lines: 0 };
      let lines = known.lines;
      const end = size;
      const chunk = Buffer.alloc(Math.max(0, Math.min(JOURNAL_CHUNK_BYTES, end - known.to)));
      for (let at = known.to; at < end;) {
        const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, end - at), at);
        if (bytesRead === 0) break;
        for (let i = chunk.indexOf(NEWLINE, 0); i >= 0 && i < bytesRead; i = chunk.indexOf(NEWLINE, i + 1)) lines++;
        at += bytesRead;
      }
      counted = { from: offset, to: end, lines };
      return lines;
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
