import { readFile } from 'node:fs/promises';
import type { FoldSnapshot } from '../../../../shared/register/fold';
import type { RegisterEvent } from '../../../../shared/register/event';
import { writeFileAtomic } from '../fs/atomicWrite';
import { nodeSha256Hex } from './nodeHash';

/**
 * The folded state and the sync cursors, saved together so the cursors can never run ahead
 * of the state they fed. Only a cache: when missing or damaged (the hash on the first line
 * does not match), the register is rebuilt from the journal and a full read of the share.
 */
export const CACHE_FORMAT = 1;

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
  cursors: unknown;
}

export async function loadCache(file: string): Promise<CacheContent | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  const nl = text.indexOf('\n');
  try {
    const head = JSON.parse(text.slice(0, nl)) as { format?: number; hash?: string };
    const body = text.slice(nl + 1);
    if (head.format !== CACHE_FORMAT || head.hash !== nodeSha256Hex(body)) return null;
    return JSON.parse(body) as CacheContent;
  } catch {
    return null;
  }
}

export async function saveCache(file: string, content: CacheContent): Promise<void> {
  const body = JSON.stringify(content);
  await writeFileAtomic(file, `${JSON.stringify({ format: CACHE_FORMAT, hash: nodeSha256Hex(body) })}\n${body}`);
}
