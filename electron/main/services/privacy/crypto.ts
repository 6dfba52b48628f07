import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';

/**
 * The primitives of field encryption, all from Node's crypto: AES-256-GCM for fields and key
 * wraps, X25519 + HKDF-SHA256 to wrap a bucket key for one desk (one stanza per recipient, as
 * age does). Nothing here is a primitive of its own; this file only fixes the parameters.
 */
export interface EncryptionKeyPair {
  publicKey: KeyObject;
  privateKey: KeyObject;
}

const PREFIX = 'x25519:';
const NONCE = 12;
const TAG = 16;
const WRAP_INFO = 'laipni key wrap v1';

export const newEncryptionKeyPair = (): EncryptionKeyPair => generateKeyPairSync('x25519');

const spki = (key: KeyObject): Buffer => key.export({ type: 'spki', format: 'der' });

/** A desk's encryption public key as text, like its signing key: `x25519:` and base64 DER (SPKI). */
export const encryptionKeyText = (key: KeyObject): string => PREFIX + spki(key).toString('base64');

export function parseEncryptionKey(text: unknown): KeyObject | null {
  if (typeof text !== 'string' || !text.startsWith(PREFIX)) return null;
  try {
    const key = createPublicKey({ key: Buffer.from(text.slice(PREFIX.length), 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'x25519' ? key : null;
  } catch {
    return null;
  }
}

export const encryptionPrivatePem = (key: KeyObject): string => key.export({ type: 'pkcs8', format: 'pem' }) as string;

export function readEncryptionPrivateKey(pem: string): EncryptionKeyPair | null {
  try {
    const privateKey = createPrivateKey({ key: pem, format: 'pem' });
    if (privateKey.asymmetricKeyType !== 'x25519') return null;
    return { privateKey, publicKey: createPublicKey(privateKey) };
  } catch {
    return null;
  }
}

export interface Sealed {
  nonce: Buffer;
  /** Ciphertext with its 16-byte tag at the end. */
  ct: Buffer;
}

/** AES-256-GCM under a random 96-bit nonce; `ad` is authenticated, not encrypted. */
export function aeadSeal(key: Buffer, plaintext: Buffer, ad: Buffer): Sealed {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(ad);
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return { nonce, ct };
}

/** The plaintext, or null when the key, the associated data or a byte is wrong. */
export function aeadOpen(key: Buffer, sealed: Sealed, ad: Buffer): Buffer | null {
  if (key.length !== 32 || sealed.nonce.length !== NONCE || sealed.ct.length < TAG) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.nonce);
    decipher.setAAD(ad);
    decipher.setAuthTag(sealed.ct.subarray(sealed.ct.length - TAG));
    return Buffer.concat([decipher.update(sealed.ct.subarray(0, sealed.ct.length - TAG)), decipher.final()]);
  } catch {
    return null;
  }
}

function wrapKey(shared: Buffer, ephemeral: Buffer, recipient: Buffer): Buffer {
  // An all-zero secret means a low-order public key: refuse it, as age does.
  if (timingSafeEqual(shared, Buffer.alloc(shared.length))) throw new Error('bad recipient key');
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeral, recipient]), WRAP_INFO, 32));
}

export interface Wrapped extends Sealed {
  /** The ephemeral X25519 public key (DER), one per wrap. */
  epk: Buffer;
}

/** Wraps a bucket key for one recipient: ephemeral X25519 with its key, HKDF, AES-256-GCM. */
export function wrapFor(secret: Buffer, recipient: KeyObject, ad: Buffer): Wrapped {
  const eph = generateKeyPairSync('x25519');
  const epk = spki(eph.publicKey);
  const kek = wrapKey(diffieHellman({ privateKey: eph.privateKey, publicKey: recipient }), epk, spki(recipient));
  return { epk, ...aeadSeal(kek, secret, ad) };
}

/** The bucket key from a wrap made for `me`, or null when it was not (or was tampered with). */
export function unwrapWith(wrapped: Wrapped, me: EncryptionKeyPair, ad: Buffer): Buffer | null {
  try {
    const epkKey = createPublicKey({ key: wrapped.epk, format: 'der', type: 'spki' });
    if (epkKey.asymmetricKeyType !== 'x25519') return null;
    const kek = wrapKey(diffieHellman({ privateKey: me.privateKey, publicKey: epkKey }), wrapped.epk, spki(me.publicKey));
    return aeadOpen(kek, wrapped, ad);
  } catch {
    return null;
  }
}
