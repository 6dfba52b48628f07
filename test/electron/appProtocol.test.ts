import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fakeElectron'));
const { appResponse, resolveAppPath } = await import('../../electron/main/windows/appProtocol');

describe('the app:// protocol', () => {
  it('maps app://laipni/ paths into the renderer folder and nowhere else', () => {
    const root = '/opt/laipni/resources/app.asar/out/renderer';
    expect(resolveAppPath('app://laipni/desk.html', root)).toBe(join(root, 'desk.html'));
    expect(resolveAppPath('app://laipni/assets/desk-1a2b.js?x=1#y', root)).toBe(join(root, 'assets/desk-1a2b.js'));
    // Literal dot segments are removed by the URL parser itself: what is left stays inside.
    expect(resolveAppPath('app://laipni/../../main/index.js', root)).toBe(join(root, 'main/index.js'));
    expect(resolveAppPath('app://laipni/%2e%2e/main/index.js', root)).toBe(join(root, 'main/index.js'));
    // Encoded slashes are not segments to the parser, but are once decoded: climbing out is refused.
    for (const url of [
      'app://laipni/assets/..%2f..%2fmain/index.js',
      'app://laipni/..%5cmain%5cindex.js',
      'app://laipni/',
      'app://laipni/desk.html%00.png',
      'app://other/desk.html',
      'file:///etc/passwd',
      'app://laipni/%E0%A4%A',
    ]) {
      expect(resolveAppPath(url, root), url).toBeNull();
    }
  });

  it('answers files with their type, and 404 for what is missing or of an unknown type', async () => {
    const root = await mkdtemp(join(tmpdir(), 'laipni-app-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'desk.html'), '<!doctype html><title>Laipni</title>');
    await writeFile(join(root, 'assets', 'a.js'), 'export {}');
    await writeFile(join(root, 'secret.key'), 'no');
    const page = await appResponse('app://laipni/desk.html', root);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>Laipni</title>');
    expect((await appResponse('app://laipni/assets/a.js', root)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await appResponse('app://laipni/missing.html', root)).status).toBe(404);
    expect((await appResponse('app://laipni/secret.key', root)).status).toBe(404);
    expect((await appResponse('app://laipni/assets', root)).status).toBe(404);
  });
});
