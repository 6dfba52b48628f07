import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RegisterEvent } from '../../../shared/register/event';
import { eventSchema } from '../../../shared/register/event';
import { newEncryptionKeyPair, encryptionKeyText, unwrapWith, wrapFor } from '../../../electron/main/services/privacy/crypto';
import { fieldPrivacy } from '../../../electron/main/services/privacy/fields';
import { createKeyring, sharePrivacyPaths, type Keyring } from '../../../electron/main/services/privacy/keyring';
import { createFold } from '../../../shared/register/fold';
import type { Enrolment } from '../../../electron/main/services/trust/enrolments';
import { newKeyPair, publicKeyText } from '../../../electron/main/services/trust/keys';
import { tempDir } from '../../support/registerDesk';

const create = (rec: string, description: string): RegisterEvent => ({
  v: 1,
  id: `ev-${rec}`,
  desk: 'desk-a',
  seq: 1,
  hlc: '1930468800000.0000.desk-a',
  at: '2031-03-01T09:00:00.000Z',
  rec,
  saw: null,
  by: 'RNP\\ilze.berzina',
  op: 'create',
  f: {
    number: `RNP-2031/K1-000${rec.length}`,
    institution: 'RNP',
    deskCode: 'K1',
    kind: 'complaint',
    channel: 'email',
    subject: 'service_quality',
    employee: null,
    description,
    client: { anonymous: false, name: 'Jānis Bērziņš', contact: 'janis@example.lv', consent: true, purpose: 'atbildei' },
    routedTo: 'head',
    routeRule: 'institution',
    dueDate: '2031-03-15',
    registeredAt: '2031-03-01T09:00:00.000Z',
    registeredBy: 'RNP\\ilze.berzina',
  },
});

async function deskRing(share: string, deskId: string, enrolled: () => Enrolment[]) {
  const signer = newKeyPair();
  const encryption = newEncryptionKeyPair();
  const ring = createKeyring({
    dataDir: await tempDir(deskId),
    share,
    deskId: () => deskId,
    signer,
    encryption,
    enrolments: async () => enrolled(),
    now: () => new Date('2031-03-01T09:00:00Z'),
  });
  const enrolment: Enrolment = {
    deskId,
    institution: 'RNP',
    deskCode: 'K',
    publicKey: publicKeyText(signer.publicKey),
    encryptionKey: encryptionKeyText(encryption.publicKey),
    enrolledAt: '2031-01-01',
    reads: ['head'],
  };
  return { ring, enrolment, encryption };
}

describe('sealed fields', () => {
  it('a wrap opens only for its recipient and only for its key id', () => {
    const me = newEncryptionKeyPair();
    const someone = newEncryptionKeyPair();
    const secret = Buffer.alloc(32, 7);
    const w = wrapFor(secret, me.publicKey, Buffer.from('key-1'));
    expect(unwrapWith(w, me, Buffer.from('key-1'))).toEqual(secret);
    expect(unwrapWith(w, someone, Buffer.from('key-1'))).toBeNull();
    expect(unwrapWith(w, me, Buffer.from('key-2'))).toBeNull();
  });

  it('seals into a valid event that folds on a desk without keys, and a ciphertext moved to another entry does not open', async () => {
    const share = await tempDir('share');
    const list: Enrolment[] = [];
    const a = await deskRing(share, 'desk-a', () => list);
    list.push(a.enrolment);
    await a.ring.refresh();
    const privacy = fieldPrivacy(a.ring);
    const one = await privacy.seal(create('rec-one', 'Pirmā sūdzība'), null);
    const two = await privacy.seal(create('rec-two-x', 'Otrā sūdzība'), null);
    expect(JSON.stringify(one)).not.toContain('Bērziņš');
    expect(eventSchema.safeParse(one).success).toBe(true);

    // Any desk folds sealed events the same way, keys or not.
    const fold = createFold();
    fold.apply(one);
    fold.apply(two);
    expect(privacy.open(fold.entry('rec-one')!).description).toBe('Pirmā sūdzība');
    // The second entry's description replaced by the first one's ciphertext: refused, not shown as the first's text.
    const moved = { ...fold.entry('rec-two-x')!, description: fold.entry('rec-one')!.description };
    const opened = privacy.open(moved);
    expect(opened.description).toBe('');
    expect(opened.unreadable).toEqual([{ field: 'description', reason: 'no_key' }]);
  });

  it('ignores a wrap planted on the share by someone whose key is not enrolled', async () => {
    const share = await tempDir('share');
    const list: Enrolment[] = [];
    const a = await deskRing(share, 'desk-a', () => list);
    const b = await deskRing(share, 'desk-b', () => list);
    list.push(a.enrolment, b.enrolment);
    await a.ring.refresh();
    const { id } = await a.ring.sealingKey('RNP~complaint~2031-03', 'head');
    await b.ring.refresh();
    expect(Buffer.isBuffer(b.ring.lookup(id))).toBe(true);

    // An intruder with a key pair of its own wraps a key for desk b, correctly encrypted and signed by its own, unenrolled key.
    const intruder: { ring: Keyring } = await deskRing(share, 'desk-x', () => list);
    await intruder.ring.refresh();
    const planted = await intruder.ring.sealingKey('RNP~complaint~2031-04', 'head');
    expect(await readdir(join(sharePrivacyPaths(share).wraps, planted.id))).toContain('desk-b.desk-x.json');
    await b.ring.refresh();
    expect(b.ring.lookup(planted.id)).toBeNull();
  });
});
