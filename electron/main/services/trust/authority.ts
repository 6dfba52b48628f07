import { join } from 'node:path';
import type { KeyObject } from 'node:crypto';
import type { Authority } from '../shareLog';
import { enrolmentsDocument, type Enrolments } from './enrolments';
import { parsePublicKey } from './keys';
import type { TrustRoot } from './trustRoot';

/** Which key may sign each desk's folder, from the signed list of enrolled desks. */
export function authorityOf(enrolments: Enrolments): Authority {
  const keys = new Map<string, KeyObject>();
  for (const e of enrolments.desks) {
    const key = parsePublicKey(e.publicKey);
    if (key) keys.set(e.deskId, key);
  }
  return { keyOf: (deskId) => keys.get(deskId) ?? null };
}

/** The share's enrolment list if IT signed it (else this desk's last good copy), as an authority. */
export async function authorityFrom(share: string, cacheFolder: string, trust: TrustRoot): Promise<Authority> {
  const loaded = await enrolmentsDocument(share, join(cacheFolder, 'cache'), trust).load();
  return authorityOf(loaded.data);
}
