import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

describe('npm start without the Electron binary', () => {
  it('prints one clear line with the advice to use preview, not the downloader’s stack trace', async () => {
    // A tree like a fresh checkout installed with ELECTRON_SKIP_BINARY_DOWNLOAD, on a machine that cannot reach the download.
    const dir = await mkdtemp(join(tmpdir(), 'laipni-ensure-'));
    await mkdir(join(dir, 'build/scripts'), { recursive: true });
    await cp(join(ROOT, 'build/scripts/ensure-electron.mjs'), join(dir, 'build/scripts/ensure-electron.mjs'));
    const electron = join(dir, 'node_modules/electron');
    await mkdir(electron, { recursive: true });
    await writeFile(join(electron, 'package.json'), JSON.stringify({ name: 'electron', version: '0.0.0-test' }));
    await writeFile(join(electron, 'install.js'), "function fetchIt() { throw new Error('getaddrinfo ENOTFOUND downloads.invalid'); }\nfetchIt();\n");
    const r = spawnSync(process.execPath, [join(dir, 'build/scripts/ensure-electron.mjs')], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    const errLines = r.stderr.trim().split('\n');
    expect(errLines).toEqual([
      'Laipni: could not download Electron (Error: getaddrinfo ENOTFOUND downloads.invalid). Check the network, or use `npm run preview` to try the app in a browser.',
    ]);
    expect(r.stdout.trim()).toBe('Laipni: the Electron binary is missing; downloading it once…');
  });
});
