import { EventEmitter } from 'node:events';

/**
 * A stand-in for the parts of Electron the wiring touches. Only this layer mocks Electron;
 * its binary cannot run on the build machines.
 */
let nextId = 1;

export class FakeWebContents extends EventEmitter {
  id = nextId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: Array<[string, unknown]> = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  loaded: { file?: string; url?: string } = {};
  maximized = false;
  constructor(public options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  loadFile(file: string) {
    this.loaded = { file };
    return Promise.resolve();
  }
  loadURL(url: string) {
    this.loaded = { url };
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  isMaximized() {
    return this.maximized;
  }
  maximize() {
    this.maximized = true;
  }
  getNormalBounds() {
    return {
      x: (this.options.x as number) ?? 0,
      y: (this.options.y as number) ?? 0,
      width: this.options.width as number,
      height: this.options.height as number,
    };
  }
  show() {}
  showInactive() {}
  focus() {}
  restore() {}
}

export const displays = {
  list: [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] as Array<{
    id: number;
    bounds: { x: number; y: number; width: number; height: number };
    workArea: { x: number; y: number; width: number; height: number };
  }>,
};

export const screen = {
  getAllDisplays: () => displays.list,
  getPrimaryDisplay: () => displays.list[0]!,
};

export const ipcMainHandlers = new Map<string, (event: unknown, request: unknown) => unknown>();
export const ipcMain = {
  handle: (channel: string, handler: (event: unknown, request: unknown) => unknown) => {
    ipcMainHandlers.set(channel, handler);
  },
};

export class FakeSession {
  protocolHandlers = new Map<string, (request: { url: string }) => Promise<Response> | Response>();
  protocol = {
    handle: (scheme: string, handler: (request: { url: string }) => Promise<Response> | Response) => {
      this.protocolHandlers.set(scheme, handler);
    },
  };
  permissionRequest: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  setPermissionRequestHandler(h: FakeSession['permissionRequest']) {
    this.permissionRequest = h;
  }
  setPermissionCheckHandler(h: FakeSession['permissionCheck']) {
    this.permissionCheck = h;
  }
}
export const session = { defaultSession: new FakeSession() };

export const protocol = {
  privileged: [] as Array<{ scheme: string; privileges: Record<string, boolean> }>,
  registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>) {
    this.privileged.push(...schemes);
  },
};

export const appState = { lock: true, userData: '', quitCalled: 0, packaged: true, readyResolve: () => {} };
class FakeApp extends EventEmitter {
  private ready = new Promise<void>((resolve) => (appState.readyResolve = resolve));
  get isPackaged() {
    return appState.packaged;
  }
  requestSingleInstanceLock() {
    return appState.lock;
  }
  whenReady() {
    return this.ready;
  }
  getPath() {
    return appState.userData;
  }
  getName() {
    return 'Laipni';
  }
  getVersion() {
    return '0.1.0';
  }
  quit() {
    appState.quitCalled++;
  }
  /** Chromium switches set before ready (`--lang`): what the windows' built-in controls follow. */
  commandLine = {
    switches: new Map<string, string>(),
    appendSwitch(name: string, value = '') {
      this.switches.set(name, value);
    },
  };
  badgeCount = 0;
  setBadgeCount(count: number) {
    this.badgeCount = count;
    return true;
  }
  exit() {}
}
export const app = new FakeApp();

export class Notification {
  static shown: Array<{ title: string; body: string }> = [];
  constructor(private options: { title: string; body: string }) {}
  static isSupported() {
    return true;
  }
  show() {
    Notification.shown.push(this.options);
  }
}

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(name: string, api: unknown) {
    this.exposed.set(name, api);
  },
};
export const ipcRenderer = {
  invoked: [] as Array<[string, unknown]>,
  listeners: new Map<string, Array<(...a: unknown[]) => void>>(),
  invoke(channel: string, request: unknown) {
    this.invoked.push([channel, request]);
    return Promise.resolve({ ok: true, value: channel });
  },
  on(channel: string, listener: (...a: unknown[]) => void) {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
  },
  removeListener(channel: string, listener: (...a: unknown[]) => void) {
    this.listeners.set(
      channel,
      (this.listeners.get(channel) ?? []).filter((l) => l !== listener),
    );
  },
};

/** The OS key store, standing in for DPAPI or the keyring: reversible, and marked so a test can tell it was used. */
export const safeStorage = {
  available: true,
  isEncryptionAvailable: () => safeStorage.available,
  encryptString: (text: string) => Buffer.from(`fake-os-key-store:${Buffer.from(text, 'utf8').toString('base64')}`, 'utf8'),
  decryptString: (data: Buffer) => {
    const text = data.toString('utf8');
    if (!text.startsWith('fake-os-key-store:')) throw new Error('not encrypted by this key store');
    return Buffer.from(text.slice('fake-os-key-store:'.length), 'base64').toString('utf8');
  },
};

export function reset() {
  FakeBrowserWindow.created = [];
  ipcMainHandlers.clear();
  contextBridge.exposed.clear();
  ipcRenderer.invoked = [];
  ipcRenderer.listeners.clear();
  displays.list = displays.list.slice(0, 1);
  protocol.privileged = [];
  session.defaultSession.protocolHandlers.clear();
  appState.packaged = true;
  app.commandLine.switches.clear();
}

export default { app, BrowserWindow: FakeBrowserWindow, ipcMain, screen, session, protocol, contextBridge, ipcRenderer, Notification, safeStorage };
export { FakeBrowserWindow as BrowserWindow };
