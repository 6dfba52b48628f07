import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface Preview {
  origin: string;
  token: string;
  dataDir: string;
  /** A page's address with the access token. */
  url(page: 'desk' | 'display'): string;
  stop(): Promise<void>;
  output(): string;
}

/** Starts the built preview server (`out/preview/server.js`) on a random port with its own data folder. */
export async function startPreview(options: { dataDir?: string; args?: string[]; env?: Record<string, string> } = {}): Promise<Preview> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'laipni-e2e-')));
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'out/preview/server.js'), '--data', dataDir, '--port', '0', ...(options.args ?? [])], {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const ready = await new Promise<{ port: number; token: string }>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview did not start:\n${output}`)), 20000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output += `${line}\n`;
      if (line.startsWith('{"previewReady"')) {
        clearTimeout(timer);
        resolvePromise((JSON.parse(line) as { previewReady: { port: number; token: string } }).previewReady);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview exited with ${code}:\n${output}`));
    });
  });
  const origin = `http://127.0.0.1:${ready.port}`;
  return {
    origin,
    token: ready.token,
    dataDir,
    url: (page) => `${origin}/${page}.html?token=${ready.token}`,
    output: () => output,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
