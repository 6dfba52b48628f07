import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/preview';
import { makeWindowsStandIn } from '../support/winStandIn';
import { missingTools, winePrefix } from '../support/wine';

/**
 * The MSI for Group Policy: built offline with wixl from build/installer/laipni.wxs (npm run
 * dist:offline), its tables and files read back with msiinfo and msiextract, then installed,
 * upgraded and removed with Wine's msiexec in one temporary Wine prefix. Skipped only when a
 * tool is missing (CI installs them: .ci/run).
 */
const TOOLS = ['wixl', 'wixl-heat', 'msiinfo', 'msiextract', 'wine', 'wineboot', 'wineserver'];
const missing = missingTools(TOOLS);
if (missing.length) console.warn(`MSI tests skipped: not installed: ${missing.join(', ')} (apt-get install wixl msitools wine)`);

const prefix = winePrefix('msi');
const { work, drive, run, wine, winPath } = prefix;
// Also when the tests skip: the folder was made either way.
afterAll(() => prefix.remove());
const programDir = join(drive, 'Program Files', 'Laipni');
const machineConfig = join(drive, 'ProgramData', 'Laipni', 'config.json');
/**
 * Where the shortcut lands under Wine: Wine's msiexec resolves ProgramMenuFolder to the
 * installing user's Programs folder even for a per-machine (ALLUSERS=1) package, which Windows
 * resolves to the common one; the package itself (ALLUSERS=1, the Shortcut row in
 * ProgramMenuFolder) is checked in the first test.
 */
const shortcut = join(drive, 'users', userInfo().username, 'AppData', 'Roaming', 'Microsoft', 'Windows', 'Start Menu', 'Programs', 'Laipni.lnk');
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const out = join(work, 'dist');
let msi = '';
let nextMsi = '';

/** One table as rows of named columns. */
function table(file: string, name: string): Array<Record<string, string>> {
  const r = run('msiinfo', ['export', file, name]);
  expect(r.status, r.out).toBe(0);
  const [head, , , ...rows] = r.out.trimEnd().split(/\r?\n/);
  const cols = head!.split('\t');
  return rows.map((row) => Object.fromEntries(row.split('\t').map((v, i) => [cols[i]!, v])));
}
const uninstallKey = (productCode: string) => `HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\${productCode}`;

