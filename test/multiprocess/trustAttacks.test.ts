import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDirectoryService } from '../../electron/main/services/directory/directoryService';
import { nodeSha256Hex } from '../../electron/main/services/register/nodeHash';
import type { Role } from '../../shared/identity/identity';
import { encodeEvent, type RegisterEvent } from '../../shared/register/event';
import { formatHlc } from '../../shared/register/hlc';
import type { CreateFields } from '../../shared/register/record';
import { DEFAULT_REGISTER_RULES } from '../../shared/register/rules';
import { Desk, newDesk, newShare, REVIEWER_ROLES, runCli, tempFolder, type ExportedEntry } from '../support/cliDesks';
import { fileClock } from '../support/fileClock';
import { person } from '../support/people';

/**
 * Attacks by someone with nothing but write access to the share (every desk has it), run
 * against real `laipni` processes: each changes nothing and is reported.
 */
const problemsOf = (stdout: string) => (JSON.parse(stdout) as { problems: Array<{ code: string; count?: number; detail?: string }> }).problems;

/** Publishes a staff directory on the share: the account running the tests holds `roles`; Līga is a clerk, Juris the director. */
async function publishDirectory(share: string, roles: readonly Role[]) {
  const directory = createDirectoryService({ shareFolder: share, dataFolder: await tempFolder('admin') });
  await directory.ready();
  const people = [
    person({ id: 'cli.tester', institutionCode: 'RNP', accounts: [userInfo().username, 'nobody'], roles: [...roles] }),
    person({ id: 'liga.clerk', name: 'Līga', surname: 'Lietvede', institutionCode: 'RNP', accounts: ['RNP\\liga'], roles: ['desk_staff'] }),
    person({ id: 'juris.ozols', name: 'Juris', surname: 'Ozols', institutionCode: 'RNP', accounts: ['RNP\\juris.ozols'], roles: ['executive_director'] }),
  ];
  for (const p of people) await directory.savePerson(p, 'test setup', true);
}

/** Lines with a valid plain SHA-256, appended to a segment of any desk folder, as an attacker would. */
async function forge(share: string, deskFolder: string, events: RegisterEvent[], file = '000001.jsonl') {
  await mkdir(join(share, 'desks', deskFolder), { recursive: true });
  await appendFile(join(share, 'desks', deskFolder, file), events.map((e) => encodeEvent(e, nodeSha256Hex)).join(''));
}

let forgedSeq = 0;
function forged(desk: string, ms: number, rec: string, by: string, op: Pick<RegisterEvent, 'op' | 'f'>): RegisterEvent {
  forgedSeq++;
  return {
    v: 1,
    id: `forged-${String(forgedSeq).padStart(4, '0')}`,
    desk,
    seq: forgedSeq,
    hlc: formatHlc({ ms, counter: 0, desk }),
    at: new Date(ms).toISOString(),
    rec,
    saw: op.op === 'create' ? null : formatHlc({ ms: ms - 1, counter: 0, desk }),
    by,
    ...op,
  } as RegisterEvent;
}

const CREATE_KEYS = [
  'number',
  'institution',
  'deskCode',
  'kind',
  'channel',
  'subject',
  'employee',
  'description',
  'client',
  'routedTo',
  'routeRule',
  'dueDate',
  'receivedOn',
  'forwardDue',
  'registeredAt',
  'registeredBy',
] as const;
/** The create fields of an exported entry, to forge a look-alike. */
const createFieldsOf = (entry: CreateFields) =>
  Object.fromEntries(CREATE_KEYS.filter((k) => (entry[k] !== undefined && entry[k] !== null) || k === 'employee').map((k) => [k, entry[k]])) as CreateFields;

