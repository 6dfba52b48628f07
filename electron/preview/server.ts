import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventsFor, type WindowKind } from '../../shared/contract/channels';
import { parseFlags } from '../../shared/config/schema';
import { createAppServices } from '../main/services';
import { describeApp } from '../main/services/app/appInfo';
import { loadConfig } from '../main/services/config/loadConfig';
import { createEventBus } from '../main/services/events';
import { createFileLogger } from '../main/services/log/logger';
import { openUserStore } from '../main/services/settings/userStore';
import { clockFromEnvironment, testableWall, testWorldShift } from '../main/services/register/wallClock';
import { createDispatcher } from '../main/ipc/dispatch';
import { createHandlers } from '../main/ipc/handlers';
import { seedDemo } from './seedDemo';
import { publicKeyText } from '../main/services/trust/keys';

/**
 * Preview mode: the built renderer in a browser, backed by the real services over a small
 * HTTP bridge on 127.0.0.1 with a random token. A development and test tool, never packaged.
 */
const here = fileURLToPath(new URL('.', import.meta.url));
const rendererDir = join(here, '../renderer');
const bridgeFile = join(here, 'public/bridge.js');
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'";
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
const MAX_BODY = 20 * 1024 * 1024;

const USAGE = `Laipni preview mode: the app's real services in a browser, on demo data (never packaged).

Usage: node out/preview/server.js [options]   (npm run preview builds first)

  --data DIR           demo data folder (default: laipni-preview in the system's temp folder)
  --os-account ACCOUNT sign in as this account, e.g. RNP\\aija.liepina (default: RNP\\demo.admin)
  --port N             port on 127.0.0.1 (default: any free port)
  --config FILE        machine configuration to use instead of the demo one
  --share-folder DIR, --institution CODE, --desk CODE, --language lv|en, …
                       any configuration flag of the app (see README)
  --help               this text

It prints the desk's address with a random access token, and the client display's address.
`;

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  const flags = parseFlags(process.argv.slice(2));
  const dataDir = typeof flags.data === 'string' ? flags.data : join(tmpdir(), 'laipni-preview');
  // Test builds: LAIPNI_TEST_NOW sets the moment the services and the sample data start from.
  const now = testableWall(process.env);
  const demo = await seedDemo(dataDir, now);
  const argv = ['--config', typeof flags.config === 'string' ? flags.config : demo.configFile, ...process.argv.slice(2)];
  const config = await loadConfig({ env: process.env, argv, platform: process.platform });
  // The demo trust root enrolled desks on the demo share only: on another share it would refuse
  // every other preview's desk, so it is not pinned there (and preview says so).
  const demoTrust = config.values.shareFolder === demo.shareFolder;
  if (!demoTrust && config.values.adminPublicKey === publicKeyText(demo.admin.publicKey)) {
    config.values.adminPublicKey = null;
    config.entries = config.entries.map((e) => (e.key === 'adminPublicKey' ? { ...e, value: null, source: 'default' } : e));
  }
  const logFile = join(dataDir, 'logs', 'laipni.log');
  const log = createFileLogger(logFile);
  const store = await openUserStore(join(dataDir, 'settings.json'));
  const bus = createEventBus();
  const pkg = JSON.parse(await readFile(join(here, '../../package.json'), 'utf8')) as { version: string };
  const info = describeApp({
    name: 'Laipni',
    version: pkg.version,
    mode: 'preview',
    dataFolder: dataDir,
    logFile,
    versions: process.versions,
    platform: process.platform,
  });
  // Preview only: the signed-in account is given on the command line to try each role.
  const account = typeof flags['os-account'] === 'string' ? flags['os-account'] : demo.account;
  const services = createAppServices({
    info,
    config,
    store,
    bus,
    log,
    account,
    now,
    ...(demoTrust ? { adminSigner: demo.admin } : {}),
    shareTimeShiftMs: testWorldShift(process.env, await fileSystemNow(dataDir)),
    // Test builds only: how long the client display's survey waits for an answer, in ms.
    surveyTimes:
      __LAIPNI_TEST_BUILD__ && process.env.LAIPNI_TEST_SURVEY_WAIT_MS
        ? { answerMs: Number(process.env.LAIPNI_TEST_SURVEY_WAIT_MS), thanksMs: 6_000 }
        : undefined,
  });
  const dispatch = createDispatcher(createHandlers(services), log);

  const token = typeof flags.token === 'string' && flags.token.length >= 16 ? flags.token : randomBytes(24).toString('hex');
  const tokenBuf = Buffer.from(token);
  const hasToken = (req: IncomingMessage, url: URL): boolean => {
    const given = url.searchParams.get('token') ?? req.headers['x-laipni-token'] ?? /(?:^|;\s*)laipni_preview=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    if (typeof given !== 'string') return false;
    const buf = Buffer.from(given);
    return buf.length === tokenBuf.length && timingSafeEqual(buf, tokenBuf);
  };

  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.error('preview request failed', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 421, 'text/plain', 'Wrong host');
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (!hasToken(req, url)) {
      return send(res, 403, 'text/plain; charset=utf-8', 'Laipni preview: open the address printed by “npm run preview” (it carries the access token).');
    }
    if (url.searchParams.has('token')) {
      res.setHeader('Set-Cookie', `laipni_preview=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }
    const path = decodeURIComponent(url.pathname);
    const api = /^\/__preview\/api\/(desk|display)\/([a-z-]+:[a-z-]+)$/.exec(path);
    if (api && req.method === 'POST') {
      // The token cookie rides along with any page's request to 127.0.0.1, whatever its port:
      // only the preview's own pages (same origin), sending JSON, may call the bridge.
      if (!sameOrigin(req.headers.origin, host)) return send(res, 403, 'text/plain; charset=utf-8', 'Laipni preview: requests from other pages are refused.');
      if (!isJson(req.headers['content-type'])) return send(res, 415, 'text/plain; charset=utf-8', 'Laipni preview: the bridge takes application/json only.');
      if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) return tooLarge(req, res);
      const body = await readBody(req);
      if (body === null) return tooLarge(req, res);
      let request: unknown;
      try {
        request = body ? (JSON.parse(body) as { request?: unknown }).request : undefined;
      } catch {
        return json(res, { ok: false, error: { code: 'invalid_request', message: 'Body is not JSON', details: { field: '(request)' } } });
      }
      return json(res, await dispatch(api[1] as WindowKind, api[2]!, request));
    }
    const events = /^\/__preview\/events\/(desk|display)$/.exec(path);
    if (events && req.method === 'GET') return streamEvents(res, events[1] as WindowKind);
    if (path === '/__preview/bridge.js') return sendFile(res, bridgeFile);
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'Method not allowed');
    if (path === '/') {
      res.writeHead(302, { Location: '/desk.html' });
      return void res.end();
    }
    if (path === '/desk.html' || path === '/display.html') return sendPage(res, path.slice(1), path === '/desk.html' ? 'desk' : 'display');
    const file = normalize(join(rendererDir, path));
    if (!file.startsWith(rendererDir + sep)) return send(res, 404, 'text/plain', 'Not found');
    return sendFile(res, file);
  }

  function streamEvents(res: ServerResponse, kind: WindowKind): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    const allowed = eventsFor(kind);
    const unsubscribe = bus.subscribe((event, payload) => {
      if (allowed.includes(event)) res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const ping = setInterval(() => res.write(': ping\n\n'), 15000);
    res.on('close', () => {
      clearInterval(ping);
      unsubscribe();
    });
  }

  async function sendPage(res: ServerResponse, name: string, kind: WindowKind): Promise<void> {
    const html = await readFile(join(rendererDir, name), 'utf8');
    const tag = `<script src="./__preview/bridge.js" data-window="${kind}"></script>`;
    send(res, 200, TYPES['.html']!, html.replace('<script', `${tag}\n    <script`));
  }

  async function sendFile(res: ServerResponse, file: string): Promise<void> {
    try {
      if (!(await stat(file)).isFile()) return send(res, 404, 'text/plain', 'Not found');
    } catch {
      return send(res, 404, 'text/plain', 'Not found');
    }
    res.writeHead(200, headers(TYPES[extname(file)] ?? 'application/octet-stream'));
    createReadStream(file).pipe(res);
  }

  server.listen(Number(flags.port ?? 0), '127.0.0.1', () => {
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
    const link = `http://127.0.0.1:${port}/desk.html?token=${token}`;
    console.log(`Laipni preview (sample data in ${dataDir})`);
    if (!demoTrust) console.log('  demo trust root not used: this is not the demo share, so no signatures are checked');
    else if (demo.enrolled.length)
      console.log(
        `  demo trust root: a demo admin key (${join(dataDir, 'demo-admin-key.pem')}) signs the sample documents; desks ${demo.enrolled.join(', ')} enrolled with it`,
      );
    console.log(`  desk:           ${link}`);
    console.log(`  client display: http://127.0.0.1:${port}/display.html?token=${token}`);
    console.log(JSON.stringify({ previewReady: { port, token, dataDir, testClock: clockFromEnvironment() } }));
  });
  // Event streams never end on their own: close them too, or a browser left open keeps the server up.
  const stop = () => {
    void services.register.stop().finally(() => server.close(() => process.exit(0)));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function headers(type: string): Record<string, string> {
  return {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  };
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, headers(type));
  res.end(body);
}

