import { mkdtemp, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createRulesService, FIRST_VERSION } from '../../../electron/main/services/rules/rulesService';
import type { Person } from '../../../shared/directory/person';
import type { Role } from '../../../shared/identity/identity';
import { newKeyPair, publicKeyText, type KeyPair } from '../../../electron/main/services/trust/keys';
import { signatureFile, signDocument } from '../../../electron/main/services/trust/signedDocument';
import { trustRootFrom, type TrustRoot } from '../../../electron/main/services/trust/trustRoot';

const SIGNATURE = 'M 10 150 L 60 40 L 120 160 L 200 60';
const person = (id: string, name: string, surname: string, institutionCode = 'RNP') =>
  ({ id, name, surname, position: 'Speciāliste', institutionCode, institution: `${institutionCode} iestāde` }) as Person;
const PEOPLE = [person('anna', 'Anna', 'Bērziņa'), person('juris', 'Juris', 'Ozols'), person('ilze', 'Ilze', 'Liepa', 'SOC')];
let clock = Date.parse('2026-03-10T10:00:00Z');

async function at(share: string, personId: string, roles: Role[] = ['desk_staff'], keys: { trust?: TrustRoot; signer?: KeyPair } = {}) {
  const data = await mkdtemp(join(tmpdir(), `laipni-rules-${personId}-`));
  const me = PEOPLE.find((p) => p.id === personId)!;
  const identity = { account: personId, personId, displayName: `${me.name} ${me.surname}`, institution: me.institutionCode, roles };
  return createRulesService({
    dataFolder: data,
    shareFolder: share,
    deskId: () => Promise.resolve(`desk-${personId}`),
    identity: {
      current: () => identity,
      require: (...want: Role[]) => {
        if (!roles.some((r) => want.includes(r))) throw new Error('forbidden_role');
        return identity;
      },
    },
    people: () => PEOPLE,
    now: () => (clock += 60_000),
    ...keys,
  });
}

