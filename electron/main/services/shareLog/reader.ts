import type { KeyObject } from 'node:crypto';
import { sha256OfBytes } from '../register/nodeHash';
import { GENESIS, readBatches, verifiedPrefix } from './batches';
import { freshCursor, type Cursors, type FileCursor } from './cursors';
import type { LogFamily, LogFile } from './families';
import type { LogHandle, ShareLogIo } from './io';
import { cutLines } from './lines';
import { matchesSeal, readSeal, type Seal } from './seals';

export interface ReadLimits {
  /** A larger file is not read at all (a sparse multi-gigabyte file, a runaway writer). */
  maxFileBytes: number;
  /** A longer line is skipped; a line still growing past it is never held in memory whole. */
  maxLineBytes: number;
  /** Bytes read at a time; never less than `maxLineBytes`. */
  chunkBytes: number;
  /** Lines handed over at a time, so few decoded lines live long enough to cost the collector. */
  batchLines: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxFileBytes: 1024 * 1024 * 1024, maxLineBytes: 1024 * 1024, chunkBytes: 16 * 1024 * 1024, batchLines: 1000 };

export interface LineBatch {
  file: LogFile;
  /** Complete lines in file order; may contain empty strings, which decoders skip. */
  lines: string[];
  /** With `offsets: true`: each line's byte offset and length in the file, for reading it back later. */
  starts: number[] | null;
  lengths: number[] | null;
  /** Every line lies in bytes that matched the file's seal: no need to check them one by one. */
  trusted: boolean;
}

export type SkipReason = 'not_a_file' | 'too_large' | 'line_too_long';

/**
 * Why lines were held back, unread: the desk's folder has no enrolment; bytes after the last
 * good signature; signatures that do not follow from the bytes or from each other; a
 * signature that does not verify; an unsigned copy beside a signed log.
 */
export type HoldReason = 'unenrolled' | 'unsigned' | 'out_of_chain' | 'bad_signature' | 'unsigned_copy';

/**
 * Which key may sign a desk's folder (its enrolment). With an authority, a file that carries
 * signatures is read only as far as its desk's enrolled key signed it.
 */
export interface Authority {
  keyOf(deskId: string): KeyObject | null;
}

export interface ReadReport {
  /** Files with new bytes that were read. */
  files: number;
  bytesRead: number;
  /** Conflict copies found (read when they may hold lines, reported either way). */
  conflicts: string[];
  /** Sealed files whose bytes no longer match their seal (their lines are still read and checked). */
  damaged: string[];
  /** Files or lines left unread, and why. */
  skipped: Array<{ key: string; reason: SkipReason }>;
  /** Files read again from the start: shorter than before, or their last read line changed. */
  restarted: string[];
  /** Files ending in an incomplete line, left for the next read. */
  waiting: string[];
  /** Files whose read lines held NUL padding (left by a crash), which was dropped. */
  padded: string[];
  /** With an authority: files (or their ends) not read because nothing vouches for them; never deleted. */
  held: Array<{ key: string; reason: HoldReason }>;
}

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  /** Hand over each line's place in its file (costs a little on a cold read). */
  offsets?: boolean;
  /** Read only what enrolled desks signed (a pinned trust root); absent: every line is read. */
  authority?: Authority | null;
}

export type OnLines = (batch: LineBatch) => void | Promise<void>;

const NL = 0x0a;

/**
 * Reads what is new in every file of a family since `cursors` (which it advances): only new
 * bytes, complete lines only, a chunk at a time. The caller decodes the lines.
 */
export async function readLogs(family: LogFamily, cursors: Cursors, io: ShareLogIo, onLines: OnLines, options: ReadOptions = {}): Promise<ReadReport> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  limits.chunkBytes = Math.max(limits.chunkBytes, limits.maxLineBytes + 1);
  const report: ReadReport = { files: 0, bytesRead: 0, conflicts: [], damaged: [], skipped: [], restarted: [], waiting: [], padded: [], held: [] };
  const listing = await family.list(io);
  const authority = options.authority ?? null;
  for (const file of listing.files) {
    if (file.conflict) report.conflicts.push(file.key);
    if (authority && file.desk !== null && !file.signatures) {
      // A copy beside a signed log: its lines are in the log itself if they are genuine.
      if (file.conflict) report.held.push({ key: file.key, reason: 'unsigned_copy' });
      if (file.conflict) continue;
    }
    if (authority && file.signatures && file.desk !== null && !authority.keyOf(file.desk)) {
      report.held.push({ key: file.key, reason: 'unenrolled' });
      continue;
    }
    await readFile(file, { cursors, io, limits, offsets: options.offsets ?? false, onLines, report, authority });
  }
  report.conflicts.push(...listing.ignoredConflicts);
  return report;
}

interface Ctx {
  cursors: Cursors;
  io: ShareLogIo;
  limits: ReadLimits;
  offsets: boolean;
  onLines: OnLines;
  report: ReadReport;
  authority: Authority | null;
}

async function readFile(file: LogFile, ctx: Ctx): Promise<void> {
  // Most files did not change since the last round: a stat tells, without opening them.
  const size = await ctx.io.size(file.path);
  if (size === null) return;
  if (size === 'irregular') return void ctx.report.skipped.push({ key: file.key, reason: 'not_a_file' });
  if (size === ctx.cursors.files[file.key]?.size && size <= ctx.limits.maxFileBytes) return;
  const log = await ctx.io.openLog(file.path);
  if (log === null) return;
  if (log === 'irregular') return void ctx.report.skipped.push({ key: file.key, reason: 'not_a_file' });
  try {
    await readOpen(file, log, ctx);
  } finally {
    await log.close();
  }
}

