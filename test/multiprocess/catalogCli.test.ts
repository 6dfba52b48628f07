import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sampleCatalogue } from '../../electron/preview/sampleCatalog';
import { catalogueToCsv } from '../../shared/catalog/csv';
import { ROOT } from '../support/preview';

const run = promisify(execFile);
const CLI = join(ROOT, 'out/cli/laipni.js');

async function laipni(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env: { ...process.env, LAIPNI_LANGUAGE: 'lv', USERDOMAIN: '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function machine(admin: boolean) {
  const root = await mkdtemp(join(tmpdir(), 'laipni-cli-catalog-'));
  const share = join(root, 'share');
  await mkdir(share);
  const config = join(root, 'config.json');
  await writeFile(config, JSON.stringify({ shareFolder: share, institution: 'RNP', desk: 'K9', adminAccounts: admin ? [userInfo().username] : [] }));
  return { root, share, config };
}

describe('laipni catalog', () => {
  it('lists a bad file’s mistakes in Latvian and exits 2 without touching the share', async () => {
    const { root, config } = await machine(true);
    const bad = join(root, 'bad.csv');
    await writeFile(bad, 'id,name_lv,processing_days\nLabs ID,,desmit\n');
    const result = await laipni(['catalog', 'import', bad, '--config', config]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Imports noraidīts');
    expect(result.stderr).toContain('2. rinda, processing_days: jābūt skaitlim');
    await expect(readFile(join(root, 'share', 'catalog', 'services.json'))).rejects.toThrow();
  });

  it('publishes a checked file to the share for an admin and exports it back', async () => {
    const { root, share, config } = await machine(true);
    const good = join(root, 'good.csv');
    await writeFile(good, catalogueToCsv(sampleCatalogue().services.slice(0, 7)));
    // The sample's first seven services are all in English, none wholly in Latgalian.
    expect(await laipni(['catalog', 'check', good])).toMatchObject({
      code: 0,
      stdout:
        'Fails ir derīgs: pakalpojumi — 7.\n' +
        'Latgaliski: pilnībā iztulkoti 0 no 7 pakalpojumiem; kur tulkojuma nav, klients redz latvisko tekstu.\n' +
        'Angliski: pilnībā iztulkoti 7 no 7 pakalpojumiem; kur tulkojuma nav, klients redz latvisko tekstu.\n',
    });
    expect(await laipni(['catalog', 'import', good, '--config', config])).toMatchObject({ code: 0, stdout: 'Publicēta kataloga versija 1.\n' });
    const published = JSON.parse(await readFile(join(share, 'catalog', 'services.json'), 'utf8'));
    expect(published.data.services).toHaveLength(7);
    const out = join(root, 'export.json');
    expect((await laipni(['catalog', 'export', '--format', 'json', '--out', out, '--config', config])).code).toBe(0);
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({ '@type': 'Catalogue', version: 1, service: { length: 7 } });
  });

  it('says there is nothing to export before the first publication', async () => {
    const { config } = await machine(true);
    const result = await laipni(['catalog', 'export', '--config', config]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Pakalpojumu katalogs vēl nav publicēts');
  });

  it('refuses to publish for someone who is not an admin', async () => {
    const { root, config } = await machine(false);
    const good = join(root, 'good.csv');
    await writeFile(good, catalogueToCsv(sampleCatalogue().services.slice(0, 2)));
    const result = await laipni(['catalog', 'import', good, '--config', config]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('Jums nav tiesību to darīt.\n');
  });
});
