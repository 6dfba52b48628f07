import { createHash } from 'node:crypto';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomicWrite';
import { withRetry } from '../register/sync/retry';
import type { LogHandle, ShareLogIo } from './io';

/**
 * A seal closes a segment: its length and SHA-256 once its writer stopped appending. A sealed
 * segment read for the first time is checked once as a whole against its seal; when it
 * matches, its lines need not be checked one by one.
 */
export const sealSchema = z.object({
  deskId: z.string(),
  segment: z.number().int().min(1),
  lines: z.number().int().min(0),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Closed early: a write failed midway, or the file was found shorter than written. */
  torn: z.boolean(),
  reason: z.string().optional(),
});
export type Seal = z.infer<typeof sealSchema>;

const MAX_SEAL_BYTES = 64 * 1024;

/** A seal file, or null when it is absent, unreadable, too large or not a seal. */
export async function readSeal(io: ShareLogIo, path: string): Promise<Seal | null> {
  const size = await io.size(path).catch(() => null);
  if (typeof size !== 'number' || size > MAX_SEAL_BYTES) return null;
  const bytes = await io.readRange(path, 0, size).catch(() => null);
  if (!bytes) return null;
  try {
    const parsed = sealSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function writeSeal(io: ShareLogIo, path: string, seal: Seal): Promise<void> {
  await withRetry(() => writeFileAtomic(path, `${JSON.stringify(seal, null, 2)}\n`), io.retry);
}

/** Whether the first `seal.bytes` of the file are the sealed ones, hashed a chunk at a time. */
export async function matchesSeal(log: LogHandle, seal: Seal, chunkBytes: number, first?: Buffer): Promise<boolean> {
  if (log.size < seal.bytes) return false;
  const hash = createHash('sha256');
  let at = 0;
  if (first) {
    const part = first.subarray(0, seal.bytes);
    hash.update(part);
    at = part.length;
  }
  while (at < seal.bytes) {
    const part = await log.read(at, Math.min(chunkBytes, seal.bytes - at));
    if (!part.length) return false;
    hash.update(part);
    at += part.length;
  }
  return hash.digest('hex') === seal.sha256;
}
