import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, open, readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { AccessRow } from '../../../../shared/review/contract';

/**
 * Every opening of an entry, logged (§4.6): who and when. Stored like the register — events,
 * not state, one writer per file: each desk appends to its own local log (fsync'd before the
 * entry is shown) and copies the new lines to `access/<deskId>.jsonl` on the share, where a
 * head's desk reads every desk's file. Nothing is ever rewritten; files are read from where
 * the last read stopped.
 */
const lineSchema = z.object({ id: z.string(), rec: z.string(), at: z.string(), by: z.string(), name: z.string().nullable(), desk: z.string() });
type Line = z.infer<typeof lineSchema>;

export interface AccessLog {
  record(open: { rec: string; by: string; name: string | null }): Promise<void>;
  of(rec: string): Promise<AccessRow[]>;
}

const size = (file: string) => stat(file).then((s) => s.size, () => 0);

async function readRange(file: string, start: number, end: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buf = Buffer.alloc(end - start);
    const { bytesRead } = await handle.read(buf, 0, buf.length, start);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export function createAccessLog(deps: { localFile: string; shareFolder: string; deskId: () => string; now?: () => Date }): AccessLog {
  const now = deps.now ?? (() => new Date());
  const shareDir = join(deps.shareFolder, 'access');
  const shareFile = () => join(shareDir, `${deps.deskId()}.jsonl`);
  const byRecord = new Map<string, Map<string, Line>>();
  const offsets = new Map<string, number>();

  /** Copies the local lines the share file lacks; a share that is away is caught up next time. */
  const push = async () => {
    try {
      const [local, shared] = await Promise.all([size(deps.localFile), size(shareFile())]);
      if (local <= shared) return;
      await mkdir(shareDir, { recursive: true });
      await appendFile(shareFile(), await readRange(deps.localFile, shared, local));
    } catch {
      // The share is unavailable: the local log keeps the lines until it is back.
    }
  };

  const readNew = async (file: string) => {
    const end = await size(file);
    let from = offsets.get(file) ?? 0;
    if (end < from) from = 0;
    if (end === from) return;
    const buf = await readRange(file, from, end);
    const last = buf.lastIndexOf(0x0a);
    if (last < 0) return;
    offsets.set(file, from + last + 1);
    for (const raw of buf.toString('utf8', 0, last).split('\n')) {
      try {
        const parsed = lineSchema.safeParse(JSON.parse(raw));
        if (!parsed.success) continue;
        let lines = byRecord.get(parsed.data.rec);
        if (!lines) byRecord.set(parsed.data.rec, (lines = new Map()));
        lines.set(parsed.data.id, parsed.data);
      } catch {
        // A damaged line (a crash mid-write on another desk): skipped, the rest still counts.
      }
    }
  };

  return {
    async record({ rec, by, name }) {
      const line: Line = { id: randomBytes(9).toString('base64url'), rec, at: now().toISOString(), by, name, desk: deps.deskId() };
      await mkdir(dirname(deps.localFile), { recursive: true });
      const handle = await open(deps.localFile, 'a');
      try {
        await handle.appendFile(`${JSON.stringify(line)}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await push();
    },
    async of(rec) {
      const shared = (await readdir(shareDir).catch(() => [] as string[])).filter((n) => n.endsWith('.jsonl')).map((n) => join(shareDir, n));
      for (const file of [deps.localFile, ...shared]) await readNew(file);
      // Newest first; openings in the same millisecond keep the order they were written in.
      return [...(byRecord.get(rec)?.values() ?? [])].reverse().sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).map(({ at, by, name, desk }) => ({ at, by, name, desk }));
    },
  };
}
