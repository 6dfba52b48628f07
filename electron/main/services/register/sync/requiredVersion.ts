import { ContractError } from '../../../../../shared/contract/result';
import { join } from 'node:path';
import { z } from 'zod';
import { createPublishedDocument } from '../../published/publishedDocument';
import type { TrustRoot } from '../../trust/trustRoot';
import { readMarker, SHARE_FORMAT } from './shareLayout';

/**
 * The lowest app version that may write to a share: `config/required-version.json`, published
 * by IT with `laipni share require-version` (signed by the admin key where one is pinned, like
 * every document that changes what desks may do). A desk older than that keeps reading and
 * syncing in, and refuses to write, saying it needs the update.
 *
 * The rule for developers: a change that makes a desk write something an older desk would
 * misread (a new event shape, a new file layout) raises `SHARE_FORMAT` and adds its lowest
 * version to `FORMAT_MIN_VERSION`. A share's marker then carries that format, every desk
 * requires at least that version whatever the document says, and a desk that does not know the
 * format at all writes nothing. A test checks that every format up to `SHARE_FORMAT` is listed.
 */
export const REQUIRED_VERSION_PATH = 'config/required-version.json';

/** The lowest app version that writes each share format correctly. */
export const FORMAT_MIN_VERSION: Readonly<Record<number, string>> = { 1: '0.0.0' };

const VERSION = /^(\d{1,6})\.(\d{1,6})\.(\d{1,6})$/;
export const isVersion = (text: string) => VERSION.test(text);

/** -1, 0 or 1 for `x.y.z` versions; a pre-release tag (`1.2.0-rc.1`) counts as its release. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => (VERSION.exec(v.split('-')[0] ?? '') ?? ['', '0', '0', '0']).slice(1).map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return 0;
}

export const requiredVersionSchema = z.object({ minimumVersion: z.string().regex(VERSION) });
export type RequiredVersion = z.infer<typeof requiredVersionSchema>;

export function requiredVersionDocument(share: string | null, cacheFolder: string, trust: TrustRoot | null, now?: () => Date) {
  return createPublishedDocument({
    shareFolder: share,
    sharePath: REQUIRED_VERSION_PATH,
    cacheFile: join(cacheFolder, 'required-version.json'),
    schema: requiredVersionSchema,
    empty: { minimumVersion: '0.0.0' },
    trust,
    now,
  });
}

export interface WriteVerdict {
  /** This program's version. */
  version: string;
  /** The lowest version that may write (from the document and the share's format). */
  required: string;
  /** The share's format, when it is one this program does not know. */
  unknownFormat: number | null;
  mayWrite: boolean;
  /** Why the share's copy of the document was not used, when it was not. */
  problem: string | null;
}

/**
 * May this program (of `version`) write to the share? Reads the share's document (else the
 * desk's last good copy in `cacheFolder`, so an offline desk keeps the requirement it knew)
 * and the share's marker.
 */
export async function writeVerdict(share: string | null, cacheFolder: string, trust: TrustRoot | null, version: string): Promise<WriteVerdict> {
  const doc = await requiredVersionDocument(share, cacheFolder, trust).load();
  let required = doc.data.minimumVersion;
  let unknownFormat: number | null = null;
  const marker = share ? await readMarker(share) : null;
  if (marker) {
    const byFormat = FORMAT_MIN_VERSION[marker.format];
    if (marker.format > SHARE_FORMAT || !byFormat) unknownFormat = marker.format;
    else if (compareVersions(byFormat, required) > 0) required = byFormat;
  }
  const problem = doc.problem && doc.problem !== 'missing' && doc.problem !== 'share_unavailable' ? doc.problem : null;
  return { version, required, unknownFormat, mayWrite: unknownFormat === null && compareVersions(version, required) >= 0, problem };
}

/** Throws `outdated_app` (translated for staff and IT) when this version may not write to the share. */
export async function assertMayWrite(share: string | null, cacheFolder: string, trust: TrustRoot | null, version: string): Promise<void> {
  const verdict = await writeVerdict(share, cacheFolder, trust, version);
  if (!verdict.mayWrite) {
    throw new ContractError('outdated_app', `This desk runs ${verdict.version}; the share requires ${verdict.required}`, {
      version: verdict.version,
      required: verdict.required,
    });
  }
}
