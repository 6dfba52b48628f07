import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, open, readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { AccessRow } from '../../../../shared/review/contract';

/**
 * Every opening of an entry, logged (§4.6): who and when. Stored like the register — events,
 * not state, one writer per file: each desk appends to its own local log (fsync'd before the
 * entry is shown) and copies the new lines to `access/<deskId>.jsonl` on the share, where a
 * head's desk reads every desk's file. Nothing is ever rewritten.
 */
const lineSchema = z.object({ id: z.string(), rec: z.string(), at: z.string(), by: z.string(), name: z.string().nullable(), desk: z.string() });
type Line = z.infer<typeof lineSchema>;

export interface AccessLog {
  record(open: { rec: string; by: string; name: string | null }): Promise<void>;
  of(rec: string): Promise<AccessRow[]>;
}

export function createAccessLog(deps: { localFile: string; shareFolder: string; deskId: () => string; now?: () => Date }): AccessLog {
  const now = deps.now ?? (() => new Date());
  const shareDir = join(deps.shareFolder, 'access');
  const shareFile = () => join(shareDir, `${deps.deskId()}.jsonl`);

  /** Copies the local lines the share file lacks; a share that is away is caught up next time. */
  const push = async () => {
    try {
      const local = await readFile(deps.localFile);
      await mkdir(shareDir, { recursive: true });
      const shared = await stat(shareFile()).then((s) => s.size, () => 0);
      if (local.length > shared) await appendFile(shareFile(), local.subarray(shared));
    } catch {
      // The share is unavailable: the local log keeps the lines until it is back.
    }
  };

  const readLines = async (file: string): Promise<Line[]> => {
    const text = await readFile(file, 'utf8').catch(() => '');
    const out: Line[] = [];
    for (const raw of text.split('\n')) {
      if (!raw) continue;
      try {
        const parsed = lineSchema.safeParse(JSON.parse(raw));
        if (parsed.success) out.push(parsed.data);
      } catch {
        // A torn last line from a crash: skipped, the rest of the log still counts.
      }
    }
    return out;
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
      const files = [deps.localFile, ...(await readdir(shareDir).catch(() => [] as string[])).filter((n) => n.endsWith('.jsonl')).map((n) => join(shareDir, n))];
      const seen = new Map<string, Line>();
      for (const file of files) for (const l of await readLines(file)) if (l.rec === rec) seen.set(l.id, l);
      return [...seen.values()].sort((a, b) => (a.at < b.at ? 1 : -1)).map(({ at, by, name, desk }) => ({ at, by, name, desk }));
    },
  };
}
