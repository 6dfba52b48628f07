import { createHash } from 'node:crypto';
import type { HashText, Hasher, NewHasher } from '../../../../shared/register/sha256';

/** Native SHA-256 with exactly the output of the shared one, for the volumes sync reads. */
export const nodeSha256Hex: HashText = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

export const sha256OfBytes = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export const nodeSha256Stream: NewHasher = () => {
  const h = createHash('sha256');
  const hasher: Hasher = {
    update(text) {
      h.update(text, 'utf8');
      return hasher;
    },
    digest: () => h.digest('hex'),
  };
  return hasher;
};