describe('acknowledgement of the rules', () => {
  it('ships the regulation as version 1, bound to its text by hash', async () => {
    const share = await mkdtemp(join(tmpdir(), 'laipni-rules-share-'));
    const anna = await at(share, 'anna');
    const current = await anna.current();
    expect(current.document).toMatchObject({ version: 1, published: '2018-06-07', adminSignature: null });
    expect(current.document.text).toContain('13. Darbinieki tiek iepazīstināti ar noteikumiem');
    expect(current.document.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(current).toMatchObject({ signedAt: null, canSign: true });
  });

  it('refuses a typed name that is not the signer’s own, and stores nothing', async () => {
    const share = await mkdtemp(join(tmpdir(), 'laipni-rules-share-'));
    const anna = await at(share, 'anna');
    const { document } = await anna.current();
    await expect(anna.acknowledge({ version: 1, hash: document.hash, typedName: 'Juris Ozols', signature: SIGNATURE })).rejects.toMatchObject({
      code: 'invalid_request',
      details: { field: 'typedName' },
    });
    expect(await readdir(share)).not.toContain('acknowledgements');
    // Without diacritics and surname first is still her name.
    expect((await anna.acknowledge({ version: 1, hash: document.hash, typedName: 'berzina anna', signature: SIGNATURE })).signedAt).not.toBeNull();
  });

  it('shows a new version as unsigned for everyone until each signs it', async () => {
    const share = await mkdtemp(join(tmpdir(), 'laipni-rules-share-'));
    const anna = await at(share, 'anna');
    const juris = await at(share, 'juris', ['desk_staff', 'head']);
    const admin = await at(share, 'ilze', ['admin']);
    const v1 = (await anna.current()).document;
    await anna.acknowledge({ version: 1, hash: v1.hash, typedName: 'Anna Bērziņa', signature: SIGNATURE });
    await juris.acknowledge({ version: 1, hash: v1.hash, typedName: 'Juris Ozols', signature: SIGNATURE });
    // The head sees their own institution, from both desks' files.
    expect((await juris.status()).rows.map((r) => [r.personId, r.signedAt !== null])).toEqual([
      ['anna', true],
      ['juris', true],
    ]);

    const v2 = await admin.publish({ title: 'Klientu apkalpošanas noteikumi (grozījumi)', text: `${v1.text}\n15. Jauns punkts.` });
    expect(v2.version).toBe(2);
    expect((await anna.current()).signedAt).toBeNull();
    expect((await admin.status()).rows.map((r) => [r.personId, r.signedAt])).toEqual([
      ['anna', null],
      ['ilze', null],
      ['juris', null],
    ]);
    // Acknowledging the old version now is refused: the text in force is version 2.
    await expect(juris.acknowledge({ version: 1, hash: v1.hash, typedName: 'Juris Ozols', signature: SIGNATURE })).rejects.toMatchObject({
      code: 'invalid_request',
    });
    await juris.acknowledge({ version: 2, hash: v2.hash, typedName: 'Juris Ozols', signature: SIGNATURE });
    expect((await admin.status()).rows.map((r) => [r.personId, r.signedAt !== null])).toEqual([
      ['anna', false],
      ['ilze', false],
      ['juris', true],
    ]);
    expect((await juris.current()).signedAt).not.toBeNull();
  });

  it('lets only heads, the executive director and admins see who has signed, and only admins publish', async () => {
    const share = await mkdtemp(join(tmpdir(), 'laipni-rules-share-'));
    const anna = await at(share, 'anna');
    await expect(anna.status()).rejects.toThrow('forbidden_role');
    await expect(anna.publish({ title: 'Noteikumi', text: 'x'.repeat(30) })).rejects.toThrow('forbidden_role');
    expect(FIRST_VERSION.version).toBe(1);
  });

  it('lets a head remind the unsigned of their institution only, and the reminder goes once they sign', async () => {
    const share = await mkdtemp(join(tmpdir(), 'laipni-rules-share-'));
    const juris = await at(share, 'juris', ['head']);
    const anna = await at(share, 'anna');
    const ilze = await at(share, 'ilze');
    const { document } = await juris.current();
    await juris.acknowledge({ version: 1, hash: document.hash, typedName: 'Juris Ozols', signature: SIGNATURE });
    expect(await juris.remind()).toEqual({ reminded: 1 });
    expect((await anna.current()).reminded).toMatchObject({ by: 'Juris Ozols' });
    // Ilze works elsewhere: Juris's reminder is not hers.
    expect((await ilze.current()).reminded).toBeNull();
    await expect((await at(share, 'anna')).remind()).rejects.toThrow('forbidden_role');
    const signed = await anna.acknowledge({ version: 1, hash: document.hash, typedName: 'Anna Bērziņa', signature: SIGNATURE });
    expect(signed.reminded).toBeNull();
    expect(await juris.remind()).toEqual({ reminded: 0 });
  });

  describe('under a pinned admin key', () => {
    const admin = newKeyPair();
    const trust = trustRootFrom(publicKeyText(admin.publicKey))!;
    const TEXT = '1. Noteikumi, otrā versija: klientus apkalpo laipni un bez kavēšanās.';

    it('takes a version the admin key signed as the rules, with who signed it', async () => {
      const share = await mkdtemp(join(tmpdir(), 'laipni-rules-share-'));
      const adminDesk = await at(share, 'anna', ['admin'], { trust, signer: admin });
      const published = await adminDesk.publish({ title: 'Noteikumi, 2. versija', text: TEXT });
      expect(published.adminSignature).toMatchObject({ key: trust.fingerprint });
      const juris = await at(share, 'juris', ['desk_staff'], { trust });
      expect(await juris.current()).toMatchObject({ document: { version: 2, adminSignature: { key: trust.fingerprint } }, withheld: [], signedAt: null });
    });

    it('keeps the version before in force, and says why, while a version is unsigned or its signature does not verify', async () => {
      const share = await mkdtemp(join(tmpdir(), 'laipni-rules-share-'));
      // Published from a desk without the admin key: it waits for IT.
      await (await at(share, 'anna', ['admin'], { trust })).publish({ title: 'Noteikumi, 2. versija', text: TEXT });
      const juris = await at(share, 'juris', ['desk_staff'], { trust });
      expect(await juris.current()).toMatchObject({ document: { version: 1 }, withheld: [{ version: 2, problem: 'unsigned' }] });
      // Someone signs with a key that is not the pinned one.
      const file = join(share, 'rules', 'versions', '000002.json');
      await writeFile(signatureFile(file), signDocument(newKeyPair(), '000002.json', await readFile(file), new Date(clock)));
      expect(await juris.current()).toMatchObject({ document: { version: 1 }, withheld: [{ version: 2, problem: 'bad_signature' }] });
      // The admin key's signature of changed text does not count either.
      await writeFile(signatureFile(file), signDocument(admin, '000002.json', await readFile(file), new Date(clock)));
      const signedText = await readFile(file, 'utf8');
      await writeFile(file, signedText.replace('laipni', 'ātri'));
      expect((await juris.current()).withheld).toEqual([{ version: 2, problem: 'bad_signature' }]);
      // Acknowledging the withheld version is refused: version 1 is what is signed.
      const withheldHash = createHash('sha256')
        .update((JSON.parse(signedText) as { text: string }).text)
        .digest('hex');
      await expect(juris.acknowledge({ version: 2, hash: withheldHash, typedName: 'Juris Ozols', signature: SIGNATURE })).rejects.toMatchObject({
        details: { field: 'version' },
      });
      // Once IT's signature matches the file, the new version is the rules.
      await writeFile(file, signedText);
      expect(await juris.current()).toMatchObject({ document: { version: 2 }, withheld: [] });
      // The next version never overwrites a file on the share, signed or not.
      await unlink(signatureFile(file));
      const third = await (await at(share, 'anna', ['admin'], { trust, signer: admin })).publish({ title: 'Noteikumi, 3. versija', text: `${TEXT} Trešā.` });
      expect(third.version).toBe(3);
      expect(await juris.current()).toMatchObject({ document: { version: 3 }, withheld: [] });
      expect(await readdir(join(share, 'rules', 'versions'))).toEqual(['000002.json', '000003.json', '000003.json.sig']);
    });
  });
});
