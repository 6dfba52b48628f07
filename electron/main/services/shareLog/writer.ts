import type { ShareLogIo } from './io';

const COPY_CHUNK = 4 * 1024 * 1024;
const NL = 0x0a;

export type CatchUp = { copied: number } | { refused: 'not_a_file' | 'not_ours' };

/**
 * Makes `target` (this desk's file on the share) hold what `source` (its local log) holds:
 * the whole lines it lacks are appended, fsync'd and read back. An incomplete local line
 * waits. A target that is not a regular file, or whose bytes are not what was sent, is
 * refused and left alone.
 */
export async function catchUp(io: ShareLogIo, source: string, target: string): Promise<CatchUp> {
  const local = await io.size(source);
  const shared = await io.size(target);
  if (local === 'irregular' || shared === 'irregular') return { refused: 'not_a_file' };
  let at = shared ?? 0;
  let copied = 0;
  while (local !== null && at < local) {
    const bytes = await io.readRange(source, at, Math.min(local, at + COPY_CHUNK));
    const end = bytes.lastIndexOf(NL);
    if (end < 0) break;
    const whole = bytes.subarray(0, end + 1);
    if (!(await io.appendVerified(target, at, whole))) return { refused: 'not_ours' };
    at += whole.length;
    copied += whole.length;
  }
  return { copied };
}
