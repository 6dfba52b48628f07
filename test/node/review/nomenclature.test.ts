import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { retentionDocument } from '../../../electron/main/services/review';
import { newKeyPair, publicKeyText } from '../../../electron/main/services/trust/keys';
import { signatureFile } from '../../../electron/main/services/trust/signedDocument';
import { trustRootFrom } from '../../../electron/main/services/trust/trustRoot';
import { withDefaults, type RetentionDocument } from '../../../shared/review/retention';

const NOMENCLATURE: RetentionDocument = { kinds: { complaint: { months: 120, item: '3.4' } } };
const temp = (name: string) => mkdtemp(join(tmpdir(), `laipni-nomenclature-${name}-`));

describe('the file nomenclature on the share', () => {
  it('counts only signed by the pinned admin key; an unsigned, forged or broken copy is refused, said, and changes nothing', async () => {
    const share = await temp('share');
    const desk = await temp('desk');
    const admin = newKeyPair();
    const trust = trustRootFrom(publicKeyText(admin.publicKey));
    await retentionDocument(share, await temp('it'), trust).publish(NOMENCLATURE, 'RNP\\it', admin);
    const doc = retentionDocument(share, desk, trust);
    const good = await doc.load();
    expect(good).toMatchObject({ source: 'share', problem: null, data: NOMENCLATURE });
    expect(withDefaults(good.data).complaint).toEqual({ months: 120, item: '3.4', published: true });

    const file = join(share, 'config', 'retention.json');
    const goodBytes = await readFile(file, 'utf8');
    // Someone with write access to the share shortens the period, keeping the old signature.
    const forged = goodBytes.replace('"months": 120', '"months": 1');
    expect(forged).not.toBe(goodBytes);
    await writeFile(file, forged);
    expect(await doc.load()).toMatchObject({ source: 'cache', problem: 'bad_signature', data: NOMENCLATURE });

    // A desk (no admin key) publishes: unsigned, counts nowhere.
    await retentionDocument(share, await temp('clerk'), trust).publish({ kinds: { complaint: { months: 1, item: '9.9' } } }, 'RNP\\clerk');
    expect(await readFile(signatureFile(file), 'utf8').catch(() => null)).toBeNull();
    expect(await doc.load()).toMatchObject({ source: 'cache', problem: 'unsigned', data: NOMENCLATURE });

    await writeFile(file, '{"publishedAt": "2026-02-01T00:00:00.000Z", "data": {"kinds": {"complaint": {"months": "ten"}}}');
    expect(await doc.load()).toMatchObject({ source: 'cache', problem: 'invalid', data: NOMENCLATURE });

    // A desk that never had a good copy keeps the fallback, which is marked as not published.
    const fresh = await retentionDocument(share, await temp('fresh'), trust).load();
    expect(fresh).toMatchObject({ source: 'none', problem: 'invalid' });
    expect(withDefaults(fresh.data).complaint.published).toBe(false);
  });
});
