import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RegisterEvent } from '../../../../shared/register/event';
import type { HashText } from '../../../../shared/register/sha256';
import { answeredAt } from '../../../../shared/review/history';
import { decodeLines, splitLines } from '../register/lines';
import { classify, deskFileSchema, desksDir } from '../register/sync/shareLayout';

/**
 * Every entry's events, read from the desk's own journal and every desk's segments on the
 * share. Files only grow, so each is read from where the last read stopped (a file that
 * shrank is read again; events are keyed by id, so nothing doubles).
 */
export function createEventHistory(deps: { journalFile: string; shareFolder: string; hash: HashText; minIntervalMs?: number; now?: () => number }) {
  const byRecord = new Map<string, Map<string, RegisterEvent>>();
  const offsets = new Map<string, number>();
  const codes = new Map<string, string>();
  const now = deps.now ?? Date.now;
  let lastRead = -Infinity;
  let reading: Promise<void> | null = null;

  const readNew = async (file: string) => {
    let size: number;
    try {
      size = (await stat(file)).size;
    } catch {
      return;
    }
    let from = offsets.get(file) ?? 0;
    if (size < from) from = 0;
    if (size === from) return;
    const handle = await open(file, 'r');
    try {
      const buf = Buffer.alloc(size - from);
      await handle.read(buf, 0, buf.length, from);
      const { lines, consumed } = splitLines(buf);
      offsets.set(file, from + consumed);
      for (const e of decodeLines(lines, deps.hash).events) {
        let m = byRecord.get(e.rec);
        if (!m) byRecord.set(e.rec, (m = new Map()));
        m.set(e.id, e);
      }
    } finally {
      await handle.close();
    }
  };

  const shareFiles = async (): Promise<string[]> => {
    const out: string[] = [];
    const root = desksDir(deps.shareFolder);
    for (const desk of await readdir(root).catch(() => [] as string[])) {
      if (!codes.has(desk)) {
        const file = deskFileSchema.safeParse(await readFile(join(root, desk, 'desk.json'), 'utf8').then((t) => JSON.parse(t) as unknown, () => null));
        if (file.success) codes.set(desk, file.data.deskCode);
      }
      for (const name of await readdir(join(root, desk)).catch(() => [] as string[])) {
        if (classify(name).role === 'segment') out.push(join(root, desk, name));
      }
    }
    return out;
  };

  const refresh = async () => {
    if (now() - lastRead < (deps.minIntervalMs ?? 1000)) return;
    reading ??= (async () => {
      for (const file of [deps.journalFile, ...(await shareFiles())]) await readNew(file);
      lastRead = now();
    })().finally(() => (reading = null));
    await reading;
  };

  return {
    async events(id: string): Promise<RegisterEvent[]> {
      await refresh();
      return [...(byRecord.get(id)?.values() ?? [])];
    },
    async answeredAt(id: string): Promise<string | null> {
      await refresh();
      return answeredAt([...(byRecord.get(id)?.values() ?? [])]);
    },
    /** The desk code a desk id announced on the share (`K2`), for people reading history. */
    deskCode: (deskId: string): string | null => codes.get(deskId) ?? null,
    /** Forget the throttle: the next read looks at the files again (after a local write). */
    touch() {
      lastRead = -Infinity;
    },
  };
}
