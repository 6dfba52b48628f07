import { join } from 'node:path';
import { decodeLine, type RegisterEvent } from '../../../../shared/register/event';
import type { HashText } from '../../../../shared/register/sha256';
import { DEFAULT_RETRY } from '../register/sync/retry';
import { deskFileSchema } from '../register/sync/shareLayout';
import { deskDir, emptyCursors, families, lineAt, localLog, readLogs, registerSegments, shareLogIo, type LogFamily } from '../shareLog';

/**
 * Where each entry's events are: the desk's own journal and every desk's segments and
 * conflict copies on the share, read by the same share-log reader as sync. Only the place of
 * each line is kept (file, start, length) and the first answer time, so a register of a
 * million events costs a few numbers per event; an entry's events are read back from those
 * places when it is opened. When a file was replaced by another (shorter, or its last read
 * line changed), the index starts over.
 */
type Place = [file: number, start: number, length: number];

export function createEventHistory(deps: { journalFile: string; shareFolder: string | null; hash: HashText; minIntervalMs?: number; now?: () => number }) {
  const io = shareLogIo(DEFAULT_RETRY);
  const family: LogFamily = families('history', [
    localLog(deps.journalFile, 'local/journal'),
    ...(deps.shareFolder ? [registerSegments(deps.shareFolder)] : []),
  ]);
  let places = new Map<string, Place[]>();
  let answered = new Map<string, string>();
  let cursors = emptyCursors();
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const codes = new Map<string, string>();
  const now = deps.now ?? Date.now;
  let lastRead = -Infinity;
  let reading: Promise<void> | null = null;

  const indexOf = (file: string) => {
    let i = fileIndex.get(file);
    if (i === undefined) fileIndex.set(file, (i = files.push(file) - 1));
    return i;
  };

  const readNew = () =>
    readLogs(
      family,
      cursors,
      io,
      ({ file, lines, starts, lengths, trusted }) => {
        const f = indexOf(file.path);
        if (file.desk && !codes.has(file.desk)) codes.set(file.desk, '');
        lines.forEach((line, i) => {
          const d = decodeLine(line, trusted ? null : deps.hash);
          if (d.kind !== 'event') return;
          const e = d.event;
          let list = places.get(e.rec);
          if (!list) places.set(e.rec, (list = []));
          list.push([f, starts![i]!, lengths![i]!]);
          if (e.op === 'set' && e.f.status === 'answered') {
            const earlier = answered.get(e.rec);
            if (earlier === undefined || e.at < earlier) answered.set(e.rec, e.at);
          }
        });
      },
      { offsets: true },
    );

  const readDeskCodes = async () => {
    if (!deps.shareFolder) return;
    for (const [desk, code] of codes) {
      if (code) continue;
      const bytes = await io.readRange(join(deskDir(deps.shareFolder, desk), 'desk.json'), 0, 64 * 1024).catch(() => null);
      const file = deskFileSchema.safeParse(bytes ? parseOrNull(bytes.toString('utf8')) : null);
      if (file.success) codes.set(desk, file.data.deskCode);
    }
  };

  const refresh = async () => {
    if (now() - lastRead < (deps.minIntervalMs ?? 1000)) return;
    reading ??= (async () => {
      const report = await readNew();
      if (report.restarted.length) {
        // A sync client restored an older copy: index everything again (events are keyed by id).
        places = new Map();
        answered = new Map();
        cursors = emptyCursors();
        await readNew();
      }
      await readDeskCodes();
      lastRead = now();
    })().finally(() => (reading = null));
    await reading;
  };

  return {
    async events(id: string): Promise<RegisterEvent[]> {
      await refresh();
      const byId = new Map<string, RegisterEvent>();
      for (const [f, start, length] of places.get(id) ?? []) {
        const bytes = await io.readRange(files[f]!, start, start + length).catch(() => null);
        const d = bytes ? decodeLine(lineAt(bytes), deps.hash) : null;
        if (d?.kind === 'event') byId.set(d.event.id, d.event);
      }
      return [...byId.values()];
    },
    async answeredAt(id: string): Promise<string | null> {
      await refresh();
      return answered.get(id) ?? null;
    },
    /** The desk code a desk id announced on the share (`K2`), for people reading history. */
    deskCode: (deskId: string): string | null => codes.get(deskId) || null,
    /** Forget the throttle: the next read looks at the files again (after a local write). */
    touch() {
      lastRead = -Infinity;
    },
  };
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
