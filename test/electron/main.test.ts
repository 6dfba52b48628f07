import { mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fakeElectron'));

type Fake = typeof import('./fakeElectron');

async function startApp(
  options: { lock?: boolean; displays?: number; clientDisplay?: boolean; savedDesk?: object; packaged?: boolean; devServer?: string } = {},
) {
  vi.resetModules();
  const fake = (await import('electron')) as unknown as Fake;
  fake.reset();
  const dir = await mkdtemp(join(tmpdir(), 'laipni-main-'));
  const share = await mkdtemp(join(tmpdir(), 'laipni-share-'));
  const config = join(dir, 'config.json');
  await writeFile(config, JSON.stringify({ shareFolder: share, institution: 'RNP', desk: 'K1', clientDisplay: options.clientDisplay ?? true }));
  if (options.savedDesk) await writeFile(join(dir, 'settings.json'), JSON.stringify({ language: null, windows: { desk: options.savedDesk } }));
  vi.stubEnv('LAIPNI_CONFIG', config);
  fake.appState.lock = options.lock ?? true;
  fake.appState.userData = dir;
  fake.appState.quitCalled = 0;
  fake.appState.packaged = options.packaged ?? true;
  if (options.devServer) vi.stubEnv('ELECTRON_RENDERER_URL', options.devServer);
  if ((options.displays ?? 1) > 1) {
    fake.displays.list.push({ id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 1024 }, workArea: { x: 1920, y: 0, width: 1280, height: 1000 } });
  }
  await import('../../electron/main/index');
  fake.appState.readyResolve();
  await vi.waitFor(() => {
    if (fake.appState.lock && fake.BrowserWindow.created.length === 0) throw new Error('no window yet');
  });
  return { fake, dir };
}

beforeEach(() => vi.unstubAllEnvs());
afterEach(() => vi.unstubAllEnvs());

describe('the composition root', () => {
  it('starts Chromium in Latvian, so date fields read dd.mm.gggg as a Latvian office writes them', async () => {
    const { fake } = await startApp();
    expect(fake.app.commandLine.switches.get('lang')).toBe('lv');
  });

  it('quits at once when another Laipni already runs (single instance)', async () => {
    const { fake } = await startApp({ lock: false });
    expect(fake.appState.quitCalled).toBe(1);
    expect(fake.BrowserWindow.created).toHaveLength(0);
  });

  it('opens the desk and the client display with their own preloads, IPC and a log file', async () => {
    const { fake, dir } = await startApp();
    const [desk, display] = fake.BrowserWindow.created;
    expect(desk!.options.webPreferences.preload).toMatch(/preload[\\/]desk\.cjs$/);
    expect(display!.options.webPreferences.preload).toMatch(/preload[\\/]display\.cjs$/);
    expect(desk!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(desk!.loaded.url).toBe('app://laipni/desk.html');
    expect(display!.loaded.url).toBe('app://laipni/display.html');
    expect(fake.ipcMainHandlers.has('config:get')).toBe(true);
    expect(fake.session.defaultSession.permissionRequest).not.toBeNull();
    expect(await readFile(join(dir, 'logs', 'laipni.log'), 'utf8')).toContain('INFO start 0.1.0');
  });

  it('serves the pages from app://laipni/, the scheme registered as standard and secure, and nothing outside the renderer folder', async () => {
    const { fake } = await startApp();
    expect(fake.protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const handler = fake.session.defaultSession.protocolHandlers.get('app')!;
    expect(handler).toBeDefined();
    const page = await handler({ url: 'app://laipni/desk.html' });
    // The test build's renderer is in out/renderer; a clone without a build answers 404 for both.
    expect([200, 404]).toContain(page.status);
    expect((await handler({ url: 'app://laipni/../main/index.js' })).status).toBe(404);
    expect((await handler({ url: 'app://laipni/%2e%2e/main/index.js' })).status).toBe(404);
    expect((await handler({ url: 'app://other/desk.html' })).status).toBe(404);
  });

  it('never loads a development server in the packaged app, whatever the environment says', async () => {
    const { fake } = await startApp({ devServer: 'http://127.0.0.1:5173' });
    expect(fake.BrowserWindow.created[0]!.loaded.url).toBe('app://laipni/desk.html');
  });

  it('loads the development server only while developing', async () => {
    const { fake } = await startApp({ packaged: false, devServer: 'http://127.0.0.1:5173' });
    expect(fake.BrowserWindow.created[0]!.loaded.url).toBe('http://127.0.0.1:5173/desk.html');
  });

  it('puts the client display full screen on a second monitor when there is one', async () => {
    const { fake } = await startApp({ displays: 2 });
    const display = fake.BrowserWindow.created[1]!;
    expect(display.options).toMatchObject({ x: 1920, y: 0, width: 1280, height: 1024, fullscreen: true });
  });

  it('opens the client display as an ordinary movable window without a second monitor', async () => {
    const { fake } = await startApp({ displays: 1 });
    const display = fake.BrowserWindow.created[1]!;
    expect(display.options.fullscreen).toBeUndefined();
    expect(display.options.width).toBe(1024);
  });

  it('opens no client display when IT turned it off', async () => {
    const { fake } = await startApp({ clientDisplay: false });
    expect(fake.BrowserWindow.created).toHaveLength(1);
  });

  it('reopens the desk where it was left, if that place is still on a screen', async () => {
    const { fake } = await startApp({ savedDesk: { x: 100, y: 80, width: 1100, height: 700 } });
    expect(fake.BrowserWindow.created[0]!.options).toMatchObject({ x: 100, y: 80, width: 1100, height: 700 });
    const off = await startApp({ savedDesk: { x: 5000, y: 3000, width: 1100, height: 700 } });
    expect(off.fake.BrowserWindow.created[0]!.options.x).toBeUndefined();
  });

  it('opens the client display again when staff ask for it after closing it', async () => {
    const { fake } = await startApp();
    const [desk, display] = fake.BrowserWindow.created;
    display!.emit('closed');
    const open = (url: string) => fake.ipcMainHandlers.get('display:open-window')!({ sender: desk!.webContents, senderFrame: { url } }, undefined);
    // A frame of another origin in the desk's window is refused: the check is the exact app origin.
    expect(await open('file:///opt/laipni/resources/app.asar/out/renderer/desk.html')).toMatchObject({ ok: false });
    expect(await open(desk!.loaded.url!)).toEqual({ ok: true, value: { opened: true } });
    expect(fake.BrowserWindow.created).toHaveLength(3);
    expect(fake.BrowserWindow.created[2]!.loaded.url).toBe('app://laipni/display.html');
  });

  it('remembers where the desk was moved to', async () => {
    const { fake, dir } = await startApp();
    const desk = fake.BrowserWindow.created[0]!;
    desk.options.x = 321;
    desk.options.y = 123;
    desk.emit('moved');
    await vi.waitFor(async () => {
      const saved = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'));
      expect(saved.windows.desk).toMatchObject({ x: 321, y: 123 });
    });
  });
});