async function readOpen(file: LogFile, log: LogHandle, ctx: Ctx): Promise<void> {
  const { cursors, limits, report } = ctx;
  if (log.size > limits.maxFileBytes) return void report.skipped.push({ key: file.key, reason: 'too_large' });
  let cur: FileCursor | undefined = cursors.files[file.key];
  if (cur && log.size === cur.size) return;
  if (cur && log.size < cur.offset) cur = restart(file, ctx);
  const key = ctx.authority && file.signatures && file.desk !== null ? ctx.authority.keyOf(file.desk) : null;
  // A signed file read before without its root (saved by an unprotected desk) is read again.
  if (key && cur && cur.offset > 0 && !cur.root) cur = restart(file, ctx);
  cur ??= freshCursor();
  let size = log.size;
  let signedRoot: string | undefined;
  if (key && file.signatures && file.desk !== null) {
    const { batches, bad } = await readBatches(ctx.io, file.signatures.path);
    const from = { end: cur.offset, root: cur.root ?? GENESIS };
    const signed = await verifiedPrefix(log, batches, file.desk, file.signatures.segment, key, from, limits.chunkBytes);
    if (signed.problem) report.held.push({ key: file.key, reason: signed.problem });
    else if (bad) report.held.push({ key: file.key, reason: 'out_of_chain' });
    if (log.size > signed.end && !signed.problem) report.held.push({ key: file.key, reason: 'unsigned' });
    size = signed.end;
    signedRoot = signed.root;
    if (size === cur.offset) return void (cursors.files[file.key] = { ...cur, size });
  }
  if (cur.tailLen) {
    const tail = await log.read(cur.offset - cur.tailLen, cur.tailLen);
    report.bytesRead += tail.length;
    if (sha256OfBytes(tail) !== cur.tail) cur = restart(file, ctx);
  }
  report.files++;

  let first: Buffer | undefined;
  let trusted = false;
  // Signed bytes were hashed against their signatures already: no need for the seal.
  if (signedRoot !== undefined) trusted = true;
  const seal = cur.offset === 0 && signedRoot === undefined ? await sealOf(file, ctx) : null;
  if (seal && !seal.torn && size >= seal.bytes) {
    if (seal.bytes <= limits.chunkBytes) first = await log.read(0, Math.min(size, limits.chunkBytes));
    const matches = await matchesSeal(log, seal, limits.chunkBytes, first);
    if (!matches) report.damaged.push(file.key);
    trusted = matches && size === seal.bytes;
  }

  let { offset, tail, tailLen } = cur;
  let tooLong = 0;
  while (offset < size) {
    const length = Math.min(limits.chunkBytes, size - offset);
    const window = first && offset === 0 ? first.subarray(0, length) : await log.read(offset, length);
    first = undefined;
    if (!window.length) break;
    report.bytesRead += window.length;
    const end = window.lastIndexOf(NL);
    if (end < 0) {
      // Shorter than a line may be: a torn tail, left for later. Longer: skipped to its end.
      if (window.length <= limits.maxLineBytes) break;
      tooLong++;
      const next = await nextNewline(log, offset + window.length, size, limits.chunkBytes, report);
      if (next < 0) break;
      offset = next + 1;
      tail = '';
      tailLen = 0;
      continue;
    }
    const complete = window.subarray(0, end + 1);
    const cut = cutLines(complete, offset, ctx.offsets, limits.maxLineBytes);
    tooLong += cut.tooLong;
    if (cut.padded && !report.padded.includes(file.key)) report.padded.push(file.key);
    for (let from = 0; from < cut.lines.length; from += limits.batchLines) {
      const to = from + limits.batchLines;
      await ctx.onLines({
        file,
        lines: cut.lines.slice(from, to),
        starts: cut.starts?.slice(from, to) ?? null,
        lengths: cut.lengths?.slice(from, to) ?? null,
        trusted,
      });
    }
    const lastStart = complete.lastIndexOf(NL, complete.length - 2) + 1;
    tailLen = complete.length - lastStart;
    tail = sha256OfBytes(complete.subarray(lastStart));
    offset += complete.length;
  }
  if (tooLong) report.skipped.push({ key: file.key, reason: 'line_too_long' });
  if (offset < size) report.waiting.push(file.key);
  cursors.files[file.key] = { size, offset, tail, tailLen, ...(signedRoot !== undefined && offset === size ? { root: signedRoot } : {}) };
}

function restart(file: LogFile, ctx: Ctx): FileCursor {
  ctx.report.restarted.push(file.key);
  return freshCursor();
}

/** A seal is written once: read on first need, then kept with the cursors. */
async function sealOf(file: LogFile, ctx: Ctx): Promise<Seal | null> {
  if (!file.seal) return null;
  const known = ctx.cursors.seals[file.seal.key];
  if (known) return known;
  const seal = await readSeal(ctx.io, file.seal.path);
  if (seal) ctx.cursors.seals[file.seal.key] = seal;
  return seal;
}

async function nextNewline(log: LogHandle, from: number, size: number, chunk: number, report: ReadReport): Promise<number> {
  for (let at = from; at < size;) {
    const part = await log.read(at, Math.min(chunk, size - at));
    if (!part.length) return -1;
    report.bytesRead += part.length;
    const i = part.indexOf(NL);
    if (i >= 0) return at + i;
    at += part.length;
  }
  return -1;
}
