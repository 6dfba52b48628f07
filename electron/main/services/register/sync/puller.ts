import type { RegisterEvent } from '../../../../../shared/register/event';
import type { HashText } from '../../../../../shared/register/sha256';
import { readLogs, registerSegments, type Authority, type Cursors, type ReadLimits, type ShareLogIo } from '../../shareLog';
import { decodeLines } from '../lines';

/**
 * Pull: every desk's segments (and conflict copies) are read from where the last pull stopped,
 * by the share-log reader; this decodes the lines as register events. A segment whose seal
 * matches is trusted as a whole, so its lines skip the per-line hash.
 */
export { emptyCursors, restoreCursors, type Cursors, type FileCursor } from '../../shareLog';

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
  /** Files not read: not a regular file (a FIFO, a link), too large, or a line too long (`desk/file (reason)`). */
  unreadable: string[];
  /** With a trust root: files or their ends nothing vouches for (`desk/file (reason)`), kept aside unread. */
  held: string[];
  bytesRead: number;
}

export async function pull(
  share: string,
  cursors: Cursors,
  io: ShareLogIo,
  hash: HashText,
  onEvents: OnEvents,
  limits?: Partial<ReadLimits>,
  authority?: Authority | null,
): Promise<PullOutcome> {
  const out: PullOutcome = { events: 0, newer: 0, badLines: 0, badFiles: [], conflicts: [], damaged: [], unreadable: [], held: [], bytesRead: 0 };
  const read = await readLogs(
    registerSegments(share),
    cursors,
    io,
    ({ file, lines, trusted }) => {
      const decoded = decodeLines(lines, trusted ? null : hash);
      out.events += decoded.events.length;
      out.newer += decoded.newer.length;
      if (decoded.events.length || decoded.newer.length) onEvents(decoded.events, decoded.newer);
      if (decoded.bad) {
        out.badLines += decoded.bad;
        if (!out.badFiles.includes(file.key)) out.badFiles.push(file.key);
      }
    },
    { limits, authority },
  );
  out.held = read.held.map((h) => `${h.key} (${h.reason})`);
  out.conflicts = read.conflicts;
  out.damaged = read.damaged;
  out.unreadable = read.skipped.map((s) => `${s.key} (${s.reason})`);
  out.bytesRead = read.bytesRead;
  return out;
}
