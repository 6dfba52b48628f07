import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fakeElectron'));

const fake = await import('./fakeElectron');
const { createSecureWindow, hardenWebContents, hardenSession, isAppUrl } = await import('../../electron/main/windows/security');

beforeEach(() => fake.reset());

describe('window security', () => {
  it('turns on every item of Electron’s security checklist for every window', () => {
    const win = createSecureWindow({ title: 'x', width: 800 }, '/app/preload/desk.cjs') as unknown as InstanceType<typeof fake.FakeBrowserWindow>;
    expect(win.options).toMatchObject({ title: 'x', width: 800 });
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/preload/desk.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('denies navigation, redirects, webviews and new windows', () => {
    const contents = new fake.FakeWebContents();
    hardenWebContents(contents as never);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      contents.emit(name, event, 'https://example.invalid/');
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    expect(contents.windowOpenHandler?.({ url: 'https://example.invalid/' })).toEqual({ action: 'deny' });
  });

  it('refuses every permission request and check', () => {
    const session = new fake.FakeSession();
    hardenSession(session as never);
    const callback = vi.fn();
    session.permissionRequest?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.permissionCheck?.({}, 'notifications')).toBe(false);
  });

  it('recognises only the app’s own pages, by exact origin', () => {
    expect(isAppUrl('app://laipni/desk.html', 'app://laipni')).toBe(true);
    expect(isAppUrl('app://laipni/display.html#x', 'app://laipni')).toBe(true);
    expect(isAppUrl('https://evil.invalid/desk.html', 'app://laipni')).toBe(false);
    expect(isAppUrl('file:///opt/laipni/resources/app.asar/out/renderer/desk.html', 'app://laipni')).toBe(false);
    expect(isAppUrl('app://laipni.evil.invalid/desk.html', 'app://laipni')).toBe(false);
    expect(isAppUrl('app://laipni@evil.invalid/desk.html', 'app://laipni')).toBe(false);
    expect(isAppUrl('app://evil@laipni/desk.html', 'app://laipni')).toBe(false);
    expect(isAppUrl('not a url', 'app://laipni')).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/desk.html', 'app://laipni', 'http://127.0.0.1:5173')).toBe(true);
    expect(isAppUrl('http://127.0.0.1:51730/desk.html', 'app://laipni', 'http://127.0.0.1:5173')).toBe(false);
  });
});
