import { createHash, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import type { LogHandle, ShareLogIo } from './io';

/**
 * Signed batches: after a desk appends bytes to its segment `<seq>.jsonl` it appends one line
 * to `<seq>.sig.jsonl` covering exactly those bytes. Each line's root is the SHA-256 of the
 * previous root, the desk, the segment, the byte range and the SHA-256 of the bytes, so roots
 * chain and the newest good signature vouches for every byte before it: a reader hashes what
 * is new, follows the chain and checks one Ed25519 signature, the last one.
 */
export const batchSchema = z.object({
  v: z.literal(1),
  desk: z.string(),
  seg: z.number().int().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  prev: z.string().regex(/^[0-9a-f]{64}$/),
  root: z.string().regex(/^[0-9a-f]{64}$/),
  sig: z.string(),
});
export type BatchSignature = z.infer<typeof batchSchema>;

/** The root before a segment's first batch. */
export const GENESIS = '0'.repeat(64);
const MAX_SIGNATURE_FILE = 16 * 1024 * 1024;

export function batchRoot(desk: string, seg: number, start: number, end: number, prev: string, bytesSha256: string): string {
  return createHash('sha256').update(`laipni-batch/v1\n${desk}\n${seg}\n${start}\n${end}\n${prev}\n${bytesSha256}`).digest('hex');
}

const signedMessage = (root: string) => Buffer.from(`laipni-batch-root/v1\n${root}`, 'utf8');

/** The signature line for `bytes`, appended at `start` after the batch whose root is `prev`. */
export function signBatch(key: KeyObject, desk: string, seg: number, start: number, prev: string, bytes: Uint8Array): BatchSignature {
  const end = start + bytes.length;
  const root = batchRoot(desk, seg, start, end, prev, createHash('sha256').update(bytes).digest('hex'));
  return { v: 1, desk, seg, start, end, prev, root, sig: sign(null, signedMessage(root), key).toString('base64') };
}

export const batchLine = (b: BatchSignature) => `${JSON.stringify(b)}\n`;

function verifies(key: KeyObject, b: BatchSignature): boolean {
  try {
    return verify(null, signedMessage(b.root), key, Buffer.from(b.sig, 'base64'));
  } catch {
    return false;
  }
}

/** The complete, well-formed lines of a signature file (none when it is absent or not a regular file). */
export async function readBatches(io: ShareLogIo, path: string): Promise<{ batches: BatchSignature[]; bad: number }> {
  const size = await io.size(path).catch(() => null);
  if (typeof size !== 'number' || size > MAX_SIGNATURE_FILE) return { batches: [], bad: size === 'irregular' ? 1 : 0 };
  const bytes = await io.readRange(path, 0, size);
  const text = bytes.toString('utf8');
  const batches: BatchSignature[] = [];
  let bad = 0;
  const lines = text.split('\n');
  lines.pop(); // an incomplete last line waits for its newline
  for (const line of lines) {
    if (!line.trim()) continue;
    try {
      const parsed = batchSchema.safeParse(JSON.parse(line));
      if (parsed.success) batches.push(parsed.data);
      else bad++;
    } catch {
      bad++;
    }
  }
  return { batches, bad };
}

export type BatchProblem = 'out_of_chain' | 'bad_signature';

export interface VerifiedPrefix {
  /** Bytes `[0, end)` of the segment are signed by the key. */
  end: number;
  root: string;
  problem: BatchProblem | null;
}

/**
 * How far the segment is signed by `key`, going on from `from` (an end and root verified
 * before). Lines that do not follow the chain are ignored and reported; a batch whose bytes
 * are not there yet waits. One signature check when all is well.
 */
export async function verifiedPrefix(
  log: LogHandle,
  batches: readonly BatchSignature[],
  desk: string,
  seg: number,
  key: KeyObject,
  from: { end: number; root: string },
  chunkBytes: number,
): Promise<VerifiedPrefix> {
  let at = from.end;
  let root = from.root;
  let problem: BatchProblem | null = null;
  const ours = batches.filter((b) => b.desk === desk && b.seg === seg);
  if (ours.length < batches.length) problem = 'out_of_chain';
  const points = new Set([`${at}:${root}`]);
  const chain: BatchSignature[] = [];
  for (;;) {
    // After a crash a batch may be signed twice from one point: the longest that holds wins.
    const next = ours.filter((b) => b.start === at && b.prev === root && b.end > at && b.end <= log.size).sort((a, b) => b.end - a.end);
    let found: BatchSignature | null = null;
    for (const b of next) {
      if (batchRoot(desk, seg, b.start, b.end, b.prev, await hashRange(log, b.start, b.end, chunkBytes)) === b.root) {
        found = b;
        break;
      }
      problem = 'out_of_chain';
    }
    if (!found) break;
    chain.push(found);
    at = found.end;
    root = found.root;
    points.add(`${at}:${root}`);
  }
  // Lines that start from no point of the chain were not written by this desk in this order.
  for (const b of ours) if (b.end > from.end && b.end <= log.size && !points.has(`${b.start}:${b.prev}`)) problem = 'out_of_chain';
  for (let i = chain.length - 1; i >= 0; i--) {
    const b = chain[i]!;
    if (verifies(key, b)) return { end: b.end, root: b.root, problem };
    problem = 'bad_signature';
  }
  return { end: from.end, root: from.root, problem };
}

async function hashRange(log: LogHandle, start: number, end: number, chunkBytes: number): Promise<string> {
  const hash = createHash('sha256');
  for (let at = start; at < end;) {
    const part = await log.read(at, Math.min(chunkBytes, end - at));
    if (!part.length) break;
    hash.update(part);
    at += part.length;
  }
  return hash.digest('hex');
}
