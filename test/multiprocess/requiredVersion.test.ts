import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newAdminKey, newDesk, newShare, runCli, tempFolder, type Desk } from '../support/cliDesks';
import { ROOT } from '../support/preview';

/**
 * Two builds of the command on one share, as desks are during a roll-out: each is a copy of
 * this tree's built `out/` beside its own package.json, which is where a build takes its
 * version from. Nothing but the version differs.
 */
async function buildOf(version: string): Promise<string> {
  const dir = await tempFolder(`build-${version}`);
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  await writeFile(join(dir, 'package.json'), JSON.stringify({ ...pkg, version }, null, 2));
  await mkdir(join(dir, 'out'));
  for (const part of ['cli', 'node-chunks']) await cp(join(ROOT, 'out', part), join(dir, 'out', part), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return join(dir, 'out/cli/laipni.js');
}

let oldBuild = '';
let newBuild = '';
beforeAll(async () => {
  oldBuild = await buildOf('1.3.2');
  newBuild = await buildOf('1.4.0');
});

const on = (desk: Desk, cli: string) => Object.assign(desk, { cli });
const addArgs = (desk: Desk, description: string, share: string) => [
  'register',
  'add',
  '--kind',
  'complaint',
  '--channel',
  'phone',
  '--subject',
  'service_quality',
  '--description',
  description,
  '--share',
  share,
  '--data',
  desk.data,
  '--institution',
  'RNP',
  '--desk',
  desk.code,
];

describe('desks of two versions on one share', () => {
  it('an older desk keeps reading and syncing in once the share requires a newer version, refuses to write, and says so plainly', async () => {
    const share = await newShare();
    const updated = on(await newDesk(share, 'K1'), newBuild);
    const older = on(await newDesk(share, 'K2'), oldBuild);
    // Before IT raises the version, both write.
    const early = await older.add('Pirms atjaunināšanas');
    await older.sync();

    const raised = await runCli(['share', 'require-version', '1.4.0', '--share', share], { cli: newBuild });
    expect(raised.code, raised.stderr).toBe(0);
    expect(raised.stdout).toContain('only Laipni 1.4.0 or newer writes to this shared folder');

    const refused = await older.run(addArgs(older, 'Pēc atjaunināšanas', share));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('This desk runs Laipni 1.3.2');
    expect(refused.stderr).toContain('only from Laipni 1.4.0 or newer');
    expect(refused.stderr).toContain('Staff: ask IT to update Laipni on this computer. IT: install Laipni 1.4.0 or newer here.');
    expect(refused.stderr).not.toMatch(/at \w+ \(|Error:/);
    const inLatvian = await older.run([...addArgs(older, 'Pēc atjaunināšanas', share), '--language', 'lv']);
    expect(inLatvian.code).toBe(1);
    expect(inLatvian.stderr).toContain('Šajā darbavietā ir Laipni 1.3.2');
    const inLatgalian = await older.run([...addArgs(older, 'Pēc atjaunināšanas', share), '--language', 'ltg']);
    expect(inLatgalian.stderr).toContain('Itymā dorba vītā ir Laipni 1.3.2');
    // Nor may it change an entry's status.
    const set = await older.run([
      'register',
      'set',
      early.number,
      '--status',
      'in_review',
      '--share',
      share,
      '--data',
      older.data,
      '--institution',
      'RNP',
      '--desk',
      'K2',
    ]);
    expect(set.code).toBe(1);
    expect(set.stderr).toContain('only from Laipni 1.4.0 or newer');
    // Offline (no share given), the requirement it last saw still holds.
    const offline = await older.run([
      'register',
      'add',
      ...addArgs(older, 'Bez mapes', share).slice(2, 10),
      '--data',
      older.data,
      '--institution',
      'RNP',
      '--desk',
      'K2',
    ]);
    expect(offline.code).toBe(1);
    expect(offline.stderr).toContain('only from Laipni 1.4.0 or newer');

    // The updated desk writes; the older one still receives it.
    const later = await updated.add('Jaunās versijas ieraksts');
    await updated.sync();
    await older.sync();
    const olderEntries = (await older.entries()).map((e) => e.description).sort();
    expect(olderEntries).toEqual(['Jaunās versijas ieraksts', 'Pirms atjaunināšanas']);
    expect(olderEntries).not.toContain('Pēc atjaunināšanas');
    const status = (await older.status()) as unknown as { writing: { mayWrite: boolean; required: string; version: string } };
    expect(status.writing).toEqual({ mayWrite: false, required: '1.4.0', version: '1.3.2' });
    expect(((await updated.status()) as unknown as { writing: { mayWrite: boolean } }).writing.mayWrite).toBe(true);
    expect((await updated.entries()).map((e) => e.id).sort()).toEqual([early.id, later.id].sort());

    // share check says it, for IT, from each build.
    const checkOld = await runCli(['share', 'check', share], { cli: oldBuild });
    expect(checkOld.code).toBe(1);
    expect(checkOld.stdout).toContain('Writing to this shared folder needs Laipni 1.4.0 or newer; this program is 1.3.2.');
    expect(checkOld.stderr).toContain('install Laipni 1.4.0 or newer here');
    const checkNew = await runCli(['share', 'check', share], { cli: newBuild });
    expect(checkNew.code, checkNew.stderr).toBe(0);
    expect(checkNew.stdout).toContain('this program is 1.4.0.');

    // Once updated (the same data folder, the newer build), the desk writes again.
    on(older, newBuild);
    expect((await older.add('Pēc atjaunināšanas')).description).toBe('Pēc atjaunināšanas');
  });

  it('never lowers the required version, refuses a non-version, and changes nothing either time', async () => {
    const share = await newShare();
    expect((await runCli(['share', 'require-version', '1.4.0', '--share', share], { cli: newBuild })).code).toBe(0);
    const before = await readFile(join(share, 'config/required-version.json'), 'utf8');
    const lower = await runCli(['share', 'require-version', '1.3.9', '--share', share], { cli: newBuild });
    expect(lower.code).toBe(2);
    expect(lower.stderr).toContain('already requires Laipni 1.4.0; 1.3.9 is lower');
    const bad = await runCli(['share', 'require-version', 'latest', '--share', share], { cli: newBuild });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('«latest» is not a version number');
    expect(await readFile(join(share, 'config/required-version.json'), 'utf8')).toBe(before);
  });

  it('with an admin key pinned, only IT’s signed requirement counts: a desk user cannot lift it by editing the file', async () => {
    const share = await newShare();
    const { keyFile, pass, publicKey, admin: keys } = await newAdminKey();
    const env = { LAIPNI_ADMIN_PUBLIC_KEY: publicKey };
    const older = on(await newDesk(share, 'K2', undefined, keys), oldBuild);
    older.env = env;

    const unsigned = await runCli(['share', 'require-version', '1.4.0', '--share', share], { cli: newBuild, env });
    expect(unsigned.code).toBe(2);
    expect(unsigned.stderr).toContain('--key');
    const signed = await runCli(['share', 'require-version', '1.4.0', '--share', share, '--key', keyFile, '--passphrase-file', pass], { cli: newBuild, env });
    expect(signed.code, signed.stderr).toBe(0);
    expect((await older.run(addArgs(older, 'Mēģinājums', share))).code).toBe(1);

    // A desk user rewrites the document to an old version, without the admin key's signature.
    const file = join(share, 'config/required-version.json');
    const doc = JSON.parse(await readFile(file, 'utf8')) as { data: { minimumVersion: string }; publishedAt: string };
    await writeFile(
      file,
      JSON.stringify({ ...doc, publishedAt: new Date(Date.parse(doc.publishedAt) + 1000).toISOString(), data: { minimumVersion: '1.0.0' } }),
    );
    const still = await older.run(addArgs(older, 'Mēģinājums', share));
    expect(still.code).toBe(1);
    expect(still.stderr).toContain('only from Laipni 1.4.0 or newer');
    const check = await runCli(['share', 'check', share, '--data', older.data], { cli: oldBuild, env });
    expect(check.stderr).toContain('required version is not accepted (bad_signature)');
  });
});