async function addEntry(desk: Desk, subject: string, description: string): Promise<ExportedEntry> {
  const r = await desk.run([
    'register',
    'add',
    '--json',
    '--kind',
    'complaint',
    '--channel',
    'letter',
    '--subject',
    subject,
    '--description',
    description,
    ...['--data', desk.data, '--institution', 'RNP', '--desk', desk.code],
  ]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as ExportedEntry & CreateFields;
}

const exported = async (desk: Desk) => {
  const r = await desk.run(['register', 'export', '--format', 'json', '--data', desk.data, '--institution', 'RNP', '--desk', desk.code]);
  return { ...r, entries: r.code === 0 ? (JSON.parse(r.stdout) as ExportedEntry[]) : [] };
};

describe('forged events on the share', () => {
  it('closes nothing, replaces nothing and voids nothing for an author without the role, and says so in sync and share check', async () => {
    const share = await newShare();
    await publishDirectory(share, REVIEWER_ROLES);
    const k1 = await newDesk(share, 'K1');
    const ethics = await addEntry(k1, 'ethics', 'Ētikas sūdzība par kolēģi');
    const quality = await addEntry(k1, 'service_quality', 'Rinda bija pārāk gara');
    const aboutHead = await addEntry(k1, 'head_conduct', 'Vadītājs nepieņēma apmeklētāju');
    await k1.sync();
    const before = await exported(k1);

    const now = fileClock();
    const closed = { op: 'set', f: { status: 'closed', reply: 'Viltota atbilde' } } as const;
    await forge(share, 'evil01', [
      // A clerk closes an ethics complaint with a reply.
      forged('evil01', now, ethics.id, 'liga.clerk', closed),
      // Another computer's account named like the executive director closes a complaint about a head.
      forged('evil01', now, aboutHead.id, 'EVILPC\\juris.ozols', closed),
      // A clerk voids another desk's entry for good, and writes notes into it.
      forged('evil01', now, quality.id, 'liga.clerk', { op: 'void', f: { reason: 'dzēsts' } }),
      forged('evil01', now, quality.id, 'liga.clerk', { op: 'note', f: { text: 'viltota piezīme' } }),
      // A create with a lower clock for another desk's entry.
      forged('evil01', now - 86_400_000, quality.id, 'liga.clerk', {
        op: 'create',
        f: { ...createFieldsOf(quality as unknown as CreateFields), description: 'Viltots apraksts', registeredBy: 'liga.clerk' },
      }),
    ]);
    // A desk that reads the share for the first time, and the victim desk.
    const k2 = await newDesk(share, 'K2');
    for (const desk of [k1, k2]) {
      const synced = await desk.sync();
      // A sync with problems ends with exit code 1, the problem named.
      expect(synced.code, synced.stderr).toBe(1);
      expect(problemsOf(synced.stdout)).toContainEqual(expect.objectContaining({ code: 'refused_events', count: 5 }));
    }
    const [after, fresh] = await Promise.all([exported(k1), exported(k2)]);
    expect(after.entries).toEqual(before.entries);
    expect(fresh.entries).toEqual(before.entries);
    expect(after.entries.map((e) => [e.status, e.description])).toEqual([
      ['registered', 'Ētikas sūdzība par kolēģi'],
      ['registered', 'Rinda bija pārāk gara'],
      ['registered', 'Vadītājs nepieņēma apmeklētāju'],
    ]);
    const [s1, s2] = await Promise.all([k1.status(), k2.status()]);
    expect(s1.stateHash).toBe(s2.stateHash);

    const check = await runCli(['share', 'check', share, '--json']);
    expect(check.code).toBe(1);
    const findings = (JSON.parse(check.stdout) as { findings: Array<{ code: string; file?: string; count?: number; detail?: string }> }).findings;
    expect(findings.filter((f) => f.code === 'unauthorised')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'evil01/000001.jsonl', detail: 'not_reviewer', count: 2 }),
        expect.objectContaining({ file: 'evil01/000001.jsonl', detail: 'unknown_author', count: 1 }),
        expect.objectContaining({ file: 'evil01/000001.jsonl', detail: 'not_registrant', count: 1 }),
        expect.objectContaining({ file: 'evil01/000001.jsonl', detail: 'not_creator_desk', count: 1 }),
      ]),
    );
    const text = await runCli(['share', 'check', share]);
    expect(text.stderr).toContain('evil01/000001.jsonl: 2 changes by someone without the right to make them (not_reviewer); they change nothing.');
  });

  it('does not let a forged far-future line under the victim desk’s own id move its clock: new numbers keep this year', async () => {
    const share = await newShare();
    await publishDirectory(share, REVIEWER_ROLES);
    const victim = await newDesk(share, 'K1');
    const first = await victim.add('pirms uzbrukuma');
    await victim.sync();
    const { deskId } = await victim.status();
    const year2286 = Date.UTC(2286, 0, 1);
    await forge(
      share,
      deskId,
      [forged(deskId, year2286, first.id, 'cli.tester', { op: 'set', f: { status: 'in_review' } })],
      // A segment file of its own folder the desk has not written.
      '000099.jsonl',
    );
    const synced = await victim.sync();
    expect(problemsOf(synced.stdout)).toContainEqual(expect.objectContaining({ code: 'future_events', count: 1 }));
    expect((await victim.status()).held.future).toBe(1);
    const next = await victim.add('pēc uzbrukuma');
    const year = new Date(fileClock()).getUTCFullYear();
    expect(next.number).toMatch(new RegExp(`^RNP-(${year}|${year + 1})/K1-0002$`));
    expect(new Date(next.registeredAt).getUTCFullYear()).toBeLessThan(2100);
    const entries = await victim.entries();
    expect(entries.find((e) => e.id === first.id)?.status).toBe('registered');
  });
});

