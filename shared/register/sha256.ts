import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/** SHA-256 of a text's UTF-8 bytes, as lowercase hex. Node passes a native one with the same output. */
export type HashText = (text: string) => string;

export const sha256Hex: HashText = (text) => bytesToHex(sha256(utf8ToBytes(text)));
