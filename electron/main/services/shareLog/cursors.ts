import type { Seal } from './seals';

/**
 * Where reading of each file stopped: its size then, the offset after the last complete line,
 * and the hash and length of that line. An unchanged size means nothing to read; a file now
 * shorter than the offset, or whose last read line is no longer the same, is read again from
 * the start (lines are idempotent events or id-keyed records, so that is always safe).
 *
 * The shape is the one the register has always saved with its cache, so saved cursors keep
 * working; anything else saved there is dropped and the share read again in full.
 */
export interface FileCursor {
  size: number;
  offset: number;
  tail: string;
  tailLen: number;
  /** For a signed file: the chained root of its signed bytes `[0, offset)`. */
  root?: string;
}

export interface Cursors {
  files: Record<string, FileCursor>;
  /** Seals read so far, by key: a seal is written once, so it is read once. */
  seals: Record<string, Seal>;
}

export const emptyCursors = (): Cursors => ({ files: {}, seals: {} });

export const freshCursor = (): FileCursor => ({ size: 0, offset: 0, tail: '', tailLen: 0 });

const isFileCursor = (v: unknown): v is FileCursor => {
  const c = v as FileCursor;
  return (
    !!c &&
    typeof c === 'object' &&
    Number.isSafeInteger(c.size) &&
    Number.isSafeInteger(c.offset) &&
    typeof c.tail === 'string' &&
    Number.isSafeInteger(c.tailLen) &&
    c.offset <= c.size &&
    c.tailLen <= c.offset
  );
};

/** Cursors saved earlier, kept where they are well formed; null and anything unknown give empty cursors. */
export function restoreCursors(saved: unknown): Cursors {
  const out = emptyCursors();
  if (!saved || typeof saved !== 'object') return out;
  const { files, seals } = saved as Partial<Cursors>;
  if (files && typeof files === 'object') for (const [key, c] of Object.entries(files)) if (isFileCursor(c)) out.files[key] = c;
  if (seals && typeof seals === 'object') for (const [key, s] of Object.entries(seals)) if (s && typeof s === 'object') out.seals[key] = s;
  return out;
}
