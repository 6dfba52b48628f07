import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { protocol, type Session } from 'electron';

/**
 * The app's pages come from `app://laipni/…`, not `file://`: a standard, secure origin of their
 * own, so the IPC sender check compares one exact origin, the content security policy's 'self'
 * means only the app, and no page needs file-protocol privileges (that fuse is off).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'laipni';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Must run before the app is ready: Electron fixes scheme privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export const appPageUrl = (page: string): string => `${APP_ORIGIN}/${page}`;

/**
 * The file under `root` an app URL names, or null: another scheme or host, an encoded or
 * literal `..` that climbs out of the renderer folder, or a path that is not a plain file name.
 */
export function resolveAppPath(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const file = resolve(root, `.${path}`);
  const inside = relative(resolve(root), file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) return null;
  return file;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

/** Answers one `app://` request from the renderer folder; anything else is 404, never a directory listing. */
export async function appResponse(url: string, root: string): Promise<Response> {
  const file = resolveAppPath(url, root);
  const type = file ? TYPES[extname(file).toLowerCase()] : undefined;
  if (!file || !type) return new Response('Not found', { status: 404 });
  try {
    return new Response(await readFile(file), { status: 200, headers: { 'content-type': type } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

/** Serves the renderer folder on `app://laipni/` in a session. */
export function serveApp(session: Session, root: string): void {
  session.protocol.handle(APP_SCHEME, (request) => appResponse(request.url, root));
}

/** The renderer folder of a build: `out/renderer` beside `out/main`. */
export const rendererRoot = (mainDir: string): string => join(mainDir, '..', 'renderer');
