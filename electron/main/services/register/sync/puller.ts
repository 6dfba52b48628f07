import { join } from 'node:path';
import type { RegisterEvent } from '../../../../../shared/register/event';
import type { HashText } from '../../../../../shared/register/sha256';
import { decodeLines, splitLines } from '../lines';
import { sha256OfBytes } from '../nodeHash';
import type { ShareFiles } from './files';
import { classify, conflictHoldsEvents, deskDir, desksDir, sealSchema, type Seal } from './shareLayout';

/**
 * Pull: every file in every desk folder has a cursor (size, offset, hash of the last line
 * read). Only new bytes are read; an incomplete last line waits for the next round; a file
 * that shrank or whose last read line changed is read again from the start (events are
 * idempotent, so that is always safe). A segment read for the first time whose seal matches
 * is verified once as a whole instead of line by line.
 */
export interface FileCursor {
  size: number;
  offset: number;
  tail: string;
  tailLen: number;
}

export interface Cursors {
  files: Record<string, FileCursor>;
  seals: Record<string, Seal>;
}

const BATCH = 1000;

export const emptyCursors = (): Cursors => ({ files: {}, seals: {} });

/** Receives each file's new events as they are read, so a cold merge never holds them all. */
export type OnEvents = (events: RegisterEvent[], newer: string[]) => void;

export interface PullOutcome {
  events: number;
  newer: number;
  badLines: number;
  /** Files with lines that failed their hash or shape (`desk/file`). */
  badFiles: string[];
  conflicts: string[];
  /** Sealed segments whose bytes no longer match their seal. */
  damaged: string[];
  bytesRead: number;
}

export async function pull(share: string, cursors: Cursors, files: ShareFiles, hash: HashText, onEvents: OnEvents): Promise<PullOutcome> {
  const out: PullOutcome = { events: 0, newer: 0, badLines: 0, badFiles: [], conflicts: [], damaged: [], bytesRead: 0 };
  for (const desk of await files.list(desksDir(share))) {
    const dir = deskDir(share, desk);
    const names = await files.list(dir);
    for (const name of names) {
      const role = classify(name);
      if (role.role === 'seal' && !cursors.seals[`${desk}/${name}`]) {
        const seal = sealSchema.safeParse(await files.readRange(join(dir, name), 0).then((b) => JSON.parse(b.toString('utf8')) as unknown).catch(() => null));
        if (seal.success) cursors.seals[`${desk}/${name}`] = seal.data;
      }
    }
    for (const name of names) {
      const role = classify(name);
      if (role.role === 'conflict') out.conflicts.push(`${desk}/${name}`);
      if (role.role !== 'segment' && !(role.role === 'conflict' && conflictHoldsEvents(name))) continue;
      const seal = role.role === 'segment' ? cursors.seals[`${desk}/${name.replace('.jsonl', '.seal.json')}`] : undefined;
      await readFile(`${desk}/${name}`, join(dir, name), seal, cursors, files, hash, out, onEvents);
    }
  }
  return out;
}

async function readFile(key: string, path: string, seal: Seal | undefined, cursors: Cursors, files: ShareFiles, hash: HashText, out: PullOutcome, onEvents: OnEvents): Promise<void> {
  const size = await files.size(path);
  if (size === null) return;
  let cur = cursors.files[key];
  if (cur && size === cur.size) return;
  if (!cur || size < cur.offset) cur = { size: 0, offset: 0, tail: '', tailLen: 0 };
  let bytes = await files.readRange(path, cur.offset - cur.tailLen, size);
  if (cur.tailLen && sha256OfBytes(bytes.subarray(0, cur.tailLen)) !== cur.tail) {
    cur = { size: 0, offset: 0, tail: '', tailLen: 0 };
    bytes = await files.readRange(path, 0, size);
  }
  out.bytesRead += bytes.length;
  const chunk = bytes.subarray(cur.tailLen);
  let trusted = false;
  if (cur.offset === 0 && seal && !seal.torn && chunk.length >= seal.bytes) {
    trusted = sha256OfBytes(chunk.subarray(0, seal.bytes)) === seal.sha256;
    if (!trusted) out.damaged.push(key);
  }
  const { lines, consumed } = splitLines(chunk);
  const lineHash = trusted && consumed === seal!.bytes ? null : hash;
  // Applied a batch at a time, so few parsed events live long enough to cost the collector.
  for (let from = 0; from < lines.length; from += BATCH) {
    const decoded = decodeLines(lines.slice(from, from + BATCH), lineHash);
    out.events += decoded.events.length;
    out.newer += decoded.newer.length;
    if (decoded.events.length || decoded.newer.length) onEvents(decoded.events, decoded.newer);
    if (decoded.bad) {
      out.badLines += decoded.bad;
      if (!out.badFiles.includes(key)) out.badFiles.push(key);
    }
  }
  if (consumed === 0) {
    cursors.files[key] = { ...cur, size };
    return;
  }
  const lastStart = chunk.lastIndexOf(0x0a, consumed - 2) + 1;
  cursors.files[key] = { size, offset: cur.offset + consumed, tail: sha256OfBytes(chunk.subarray(lastStart, consumed)), tailLen: consumed - lastStart };
}