/** The time the file system stamps on a file written now (libfaketime moves the process clock, not this). */
async function fileSystemNow(dir: string): Promise<number> {
  const probe = join(dir, '.clock-probe');
  await writeFile(probe, '');
  const { mtimeMs } = await stat(probe);
  await rm(probe, { force: true });
  return mtimeMs;
}

function json(res: ServerResponse, value: unknown): void {
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** The body as text, or null once it passes the limit (the rest is not kept). */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let size = 0;
    let over = false;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY && !over) {
        over = true;
        chunks.length = 0;
        resolve(null);
      } else if (!over) chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/**
 * 413 once the rest of the body has been read and dropped: answering first and closing would
 * reset the connection while the client still sends, and the client could lose the answer.
 * A body past a larger bound is not read to its end: the connection is cut.
 */
function tooLarge(req: IncomingMessage, res: ServerResponse): void {
  const answer = () => {
    res.setHeader('Connection', 'close');
    send(res, 413, 'text/plain; charset=utf-8', `Laipni preview: a request body may hold at most ${MAX_BODY} bytes.`);
  };
  if (req.readableEnded) return answer();
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT) req.destroy();
  });
  req.on('end', answer);
  req.resume();
}

const DRAIN_LIMIT = 4 * MAX_BODY;

/** The page's origin is the address the request was sent to (host already checked to be 127.0.0.1 or localhost with our port). */
const sameOrigin = (origin: string | undefined, host: string) => origin === `http://${host}`;

const isJson = (type: string | undefined) => /^application\/json\s*(;|$)/i.test(type ?? '');

main().catch((error: unknown) => {
  console.error('Laipni preview could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
