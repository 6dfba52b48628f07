import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { newDesk, newShare, runCli, tempFolder } from '../support/cliDesks';

/** What people typed or are called, each unlike anything the app writes by itself. */
const CLIENTS = [
  { name: 'Zigfrīds Pļaviņš-Ozoliņš', contact: 'zigfrids.plavins@example.lv', description: 'Zigfrīds gaidīja rindā trīs stundas' },
  { name: 'Annele Vītoliņa', contact: '+371 29123456', description: 'Annele Vītoliņa sūdzas par Kārli Grīnbergu' },
  { name: 'Jevgenijs Krūmiņš', contact: '26 555 012', description: 'Vēstule par Jevgenija pabalstu' },
];
/** Every string and part that must not leave in the archive (the staff member comes from the test directory). */
const PERSONAL = [
  ...CLIENTS.flatMap((c) => [c.name, ...c.name.split(/[\s-]/), c.contact, c.description]),
  'Grīnbergu',
  'zigfrids',
  '29123456',
  '555 012',
  'Bērziņa',
  'ilze.berzina',
  '64600000',
];

describe('laipni diagnose', () => {
  it('writes one archive with versions, configuration and its sources, share check, sync state and the log tail, and no personal data', async () => {
    const share = await newShare();
    const desk = await newDesk(share, 'K1');
    const rows = CLIENTS.map((c) =>
      JSON.stringify({
        kind: 'complaint',
        channel: 'letter',
        subject: 'service_quality',
        description: c.description,
        clientName: c.name,
        clientContact: c.contact,
        clientConsent: true,
        clientPurpose: 'atbildei',
      }),
    );
    const file = join(await tempFolder('rows'), 'rows.jsonl');
    await writeFile(file, `${rows.join('\n')}\n`);
    const imported = await desk.run(['register', 'import', file, '--share', share, '--data', desk.data, '--institution', 'RNP', '--desk', 'K1']);
    expect(imported.code, imported.stderr).toBe(0);
    expect((await desk.sync()).code).toBe(0);
    // A log in which an error once quoted a client's words, as logs do.
    await mkdir(join(desk.data, 'logs'), { recursive: true });
    await writeFile(
      join(desk.data, 'logs', 'laipni.log'),
      [
        ...Array.from({ length: 400 }, (_, i) => `2026-01-05T08:00:${String(i % 60).padStart(2, '0')}.000Z INFO old line ${i}`),
        '2026-01-05T09:00:00.000Z INFO start 1.4.0 on win32',
        `2026-01-05T09:00:01.000Z ERROR handler register:add failed: bad contact "${CLIENTS[0]!.contact}" for ${CLIENTS[0]!.name}`,
        '2026-01-05T09:00:02.000Z WARN config shareFolder: folder_not_found (machine)',
        '',
      ].join('\n'),
    );

    const out = join(await tempFolder('diag'), 'support.zip');
    const r = await runCli(['diagnose', '--data', desk.data, '--share', share, '--out', out, '--institution', 'RNP', '--desk', 'K1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Diagnostics written: ${out}`);

    const raw = await readFile(out);
    const zip = await JSZip.loadAsync(raw);
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual([
      'README.txt',
      'config.json',
      'data-folder.json',
      'log-tail.txt',
      'share-check.json',
      'sync-state.json',
      'versions.json',
      'writing.json',
    ]);
    const text: Record<string, string> = {};
    for (const name of names) text[name] = await zip.file(name)!.async('string');

    const pkg = JSON.parse(await readFile(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(JSON.parse(text['versions.json']!)).toMatchObject({ laipni: pkg.version, node: process.versions.node });
    const config = JSON.parse(text['config.json']!) as { entries: Array<{ key: string; value: unknown; source: string }> };
    expect(config.entries.find((e) => e.key === 'desk')).toMatchObject({ value: 'K1', source: 'flag' });
    expect(config.entries.find((e) => e.key === 'language')).toMatchObject({ source: 'default' });
    const check = JSON.parse(text['share-check.json']!) as { available: boolean; entries: number; desks: unknown[] };
    expect(check).toMatchObject({ available: true, entries: 3 });
    expect(check.desks).toHaveLength(1);
    expect(JSON.parse(text['writing.json']!)).toMatchObject({ mayWrite: true });
    expect(text['sync-state.json']).not.toContain('"missing"');
    expect(text['log-tail.txt']).toContain('INFO start 1.4.0 on win32');
    expect(text['log-tail.txt']).toContain('ERROR handler register:add failed: bad contact');
    expect(text['log-tail.txt']).not.toContain('old line 0\n');

    // Every byte: the archive as stored and every file in it.
    const everything = [raw.toString('latin1'), raw.toString('utf8'), ...Object.values(text)].join('\n');
    for (const s of PERSONAL) expect(everything, s).not.toContain(s);
    expect(everything).not.toMatch(/@example\.lv/);
  });
});
