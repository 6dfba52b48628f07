import { emptyCursors } from './cursors';
import { deskLogFile, deskLogs, families, localLog } from './families';
import type { ShareLogIo } from './io';
import { readLogs } from './reader';
import { catchUp } from './writer';

/**
 * One feature's per-desk log: lines are appended to this computer's file first (fsync'd and
 * read back), then the lines the share lacks are copied to `<share>/<folder>/<deskId>.jsonl`.
 * The share file is named by the desk's id (the register's, unique per data folder), never by
 * its configured code, which two computers may share. `read` hands over every new line of every desk's file (and the local one), once each, from
 * where the last read stopped. Lines must carry their own id: the local file and the desk's
 * share file hold the same lines, and a conflict copy may hold them again.
 */
export interface DeskLog {
  append(line: object): Promise<void>;
  /** Copies what the share lacks; a share that is away is caught up on the next append. */
  push(): Promise<void>;
  read(onLine: (raw: string) => void): Promise<void>;
}

export function createDeskLog(deps: {
  io: ShareLogIo;
  localFile: string;
  shareFolder: string | null;
  folder: string;
  deskId: () => string | Promise<string>;
}): DeskLog {
  const { io, localFile, shareFolder: share } = deps;
  const family = families(deps.folder, [localLog(localFile, `local/${deps.folder}`), ...(share ? [deskLogs(share, deps.folder)] : [])]);
  const cursors = emptyCursors();
  const push = async () => {
    if (!share) return;
    // The share is unavailable, or the file there is not ours: the local file keeps the lines.
    await Promise.resolve()
      .then(deps.deskId)
      .then((desk) => catchUp(io, localFile, deskLogFile(share, deps.folder, desk)))
      .catch(() => undefined);
  };
  return {
    async append(line) {
      const bytes = Buffer.from(`${JSON.stringify(line)}\n`);
      const at = await io.size(localFile);
      if (at === 'irregular') throw Object.assign(new Error(`not a regular file: ${localFile}`), { code: 'EINVAL' });
      if (!(await io.appendVerified(localFile, at ?? 0, bytes))) throw Object.assign(new Error(`log not ours: ${localFile}`), { code: 'EIO' });
      await push();
    },
    push,
    async read(onLine) {
      await readLogs(family, cursors, io, ({ lines }) => lines.forEach((l) => l && onLine(l)));
    },
  };
}
