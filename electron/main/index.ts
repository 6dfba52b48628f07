import { app, ipcMain, safeStorage, session, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createAppServices } from './services';
import { safeStorageKeyStore } from './services/trust/deskKey';
import { describeApp } from './services/app/appInfo';
import { loadConfig } from './services/config/loadConfig';
import { createEventBus } from './services/events';
import { createFileLogger } from './services/log/logger';
import { openUserStore } from './services/settings/userStore';
import { createDispatcher } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/registerIpc';
import { startDeadlineReminders } from './review/deadlineReminders';
import { createDeskWindow, createDisplayWindow, type WindowPaths } from './windows/createWindows';
import { APP_ORIGIN, appPageUrl, registerAppScheme, serveApp } from './windows/appProtocol';
import { hardenSession, hardenWebContents, isAppUrl } from './windows/security';
import { createWindowRegistry } from './windows/windowRegistry';

// Composition root: it only wires services, IPC and windows together.
const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
// A development server only while developing: the packaged app never reads it.
const devServer = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const paths: WindowPaths = {
  preload: { desk: join(here, '../preload/desk.cjs'), display: join(here, '../preload/display.cjs') },
  page: devServer
    ? { desk: { url: `${devServer}/desk.html` }, display: { url: `${devServer}/display.html` } }
    : { desk: { url: appPageUrl('desk.html') }, display: { url: appPageUrl('display.html') } },
};
registerAppScheme();
// Chromium's own controls follow its locale, not the page: in a Latvian office a date field
// reads dd.mm.gggg and a time field 24-hour, whatever language the staff choose for the text.
app.commandLine.appendSwitch('lang', 'lv');

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

async function start(): Promise<void> {
  await app.whenReady();
  const dataFolder = app.getPath('userData');
  const logFile = join(dataFolder, 'logs', 'laipni.log');
  const log = createFileLogger(logFile);
  log.info(`start ${app.getVersion()} on ${process.platform}`);

  const config = await loadConfig({ env: process.env, argv: process.argv, platform: process.platform });
  for (const p of config.problems) log.warn(`config ${p.key}: ${p.code} (${p.source})`);
  const store = await openUserStore(join(dataFolder, 'settings.json'));
  const bus = createEventBus();
  const info = describeApp({
    name: app.getName(),
    version: app.getVersion(),
    mode: 'electron',
    dataFolder,
    logFile,
    versions: process.versions,
    platform: process.platform,
  });
  const account = process.env.USERDOMAIN ? `${process.env.USERDOMAIN}\\${userInfo().username}` : userInfo().username;
  let display: BrowserWindow | null = null;
  const openDisplay = () => {
    if (display && !display.isDestroyed()) return display.showInactive();
    display = createDisplayWindow(paths, store);
    windows.add('display', display);
    display.on('closed', () => (display = null));
  };
  // The desk's signing key, encrypted with this computer's and this user's OS key store.
  const deskKeyStore = safeStorageKeyStore(safeStorage, join(dataFolder, 'trust', 'desk-key.bin'));
  // Its encryption key (personal fields, services/privacy/README.md), kept the same way.
  const encryptionKeyStore = safeStorageKeyStore(safeStorage, join(dataFolder, 'trust', 'desk-enc-key.bin'));
  const services = createAppServices({ info, config, store, bus, log, account, deskKeyStore, encryptionKeyStore, displayWindow: { open: openDisplay } });
  app.on('before-quit', () => void services.register.stop());

  const windows = createWindowRegistry((url) => isAppUrl(url, APP_ORIGIN, devServer));
  hardenSession(session.defaultSession);
  serveApp(session.defaultSession, rendererDir);
  registerIpc({ ipcMain, dispatch: createDispatcher(createHandlers(services), log), senderKind: windows.senderKind, log });
  bus.subscribe((event, payload) => windows.broadcast(event, payload));

  const desk = createDeskWindow(paths, store);
  windows.add('desk', desk);
  desk.on('closed', () => app.quit());
  startDeadlineReminders({ services, window: () => (desk.isDestroyed() ? null : desk) });
  if (config.values.clientDisplay) openDisplay();

  app.on('second-instance', () => {
    if (desk.isMinimized()) desk.restore();
    desk.focus();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('window-all-closed', () => app.quit());
  start().catch((error: unknown) => {
    console.error('Laipni could not start', error);
    app.exit(1);
  });
}
