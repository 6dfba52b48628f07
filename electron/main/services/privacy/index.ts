import { join } from 'node:path';
import type { RetryOptions } from '../register/sync/retry';
import { fileKeyStore, loadDeskKey, type KeyStore } from '../trust/deskKey';
import { enrolmentsDocument } from '../trust/enrolments';
import type { KeyPair } from '../trust/keys';
import type { TrustRoot } from '../trust/trustRoot';
import { encryptionKeyText, encryptionPrivatePem, newEncryptionKeyPair, readEncryptionPrivateKey, type EncryptionKeyPair } from './crypto';
import { fieldPrivacy, type FieldPrivacy } from './fields';
import { createKeyring, type Keyring } from './keyring';

export type { FieldPrivacy } from './fields';
export type { Keyring, Destruction } from './keyring';

/** A headless desk's encryption key: a 0600 file beside its signing key. */
export const encryptionKeyFile = (dataDir: string) => join(dataDir, 'trust', 'desk-enc-key.pem');

/** The desk's X25519 key pair, kept in a key store like its signing key; made on first need. */
export async function loadEncryptionKey(store: KeyStore): Promise<EncryptionKeyPair> {
  const pem = await store.read();
  if (pem !== null) {
    const keys = readEncryptionPrivateKey(pem);
    if (keys) return keys;
    throw Object.assign(new Error('The desk encryption key is damaged'), { code: 'desk_key_damaged' });
  }
  const keys = newEncryptionKeyPair();
  await store.write(encryptionPrivatePem(keys.privateKey));
  return keys;
}

/** Field encryption for one desk data folder, before the register knows its desk id. */
export interface DeskPrivacy {
  /** `x25519:`…, published in the desk's `desk-key.json` for IT to enrol. */
  encryptionKey: string;
  /** The field sealer for the register; made once, with the desk's current id. */
  attach(desk: { deskId: () => string }): FieldPrivacy;
  /** The keyring (after `attach`). */
  keyring(): Keyring;
  /** Reads new wraps and destructions (after every pull, and once when the register opens). */
  refresh(): Promise<void>;
}

export interface DeskPrivacyOptions {
  dataDir: string;
  share: string | null;
  /** Encryption needs the pinned admin key: enrolments say who may read what. Null: fields stay plain. */
  trust: TrustRoot | null;
  /** The desk's signing key (default: `<data>/trust/desk-key.pem`, the one the sync loop uses). */
  signer?: KeyPair | null;
  /** Where the encryption key is kept (default: a 0600 file in the data folder). */
  keyStore?: KeyStore;
  now?: () => Date;
  retry?: RetryOptions;
}

/** Null without a pinned admin key or a signing key: there is no audience anyone vouches for. */
export async function openDeskPrivacy(o: DeskPrivacyOptions): Promise<DeskPrivacy | null> {
  if (!o.trust) return null;
  const signer = o.signer !== undefined ? o.signer : await loadDeskKey(fileKeyStore(join(o.dataDir, 'trust', 'desk-key.pem')));
  if (!signer) return null;
  const encryption = await loadEncryptionKey(o.keyStore ?? fileKeyStore(encryptionKeyFile(o.dataDir)));
  const doc = enrolmentsDocument(o.share, join(o.dataDir, 'cache'), o.trust);
  let ring: Keyring | null = null;
  return {
    encryptionKey: encryptionKeyText(encryption.publicKey),
    attach(desk) {
      ring ??= createKeyring({
        dataDir: o.dataDir,
        share: o.share,
        deskId: desk.deskId,
        signer,
        encryption,
        enrolments: async () => (await doc.load()).data.desks,
        now: o.now ?? (() => new Date()),
        retry: o.retry,
      });
      return fieldPrivacy(ring);
    },
    keyring() {
      if (!ring) throw new Error('privacy not attached');
      return ring;
    },
    refresh: () => (ring ? ring.refresh() : Promise.resolve()),
  };
}
