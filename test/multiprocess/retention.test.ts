import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { everyFile, filesHolding } from '../support/plainText';
import { newAdminKey, expectConverged, newDesk, newShare, runCli, tempFolder, type Desk } from '../support/cliDesks';

const NAME = 'Marta Kļaviņa';
const CONTACT = 'marta@example.lv';
/** The tests' clocks: registered in January, destroyed in March (one month's retention). */
const JANUARY = { LAIPNI_CLOCK_FIXED_MS: String(Date.parse('2026-01-05T09:00:00.000Z')) };
const MARCH = { LAIPNI_CLOCK_FIXED_MS: String(Date.parse('2026-03-02T09:00:00.000Z')) };

const plainTextIn = (dirs: string[]) => filesHolding(dirs, [NAME, CONTACT]);

describe('destruction under the archive’s approved act (`laipni register due`, `destroy`)', () => {
  it('exports the due list without personal data, refuses bad acts and clerks, then makes the text unrecoverable on every desk and records the act', async () => {
    const share = await newShare();
    const { keyFile, pass, publicKey, admin } = await newAdminKey();
    const env = { LAIPNI_ADMIN_PUBLIC_KEY: publicKey };
    const desks: Desk[] = [];
    for (const code of ['K1', 'K2']) {
      const d = await newDesk(share, code, undefined, admin);
      d.env = env;
      desks.push(d);
    }
    const [clerk, head] = desks as [Desk, Desk];
    const onlyClerk = await newDesk(share, 'K3', ['desk_staff'], admin);
    onlyClerk.env = env;
    for (const d of [...desks, onlyClerk]) await d.sync(JANUARY);
    for (const d of desks) {
      const request = join(share, 'desks', (await d.status(JANUARY)).deskId, 'desk-key.json');
      const r = await runCli(['admin', 'enrol', request, '--key', keyFile, '--passphrase-file', pass, '--share', share, '--reads', 'head']);
      expect(r.code, r.stderr).toBe(0);
    }

    // The nomenclature: an unsigned copy is refused and said; IT's signed one counts.
    const nomenclature = join(await tempFolder('it'), 'nomenclature.json');
    await writeFile(nomenclature, JSON.stringify({ kinds: { complaint: { months: 1, item: '3.4' } } }));
    const asAdmin = { ...env, LAIPNI_ADMIN_ACCOUNTS: userInfo().username };
    const unsigned = await runCli(['register', 'retention', 'publish', nomenclature, '--share', share], { env: asAdmin });
    expect(unsigned.code, unsigned.stderr).toBe(0);
    expect(unsigned.stdout).toContain('not signed yet');
    const refusedList = await head.run(['register', 'due', '--data', head.data, '--share', share, '--institution', 'RNP', '--desk', 'K2'], MARCH);
    expect(refusedList.stderr).toContain('is not signed with the admin key');
    const signed = await runCli(['register', 'retention', 'publish', nomenclature, '--share', share, '--key', keyFile, '--passphrase-file', pass], {
      env: asAdmin,
    });
    expect(signed.code, signed.stderr).toBe(0);

    const entry = await clerk.add(`${NAME}, ${CONTACT}: gaidīja rindā stundu`, JANUARY);
    await expectConverged(desks, [entry.id], JANUARY);
    for (const status of ['answered', 'closed']) {
      const r = await head.set(entry.number, status, JANUARY);
      expect(r.code, r.stderr).toBe(0);
    }
    await expectConverged(desks, [entry.id], JANUARY);
    expect((await head.entries()).find((e) => e.id === entry.id)?.description).toContain(NAME);
    expect(await readdir(join(head.data, 'privacy', 'wraps'))).not.toEqual([]);

    const due = await head.run(['register', 'due', '--format', 'csv', '--data', head.data, '--share', share, '--institution', 'RNP', '--desk', 'K2'], MARCH);
    expect(due.code, due.stderr).toBe(0);
    expect(due.stdout).toContain(entry.number);
    expect(due.stdout).toContain('3.4');
    expect(due.stdout).toContain('05.02.2026');
    for (const personal of [NAME, CONTACT, 'gaidīja', 'Marta']) expect(due.stdout).not.toContain(personal);

    const destroy = (desk: Desk, ...act: string[]) =>
      desk.run(['register', 'destroy', ...act, '--data', desk.data, '--share', share, '--institution', 'RNP', '--desk', desk.code], MARCH);
    const future = await destroy(head, '--act', '12', '--act-date', '03.03.2026');
    expect(future.code).toBe(2);
    expect(future.stderr).toContain('is in the future');
    expect((await destroy(head, '--act-date', '02.03.2026')).code).toBe(2);
    expect((await destroy(head, '--act', '12', '--act-date', '31.02.2026')).stderr).toContain('is not valid');
    const byClerk = await destroy(onlyClerk, '--act', '12', '--act-date', '02.03.2026');
    expect(byClerk.code).toBe(1);
    expect(byClerk.stderr).toContain('not allowed');
    const dry = await destroy(head, '--act', '12/2026', '--act-date', '02.03.2026', '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('would destroy 1 entries');
    expect((await head.entries()).find((e) => e.id === entry.id)?.description).toContain(NAME);

    const done = await destroy(head, '--act', '12/2026', '--act-date', '02.03.2026');
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain('Destroyed 1 entries and 1 key buckets under act No. 12/2026 (2026-03-02)');
    await expectConverged(desks, [entry.id], MARCH);

    for (const d of desks) {
      const exported = JSON.parse(
        (await d.run(['register', 'export', '--format', 'json', '--data', d.data, '--institution', 'RNP', '--desk', d.code])).stdout,
      ) as Array<{
        id: string;
        description: string;
      }>;
      expect(JSON.stringify(exported.find((e) => e.id === entry.id))).not.toContain('Marta');
    }
    // The act is recorded where every desk reads it: the entry's event and the signed destruction record.
    const recorded = await head.run(
      ['register', 'due', '--format', 'json', '--data', head.data, '--share', share, '--institution', 'RNP', '--desk', 'K2'],
      MARCH,
    );
    expect(JSON.parse(recorded.stdout)).toEqual([]);
    const records = await readdir(join(share, 'privacy', 'destroyed'));
    expect(records).toHaveLength(1);
    expect(JSON.parse(await readFile(join(share, 'privacy', 'destroyed', records[0]!), 'utf8'))).toMatchObject({
      act: { number: '12/2026', date: '2026-03-02' },
    });
    let actInLog = false;
    for await (const f of everyFile(join(share, 'desks'))) if ((await readFile(f, 'utf8')).includes('"destructionAct":{"number":"12/2026"')) actInLog = true;
    expect(actInLog).toBe(true);
    // No bucket key is left anywhere, and the name is nowhere in plain text.
    expect(await readdir(join(share, 'privacy', 'keys')).catch(() => [])).toEqual([]);
    for (const d of desks) expect(await readdir(join(d.data, 'privacy', 'wraps')).catch(() => [])).toEqual([]);
    expect(await plainTextIn([share, ...desks.map((d) => d.data), onlyClerk.data])).toEqual([]);
  });
});
