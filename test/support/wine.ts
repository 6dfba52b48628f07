import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './preview';

/** The tools of `tools` not on this machine's PATH: a test that needs them skips, naming them. */
export const missingTools = (tools: readonly string[]): string[] => tools.filter((t) => spawnSync('which', [t]).status !== 0);

export interface WinePrefix {
  /** A temporary folder for the test's files; the Wine prefix is `wine/` inside it. */
  work: string;
  /** The prefix's C: drive, as a Linux path. */
  drive: string;
  /** Runs a command in the repository with the prefix's environment; status and all output. */
  run(command: string, args: string[], options?: SpawnSyncOptions): { status: number | null; out: string };
  /** Runs a Windows program and waits until every process it started has ended (an uninstaller re-runs itself from a temporary copy). */
  wine(args: string[]): { status: number | null; out: string };
  /** A Linux path as Windows programs under Wine see it (`Z:\…`). */
  winPath(unixPath: string): string;
  /** Removes the folder and the prefix in it (hundreds of MB), so a run leaves nothing behind. */
  remove(): void;
}

/** One temporary Wine prefix for one test file: quiet, without Mono and Gecko prompts. */
export function winePrefix(name: string): WinePrefix {
  const work = mkdtempSync(join(tmpdir(), `laipni-${name}-`));
  const prefix = join(work, 'wine');
  const env = { ...process.env, WINEPREFIX: prefix, WINEDEBUG: '-all', WINEDLLOVERRIDES: 'mscoree,mshtml=' };
  const run: WinePrefix['run'] = (command, args, options = {}) => {
    const r = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8', timeout: 600_000, ...options });
    return { status: r.status, out: `${String(r.stdout)}${String(r.stderr)}` };
  };
  return {
    work,
    drive: join(prefix, 'drive_c'),
    run,
    wine(args) {
      const r = run('wine', args);
      run('wineserver', ['-w']);
      return r;
    },
    winPath: (unixPath) => `Z:${unixPath.replaceAll('/', '\\')}`,
    remove() {
      run('wineserver', ['-k']);
      rmSync(work, { recursive: true, force: true });
    },
  };
}
