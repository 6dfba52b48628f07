// `npm run dist:offline -- --electron-dist <folder> [--out <folder>]`: the Windows installers
// without downloading anything. electron-builder packs the app around an unpacked Windows
// Electron folder IT already has (Electron's win32-x64 zip, extracted), then Debian's makensis
// builds the per-machine NSIS installer from build/installer/laipni.nsi and msitools' wixl the
// MSI from build/installer/laipni.wxs. electron-builder's own NSIS target cannot run offline
// here: with ELECTRON_BUILDER_NSIS_DIR it still needs elevate.exe in that folder and its own
// plugins in ELECTRON_BUILDER_NSIS_RESOURCES_DIR (`plugins/`), which only its download bundle has.
// The executables are not code-signed (no signing tool offline); sign them before deploying.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const { values } = parseArgs({ options: { 'electron-dist': { type: 'string' }, out: { type: 'string' }, only: { type: 'string' } } });
const electronDist = values['electron-dist'] ? resolve(values['electron-dist']) : null;
if (!electronDist || !existsSync(join(electronDist, 'electron.exe'))) {
  console.error('dist:offline: give the unpacked Windows Electron folder (with electron.exe): --electron-dist <folder>');
  process.exit(2);
}
const out = resolve(values.out ?? join(root, 'dist'));
const only = values.only ?? 'nsis,msi';
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function run(what, command, args, options = {}) {
  const r = spawnSync(command, args, { cwd: root, stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], encoding: 'utf8', ...options });
  if (r.error?.code === 'ENOENT') {
    console.error(
      `dist:offline: ${command} is not installed (${what}); on Debian: apt-get install ${command === 'makensis' ? 'nsis' : command === 'wixl' || command === 'wixl-heat' ? 'wixl' : command}`,
    );
    process.exit(1);
  }
  if (r.status !== 0) {
    console.error(`dist:offline: ${what} failed:\n${r.stdout}\n${r.stderr}`);
    process.exit(1);
  }
  return r.stdout;
}

const app = join(out, 'win-unpacked');
run('packing the Windows app', process.execPath, [
  join(root, 'node_modules/electron-builder/cli.js'),
  '--dir',
  '--win',
  '--x64',
  '-c',
  'build/electron-builder.config.cjs',
  `-c.electronDist=${electronDist}`,
  `-c.directories.output=${out}`,
  '-c.win.signAndEditExecutable=false',
]);
console.log(`dist:offline: ${app}`);

if (only.includes('nsis')) {
  const setup = join(out, `Laipni-Setup-${version}.exe`);
  run('makensis', 'makensis', ['-V2', `-DVERSION=${version}`, `-DAPPDIR=${app}`, `-DOUTFILE=${setup}`, join(root, 'build/installer/laipni.nsi')]);
  console.log(`dist:offline: ${setup}`);
}

if (only.includes('msi')) {
  const msi = join(out, `Laipni-${version}.msi`);
  const work = join(out, 'msi-work');
  mkdirSync(work, { recursive: true });
  // Every file of the unpacked app as a component, from wixl-heat.
  const list = run('listing the files', 'find', [app, '-type', 'f']);
  const files = run(
    'wixl-heat',
    'wixl-heat',
    ['-p', `${app}/`, '--component-group', 'AppFiles', '--var', 'var.AppDir', '--directory-ref', 'INSTALLDIR', '--win64'],
    {
      input: list,
    },
  );
  if (!files.includes('app.asar')) {
    console.error('dist:offline: wixl-heat listed no app files');
    process.exit(1);
  }
  writeFileSync(join(work, 'files.wxs'), files);
  // wixl takes the files' sources relative to where it runs.
  run(
    'wixl',
    'wixl',
    [
      '-a',
      'x64',
      '-D',
      'Win64=yes',
      '-D',
      `Version=${version}`,
      '-D',
      'AppDir=.',
      '-o',
      msi,
      join(root, 'build/installer/laipni.wxs'),
      join(work, 'files.wxs'),
    ],
    {
      cwd: app,
    },
  );
  console.log(`dist:offline: ${msi}`);
}
