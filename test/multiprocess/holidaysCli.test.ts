import { writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATVIAN_HOLIDAYS } from '../../shared/calendar/holidays';
import { DEFAULT_REGISTER_RULES } from '../../shared/register/rules';
import { newDesk, newShare, runCli, tempFolder } from '../support/cliDesks';

const at = (iso: string) => ({ env: { LAIPNI_CLOCK_FIXED_MS: String(Date.parse(iso)) } });

describe('laipni register holidays <year>', () => {
  it('shows each day with its source, the Cabinet’s transfers by default, and reminds from October of next year’s decision', async () => {
    const share = await newShare();
    const june = await runCli(['register', 'holidays', '2026', '--share', share], at('2026-06-01T09:00:00Z'));
    expect(june.code).toBe(0);
    expect(june.stdout).toContain('2026-01-01  Jaunais gads  (day off; by law)');
    expect(june.stdout).toContain('2026-06-22  Darba diena pārcelta uz 27. jūniju  (day off; Cabinet transfer)');
    expect(june.stdout).toContain('2026-06-27  Darba diena no 22. jūnija  (working day; Cabinet transfer)');
    expect(june.stdout).toContain("2026: no municipality decision published; the Cabinet's transfers apply.");
    expect(june.stderr).toBe('');
    const october = await runCli(['register', 'holidays', '2026', '--share', share], at('2026-10-01T09:00:00Z'));
    expect(october.stderr).toContain('decision on transferred working days for 2027 is not published yet');
  });

  it('uses the municipality’s published decision instead of the Cabinet’s transfers', async () => {
    const share = await newShare();
    const decision = {
      year: 2026,
      decision: 'Domes lēmums Nr. 7',
      daysOff: [{ date: '2026-11-20', name: 'Pārcelta uz 14. novembri' }],
      workingDays: [{ date: '2026-11-14', name: 'Darba diena no 20. novembra' }],
    };
    const file = join(await tempFolder('rules'), 'rules.json');
    await writeFile(file, JSON.stringify({ ...DEFAULT_REGISTER_RULES, holidays: { ...LATVIAN_HOLIDAYS, municipality: [decision] } }));
    expect((await runCli(['register', 'rules', 'publish', file, '--share', share], { env: { LAIPNI_ADMIN_ACCOUNTS: userInfo().username } })).code).toBe(0);
    const days = await runCli(['register', 'holidays', '2026', '--share', share, '--json']);
    const list = JSON.parse(days.stdout) as Array<{ date: string; source: string; working: boolean }>;
    expect(list.filter((d) => d.source !== 'law')).toEqual([
      { date: '2026-11-14', name: 'Darba diena no 20. novembra', source: 'municipality', working: true },
      { date: '2026-11-20', name: 'Pārcelta uz 14. novembri', source: 'municipality', working: false },
    ]);
    const text = await runCli(['register', 'holidays', '2026', '--share', share], at('2026-06-01T09:00:00Z'));
    expect(text.stdout).toContain('2026: transfers by the municipality decision “Domes lēmums Nr. 7”.');
  });
});

describe('laipni register add --received-on', () => {
  it('counts from the day of receipt and refuses one in the future', async () => {
    const share = await newShare();
    const desk = await newDesk(share, 'K1');
    const add = (extra: string[]) =>
      runCli(
        [
          'register',
          'add',
          '--json',
          '--data',
          desk.data,
          '--share',
          share,
          '--institution',
          'RNP',
          '--desk',
          'K1',
          '--kind',
          'complaint',
          '--channel',
          'letter',
          '--subject',
          'other',
          '--description',
          'Vēstule',
          ...extra,
        ],
        at('2026-06-29T09:00:00Z'),
      );
    // Received Monday 22 June 2026 (a Cabinet day off): 10 working days with Saturday 27 June worked → Tuesday 7 July.
    const dayOff = await add(['--received-on', '2026-06-22']);
    expect(dayOff.code).toBe(0);
    expect(JSON.parse(dayOff.stdout)).toMatchObject({ receivedOn: '2026-06-22', dueDate: '2026-07-07', forwardDue: '2026-06-30' });
    const future = await add(['--received-on', '2026-06-30']);
    expect(future.code).not.toBe(0);
    expect(future.stderr).toContain('receivedOn');
  });
});
