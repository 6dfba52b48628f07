import { screen, type BrowserWindow } from 'electron';
import type { WindowKind } from '../../../shared/contract';
import type { Bounds, UserStore } from '../services/settings/userStore';
import { createSecureWindow } from './security';
import { visibleBounds } from './windowState';

export interface WindowPaths {
  preload: Record<WindowKind, string>;
  /** A file path per page when packaged, or the dev server URL. */
  page: Record<WindowKind, { file: string } | { url: string }>;
}

const TITLES: Record<WindowKind, string> = { desk: 'Laipni', display: 'Laipni — klientiem' };

function load(win: BrowserWindow, target: { file: string } | { url: string }): void {
  if ('file' in target) void win.loadFile(target.file);
  else void win.loadURL(target.url);
}

function rememberBounds(win: BrowserWindow, kind: WindowKind, store: UserStore): void {
  const save = () => {
    if (win.isDestroyed() || win.isMinimized()) return;
    const b = win.getNormalBounds();
    const bounds: Bounds = { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() };
    void store.update((d) => {
      d.windows[kind] = bounds;
    });
  };
  win.on('moved', save);
  win.on('resized', save);
  win.on('maximize', save);
  win.on('unmaximize', save);
  win.on('close', save);
}

export function createDeskWindow(paths: WindowPaths, store: UserStore): BrowserWindow {
  const areas = screen.getAllDisplays().map((d) => d.workArea);
  const saved = visibleBounds(store.read().windows.desk, areas);
  const win = createSecureWindow(
    {
      title: TITLES.desk,
      width: saved?.width ?? 1280,
      height: saved?.height ?? 860,
      ...(saved ? { x: saved.x, y: saved.y } : {}),
      minWidth: 900,
      minHeight: 600,
      show: false,
    },
    paths.preload.desk,
  );
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  rememberBounds(win, 'desk', store);
  load(win, paths.page.desk);
  return win;
}

/**
 * The client-facing screen: full screen on a secondary monitor when there is one, otherwise
 * an ordinary window that staff can move to wherever the client can see it.
 */
export function createDisplayWindow(paths: WindowPaths, store: UserStore): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  const secondary = screen.getAllDisplays().find((d) => d.id !== primary.id);
  const saved = visibleBounds(
    store.read().windows.display,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const placement = secondary
    ? { ...secondary.bounds, fullscreen: true }
    : { width: saved?.width ?? 1024, height: saved?.height ?? 640, ...(saved ? { x: saved.x, y: saved.y } : {}) };
  const win = createSecureWindow({ title: TITLES.display, ...placement, show: false, autoHideMenuBar: true }, paths.preload.display);
  win.once('ready-to-show', () => win.showInactive());
  if (!secondary) rememberBounds(win, 'display', store);
  load(win, paths.page.display);
  return win;
}
