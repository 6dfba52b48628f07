import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract/result';
import { directoryToCsv } from '../../../shared/directory/csv';
import { hoursOn } from '../../../shared/directory/hours';
import { directorySchema, MAX_PEOPLE } from '../../../shared/directory/person';
import { createI18n } from '../../../shared/i18n';
import { createDirectoryService, STAFF_PATH } from '../../../electron/main/services/directory/directoryService';
import { DEMO_ADMIN_ACCOUNT } from '../../../electron/preview/seedDemo';
import { sampleDirectory } from '../../../electron/preview/sampleDirectory';
import { person } from '../../support/people';

async function setup() {
  const root = await mkdtemp(join(tmpdir(), 'laipni-directory-'));
  const share = join(root, 'share');
  await mkdir(share);
  const make = (data = 'data') => createDirectoryService({ shareFolder: share, dataFolder: join(root, data) });
  const service = make();
  await service.ready();
  return { root, share, service, make };
}

describe('the staff directory service', () => {
  it('publishes an imported CSV to catalog/staff.json and finds people by their whole account, domain included', async () => {
    const { share, service } = await setup();
    await service.applyImport(directoryToCsv([person()]), 'RNP\\admin');
    const onShare = JSON.parse(await readFile(join(share, STAFF_PATH), 'utf8'));
    expect(onShare).toMatchObject({ publishedBy: 'RNP\\admin', data: { people: [{ id: 'ilze.berzina' }] } });
    expect(service.findByAccount('rnp\\Ilze.Berzina')).toMatchObject({
      id: 'ilze.berzina',
      displayName: 'Ilze Bērziņa',
      institution: 'RSD',
      roles: ['desk_staff'],
    });
    expect(service.findByAccount('RNP\\someone.else')).toBeNull();
    // Another computer's account of the same name is someone else.
    expect(service.findByAccount('EVILPC\\ilze.berzina')).toBeNull();
    expect(service.findByAccount('ilze.berzina')).toBeNull();
    expect(service.findByAccount('ilze.berzina@rnp.lv')).toBeNull();
  });

  it('previews an import as added, changed and removed people without changing anything', async () => {
    const { share, service } = await setup();
    await service.applyImport(directoryToCsv([person(), person({ id: 'leaving', accounts: [] })]), 'admin');
    const before = await readFile(join(share, STAFF_PATH), 'utf8');
    const preview = await service.previewImport(directoryToCsv([person({ room: '7' }), person({ id: 'new.one', name: 'Jauns', accounts: [] })]));
    expect(preview).toMatchObject({
      rows: 2,
      added: [{ id: 'new.one', name: 'Jauns' }],
      changed: [{ id: 'ilze.berzina', fields: ['room'] }],
      removed: [{ id: 'leaving' }],
      problems: [],
    });
    expect(await readFile(join(share, STAFF_PATH), 'utf8')).toBe(before);
  });

  it('says in the preview, in words, that a file has more people than a directory holds', async () => {
    const { share, service } = await setup();
    await service.applyImport(directoryToCsv([person()]), 'admin');
    const before = await readFile(join(share, STAFF_PATH), 'utf8');
    const rows = Array.from({ length: 100_000 }, (_, i) => `p${i};Vārds;Uzvārds${i};Lietvede;RNP;Rēzeknes novada pašvaldība`);
    const csv = `id;name;surname;position;institution_code;institution\n${rows.join('\n')}\n`;
    const preview = await service.previewImport(csv);
    expect(preview.problems).toEqual([{ row: 1, column: '', code: 'too_many_people', value: '100000' }]);
    const p = preview.problems[0]!;
    expect(createI18n('lv').t(`directory:admin.problems.${p.code}`, { value: p.value, max: MAX_PEOPLE })).toBe(
      'Failā ir 100000 rindas, bet darbinieku sarakstā var būt ne vairāk kā 20000 cilvēku. Sadaliet sarakstu pa iestādēm vai izņemiet liekās rindas.',
    );
    await expect(service.applyImport(csv, 'admin')).rejects.toMatchObject({ code: 'import_invalid' });
    expect(await readFile(join(share, STAFF_PATH), 'utf8')).toBe(before);
  });

  it('refuses a CSV with any bad row and leaves the published directory exactly as it was', async () => {
    const { share, service } = await setup();
    await service.applyImport(directoryToCsv([person()]), 'admin');
    const before = await readFile(join(share, STAFF_PATH), 'utf8');
    const bad = `${directoryToCsv([person({ id: 'fine', accounts: [] })])}broken,,Ozols,,RNP,X,,,,,nope\r\n`;
    const error = await service.applyImport(bad, 'admin').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContractError);
    expect(error).toMatchObject({ code: 'import_invalid', details: { count: 4 } }); // name, position, e-mail, and too few cells
    expect(await readFile(join(share, STAFF_PATH), 'utf8')).toBe(before);
    expect(service.current().data.people.map((p) => p.id)).toEqual(['ilze.berzina']);
  });

  it('keeps working from the desk’s cached copy when the share is gone', async () => {
    const { share, service, make } = await setup();
    await service.savePerson(person(), 'admin');
    await rm(share, { recursive: true });
    const offline = make();
    await offline.ready();
    expect(offline.current().source).toBe('cache');
    await offline.reload();
    expect(offline.current()).toMatchObject({ source: 'cache', problem: 'missing' });
    expect(offline.get('ilze.berzina')?.surname).toBe('Bērziņa');
    await expect(offline.savePerson(person({ room: '1' }), 'admin')).rejects.toMatchObject({ code: 'share_unavailable' });
    expect(await readFile(join(share, STAFF_PATH), 'utf8').catch(() => 'absent')).toBe('absent');
  });

  it('starts from its own copy and then takes the newer version from the share', async () => {
    const { service, make } = await setup();
    await service.savePerson(person(), 'admin');
    await make('desk-b').ready();
    await service.savePerson(person({ room: '77' }), 'admin');
    const restarted = make('desk-b');
    await restarted.ready();
    expect(restarted.current().source).toBe('cache');
    expect(restarted.get('ilze.berzina')?.room).toBe('12');
    await restarted.reload();
    expect(restarted.current().source).toBe('share');
    expect(restarted.get('ilze.berzina')?.room).toBe('77');
  });

  it('edits and removes one person, starting from the newest published version', async () => {
    const { service, make } = await setup();
    await service.savePerson(person(), 'admin');
    const other = make();
    await other.ready();
    await other.savePerson(person({ id: 'second', accounts: [] }), 'admin2');
    await service.savePerson(person({ room: '99' }), 'admin');
    expect(service.current().data.people.map((p) => [p.id, p.room])).toEqual([
      ['ilze.berzina', '99'],
      ['second', '12'],
    ]);
    await expect(service.savePerson(person({ name: 'Cita' }), 'admin', true)).rejects.toMatchObject({
      code: 'invalid_request',
      details: { field: 'person.id' },
    });
    expect(service.get('ilze.berzina')?.name).toBe('Ilze');
    await service.removePerson('second', 'admin');
    expect(service.get('second')).toBeNull();
    await expect(service.removePerson('second', 'admin')).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('the preview’s sample directory', () => {
  it('is valid, marked as sample, about forty people in several institutions, the demo admin among them and one away this week', () => {
    const data = directorySchema.parse(sampleDirectory());
    expect(data.sample).toBe(true);
    expect(data.people.length).toBeGreaterThanOrEqual(38);
    expect(new Set(data.people.map((p) => p.institutionCode)).size).toBeGreaterThanOrEqual(3);
    const admin = data.people.find((p) => p.accounts.includes(DEMO_ADMIN_ACCOUNT));
    expect(admin?.roles).toContain('admin');
    expect(data.people.every((p) => p.institution.includes('(paraugs)'))).toBe(true);
    const away = directorySchema.parse(sampleDirectory('2026-11-24')).people.filter((p) => p.reception.absences.length);
    expect(away.map((p) => hoursOn(p.reception, '2026-11-24').reason)).toEqual(['absent']);
  });
});