describe.skipIf(missing.length > 0)('the MSI for Group Policy', () => {
  beforeAll(() => {
    const standIn = makeWindowsStandIn(join(work, 'electron-win'));
    const built = run(process.execPath, ['build/scripts/dist-offline.mjs', '--electron-dist', standIn, '--out', out, '--only', 'msi']);
    expect(built.status, built.out).toBe(0);
    msi = join(out, `Laipni-${version}.msi`);
    expect(existsSync(msi), built.out).toBe(true);
    // The next release: same files, a higher version (a major upgrade of the same UpgradeCode).
    nextMsi = join(out, 'Laipni-99.0.0.msi');
    const next = run(
      'wixl',
      [
        '-a',
        'x64',
        '-D',
        'Win64=yes',
        '-D',
        'Version=99.0.0',
        '-D',
        'AppDir=.',
        '-o',
        nextMsi,
        join(ROOT, 'build/installer/laipni.wxs'),
        join(out, 'msi-work', 'files.wxs'),
      ],
      { cwd: join(out, 'win-unpacked') },
    );
    expect(next.status, next.out).toBe(0);
  });

  it('is a per-machine package with the app’s files, a Start-menu shortcut and a CONFIG property copied to ProgramData', () => {
    const props = Object.fromEntries(table(msi, 'Property').map((r) => [r.Property, r.Value]));
    expect(props).toMatchObject({ ALLUSERS: '1', ProductName: 'Laipni', ProductVersion: version, UpgradeCode: '{6E0B6C1A-3B5F-4F0E-9C4B-1A2F5D7C9E31}' });
    const copy = table(msi, 'CustomAction').find((r) => r.Action === 'CopyMachineConfig');
    expect(copy?.Target).toBe('/c copy /y "[CONFIG]" "[CommonAppDataFolder]Laipni\\config.json"');
    // Deferred (1024) and with the installer's rights, not the user's (2048).
    expect(Number(copy?.Type) & (1024 | 2048)).toBe(1024 | 2048);
    expect(table(msi, 'InstallExecuteSequence').find((r) => r.Action === 'CopyMachineConfig')?.Condition).toBe('CONFIG AND NOT REMOVE');
    expect(table(msi, 'Shortcut')).toContainEqual(
      expect.objectContaining({ Directory_: 'ProgramMenuFolder', Name: 'Laipni', Target: '[INSTALLDIR]Laipni.exe' }),
    );
    expect(table(msi, 'Upgrade').length).toBeGreaterThan(0);

    const extracted = join(work, 'extracted');
    const listed = run('msiextract', ['-C', extracted, msi]);
    expect(listed.status, listed.out).toBe(0);
    expect(listed.out.split('\n')).toEqual(expect.arrayContaining(['Laipni/Laipni.exe', 'Laipni/resources/app.asar', 'Laipni/resources/config.example.json']));
    expect(readFileSync(join(extracted, 'Laipni/resources/app.asar')).equals(readFileSync(join(out, 'win-unpacked/resources/app.asar')))).toBe(true);
  });

  it('installs with msiexec /qn CONFIG=<file>, upgrades keeping the configuration and the data, and uninstalls keeping both', () => {
    const boot = run('wineboot', ['-i']);
    run('wineserver', ['-w']);
    expect(existsSync(drive), boot.out).toBe(true);
    const config = join(work, 'desk-K3.json');
    const configText = `${JSON.stringify({ institution: 'RNP', desk: 'K3' }, null, 2)}\n`;
    writeFileSync(config, configText);

    const install = wine(['msiexec', '/i', winPath(msi), '/qn', `CONFIG=${winPath(config)}`]);
    expect(install.status, install.out).toBe(0);
    expect(existsSync(join(programDir, 'Laipni.exe'))).toBe(true);
    expect(existsSync(join(programDir, 'resources', 'app.asar'))).toBe(true);
    expect(readFileSync(machineConfig, 'utf8')).toBe(configText);
    expect(existsSync(shortcut)).toBe(true);
    const firstCode = table(msi, 'Property').find((r) => r.Property === 'ProductCode')!.Value!;
    const key = run('wine', ['reg', 'query', uninstallKey(firstCode)]);
    expect(key.status, key.out).toBe(0);
    expect(key.out).toMatch(/DisplayName\s+REG_SZ\s+Laipni/);

    const userData = join(drive, 'users', userInfo().username, 'AppData', 'Roaming', 'Laipni', 'register');
    mkdirSync(userData, { recursive: true });
    writeFileSync(join(userData, 'journal.jsonl'), '{"desk data":"kept"}\n');

    const upgrade = wine(['msiexec', '/i', winPath(nextMsi), '/qn']);
    expect(upgrade.status, upgrade.out).toBe(0);
    const nextCode = table(nextMsi, 'Property').find((r) => r.Property === 'ProductCode')!.Value!;
    expect(run('wine', ['reg', 'query', uninstallKey(nextCode)]).out).toMatch(/DisplayVersion\s+REG_SZ\s+99\.0\.0/);
    expect(run('wine', ['reg', 'query', uninstallKey(firstCode)]).status).not.toBe(0);
    expect(existsSync(join(programDir, 'Laipni.exe'))).toBe(true);
    expect(readFileSync(machineConfig, 'utf8')).toBe(configText);

    const remove = wine(['msiexec', '/x', winPath(nextMsi), '/qn']);
    expect(remove.status, remove.out).toBe(0);
    expect(existsSync(join(programDir, 'Laipni.exe'))).toBe(false);
    expect(existsSync(shortcut)).toBe(false);
    expect(run('wine', ['reg', 'query', uninstallKey(nextCode)]).status).not.toBe(0);
    expect(readFileSync(machineConfig, 'utf8')).toBe(configText);
    expect(readFileSync(join(userData, 'journal.jsonl'), 'utf8')).toBe('{"desk data":"kept"}\n');
  });
});
