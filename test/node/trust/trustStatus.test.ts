import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract/result';
import type { Identity } from '../../../shared/identity/identity';
import { enrolmentsDocument } from '../../../electron/main/services/trust/enrolments';
import { newKeyPair, publicKeyText } from '../../../electron/main/services/trust/keys';
import { trustRootFrom } from '../../../electron/main/services/trust/trustRoot';
import { createTrustStatus } from '../../../electron/main/services/trust/trustStatus';
import { tempDir } from '../../support/registerDesk';

const admin = newKeyPair();
const trust = trustRootFrom(publicKeyText(admin.publicKey))!;
const as = (roles: Identity['roles']) => ({
  current: (): Identity => ({ account: 'RNP\\it.admin', personId: null, displayName: null, institution: 'RNP', roles }),
});

/** A desk's key file in its folder, as a desk leaves it for IT. */
async function postKey(share: string, folder: string, deskId: string, deskCode: string, publicKey: string) {
  await mkdir(join(share, 'desks', folder), { recursive: true });
  const file = { v: 1, deskId, institution: 'RNP', deskCode, publicKey, createdAt: '2027-03-01T08:00:00.000Z' };
  await writeFile(join(share, 'desks', folder, 'desk-key.json'), JSON.stringify(file));
}

describe('the trust root as IT sees it', () => {
  it('names each desk that waits for enrolment with the command to run, flags a changed key, and lists the enrolled', async () => {
    const share = await tempDir('share');
    const enrolled = newKeyPair();
    const reinstalled = newKeyPair();
    await enrolmentsDocument(share, await tempDir('it'), trust).publish(
      {
        desks: [
          { deskId: 'desk-a', institution: 'RNP', deskCode: 'K1', publicKey: publicKeyText(enrolled.publicKey), enrolledAt: '2027-02-01T09:00:00Z' },
          { deskId: 'desk-c', institution: 'RNP', deskCode: 'K3', publicKey: publicKeyText(newKeyPair().publicKey), enrolledAt: '2027-02-01T09:00:00Z' },
        ],
      },
      'IT',
      admin,
    );
    await postKey(share, 'desk-a', 'desk-a', 'K1', publicKeyText(enrolled.publicKey));
    await postKey(share, 'desk-b', 'desk-b', 'K2', publicKeyText(newKeyPair().publicKey));
    await postKey(share, 'desk-c', 'desk-c', 'K3', publicKeyText(reinstalled.publicKey));
    // A key posted into another desk's folder is not that desk's.
    await postKey(share, 'desk-d', 'desk-a', 'K1', publicKeyText(newKeyPair().publicKey));

    const status = await createTrustStatus({ share, dataFolder: await tempDir('data'), trust, identity: as(['admin']) }).status();
    expect(status.adminKey).toBe(trust.fingerprint);
    expect(status.enrolled.map((d) => d.deskId)).toEqual(['desk-a', 'desk-c']);
    expect(status.waiting.map((d) => [d.deskId, d.deskCode, d.keyChanged])).toEqual([
      ['desk-b', 'K2', false],
      ['desk-c', 'K3', true],
    ]);
    expect(status.waiting[0]!.command).toBe(`laipni admin enrol "${join(share, 'desks', 'desk-b', 'desk-key.json')}" --key <admin-key.pem> --share "${share}"`);
    expect(status.shareUnavailable).toBe(false);
  });

  it('says plainly when this computer pins no admin key', async () => {
    const status = await createTrustStatus({ share: await tempDir('share'), dataFolder: await tempDir('data'), trust: null, identity: as(['admin']) }).status();
    expect(status).toEqual({ adminKey: null, enrolled: [], waiting: [], shareUnavailable: false });
  });

  it('is for admins only', async () => {
    const service = createTrustStatus({ share: await tempDir('share'), dataFolder: await tempDir('data'), trust, identity: as(['head', 'desk_staff']) });
    await expect(service.status()).rejects.toBeInstanceOf(ContractError);
  });
});
