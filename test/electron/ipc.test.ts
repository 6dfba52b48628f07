import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DESK_CHANNELS, DISPLAY_CHANNELS } from '../../shared/contract/channels';

vi.mock('electron', () => import('./fakeElectron'));

const fake = await import('./fakeElectron');
const { registerIpc } = await import('../../electron/main/ipc/registerIpc');
const { createWindowRegistry } = await import('../../electron/main/windows/windowRegistry');
const { silentLogger } = await import('../../electron/main/services/log/logger');

const APP = 'file:///app/out/renderer';

function setup() {
  const dispatched: Array<[string, string, unknown]> = [];
  const windows = createWindowRegistry((url) => url.startsWith(APP));
  registerIpc({
    ipcMain: fake.ipcMain as never,
    dispatch: async (kind, channel, request) => {
      dispatched.push([kind, channel, request]);
      return { ok: true, value: null };
    },
    senderKind: windows.senderKind,
    log: silentLogger,
  });
  const desk = new fake.BrowserWindow({ webPreferences: {} });
  const display = new fake.BrowserWindow({ webPreferences: {} });
  windows.add('desk', desk as never);
  windows.add('display', display as never);
  const call = (channel: string, sender: { id: number }, url: string, request?: unknown) =>
    fake.ipcMainHandlers.get(channel)!({ sender, senderFrame: { url } }, request);
  return { dispatched, windows, desk, display, call };
}

beforeEach(() => fake.reset());

describe('IPC registration', () => {
  it('registers a handler for every channel of both windows', () => {
    setup();
    expect(new Set(fake.ipcMainHandlers.keys())).toEqual(new Set([...DESK_CHANNELS, ...DISPLAY_CHANNELS]));
  });

  it('passes a call from our own window on with the window’s kind', async () => {
    const { call, desk, display, dispatched } = setup();
    await call('config:get', desk.webContents, `${APP}/desk.html`);
    await call('display:get', display.webContents, `${APP}/display.html`);
    expect(dispatched).toEqual([
      ['desk', 'config:get', undefined],
      ['display', 'display:get', undefined],
    ]);
  });

  it('refuses a sender that is not one of our windows, or a frame showing foreign content', async () => {
    const { call, desk, dispatched } = setup();
    expect(await call('config:get', { id: 9999 }, `${APP}/desk.html`)).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(await call('config:get', desk.webContents, 'https://evil.invalid/')).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(dispatched).toEqual([]);
  });

  it('sends each event only to windows whose list has it', () => {
    const { windows, desk, display } = setup();
    windows.broadcast('nobody:listens', { x: 1 });
    windows.broadcast('display:changed', { y: 2 });
    expect(desk.webContents.sent.map(([c]) => c)).toEqual(['display:changed']);
    expect(display.webContents.sent.map(([c]) => c)).toEqual(['display:changed']);
  });
});

describe('the preloads', () => {
  it('give the client display only its own channels and events', async () => {
    await import('../../electron/preload/display');
    const api = fake.contextBridge.exposed.get('display') as {
      invoke: (c: string, r?: unknown) => Promise<unknown>;
      on: (e: string, l: () => void) => () => void;
    };
    expect([...fake.contextBridge.exposed.keys()]).toEqual(['display']);
    expect(await api.invoke('display:get')).toEqual({ ok: true, value: 'display:get' });
    expect(await api.invoke('config:get')).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(fake.ipcRenderer.invoked).toEqual([['display:get', undefined]]);
    api.on('register:changed', () => undefined);
    expect(fake.ipcRenderer.listeners.has('register:changed')).toBe(false);
    const off = api.on('display:changed', () => undefined);
    expect(fake.ipcRenderer.listeners.get('display:changed')).toHaveLength(1);
    off();
    expect(fake.ipcRenderer.listeners.get('display:changed')).toHaveLength(0);
  });

  it('give the desk window its channels under window.desk', async () => {
    await import('../../electron/preload/desk');
    const api = fake.contextBridge.exposed.get('desk') as { invoke: (c: string) => Promise<unknown> };
    expect(await api.invoke('app:info')).toEqual({ ok: true, value: 'app:info' });
    expect(await api.invoke('display:set-language')).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });
});
