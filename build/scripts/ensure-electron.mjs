// `npm start` on a machine that installed without the Electron binary: fetch it once now, and
// when that cannot be done, say so in one line (not the downloader's stack trace) and what to use instead.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const pathFile = join(electronDir, 'path.txt');
const present = existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
if (!present) {
  console.log('Laipni: the Electron binary is missing; downloading it once…');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 'ignore', 'pipe'], env, encoding: 'utf8' });
  if (result.status !== 0) {
    // The downloader's first line of complaint (e.g. "getaddrinfo ENOTFOUND …"), without its stack.
    const lines = (result.stderr ?? '').split('\n').map((l) => l.trim());
    const reason = lines.find((l) => /^[A-Za-z]*Error\b/.test(l)) ?? lines.find((l) => l && !l.startsWith('at '));
    console.error(
      `Laipni: could not download Electron${reason ? ` (${reason.slice(0, 160)})` : ''}. Check the network, or use \`npm run preview\` to try the app in a browser.`,
    );
    process.exit(result.status ?? 1);
  }
}
