import { randomBytes } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../fs/atomicWrite';
import { readShareFile } from '../../shareLog/shareFile';

/**
 * The shared folder's marker, desk files and quarantine; the desks' logs and their seals are
 * the share-log module's (this folder's README.md). Only `share init` writes the marker.
 */
export const MARKER = 'laipni-share.json';
export const SHARE_FORMAT = 1;

export const markerSchema = z.object({ shareId: z.string().min(8), format: z.number().int().min(1), createdAt: z.string() });
export type ShareMarker = z.infer<typeof markerSchema>;

export const quarantineDir = (share: string) => join(share, 'quarantine');

export const deskFileSchema = z.object({ deskId: z.string(), lease: z.string(), institution: z.string(), deskCode: z.string(), updatedAt: z.string() });
export type DeskFile = z.infer<typeof deskFileSchema>;

/** Reads the marker: null means the share is unavailable (absent, empty, or not ours) — never "empty register". */
export async function readMarker(share: string): Promise<ShareMarker | null> {
  try {
    return markerSchema.parse(JSON.parse((await readShareFile(join(share, MARKER), 64 * 1024)).toString('utf8')));
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
