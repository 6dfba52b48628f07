import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../shared/config/schema';
import { ROOT } from '../support/preview';

/**
 * electron-builder cannot fetch Electron here, so the unpacked app is built around a stand-in
 * Electron folder; what matters is what goes into app.asar.
 */
let files: string[] = [];
let resources = '';
let binary = '';
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// run as node, cookie encryption, NODE_OPTIONS, --inspect, asar integrity, only asar, V8 snapshot, file privileges
const ELECTRON_DEFAULT_FUSES = '10110001';

beforeAll(() => {
  const work = mkdtempSync(join(tmpdir(), 'laipni-pack-'));
  const standIn = join(work, 'electron-dist');
  spawnSync('mkdir', ['-p', standIn]);
  // The stand-in carries a fuse wire as Electron's binary does (a sentinel, version 1, eight
  // fuses at Electron's defaults), so that packaging really flips them and the test reads them back.
  writeFileSync(join(standIn, 'electron'), `#!/bin/sh\necho stand-in\nexit 0\n# ${FUSE_SENTINEL}\x01\x08${ELECTRON_DEFAULT_FUSES}\n`, 'latin1');
  chmodSync(join(standIn, 'electron'), 0o755);
  const out = join(work, 'dist');
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/electron-builder/cli.js'),
      '--dir',
      '--linux',
      '-c',
      'build/electron-builder.config.cjs',
      `-c.electronDist=${standIn}`,
      `-c.directories.output=${out}`,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(result.status, result.stdout + result.stderr).toBe(0);
  resources = join(out, 'linux-unpacked', 'resources');
  binary = join(out, 'linux-unpacked', 'laipni');
  files = listPackage(join(resources, 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
});

describe('the packaged app', () => {
  it('holds the built main process, both preloads, both pages with their icon and the laipni command', () => {
    for (const file of [
      '/package.json',
      '/out/main/index.js',
      '/out/preload/desk.cjs',
      '/out/preload/display.cjs',
      '/out/renderer/desk.html',
      '/out/renderer/display.html',
      '/out/renderer/favicon.svg',
      '/out/cli/laipni.js',
    ]) {
      expect(files, file).toContain(file);
    }
  });

  it('holds the production dependencies main needs at run time', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const dep of Object.keys(pkg.dependencies)) expect(files, dep).toContain(`/node_modules/${dep}/package.json`);
  });

  it('holds no sources, tests, source maps, preview server or dev dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const top = new Set(files.map((f) => f.split('/')[1]));
    expect([...top].sort()).toEqual(['node_modules', 'out', 'package.json']);
    expect(files.filter((f) => /\.(tsx?|map)$/.test(f) && !f.startsWith('/node_modules/'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('/out/preview') || f.startsWith('/out/bench'))).toEqual([]);
    for (const dev of Object.keys(pkg.devDependencies)) expect(files, dev).not.toContain(`/node_modules/${dev}/package.json`);
  });

  it('carries flipped fuses: no run-as-node, no NODE_OPTIONS or inspect, asar integrity on, app only from the asar', async () => {
    const wire = await getCurrentFuseWire(binary);
    const on = (fuse: FuseV1Options) => String.fromCharCode(wire[fuse] as number);
    expect(on(FuseV1Options.RunAsNode)).toBe('0');
    expect(on(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
    expect(on(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
    expect(on(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe('0');
    expect(on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1');
    expect(on(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
    expect(on(FuseV1Options.EnableCookieEncryption)).toBe('1');
  });

  it('ships an example machine configuration that the app accepts', () => {
    const example = JSON.parse(readFileSync(join(resources, 'config.example.json'), 'utf8')) as Record<string, unknown>;
    const config = resolveConfig({ machineFile: { path: 'config.example.json', status: 'ok', data: example }, env: {}, flags: {} });
    expect(config.problems).toEqual([]);
  });
});
