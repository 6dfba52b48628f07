import type { KeyObject } from 'node:crypto';
import { fingerprint, parsePublicKey } from './keys';

/**
 * The institution's admin public key, pinned in the machine configuration (`adminPublicKey`).
 * Without it the desk runs unprotected, as before trust existed, and says so.
 */
export interface TrustRoot {
  publicKey: KeyObject;
  fingerprint: string;
}

export function trustRootFrom(adminPublicKey: string | null | undefined): TrustRoot | null {
  const key = parsePublicKey(adminPublicKey);
  return key ? { publicKey: key, fingerprint: fingerprint(key) } : null;
}
