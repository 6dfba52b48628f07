import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/preview';

/** The built command, run as IT would run it (`npm run build` comes first in `npm test`). */
function laipni(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, 'out/cli/laipni.js'), ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LAIPNI_CONFIG: '/nonexistent/laipni.json', ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

async function configFile(content: object) {
  const dir = await mkdtemp(join(tmpdir(), 'laipni-cli-'));
  const file = join(dir, 'config.json');
  await writeFile(file, JSON.stringify(content));
  return { dir, file };
}

describe('laipni config check', () => {
  it('says the configuration is in order and exits 0', async () => {
    const { dir, file } = await configFile({});
    const { code, out } = laipni(['config', 'check', '--config', file, '--share-folder', dir, '--institution', 'RNP', '--desk', 'K2']);
    expect(out).toContain('Koplietotā mape: ' + dir + '  (palaišanas parametrs)');
    expect(out).toContain('Konfigurācija ir kārtībā.');
    expect(code).toBe(0);
  });

  it('lists every problem in the chosen language and exits 1', async () => {
    const { file } = await configFile({ shareFolder: '/no/such/share', institution: 'R', desk: 'K2' });
    const { code, err } = laipni(['config', 'check', '--config', file], { LAIPNI_LANGUAGE: 'en' });
    expect(err).toContain('2 configuration problems found');
    expect(err).toContain('Invalid value “R” for “Institution code” (from: configuration file).');
    expect(err).toContain('Shared folder “/no/such/share” cannot be found or reached.');
    expect(code).toBe(1);
  });

  it('answers in Latgalian with --language ltg without taking its own flag for the staff language', async () => {
    const { dir, file } = await configFile({});
    const { code, out, err } = laipni([
      'config',
      'check',
      '--config',
      file,
      '--share-folder',
      dir,
      '--institution',
      'RNP',
      '--desk',
      'K2',
      '--language',
      'ltg',
    ]);
    expect(err).toBe('');
    expect(out).toContain(dir);
    expect(out).not.toContain('ltg');
    expect(code).toBe(0);
  });

  it('gives machine-readable output with --json', async () => {
    const share = await mkdtemp(join(tmpdir(), 'laipni-share-'));
    const { file } = await configFile({ shareFolder: share, institution: 'RNP', desk: 'K2' });
    const { code, out } = laipni(['config', 'check', '--json', '--config', file]);
    expect(JSON.parse(out)).toMatchObject({ values: { institution: 'RNP', desk: 'K2' }, problems: [] });
    expect(code).toBe(0);
  });

  it('exits 2 with usage on an unknown command or flag, in Latvian by default', () => {
    const unknown = laipni(['register', 'explode']);
    expect(unknown.err).toContain('Nezināma komanda: “register explode”.');
    expect(unknown.code).toBe(2);
    const badFlag = laipni(['config', 'check', '--colour']);
    expect(badFlag.err).toContain('Nederīgi parametri');
    expect(badFlag.err).toContain('Lietošana: laipni');
    expect(badFlag.code).toBe(2);
  });
});
