import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeskKey, safeStorageKeyStore } from '../../electron/main/services/trust/deskKey';
import { publicKeyText } from '../../electron/main/services/trust/keys';
import { safeStorage } from './fakeElectron';

describe('the app keeps its desk signing key in the OS key store', () => {
  it('makes the key once, stores it only encrypted, and finds the same key again', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'laipni-keystore-')), 'trust', 'desk-key.bin');
    safeStorage.available = true;
    const first = await loadDeskKey(safeStorageKeyStore(safeStorage, file));
    const onDisk = await readFile(file, 'utf8');
    expect(onDisk).not.toContain('PRIVATE KEY');
    expect(onDisk.startsWith('fake-os-key-store:')).toBe(true);
    expect((await stat(file)).mode & 0o077).toBe(0);
    const again = await loadDeskKey(safeStorageKeyStore(safeStorage, file));
    expect(publicKeyText(again.publicKey)).toBe(publicKeyText(first.publicKey));
  });

  it('refuses to write a key in the clear when the OS key store is not available', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'laipni-keystore-')), 'desk-key.bin');
    safeStorage.available = false;
    await expect(loadDeskKey(safeStorageKeyStore(safeStorage, file))).rejects.toMatchObject({ code: 'key_store_unavailable' });
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
    safeStorage.available = true;
  });
});
