import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/preview';
import { makeWindowsStandIn } from '../support/winStandIn';
import { missingTools, winePrefix } from '../support/wine';

/**
 * The per-machine NSIS installer as IT deploys it: built offline (npm run dist:offline) around
 * a stand-in Windows Electron, then installed, upgraded and uninstalled silently under Wine in
 * one temporary Wine prefix. Skipped only when a tool is missing (CI installs them: .ci/run).
 */
const TOOLS = ['makensis', 'wine', 'wineboot', 'wineserver'];
const missing = missingTools(TOOLS);
if (missing.length) console.warn(`windows installer tests skipped: not installed: ${missing.join(', ')} (apt-get install nsis wine)`);

const prefix = winePrefix('nsis');
const { work, drive, run, wine, winPath } = prefix;
// Also when the tests skip: the folder was made either way.
afterAll(() => prefix.remove());
const programDir = join(drive, 'Program Files', 'Laipni');
const machineConfig = join(drive, 'ProgramData', 'Laipni', 'config.json');
const shortcut = join(drive, 'ProgramData', 'Microsoft', 'Windows', 'Start Menu', 'Programs', 'Laipni.lnk');
const UNINSTALL_KEY = 'HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Laipni';
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
let firstSetup = '';
let nextSetup = '';

const registered = () => run('wine', ['reg', 'query', UNINSTALL_KEY]);
const userData = () => join(drive, 'users', userInfo().username, 'AppData', 'Roaming', 'Laipni');

describe.skipIf(missing.length > 0)('the Windows NSIS installer under Wine', () => {
  beforeAll(() => {
    const standIn = makeWindowsStandIn(join(work, 'electron-win'));
    const out = join(work, 'dist');
    const built = run(process.execPath, ['build/scripts/dist-offline.mjs', '--electron-dist', standIn, '--out', out, '--only', 'nsis']);
    expect(built.status, built.out).toBe(0);
    firstSetup = join(out, `Laipni-Setup-${version}.exe`);
    expect(existsSync(firstSetup), built.out).toBe(true);
    // The next release: same app, a higher version.
    nextSetup = join(out, 'Laipni-Setup-99.0.0.exe');
    const next = run('makensis', [
      '-V2',
      '-DVERSION=99.0.0',
      `-DAPPDIR=${join(out, 'win-unpacked')}`,
      `-DOUTFILE=${nextSetup}`,
      '-DCOMPRESSOR=zlib',
      'build/installer/laipni.nsi',
    ]);
    expect(next.status, next.out).toBe(0);
    const boot = run('wineboot', ['-i']);
    run('wineserver', ['-w']);
    expect(existsSync(drive), boot.out).toBe(true);
  });

  it('installs silently per machine with /S /CONFIG=<file>, upgrades keeping the configuration and the data, and uninstalls keeping both', () => {
    const config = join(work, 'desk-K1.json');
    const configText = `${JSON.stringify({ shareFolder: '\\\\fileserver\\laipni', institution: 'RNP', desk: 'K1' }, null, 2)}\n`;
    writeFileSync(config, configText);

    const install = wine([firstSetup, '/S', `/CONFIG=${winPath(config)}`]);
    expect(install.status, install.out).toBe(0);
    expect(existsSync(join(programDir, 'Laipni.exe'))).toBe(true);
    expect(existsSync(join(programDir, 'resources', 'app.asar'))).toBe(true);
    expect(existsSync(join(programDir, 'Uninstall Laipni.exe'))).toBe(true);
    expect(readFileSync(machineConfig, 'utf8')).toBe(configText);
    expect(existsSync(shortcut)).toBe(true);
    expect(readFileSync(shortcut).subarray(0, 4)).toEqual(Buffer.from([0x4c, 0, 0, 0]));
    const key = registered();
    expect(key.status, key.out).toBe(0);
    expect(key.out).toContain(`DisplayVersion    REG_SZ    ${version}`);
    expect(key.out).toContain('QuietUninstallString    REG_SZ    "C:\\Program Files\\Laipni\\Uninstall Laipni.exe" /S');

    // A desk's data (per user) and IT's later edit of the machine file.
    mkdirSync(join(userData(), 'register'), { recursive: true });
    writeFileSync(join(userData(), 'register', 'journal.jsonl'), '{"desk data":"kept"}\n');
    const edited = configText.replace('"K1"', '"K2"');
    writeFileSync(machineConfig, edited);

    const upgrade = wine([nextSetup, '/S']);
    expect(upgrade.status, upgrade.out).toBe(0);
    expect(registered().out).toContain('DisplayVersion    REG_SZ    99.0.0');
    expect(existsSync(join(programDir, 'resources', 'app.asar'))).toBe(true);
    expect(readFileSync(machineConfig, 'utf8')).toBe(edited);
    expect(readFileSync(join(userData(), 'register', 'journal.jsonl'), 'utf8')).toBe('{"desk data":"kept"}\n');

    const uninstall = wine([join(programDir, 'Uninstall Laipni.exe').replace(drive, 'C:').replaceAll('/', '\\'), '/S']);
    expect(uninstall.status, uninstall.out).toBe(0);
    expect(existsSync(programDir)).toBe(false);
    expect(existsSync(shortcut)).toBe(false);
    expect(registered().status).not.toBe(0);
    expect(readFileSync(machineConfig, 'utf8')).toBe(edited);
    expect(readFileSync(join(userData(), 'register', 'journal.jsonl'), 'utf8')).toBe('{"desk data":"kept"}\n');
  });
});
