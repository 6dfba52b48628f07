import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { FoldRecord, FoldSnapshot } from '../../../../shared/register/fold';
import type { RegisterEvent } from '../../../../shared/register/event';
import type { RefusedEvent } from './registerService';
import { writeAll } from '../shareLog';

/**
 * The folded state and the sync cursors, saved together so the cursors can never run ahead
 * of the state they fed. Only a cache: when missing or damaged (the hash on its last line
 * does not match), the register is rebuilt from the journal and a full read of the share.
 *
 * One JSON line per record, so neither saving nor loading 100,000 records ever holds the
 * whole state as one text: line 1 is everything else, the last line the hash of the rest.
 */
/** 3: events refused by the authorisation rule are kept beside the fold; older caches were folded without it. */
export const CACHE_FORMAT = 3;

export interface CacheContent {
  /** Journal bytes already folded in. */
  journalBytes: number;
  fold: FoldSnapshot;
  ownRecords: string[];
  numberSeq: Record<string, number>;
  lastSeq: Record<string, number>;
  hlc: string | null;
  held: RegisterEvent[];
  newer: string[];
  refused: RefusedEvent[];
  cursors: unknown;
}

/** Read in pieces and parsed line by line; trusted only if the hash of all lines matches at the end. */
export async function loadCache(file: string): Promise<CacheContent | null> {
  const hash = createHash('sha256');
  let pending: Buffer | null = null;
  let head: Omit<CacheContent, 'fold'> | null = null;
  const fold: FoldRecord[] = [];
  let rest: Buffer = Buffer.alloc(0);
  try {
    for await (const piece of createReadStream(file, { highWaterMark: 1 << 20 })) {
      const bytes = rest.length ? Buffer.concat([rest, piece as Buffer]) : (piece as Buffer);
      let start = 0;
      for (let nl = bytes.indexOf(0x0a); nl >= 0; nl = bytes.indexOf(0x0a, start)) {
        if (pending) {
          hash.update(pending);
          const parsed = JSON.parse(pending.toString('utf8')) as unknown;
          if (head) fold.push(parsed as FoldRecord);
          else head = parsed as Omit<CacheContent, 'fold'>;
        }
        pending = bytes.subarray(start, nl + 1);
        start = nl + 1;
      }
      rest = bytes.subarray(start);
    }
    const trailer = JSON.parse(pending?.toString('utf8') ?? 'null') as { format?: number; hash?: string } | null;
    if (!head || rest.length || trailer?.format !== CACHE_FORMAT || trailer.hash !== hash.digest('hex')) return null;
    return { ...head, fold };
  } catch {
    return null;
  }
}

/** Written beside the old cache and renamed over it, so a crash leaves the old one or the new one. */
export async function saveCache(file: string, content: CacheContent): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'w');
  const hash = createHash('sha256');
  let chunk: string[] = [];
  let size = 0;
  const flush = async () => {
    const bytes = Buffer.from(chunk.join(''), 'utf8');
    hash.update(bytes);
    await writeAll(handle, bytes);
    chunk = [];
    size = 0;
  };
  const add = async (line: string) => {
    chunk.push(line, '\n');
    size += line.length;
    if (size > 1 << 20) await flush();
  };
  try {
    const { fold, ...head } = content;
    await add(JSON.stringify(head));
    for (const record of fold) await add(JSON.stringify(record));
    await flush();
    await writeAll(handle, Buffer.from(`${JSON.stringify({ format: CACHE_FORMAT, hash: hash.digest('hex') })}\n`));
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  await rename(temp, file);
}
