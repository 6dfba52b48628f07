import { chmod, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../fs/atomicWrite';
import { newKeyPair, privateKeyPem, readPrivateKey, type KeyPair } from './keys';

/**
 * Where a desk keeps its private signing key. A headless desk uses a file only its account can
 * read (0600); the app uses the operating system's key store through Electron's `safeStorage`
 * (`safeStorageKeyStore`), so the key on disk is useless on another computer or account.
 */
export interface KeyStore {
  read(): Promise<string | null>;
  write(pem: string): Promise<void>;
}

export function fileKeyStore(path: string): KeyStore {
  return {
    async read() {
      try {
        return await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async write(pem) {
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      await writeFileAtomic(path, pem);
      await chmod(path, 0o600);
    },
  };
}

/** The part of Electron's `safeStorage` the key store needs (mocked in tests). */
export interface SafeStorage {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(data: Buffer): string;
}

export function safeStorageKeyStore(safe: SafeStorage, path: string): KeyStore {
  return {
    async read() {
      let data: Buffer;
      try {
        data = await readFile(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      return safe.decryptString(data);
    },
    async write(pem) {
      if (!safe.isEncryptionAvailable()) throw Object.assign(new Error('The key store of this computer is not available'), { code: 'key_store_unavailable' });
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      await writeFileAtomic(path, safe.encryptString(pem));
      await chmod(path, 0o600);
    },
  };
}

/** The desk's key pair: made on first need, without asking anyone (IT enrols it later). */
export async function loadDeskKey(store: KeyStore): Promise<KeyPair> {
  const pem = await store.read();
  if (pem !== null) {
    const keys = readPrivateKey(pem);
    if (typeof keys !== 'string') return keys;
    throw Object.assign(new Error('The desk key is damaged'), { code: 'desk_key_damaged' });
  }
  const keys = newKeyPair();
  await store.write(privateKeyPem(keys.privateKey));
  return keys;
}