describe('the command line as the person running it', () => {
  it('exports only what a clerk may see, refuses her set and rules publish even with admin accounts configured, and logs the export', async () => {
    const share = await newShare();
    await publishDirectory(share, ['desk_staff']);
    const clerk = await newDesk(share, 'K1', ['desk_staff']);
    const own = await clerk.add('mans ieraksts');
    // Līga's entry at her own desk, an ethics complaint with a client's name and contact.
    const ligaRec = 'liga01_abcdefghijkl';
    await forge(share, 'liga01', [
      forged('liga01', fileClock() - 60_000, ligaRec, 'liga.clerk', {
        op: 'create',
        f: {
          number: 'RNP-2026/K9-0001',
          institution: 'RNP',
          deskCode: 'K9',
          kind: 'complaint',
          channel: 'letter',
          subject: 'ethics',
          employee: null,
          description: 'Ziņojums par ētikas pārkāpumu',
          client: { anonymous: false, name: 'Anna Klientere', contact: '+371 20000000', consent: true, purpose: 'atbildei' },
          routedTo: 'ethics_commission',
          routeRule: '11.3',
          dueDate: '2026-03-16',
          registeredAt: new Date(fileClock() - 60_000).toISOString(),
          registeredBy: 'liga.clerk',
        },
      }),
    ]);
    const synced = await clerk.sync();
    expect(problemsOf(synced.stdout).map((p) => p.code)).not.toContain('refused_events');
    expect((await clerk.status()).entries).toBe(2);

    const out = await exported(clerk);
    expect(out.code, out.stderr).toBe(0);
    expect(out.entries.map((e) => e.id)).toEqual([own.id]);
    expect(out.stdout).not.toContain('Anna Klientere');
    const log = (await readFile(join(clerk.data, 'review', 'access.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { rec: string; via?: string });
    expect(log).toEqual([expect.objectContaining({ rec: own.id, via: 'export', by: 'cli.tester' })]);

    const set = await clerk.set('RNP-2026/K9-0001', 'closed');
    expect(set.code).toBe(1);
    expect(set.stderr).toContain('You are not allowed to do this.');
    const rules = join(await tempFolder('rules'), 'rules.json');
    await writeFile(rules, `${JSON.stringify(DEFAULT_REGISTER_RULES)}\n`);
    const publish = await clerk.run(['register', 'rules', 'publish', rules, '--share', share, '--data', clerk.data], {
      LAIPNI_ADMIN_ACCOUNTS: userInfo().username,
    });
    expect(publish.code).toBe(1);
    expect(publish.stderr).toContain('You are not allowed to do this.');
    expect((await clerk.entries()).map((e) => e.status)).toEqual(['registered']);
  });

  it('refuses to register for an account the directory gives no desk role', async () => {
    const share = await newShare();
    await publishDirectory(share, ['head']);
    const head = await newDesk(share, 'K1', ['head']);
    const r = await head.run([
      'register',
      'add',
      '--kind',
      'complaint',
      '--channel',
      'phone',
      '--subject',
      'premises',
      '--description',
      'x',
      '--data',
      head.data,
      '--institution',
      'RNP',
      '--desk',
      'K1',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('You are not allowed to do this.');
    expect((await head.status()).entries).toBe(0);
  });
});
