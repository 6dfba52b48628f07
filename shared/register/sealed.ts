import { z } from 'zod';

/**
 * A personal field sealed for its audience (electron/main/services/privacy/README.md):
 * `lpn1.<key id>.<nonce>.<ciphertext and tag>`, base64url. Plain fields in entries registered
 * before encryption stay as they were and are shown as before.
 */
export const SEALED_PREFIX = 'lpn1.';
const SEALED = /^lpn1\.[A-Za-z0-9_~-]{1,200}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22,}$/;

/** The longest sealed form of a text of `max` UTF-16 units (each at most 3 UTF-8 bytes). */
export const sealedMax = (max: number) => 5 + 200 + 1 + 16 + 1 + Math.ceil(((max * 3 + 16) * 4) / 3);
export const isSealed = (v: string) => v.startsWith(SEALED_PREFIX) && SEALED.test(v);
export const sealedWithin = (v: unknown, max: number) => typeof v === 'string' && v.length <= sealedMax(max) && isSealed(v);
export const sealedText = (max: number) => z.string().max(sealedMax(max)).regex(SEALED);

/** A field this desk could not show, and why: it holds no key for it, or the key was destroyed. */
export interface Unreadable {
  field: string;
  reason: 'no_key' | 'destroyed';
  destroyedOn?: string;
  act?: string;
}
