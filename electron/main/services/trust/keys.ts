import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

/**
 * Ed25519 keys with Node's own crypto. A public key travels as text: `ed25519:` and the
 * base64 of its DER (SPKI) form, short enough for a configuration file. Private keys are
 * PKCS#8 PEM: the admin key encrypted with a passphrase, a desk key kept in the desk's key store.
 */
export interface KeyPair {
  publicKey: KeyObject;
  privateKey: KeyObject;
}

const PREFIX = 'ed25519:';

export function newKeyPair(): KeyPair {
  return generateKeyPairSync('ed25519');
}

export const publicKeyText = (key: KeyObject): string => PREFIX + key.export({ type: 'spki', format: 'der' }).toString('base64');

/** The key from its text form, or null when it is not an Ed25519 public key. */
export function parsePublicKey(text: unknown): KeyObject | null {
  if (typeof text !== 'string' || !text.startsWith(PREFIX)) return null;
  try {
    const key = createPublicKey({ key: Buffer.from(text.slice(PREFIX.length), 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

/** A short name for a public key, to show and to compare: the first 16 hex digits of its SHA-256. */
export const fingerprint = (key: KeyObject): string =>
  createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);

/** The private key as PKCS#8 PEM, encrypted (AES-256) when a passphrase is given. */
export function privateKeyPem(key: KeyObject, passphrase?: string): string {
  return passphrase
    ? (key.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }) as string)
    : (key.export({ type: 'pkcs8', format: 'pem' }) as string);
}

export type KeyReadProblem = 'not_a_key' | 'needs_passphrase' | 'wrong_passphrase';

/** Reads a private Ed25519 key; a wrong or missing passphrase is a problem, never a crash. */
export function readPrivateKey(pem: string, passphrase?: string): KeyPair | KeyReadProblem {
  const encrypted = pem.includes('ENCRYPTED PRIVATE KEY');
  if (encrypted && !passphrase) return 'needs_passphrase';
  try {
    const privateKey = createPrivateKey(encrypted ? { key: pem, format: 'pem', passphrase } : { key: pem, format: 'pem' });
    if (privateKey.asymmetricKeyType !== 'ed25519') return 'not_a_key';
    return { privateKey, publicKey: createPublicKey(privateKey) };
  } catch {
    return encrypted ? 'wrong_passphrase' : 'not_a_key';
  }
}

export const signBytes = (key: KeyObject, message: Uint8Array): string => sign(null, message, key).toString('base64');

export function verifyBytes(key: KeyObject, message: Uint8Array, signature: string): boolean {
  try {
    return verify(null, message, key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
