import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The moment e2e tests run at unless they choose another: a Monday morning in Riga, a working
 * day with reception hours, well clear of public holidays. The preview's services and the
 * sample data start from it, and pages get the same time (see newPage).
 */
export const TEST_NOW = '2026-12-07T08:00:00+02:00';

const running = new Set<Preview>();

export interface Preview {
  origin: string;
  token: string;
  dataDir: string;
  /** The time the preview's clock started from. */
  now: string;
  /** The server's process id (the app's main side), for measuring its memory. */
  pid: number;
  /** A page's address with the access token. */
  url(page: 'desk' | 'display'): string;
  stop(): Promise<void>;
  output(): string;
}

/** Starts the built preview server (`out/preview/server.js`) on a random port with its own data folder. */
export async function startPreview(
  options: {
    dataDir?: string;
    args?: string[];
    env?: Record<string, string>;
    now?: string;
    /** The bench runs the production build, whose clock is the real one; tests need the test build. */
    production?: boolean;
    startTimeoutMs?: number;
  } = {},
): Promise<Preview> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'laipni-e2e-')));
  const now = options.now ?? TEST_NOW;
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'out/preview/server.js'), '--data', dataDir, '--port', '0', ...(options.args ?? [])], {
    cwd: ROOT,
    env: { ...process.env, ...options.env, LAIPNI_TEST_NOW: now },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const ready = await new Promise<{ port: number; token: string; testClock: boolean }>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview did not start:\n${output}`)), options.startTimeoutMs ?? 20000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output += `${line}\n`;
      if (line.startsWith('{"previewReady"')) {
        clearTimeout(timer);
        resolvePromise((JSON.parse(line) as { previewReady: { port: number; token: string; testClock: boolean } }).previewReady);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview exited with ${code}:\n${output}`));
    });
  });
  const origin = `http://127.0.0.1:${ready.port}`;
  const preview: Preview = {
    origin,
    token: ready.token,
    dataDir,
    now,
    pid: child.pid!,
    url: (page) => `${origin}/${page}.html?token=${ready.token}`,
    output: () => output,
    stop: () =>
      new Promise((done) => {
        running.delete(preview);
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
  running.add(preview);
  if (!ready.testClock && !options.production) {
    await preview.stop();
    throw new Error('out/ is a production build, whose preview ignores LAIPNI_TEST_NOW: run `npm run build:test` first');
  }
  return preview;
}

/** Stops every preview a test started and left running (after a failure, say). */
export const stopAllPreviews = () => Promise.all([...running].map((p) => p.stop()));
