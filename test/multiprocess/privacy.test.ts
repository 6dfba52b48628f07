import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesHolding } from '../support/plainText';
import { newAdminKey, expectConverged, newDesk, newShare, runCli, type Desk } from '../support/cliDesks';

const NAME = 'Jānis Bērziņš';
const CONTACT = 'janis@example.lv';

// Staff names (the directory, the access log) share the surname on purpose: only the client's full name counts.
const plainTextIn = (dirs: string[]) => filesHolding(dirs, [NAME, CONTACT]);

describe('personal fields registered with `laipni register add`', () => {
  it('are nowhere in plain text on the share or any desk, are read by the reviewer role’s desk, and not by another clerk’s', async () => {
    const share = await newShare();
    const { keyFile, pass, publicKey, admin } = await newAdminKey();
    const env = { LAIPNI_ADMIN_PUBLIC_KEY: publicKey };
    const desks: Desk[] = [];
    for (const code of ['K1', 'K2', 'K3']) {
      const d = await newDesk(share, code, undefined, admin);
      d.env = env;
      desks.push(d);
    }
    const [clerk, head, otherClerk] = desks as [Desk, Desk, Desk];
    for (const d of desks) await d.sync();
    const enrol = async (d: Desk, ...extra: string[]) => {
      const request = join(share, 'desks', (await d.status()).deskId, 'desk-key.json');
      const r = await runCli(['admin', 'enrol', request, '--key', keyFile, '--passphrase-file', pass, '--share', share, ...extra]);
      expect(r.code, r.stderr).toBe(0);
    };
    await enrol(clerk);
    await enrol(head, '--reads', 'head');
    await enrol(otherClerk);
    const bad = await runCli([
      'admin',
      'enrol',
      join(share, 'desks', (await head.status()).deskId, 'desk-key.json'),
      '--key',
      keyFile,
      '--passphrase-file',
      pass,
      '--share',
      share,
      '--reads',
      'boss',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('boss');

    const entry = await clerk.add(`${NAME}, ${CONTACT}: gaidīja rindā stundu`);
    expect(entry.description).toContain(NAME);
    await expectConverged(desks, [entry.id]);

    expect((await head.entries()).find((e) => e.id === entry.id)?.description).toBe(`${NAME}, ${CONTACT}: gaidīja rindā stundu`);
    expect((await otherClerk.entries()).find((e) => e.id === entry.id)?.description).toBe('');
    expect(await plainTextIn([share, ...desks.map((d) => d.data)])).toEqual([]);
  });
});
