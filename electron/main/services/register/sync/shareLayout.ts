import { randomBytes } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../fs/atomicWrite';

/** The shared folder's layout (this folder's README.md). Only `share init` writes the marker. */
export const MARKER = 'laipni-share.json';
export const SHARE_FORMAT = 1;

export const markerSchema = z.object({ shareId: z.string().min(8), format: z.number().int().min(1), createdAt: z.string() });
export type ShareMarker = z.infer<typeof markerSchema>;

export const desksDir = (share: string) => join(share, 'desks');
export const deskDir = (share: string, deskId: string) => join(share, 'desks', deskId);
export const segmentName = (n: number) => `${String(n).padStart(6, '0')}.jsonl`;
export const sealName = (n: number) => `${String(n).padStart(6, '0')}.seal.json`;
export const quarantineDir = (share: string) => join(share, 'quarantine');

export type FileRole = { role: 'segment'; n: number } | { role: 'seal'; n: number } | { role: 'desk' } | { role: 'temp' } | { role: 'conflict' };

/**
 * What a file in a desk folder is. Anything unexpected is treated as a conflict copy made
 * by a sync client (`*.sync-conflict-*`, `* (conflicted copy …)`, a machine name appended):
 * its events are immutable, so it is read too, and reported.
 */
export function classify(name: string): FileRole {
  let m = /^(\d{6})\.jsonl$/.exec(name);
  if (m) return { role: 'segment', n: Number(m[1]) };
  m = /^(\d{6})\.seal\.json$/.exec(name);
  if (m) return { role: 'seal', n: Number(m[1]) };
  if (name === 'desk.json') return { role: 'desk' };
  if (/^\..+\.tmp$/.test(name)) return { role: 'temp' };
  return { role: 'conflict' };
}

/** Unexpected files are read as event lines, except copies of seals and of `desk.json`. */
export const conflictHoldsEvents = (name: string) => !/seal/i.test(name) && !/^desk\b.*\.json$/i.test(name);

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

export const deskFileSchema = z.object({ deskId: z.string(), lease: z.string(), institution: z.string(), deskCode: z.string(), updatedAt: z.string() });
export type DeskFile = z.infer<typeof deskFileSchema>;

/** Reads the marker: null means the share is unavailable (absent, empty, or not ours) — never "empty register". */
export async function readMarker(share: string): Promise<ShareMarker | null> {
  try {
    return markerSchema.parse(JSON.parse(await readFile(join(share, MARKER), 'utf8')));
  } catch {
    return null;
  }
}

export async function initShare(share: string, now: Date): Promise<{ created: boolean; marker: ShareMarker }> {
  const existing = await readMarker(share);
  if (existing) return { created: false, marker: existing };
  const info = await stat(share).catch(() => null);
  if (info && !info.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  const marker: ShareMarker = { shareId: randomBytes(8).toString('hex'), format: SHARE_FORMAT, createdAt: now.toISOString() };
  for (const dir of ['desks', 'config', 'catalog', 'locales', 'snapshots', 'quarantine']) await mkdir(join(share, dir), { recursive: true });
  await writeFileAtomic(join(share, MARKER), `${JSON.stringify(marker, null, 2)}\n`);
  return { created: true, marker };
}
