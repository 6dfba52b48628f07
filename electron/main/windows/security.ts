import { BrowserWindow, type BrowserWindowConstructorOptions, type Session, type WebContents } from 'electron';

/**
 * Every window is made here, with Electron's security checklist written out as one literal so
 * that a reader (and electronegativity's static scan) sees it at the constructor.
 */
export function createSecureWindow(options: BrowserWindowConstructorOptions, preload: string): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

/** No navigation away from the app, no new windows, no webviews: the UI is one page per window. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Deny every permission request (camera, notifications from pages, geolocation, …). */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * True when a URL is one of the app's own pages: its origin is exactly the app's (`app://laipni`),
 * or, while developing, the development server's. Compared as origins, never as string prefixes:
 * `app://laipni.evil` or `app://laipni@evil` are not the app.
 */
export function isAppUrl(url: string, appOrigin: string, devServer?: string): boolean {
  let origin: string;
  try {
    const parsed = new URL(url);
    // Non-special schemes report origin "null"; build it from the parts instead.
    origin = parsed.username || parsed.password ? '' : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return false;
  }
  if (devServer) return origin === new URL(devServer).origin;
  return origin === appOrigin;
}
