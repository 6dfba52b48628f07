import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/** SHA-256 of a text's UTF-8 bytes, as lowercase hex. Node passes a native one with the same output. */
export type HashText = (text: string) => string;

export const sha256Hex: HashText = (text) => bytesToHex(sha256(utf8ToBytes(text)));

/** An incremental hash, for texts too large to build in one piece (a 100k-entry state). */
export interface Hasher {
  update(text: string): Hasher;
  digest(): string;
}
export type NewHasher = () => Hasher;

export const sha256Stream: NewHasher = () => {
  const h = sha256.create();
  const hasher: Hasher = {
    update(text) {
      h.update(utf8ToBytes(text));
      return hasher;
    },
    digest: () => bytesToHex(h.digest()),
  };
  return hasher;
};
