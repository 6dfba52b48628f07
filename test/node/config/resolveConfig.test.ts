import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig, parseFlags } from '../../../shared/config/schema';
import { loadConfig, machineConfigPath } from '../../../electron/main/services/config/loadConfig';

const noFile = { path: '/etc/laipni/config.json', status: 'missing' as const };

describe('machine configuration', () => {
  it('takes a flag over an environment variable over the machine file, and says where each came from', () => {
    const config = resolveConfig({
      machineFile: { path: 'c.json', status: 'ok', data: { institution: 'RNP', desk: 'K1', shareFolder: '/srv/share' } },
      env: { LAIPNI_DESK: 'K2' },
      flags: { desk: 'k3', 'client-display': 'off' },
    });
    expect(config.values).toMatchObject({ institution: 'RNP', desk: 'K3', shareFolder: '/srv/share', clientDisplay: false, language: 'lv' });
    const source = Object.fromEntries(config.entries.map((e) => [e.key, e.source]));
    expect(source).toMatchObject({ institution: 'machine', desk: 'flag', clientDisplay: 'flag', language: 'default' });
    expect(config.problems).toEqual([]);
  });

  it('lists every missing required value instead of failing', () => {
    const config = resolveConfig({ machineFile: noFile, env: {}, flags: {} });
    expect(config.problems.map((p) => [p.key, p.code])).toEqual([
      ['shareFolder', 'missing'],
      ['institution', 'missing'],
      ['desk', 'missing'],
    ]);
  });

  it('reports a bad value with its source and keeps the default', () => {
    const config = resolveConfig({ machineFile: noFile, env: { LAIPNI_LANGUAGE: 'de', LAIPNI_SHARE_FOLDER: 'relative/path' }, flags: {} });
    expect(config.values.language).toBe('lv');
    expect(config.values.shareFolder).toBeNull();
    expect(config.problems).toContainEqual({ key: 'language', code: 'invalid', source: 'env', given: 'de' });
    expect(config.problems).toContainEqual({ key: 'shareFolder', code: 'invalid', source: 'env', given: 'relative/path' });
  });

  it('accepts Windows drive and UNC share paths', () => {
    for (const share of ['C:\\Laipni\\share', '\\\\server\\laipni']) {
      const config = resolveConfig({ machineFile: noFile, env: { LAIPNI_SHARE_FOLDER: share }, flags: {} });
      expect(config.values.shareFolder).toBe(share);
    }
  });

  it('flags unknown keys in the machine file', () => {
    const config = resolveConfig({ machineFile: { path: 'c.json', status: 'ok', data: { shareFoldr: '/x' } }, env: {}, flags: {} });
    expect(config.problems).toContainEqual({ key: 'file', code: 'unknown_key', source: 'machine', given: 'shareFoldr' });
  });

  it('parses --key=value, --key value and bare flags', () => {
    expect(parseFlags(['--desk=K1', '--share-folder', '/s', '--json'])).toEqual({ desk: 'K1', 'share-folder': '/s', json: true });
  });

  it('finds the machine file where IT puts it on each platform', () => {
    expect(machineConfigPath({ env: { ProgramData: 'D:\\PD' }, argv: [], platform: 'win32' })).toBe('D:\\PD\\Laipni\\config.json');
    expect(machineConfigPath({ env: {}, argv: [], platform: 'linux' })).toBe('/etc/laipni/config.json');
    expect(machineConfigPath({ env: { LAIPNI_CONFIG: '/x.json' }, argv: ['--config', '/y.json'], platform: 'linux' })).toBe('/y.json');
  });

  describe('reading real files', () => {
    const write = async (text: string) => {
      const dir = await mkdtemp(join(tmpdir(), 'laipni-config-'));
      const file = join(dir, 'config.json');
      await writeFile(file, text);
      return { file };
    };

    it('reads a machine file with a byte-order mark and checks the share folder exists', async () => {
      const share = await mkdtemp(join(tmpdir(), 'laipni-share-'));
      const { file } = await write('\uFEFF' + JSON.stringify({ shareFolder: share, institution: 'rnp', desk: 'k1' }));
      const config = await loadConfig({ env: {}, argv: ['--config', file], platform: 'linux' });
      expect(config.machineFile.status).toBe('ok');
      expect(config.problems).toEqual([]);
      expect(config.values.institution).toBe('RNP');
    });

    it('reports a damaged file and a share folder that does not exist', async () => {
      const damaged = await write('{ "shareFolder": ');
      expect((await loadConfig({ env: {}, argv: ['--config', damaged.file], platform: 'linux' })).problems).toContainEqual(
        expect.objectContaining({ key: 'file', code: 'file_invalid_json' }),
      );
      const missingShare = await write(JSON.stringify({ shareFolder: '/nowhere/laipni', institution: 'RNP', desk: 'K1' }));
      const config = await loadConfig({ env: {}, argv: ['--config', missingShare.file], platform: 'linux' });
      expect(config.problems).toEqual([{ key: 'shareFolder', code: 'folder_not_found', source: 'machine', given: '/nowhere/laipni' }]);
    });

    it('reports a file that holds an array rather than settings', async () => {
      const { file } = await write('[1,2]');
      const config = await loadConfig({ env: {}, argv: ['--config', file], platform: 'linux' });
      expect(config.machineFile.status).toBe('not_object');
    });
  });
});
