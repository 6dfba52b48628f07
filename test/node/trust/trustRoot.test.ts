import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../shared/config/schema';
import { createPublishedDocument } from '../../../electron/main/services/published/publishedDocument';
import { newKeyPair, privateKeyPem, publicKeyText, readPrivateKey } from '../../../electron/main/services/trust/keys';
import { signatureFile, signDocument } from '../../../electron/main/services/trust/signedDocument';
import { trustRootFrom } from '../../../electron/main/services/trust/trustRoot';

const schema = z.array(z.object({ name: z.string(), roles: z.array(z.string()) }));
const admin = newKeyPair();
const trust = trustRootFrom(publicKeyText(admin.publicKey))!;
let tick = Date.parse('2027-03-01T09:00:00Z');
const now = () => new Date((tick += 60_000));

async function setup(sharePath = 'catalog/staff.json') {
  const root = await mkdtemp(join(tmpdir(), 'laipni-trust-'));
  const share = join(root, 'share');
  const doc = createPublishedDocument({ shareFolder: share, sharePath, cacheFile: join(root, 'data', 'staff.json'), schema, empty: [], trust, now });
  return { root, share, doc };
}

const clerk = { name: 'Ilze Bērziņa', roles: ['desk'] };

describe('documents that give power count only when the pinned admin key signed them', () => {
  it('accepts a signed directory and keeps it as the last good copy', async () => {
    const { doc } = await setup();
    await doc.publish([clerk], 'IT', admin);
    expect(await doc.load()).toMatchObject({ source: 'share', data: [clerk], problem: null });
  });

  it('refuses an unsigned or edited directory and keeps the last good copy', async () => {
    const { doc } = await setup();
    await doc.publish([clerk], 'IT', admin);
    const signed = await readFile(doc.shareFile!, 'utf8');
    // A desk clerk gives herself every role by editing the file on the share.
    await writeFile(doc.shareFile!, signed.replace('"desk"', '"desk","ethics","head","admin"'));
    expect(await doc.load()).toMatchObject({ source: 'cache', data: [clerk], problem: 'bad_signature' });
    await writeFile(signatureFile(doc.shareFile!), '');
    expect(await doc.load()).toMatchObject({ source: 'cache', data: [clerk], problem: 'bad_signature' });
    await rm(signatureFile(doc.shareFile!));
    expect(await doc.load()).toMatchObject({ source: 'cache', data: [clerk], problem: 'unsigned' });
  });

  it('refuses a document signed by another key, or signed as another document', async () => {
    const { doc } = await setup();
    await doc.publish([clerk], 'IT', admin);
    const bytes = Buffer.from(JSON.stringify({ publishedAt: now().toISOString(), data: [{ name: 'Ilze Bērziņa', roles: ['ethics'] }] }));
    await writeFile(doc.shareFile!, bytes);
    await writeFile(signatureFile(doc.shareFile!), signDocument(newKeyPair(), 'staff.json', bytes, now()));
    expect(await doc.load()).toMatchObject({ data: [clerk], problem: 'bad_signature' });
    await writeFile(signatureFile(doc.shareFile!), signDocument(admin, 'services.json', bytes, now()));
    expect(await doc.load()).toMatchObject({ data: [clerk], problem: 'bad_signature' });
  });

  it('refuses an older signed copy put back on the share (a replay)', async () => {
    const { doc } = await setup();
    await doc.publish([{ name: 'Ilze Bērziņa', roles: ['desk', 'head'] }], 'IT', admin);
    const oldText = await readFile(doc.shareFile!);
    const oldSig = await readFile(signatureFile(doc.shareFile!));
    await doc.publish([clerk], 'IT', admin);
    expect((await doc.load()).data).toEqual([clerk]);
    await writeFile(doc.shareFile!, oldText);
    await writeFile(signatureFile(doc.shareFile!), oldSig);
    expect(await doc.load()).toMatchObject({ source: 'cache', data: [clerk], problem: 'older' });
  });

  it('does not trust an edited copy in the desk’s own data folder either', async () => {
    const { doc, share } = await setup();
    await doc.publish([clerk], 'IT', admin);
    await rm(share, { recursive: true });
    const cache = join(doc.shareFile!, '..', '..', '..', 'data', 'staff.json');
    await writeFile(cache, (await readFile(cache, 'utf8')).replace('"desk"', '"admin"'));
    expect(await doc.load()).toMatchObject({ source: 'none', data: [] });
  });

  it('counts a version published without the admin key nowhere until IT signs it', async () => {
    const { doc } = await setup();
    await doc.publish([clerk], 'IT', admin);
    await doc.publish([{ name: 'Ilze Bērziņa', roles: ['desk', 'head'] }], 'RNP\\demo.admin');
    expect(await doc.load()).toMatchObject({ source: 'cache', data: [clerk], problem: 'unsigned' });
    await writeFile(signatureFile(doc.shareFile!), signDocument(admin, 'staff.json', await readFile(doc.shareFile!), now()));
    expect(await doc.load()).toMatchObject({ source: 'share', data: [{ name: 'Ilze Bērziņa', roles: ['desk', 'head'] }], problem: null });
  });
});

describe('the admin key', () => {
  it('is kept encrypted and opens only with its passphrase', () => {
    const pem = privateKeyPem(admin.privateKey, 'correct horse battery staple');
    expect(pem).toContain('ENCRYPTED PRIVATE KEY');
    expect(readPrivateKey(pem)).toBe('needs_passphrase');
    expect(readPrivateKey(pem, 'wrong passphrase!!')).toBe('wrong_passphrase');
    const opened = readPrivateKey(pem, 'correct horse battery staple');
    expect(typeof opened !== 'string' && publicKeyText(opened.publicKey)).toBe(publicKeyText(admin.publicKey));
  });

  it('gives admin rights and trust only from the machine file outside test builds', () => {
    const pinned = publicKeyText(admin.publicKey);
    const other = publicKeyText(newKeyPair().publicKey);
    const layers = {
      machineFile: { path: '/etc/laipni/config.json', status: 'ok' as const, data: { adminAccounts: ['RNP\\it.admin'], adminPublicKey: pinned } },
      env: { LAIPNI_ADMIN_ACCOUNTS: 'RNP\\ilze.berzina', LAIPNI_ADMIN_PUBLIC_KEY: other },
      flags: { 'admin-accounts': 'EVILPC\\juris.ozols' },
    };
    const packaged = resolveConfig({ ...layers, trustOverrides: false });
    expect(packaged.values.adminAccounts).toEqual(['RNP\\it.admin']);
    expect(packaged.values.adminPublicKey).toBe(pinned);
    expect(packaged.problems.filter((p) => p.code === 'machine_only').map((p) => `${p.key}:${p.source}`)).toEqual([
      'adminAccounts:flag',
      'adminAccounts:env',
      'adminPublicKey:env',
    ]);
    expect(resolveConfig({ ...layers, trustOverrides: true }).values.adminAccounts).toEqual(['EVILPC\\juris.ozols']);
  });
});
