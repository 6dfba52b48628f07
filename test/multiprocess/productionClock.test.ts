import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { finished, tempFolder } from '../support/cliDesks';
import { ROOT } from '../support/preview';

const run = promisify(execFile);
const HOOKS = ['LAIPNI_CLOCK_FIXED_MS', 'LAIPNI_CLOCK_OFFSET_MS', 'LAIPNI_TEST_NOW', 'LAIPNI_TEST_TEAR_APPEND', 'LAIPNI_TEST_RETRY_SCALE'];

/** The laipni command's bundle and its chunks, as one text. */
async function bundleText(out: string): Promise<string> {
  const chunks = (await readdir(join(out, 'node-chunks'))).filter((f) => f.endsWith('.js')).map((f) => join(out, 'node-chunks', f));
  return (await Promise.all([join(out, 'cli/laipni.js'), ...chunks].map((f) => readFile(f, 'utf8')))).join('\n');
}

describe('the laipni command as packaged (a production build)', () => {
  it('never takes its clock or a fault from the environment', async () => {
    // Built inside node_modules so the bundle's dependencies resolve as they do from out/.
    const cache = join(ROOT, 'node_modules', '.cache');
    await mkdir(cache, { recursive: true });
    const out = await mkdtemp(join(cache, 'laipni-production-'));
    await run(
      process.execPath,
      [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'build/vite.node.config.ts', '--mode', 'production', '--outDir', out, '--logLevel', 'error'],
      { cwd: ROOT },
    );
    const bundle = await bundleText(out);
    // Comments may name the variables; code reading them says env.NAME or env['NAME'], as the test build in out/ does.
    const reads = (name: string) => new RegExp(`env(\\.|\\[['"])${name}`);
    const testBuild = await bundleText(join(ROOT, 'out'));
    for (const name of HOOKS) {
      expect(testBuild, `${name} read by the test build`).toMatch(reads(name));
      expect(bundle, `${name} read by the production build`).not.toMatch(reads(name));
    }

    // A stopped clock in 2001 is asked for; the entry still gets the real registration year.
    const data = await tempFolder('production-clock');
    const fixed = String(Date.UTC(2001, 0, 2, 10));
    const child = spawn(
      process.execPath,
      [
        join(out, 'cli/laipni.js'),
        '--language',
        'en',
        'register',
        'add',
        '--json',
        '--kind',
        'idea',
        '--channel',
        'email',
        '--subject',
        'other',
        '--description',
        'pulkstenis',
        '--data',
        data,
        '--institution',
        'RNP',
        '--desk',
        'K1',
      ],
      {
        cwd: ROOT,
        env: { ...process.env, LAIPNI_CLOCK_FIXED_MS: fixed, LAIPNI_TEST_NOW: '2001-01-02T10:00:00Z' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const result = await finished(child);
    expect(result.code, result.stderr).toBe(0);
    const entry = JSON.parse(result.stdout) as { number: string; registeredAt: string };
    expect(entry.number).not.toMatch(/^RNP-2001\//);
    expect(entry.registeredAt.startsWith('2001-')).toBe(false);
    await rm(out, { recursive: true, force: true });
  });
});
