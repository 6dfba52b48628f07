import { readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDirectoryService } from '../../electron/main/services/directory/directoryService';
import { finished, newDesk, newShare, runCli, tempFolder } from '../support/cliDesks';
import { person } from '../support/people';

describe('the laipni command for the register', () => {
  it('imports nothing when one row is bad, says which, and exits with 2', async () => {
    const share = await newShare();
    const desk = await newDesk(share, 'K1');
    const file = join(await tempFolder('csv'), 'paper.csv');
    await writeFile(file, 'kind,channel,subject,description\ncomplaint,letter,employee_conduct,Nepieklājīga atbilde\nsuggestion,fax,premises,Vairāk krēslu\n');
    const bad = await runCli(['register', 'import', file, '--data', desk.data, '--share', share, '--institution', 'RNP', '--desk', 'K1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('1 row is not valid; nothing was imported.');
    expect(bad.stderr).toContain('row 2, channel');
    expect(await desk.entries()).toEqual([]);
    await writeFile(file, 'kind,channel,subject,description\ncomplaint,letter,employee_conduct,Nepieklājīga atbilde\n');
    const good = await runCli(['register', 'import', file, '--data', desk.data, '--share', share, '--institution', 'RNP', '--desk', 'K1']);
    expect(good.code, good.stderr).toBe(0);
    expect((await desk.entries()).map((e) => e.description)).toEqual(['Nepieklājīga atbilde']);
  });

  it('reads a register file saved in Windows-1257, as Latvian spreadsheets often save it', async () => {
    const share = await newShare();
    const desk = await newDesk(share, 'K1');
    const file = join(await tempFolder('csv'), 'paper-1257.csv');
    // `Nepieklājīga atbilde, ļoti ātri` in Windows-1257: ā = E2, ī = EE, ļ = EF.
    const text = 'kind,channel,subject,description\ncomplaint,letter,premises,"Nepieklājīga atbilde, ļoti ātri"\n';
    const table: Record<string, number> = { ā: 0xe2, ī: 0xee, ļ: 0xef };
    await writeFile(file, Uint8Array.from([...text].map((c) => table[c] ?? c.charCodeAt(0))));
    const result = await runCli(['register', 'import', file, '--data', desk.data, '--share', share, '--institution', 'RNP', '--desk', 'K1']);
    expect(result.code, result.stderr).toBe(0);
    expect((await desk.entries()).map((e) => e.description)).toEqual(['Nepieklājīga atbilde, ļoti ātri']);
  });

  it('routes imported and added entries by a typed employee name matched against the directory', async () => {
    const share = await newShare();
    const desk = await newDesk(share, 'K1');
    const directory = createDirectoryService({ shareFolder: await tempFolder('staff'), dataFolder: desk.data });
    await directory.ready();
    await directory.savePerson(
      person({ id: 'aija.liepina', name: 'Aija', surname: 'Liepiņa', institutionCode: 'RNP', accounts: ['RNP\\aija.liepina'], roles: ['head'] }),
      'test setup',
      true,
    );
    // Subject "service quality", but the complaint names the head, typed surname first without diacritics: 11.2.
    const file = join(await tempFolder('csv'), 'about-head.csv');
    await writeFile(file, 'kind,channel,subject,description,employeeName\ncomplaint,letter,service_quality,Neatbildēja uz vēstuli,liepina aija\n');
    const imported = await runCli(['register', 'import', file, '--data', desk.data, '--share', share, '--institution', 'RNP', '--desk', 'K1']);
    expect(imported.code, imported.stderr).toBe(0);
    const added = await desk.run([
      'register',
      'add',
      '--json',
      '--kind',
      'complaint',
      '--channel',
      'phone',
      '--subject',
      'premises',
      '--description',
      'Nepieņēma apmeklētāju',
      '--employee',
      'Aija Liepina',
      '--data',
      desk.data,
      '--institution',
      'RNP',
      '--desk',
      'K1',
    ]);
    expect(added.code, added.stderr).toBe(0);
    const rows = (await desk.entries()) as unknown as Array<{ description: string; routedTo: string; routeRule: string }>;
    expect(rows.map((r) => [r.description, r.routedTo, r.routeRule]).sort()).toEqual([
      ['Neatbildēja uz vēstuli', 'executive_director', '11.2'],
      ['Nepieņēma apmeklētāju', 'executive_director', '11.2'],
    ]);
  });

  it('exports the folded state as JSON and as formula-safe CSV, and the export imports again', async () => {
    const share = await newShare();
    const desk = await newDesk(share, 'K1');
    await desk.add('=cmd|calc');
    const out = join(await tempFolder('export'), 'register.csv');
    const exported = await runCli(['register', 'export', '--data', desk.data, '--format', 'csv', '--out', out, '--institution', 'RNP', '--desk', 'K1']);
    expect(exported.code).toBe(0);
    const csv = await readFile(out, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('id,number,kind,channel,subject,description,status,routedTo');
    expect(csv).toContain("'=cmd|calc");
    const json = JSON.parse(
      (await runCli(['register', 'export', '--data', desk.data, '--format', 'json', '--institution', 'RNP', '--desk', 'K1'])).stdout,
    ) as Array<Record<string, unknown>>;
    expect(Object.keys(json[0]!)).toEqual(
      expect.arrayContaining(['id', 'number', 'kind', 'channel', 'subject', 'description', 'status', 'routedTo', 'dueDate', 'registeredAt', 'desk']),
    );
    // Both files are in this desk's access log, one line per entry, before they were written.
    const logged = (await readFile(join(desk.data, 'review', 'access.jsonl'), 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { rec: string; via: string });
    expect(logged.map((l) => [l.rec, l.via])).toEqual([
      [json[0]!.id, 'export'],
      [json[0]!.id, 'export'],
    ]);
    const other = await newDesk(share, 'K2');
    const back = await runCli(['register', 'import', out, '--data', other.data, '--share', share, '--institution', 'RNP', '--desk', 'K2']);
    expect(back.code, back.stderr).toBe(0);
    expect((await other.entries())[0]!.description).toBe('=cmd|calc');
  });

  it('answers bad usage with a translated message and exit code 2', async () => {
    const noData = await runCli(['register', 'export', '--format', 'json']);
    expect(noData.code).toBe(2);
    expect(noData.stderr).toContain('--data');
    const badFormat = await runCli(['register', 'export', '--format', 'xml', '--data', '/tmp/x']);
    expect(badFormat.code).toBe(2);
    const lv = await runCli(['--language', 'lv', 'share', 'check', '/nonexistent/share']);
    expect(lv.code).toBe(1);
    expect(lv.stderr).toContain('nav pieejama');
  });

  it('takes deadlines and holidays an admin published to the share, and refuses a broken rules file', async () => {
    const share = await newShare();
    const desk = await newDesk(share, 'K1');
    const kinds = ['complaint', 'suggestion', 'idea', 'praise', 'question'];
    const rules = {
      deadlines: Object.fromEntries(kinds.map((k) => [k, { answerWorkingDays: k === 'question' ? 3 : 10, extensionMonths: 1, forwardWorkingDays: 5 }])),
      holidays: {
        fixed: [{ month: 1, day: 1, name: 'Jaunais gads' }],
        easter: [{ offset: 1, name: 'Otrās Lieldienas' }],
        extra: [{ date: '2027-01-04', name: 'pārcelta brīvdiena' }],
        workingDays: [],
      },
      routing: {},
    };
    const dir = await tempFolder('rules');
    await writeFile(join(dir, 'rules.json'), JSON.stringify(rules));
    await writeFile(join(dir, 'broken.json'), JSON.stringify({ ...rules, deadlines: { complaint: rules.deadlines.complaint } }));
    const broken = await runCli(['register', 'rules', 'publish', join(dir, 'broken.json'), '--share', share]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('deadlines.suggestion');
    const notAdmin = await runCli(['register', 'rules', 'publish', join(dir, 'rules.json'), '--share', share]);
    expect(notAdmin.code).toBe(1);
    expect(notAdmin.stderr).toContain('You are not allowed to do this.');
    const defaults = await runCli(['register', 'holidays', '2027', '--share', share, '--json']);
    expect((JSON.parse(defaults.stdout) as Array<{ date: string }>).map((d) => d.date)).not.toContain('2027-01-04');
    expect(
      (await runCli(['register', 'rules', 'publish', join(dir, 'rules.json'), '--share', share], { env: { LAIPNI_ADMIN_ACCOUNTS: userInfo().username } })).code,
    ).toBe(0);
    const days = await runCli(['register', 'holidays', '2027', '--share', share, '--json']);
    expect((JSON.parse(days.stdout) as Array<{ date: string }>).map((d) => d.date)).toEqual(['2027-01-01', '2027-01-04', '2027-03-29']);
    const question = await runCli(
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
        'question',
        '--channel',
        'phone',
        '--subject',
        'other',
        '--description',
        'Kad strādā?',
      ],
      {
        env: { LAIPNI_CLOCK_FIXED_MS: String(Date.parse('2026-12-30T10:00:00Z')) },
      },
    );
    expect((JSON.parse(question.stdout) as { dueDate: string }).dueDate).toBe('2027-01-06');
  });

  it('sets fields and exports entries only as far as the app would let the same account', async () => {
    const share = await newShare();
    const staff = await newDesk(share, 'K1', ['desk_staff']);
    const entry = await staff.add('tikai reģistrēts');
    const refused = await staff.set(entry.number, 'in_review');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('You are not allowed to do this.');
    expect((await staff.entries()).map((e) => [e.id, e.status])).toEqual([[entry.id, 'registered']]);
    const stranger = await newDesk(share, 'K2', []);
    // Without desk_staff in the directory nobody registers, in the app or here.
    const notRegistered = await stranger.run([
      'register',
      'add',
      '--kind',
      'idea',
      '--channel',
      'phone',
      '--subject',
      'other',
      '--description',
      'svešs',
      '--data',
      stranger.data,
      '--institution',
      'RNP',
      '--desk',
      'K2',
    ]);
    expect(notRegistered.code).toBe(1);
    expect(notRegistered.stderr).toContain('You are not allowed to do this.');
    const hidden = await stranger.run(['register', 'export', '--format', 'json', '--data', stranger.data, '--institution', 'RNP', '--desk', 'K2']);
    expect(hidden.code).toBe(1);
    expect(hidden.stdout).toBe('');
    const reviewer = await newDesk(share, 'K3');
    const own = await reviewer.add('izskatāms');
    expect((await reviewer.set(own.number, 'in_review')).code).toBe(0);
    expect((await reviewer.entries()).map((e) => e.status)).toEqual(['in_review']);
  });

  it('will not write to a desk whose register another process has open', async () => {
    const share = await newShare();
    const desk = await newDesk(share, 'K1');
    await desk.add('pirms');
    const running = desk.startSync(200);
    const done = finished(running);
    await new Promise<void>((resolve) => running.stdout!.once('data', () => resolve()));
    const refused = await runCli([
      'register',
      'add',
      '--data',
      desk.data,
      '--institution',
      'RNP',
      '--desk',
      'K1',
      '--kind',
      'idea',
      '--channel',
      'phone',
      '--subject',
      'other',
      '--description',
      'paralēli',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('open in another program');
    running.kill('SIGTERM');
    expect((await done).code).toBe(0);
    expect((await desk.entries()).map((e) => e.description)).toEqual(['pirms']);
  });

  it('explains what share check found in words, with exit code 1', async () => {
    const share = await newShare();
    const desk = await newDesk(share, 'K1');
    await desk.add('pārbaudei');
    await desk.sync();
    const folder = join(share, 'desks', (await desk.status()).deskId);
    const { copyFile } = await import('node:fs/promises');
    await copyFile(join(folder, '000001.jsonl'), join(folder, '000001.sync-conflict-20260302-101010-ABCDEFG.jsonl'));
    const check = await runCli(['share', 'check', share]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('Desks: 1, events: 1, entries: 1.');
    expect(check.stderr).toContain('a conflict copy made by a sync program');
    expect(check.stderr).toContain('1 problem found.');
  });

  it('runs as `npx laipni` from the repository after a build', async () => {
    const { execFileSync } = await import('node:child_process');
    const text = execFileSync('npx', ['--no-install', 'laipni', '--language', 'en', '--help'], { cwd: join(import.meta.dirname, '../..'), encoding: 'utf8' });
    expect(text).toContain('laipni share check <share> [--json]');
  });
});
