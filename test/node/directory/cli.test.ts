import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createDirectoryService, STAFF_PATH } from '../../../electron/main/services/directory/directoryService';
import { ROOT } from '../../support/preview';
import { person } from '../../support/people';

const run = promisify(execFile);

/** Runs the built `laipni` command (npm run build first); resolves with the exit code too. */
async function laipni(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'out/cli/laipni.js'), ...args, '--language', 'en'], {
      env: { ...process.env, USERDOMAIN: '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A share; with `people`, a directory already published there. */
async function share(people = [person()]) {
  const root = await mkdtemp(join(tmpdir(), 'laipni-cli-dir-'));
  await mkdir(join(root, 'share'));
  const service = createDirectoryService({ shareFolder: join(root, 'share'), dataFolder: join(root, 'data') });
  await service.ready();
  for (const p of people) await service.savePerson(p, 'setup', true);
  return { root, shareArgs: ['--share-folder', join(root, 'share')], staffFile: join(root, 'share', STAFF_PATH) };
}

/** The account running the tests, an admin in the directory. */
const itAdmin = () => person({ id: 'it.admin', name: 'IT', surname: 'Admins', accounts: [userInfo().username], roles: ['admin'] });

describe('laipni directory', () => {
  it('exports the published directory as CSV', async () => {
    const { root, shareArgs } = await share();
    const out = join(root, 'staff.csv');
    expect((await laipni(['directory', 'export', '--out', out, ...shareArgs])).code).toBe(0);
    const csv = await readFile(out, 'utf8');
    expect(csv).toContain('ilze.berzina,Ilze,Bērziņa,Sociālā darbiniece');
  });

  it('says why there is nothing to export instead of printing a bare header and exiting 0', async () => {
    const noShare = await laipni(['directory', 'export']);
    expect(noShare).toMatchObject({ code: 1, stdout: '' });
    expect(noShare.stderr).toContain('Nothing to export: no shared folder is configured.');
    const { shareArgs } = await share([]);
    const empty = await laipni(['directory', 'export', ...shareArgs]);
    expect(empty).toMatchObject({ code: 1, stdout: '' });
    expect(empty.stderr).toContain('no staff directory is published on the shared folder');
  });

  it('reports bad rows with exit code 2 and publishes nothing', async () => {
    const { root, shareArgs, staffFile } = await share([person(), itAdmin()]);
    const before = await readFile(staffFile, 'utf8');
    await writeFile(join(root, 'bad.csv'), 'id,name,surname,position,institution_code,institution\nx,,Ozols,Z,RNP,I\n');
    const result = await laipni(['directory', 'import', join(root, 'bad.csv'), '--apply', ...shareArgs]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Row 2, column name: A value is required.');
    expect(await readFile(staffFile, 'utf8')).toBe(before);
  });

  it('previews a good file, and publishes it with --apply, only for an admin as in the app', async () => {
    const { root, shareArgs, staffFile } = await share([person(), itAdmin()]);
    await writeFile(join(root, 'good.csv'), 'id,name,surname,position,institution_code,institution\nanna.kalnina,Anna,Kalniņa,Lietvede,RNP,Pašvaldība\n');
    const dry = await laipni(['directory', 'import', join(root, 'good.csv'), ...shareArgs]);
    expect(dry).toMatchObject({ code: 0, stdout: expect.stringContaining('Will add: 1, change: 0, remove: 2, unchanged: 0.') });
    expect(await readFile(staffFile, 'utf8')).toContain('ilze.berzina');
    const applied = await laipni(['directory', 'import', join(root, 'good.csv'), '--apply', ...shareArgs]);
    expect(applied.code).toBe(0);
    expect(JSON.parse(await readFile(staffFile, 'utf8'))).toMatchObject({ publishedBy: userInfo().username, data: { people: [{ id: 'anna.kalnina' }] } });
    // The file named no admin: the account running it is no longer one.
    const after = await laipni(['directory', 'import', join(root, 'good.csv'), ...shareArgs]);
    expect(after).toMatchObject({ code: 1, stderr: expect.stringContaining('You are not allowed to do this.') });
  });

  it('takes configured admin accounts only until a directory is published', async () => {
    const first = await share([]);
    await writeFile(join(first.root, 'good.csv'), 'id,name,surname,position,institution_code,institution\nanna.kalnina,Anna,Kalniņa,Lietvede,RNP,Pašvaldība\n');
    const notAdmin = await laipni(['directory', 'import', join(first.root, 'good.csv'), '--apply', ...first.shareArgs]);
    expect(notAdmin).toMatchObject({ code: 1, stderr: expect.stringContaining('You are not allowed to do this.') });
    const admin = { LAIPNI_ADMIN_ACCOUNTS: userInfo().username };
    expect((await laipni(['directory', 'import', join(first.root, 'good.csv'), '--apply', ...first.shareArgs], admin)).code).toBe(0);

    const published = await share([person()]);
    const before = await readFile(published.staffFile, 'utf8');
    const refused = await laipni(['directory', 'import', join(first.root, 'good.csv'), '--apply', ...published.shareArgs], admin);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('You are not allowed to do this.') });
    expect(await readFile(published.staffFile, 'utf8')).toBe(before);
  });
});
