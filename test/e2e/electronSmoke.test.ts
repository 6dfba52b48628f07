import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/preview';

/** The real Electron app, where its binary is installed (not on the build machines). */
function electronBinary(): string | null {
  const dir = dirname(join(ROOT, 'node_modules/electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) {
  console.warn(
    'Electron smoke test SKIPPED: the Electron binary is not installed here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1). It runs wherever `npm start` has fetched it.',
  );
}

describe('the packaged Electron app', () => {
  it.skipIf(!binary)('starts with a sandboxed desk window and a client display', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'laipni-electron-'));
    const config = join(dir, 'config.json');
    await writeFile(config, JSON.stringify({ shareFolder: dir, institution: 'RNP', desk: 'K1' }));
    const app = await electron.launch({
      executablePath: binary!,
      args: [join(ROOT, 'out/main/index.js'), `--user-data-dir=${join(dir, 'user')}`, '--no-sandbox'],
      env: { ...process.env, LAIPNI_CONFIG: config } as Record<string, string>,
    });
    try {
      const desk = await app.firstWindow();
      await desk.getByRole('navigation').waitFor();
      expect(await desk.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await desk.evaluate(() => typeof (window as unknown as { desk?: unknown }).desk)).toBe('object');
      await expect.poll(() => app.windows().length).toBe(2);
    } finally {
      await app.close();
    }
  });
});
