import { createHash } from 'node:crypto';
import type { HashText } from '../../../../shared/register/sha256';

/** Native SHA-256 with exactly the output of the shared one, for the volumes sync reads. */
export const nodeSha256Hex: HashText = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

export const sha256OfBytes = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
