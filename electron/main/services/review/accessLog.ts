import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { AccessRow } from '../../../../shared/review/contract';
import { DEFAULT_RETRY } from '../register/sync/retry';
import { accessFile, accessLogs, catchUp, emptyCursors, families, localLog, readLogs, shareLogIo } from '../shareLog';

/**
 * Every opening of an entry, logged for data protection: who and when. Stored like the register — events,
 * not state, one writer per file: each desk appends to its own local log (fsync'd before the
 * entry is shown) and copies the new lines to `access/<deskId>.jsonl` on the share, where a
 * head's desk reads every desk's file. Nothing is ever rewritten; files are read from where
 * the last read stopped. Without a share (null) only the local log exists.
 */
const lineSchema = z.object({
  id: z.string(),
  rec: z.string(),
  at: z.string(),
  by: z.string(),
  name: z.string().nullable(),
  desk: z.string(),
  /**
   * How the entry left main: opened on screen (absent in older lines), in an export file, in a
   * data-subject export, in a letter composed to print, or in a document printed from it.
   */
  via: z.enum(['open', 'export', 'subject_export', 'letter', 'print']).optional(),
});
type Line = z.infer<typeof lineSchema>;
export type AccessVia = NonNullable<Line['via']>;

export interface AccessLog {
  record(open: { rec: string; by: string; name: string | null }): Promise<void>;
  /** Entries written into an export file, one line each, appended together before the file is made. */
  recordAll(opens: ReadonlyArray<{ rec: string; by: string; name: string | null }>, via: AccessVia): Promise<void>;
  of(rec: string): Promise<AccessRow[]>;
}

export function createAccessLog(deps: { localFile: string; shareFolder: string | null; deskId: () => string; now?: () => Date }): AccessLog {
  const now = deps.now ?? (() => new Date());
  const io = shareLogIo(DEFAULT_RETRY);
  const share = deps.shareFolder;
  const family = families('access', [localLog(deps.localFile, 'local/access'), ...(share ? [accessLogs(share)] : [])]);
  const byRecord = new Map<string, Map<string, Line>>();
  const cursors = emptyCursors();

  /** Copies the local lines the share file lacks; a share that is away is caught up next time. */
  const push = async () => {
    if (!share) return;
    // The share is unavailable, or the file there is not ours: the local log keeps the lines.
    await catchUp(io, deps.localFile, accessFile(share, deps.deskId())).catch(() => undefined);
  };

  const add = (raw: string) => {
    try {
      const parsed = lineSchema.safeParse(JSON.parse(raw));
      if (!parsed.success) return;
      let lines = byRecord.get(parsed.data.rec);
      if (!lines) byRecord.set(parsed.data.rec, (lines = new Map()));
      lines.set(parsed.data.id, parsed.data);
    } catch {
      // A damaged line (a crash mid-write on another desk): skipped, the rest still counts.
    }
  };

  const append = async (lines: Line[]) => {
    if (!lines.length) return;
    const bytes = Buffer.from(lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
    const at = await io.size(deps.localFile);
    if (at === 'irregular') throw Object.assign(new Error(`not a regular file: ${deps.localFile}`), { code: 'EINVAL' });
    await io.appendVerified(deps.localFile, at ?? 0, bytes);
    await push();
  };
  const lineOf = (o: { rec: string; by: string; name: string | null }, via?: AccessVia): Line => ({
    id: randomBytes(9).toString('base64url'),
    rec: o.rec,
    at: now().toISOString(),
    by: o.by,
    name: o.name,
    desk: deps.deskId(),
    ...(via ? { via } : {}),
  });

  return {
    record: (open) => append([lineOf(open)]),
    recordAll: (opens, via) => append(opens.map((o) => lineOf(o, via))),
    async of(rec) {
      await readLogs(family, cursors, io, ({ lines }) => lines.forEach((l) => l && add(l)));
      // Newest first; openings in the same millisecond keep the order they were written in.
      return [...(byRecord.get(rec)?.values() ?? [])]
        .reverse()
        .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
        .map(({ at, by, name, desk, via }) => ({ at, by, name, desk, ...(via && via !== 'open' ? { via } : {}) }));
    },
  };
}
