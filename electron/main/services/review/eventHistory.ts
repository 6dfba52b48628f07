import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeLine, type RegisterEvent } from '../../../../shared/register/event';
import type { HashText } from '../../../../shared/register/sha256';
import { classify, deskFileSchema, desksDir } from '../register/sync/shareLayout';

/**
 * Where each entry's events are: the desk's own journal and every desk's segments on the
 * share. Only the place of each line is kept (file, start, length) and the first answer time,
 * so a register of a million events costs a few numbers per event; an entry's events are read
 * back from those places when it is opened. Files only grow: each is read from where the last
 * read stopped, and a file that shrank makes the index start over.
 */
type Place = [file: number, start: number, length: number];

const NL = 0x0a;

export function createEventHistory(deps: { journalFile: string; shareFolder: string; hash: HashText; minIntervalMs?: number; now?: () => number }) {
  let places = new Map<string, Place[]>();
  let answered = new Map<string, string>();
  let offsets = new Map<string, number>();
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

  const readNew = async (file: string): Promise<'ok' | 'shrank'> => {
    const size = await stat(file).then((s) => s.size, () => -1);
    if (size < 0) return 'ok';
    const from = offsets.get(file) ?? 0;
    if (size < from) return 'shrank';
    if (size === from) return 'ok';
    const buf = await readRange(file, from, size - from);
    const f = indexOf(file);
    let start = 0;
    for (let end = buf.indexOf(NL); end >= 0; start = end + 1, end = buf.indexOf(NL, start)) {
      const line = buf.toString('utf8', start, end).replace(/\0+/g, '');
      if (!line) continue;
      const d = decodeLine(line, deps.hash);
      if (d.kind !== 'event') continue;
      const e = d.event;
      let list = places.get(e.rec);
      if (!list) places.set(e.rec, (list = []));
      list.push([f, from + start, end - start]);
      if (e.op === 'set' && e.f.status === 'answered') {
        const earlier = answered.get(e.rec);
        if (earlier === undefined || e.at < earlier) answered.set(e.rec, e.at);
      }
    }
    offsets.set(file, from + start);
    return 'ok';
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
      const all = [deps.journalFile, ...(await shareFiles())];
      for (const file of all) {
        if ((await readNew(file)) === 'shrank') {
          // A sync client restored an older copy: index everything again (events are keyed by id).
          places = new Map();
          answered = new Map();
          offsets = new Map();
          for (const again of all) await readNew(again);
          break;
        }
      }
      lastRead = now();
    })().finally(() => (reading = null));
    await reading;
  };

  return {
    async events(id: string): Promise<RegisterEvent[]> {
      await refresh();
      const byId = new Map<string, RegisterEvent>();
      for (const [f, start, length] of places.get(id) ?? []) {
        const d = decodeLine((await readRange(files[f]!, start, length)).toString('utf8').replace(/\0+/g, ''), deps.hash);
        if (d.kind === 'event') byId.set(d.event.id, d.event);
      }
      return [...byId.values()];
    },
    async answeredAt(id: string): Promise<string | null> {
      await refresh();
      return answered.get(id) ?? null;
    },
    /** The desk code a desk id announced on the share (`K2`), for people reading history. */
    deskCode: (deskId: string): string | null => codes.get(deskId) ?? null,
    /** Forget the throttle: the next read looks at the files again (after a local write). */
    touch() {
      lastRead = -Infinity;
    },
  };
}

async function readRange(file: string, start: number, length: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buf, 0, length, start);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
