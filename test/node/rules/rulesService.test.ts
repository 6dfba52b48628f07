import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRulesService, FIRST_VERSION } from '../../../electron/main/services/rules/rulesService';
import type { Person } from '../../../shared/directory/person';
import type { Role } from '../../../shared/identity/identity';

const SIGNATURE = 'M 10 150 L 60 40 L 120 160 L 200 60';
const person = (id: string, name: string, surname: string, institutionCode = 'RNP') =>
  ({ id, name, surname, position: 'Speciāliste', institutionCode, institution: `${institutionCode} iestāde` }) as Person;
const PEOPLE = [person('anna', 'Anna', 'Bērziņa'), person('juris', 'Juris', 'Ozols'), person('ilze', 'Ilze', 'Liepa', 'SOC')];
let clock = Date.parse('2026-03-10T10:00:00Z');

async function at(share: string, personId: string, roles: Role[] = ['desk_staff']) {
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
});
