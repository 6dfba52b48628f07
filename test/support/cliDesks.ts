import { spawn, type ChildProcess } from 'node:child_process';
import { chownSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createDirectoryService } from '../../electron/main/services/directory/directoryService';
import { publicKeyText, readPrivateKey, type KeyPair } from '../../electron/main/services/trust/keys';
import { trustRootFrom } from '../../electron/main/services/trust/trustRoot';
import { person } from './people';
import { cliClockEnv } from './fileClock';
import { ROOT } from './preview';

/**
 * Headless desks for the multi-process tests: each desk is a data folder used by real
 * `laipni` processes (the built CLI), all on one temporary share.
 */
export const CLI = join(ROOT, 'out/cli/laipni.js');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string>;
  /** Run as another user (the root user ignores file permissions). */
  uid?: number;
  /** Another build of the command (a copy of out/ beside its own package.json); default: this tree's. */
  cli?: string;
}

export function startCli(args: string[], options: RunOptions = {}): ChildProcess {
  return spawn(process.execPath, [options.cli ?? CLI, ...(args.includes('--language') ? [] : ['--language', 'en']), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...options.env, ...cliClockEnv({ ...process.env, ...options.env }) },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  });
}

export function finished(child: ChildProcess): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

export const runCli = (args: string[], options: RunOptions = {}) => finished(startCli(args, options));

export const tempFolder = (name: string) => mkdtemp(join(tmpdir(), `laipni-mp-${name}-`));

/** IT's admin key made with `laipni admin keygen`: the key file, its passphrase file, the public half to pin, and the key itself. */
export async function newAdminKey(
  passphrase = 'Rēzekne admin key, kept in the safe',
): Promise<{ keyFile: string; pass: string; publicKey: string; admin: KeyPair }> {
  const it = await tempFolder('it');
  const keyFile = join(it, 'admin-key.pem');
  const pass = join(it, 'passphrase.txt');
  await writeFile(pass, `${passphrase}\n`);
  const made = await runCli(['admin', 'keygen', '--out', keyFile, '--passphrase-file', pass]);
  expect(made.code, made.stderr).toBe(0);
  const publicKey = /"adminPublicKey": "(ed25519:[^"]+)"/.exec(made.stdout)![1]!;
  const admin = readPrivateKey(await readFile(keyFile, 'utf8'), passphrase);
  if (typeof admin === 'string') throw new Error(admin);
  return { keyFile, pass, publicKey, admin };
}

export interface StatusInfo {
  deskId: string;
  entries: number;
  mine: number;
  stateHash: string;
  held: { future: number; newer: number };
  needsReview: string[];
}

export interface ExportedEntry {
  id: string;
  number: string;
  status: string;
  description: string;
  registeredAt: string;
  needsReview: boolean;
}

/** One headless desk: a data folder, a desk code, and the share it syncs with. */
export class Desk {
  env: Record<string, string> = {};
  uid: number | undefined;
  /** The build this desk runs (see `RunOptions.cli`). */
  cli: string | undefined;
  constructor(
    readonly data: string,
    public share: string,
    readonly code: string,
  ) {}

  private args(...rest: string[]) {
    return [...rest, '--data', this.data, '--institution', 'RNP', '--desk', this.code];
  }

  run(args: string[], env: Record<string, string> = {}) {
    return runCli(args, { env: { ...this.env, ...env }, uid: this.uid, cli: this.cli });
  }

  async add(description: string, env: Record<string, string> = {}): Promise<ExportedEntry> {
    const r = await this.run(
      this.args('register', 'add', '--json', '--kind', 'complaint', '--channel', 'phone', '--subject', 'service_quality', '--description', description),
      env,
    );
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as ExportedEntry;
  }

  async importMany(count: number, prefix: string): Promise<CliResult> {
    const file = join(await tempFolder('import'), 'rows.jsonl');
    const rows = Array.from({ length: count }, (_, i) =>
      JSON.stringify({ kind: 'suggestion', channel: 'letter', subject: 'premises', description: `${prefix} ${i}` }),
    );
    await writeFile(file, `${rows.join('\n')}\n`);
    if (this.uid !== undefined) chownSync(file, this.uid, this.uid);
    return this.run(this.args('register', 'import', file, '--share', this.share));
  }

  startImport(file: string) {
    return startCli(this.args('register', 'import', file, '--share', this.share), { env: this.env, uid: this.uid, cli: this.cli });
  }

  set(number: string, status: string, env: Record<string, string> = {}) {
    return this.run(this.args('register', 'set', number, '--status', status), env);
  }

  sync(env: Record<string, string> = {}) {
    return this.run(this.args('sync', '--once', '--json', '--share', this.share), env);
  }

  startSync(interval = 200) {
    return startCli(this.args('sync', '--json', '--interval', String(interval), '--share', this.share), { env: this.env, uid: this.uid, cli: this.cli });
  }

  async status(env: Record<string, string> = {}): Promise<StatusInfo> {
    const r = await this.run(this.args('register', 'status', '--json'), env);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as StatusInfo;
  }

  async entries(): Promise<ExportedEntry[]> {
    const r = await this.run(this.args('register', 'export', '--format', 'json'));
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as ExportedEntry[];
  }
}

export async function newShare(): Promise<string> {
  const share = join(await tempFolder('share'), 'share');
  const r = await runCli(['share', 'init', share]);
  expect(r.code, r.stderr).toBe(0);
  return share;
}

/**
 * The register commands act with the roles the staff directory gives the OS account, as the
 * app does. Each desk keeps a directory copy in which the account running the tests (and
 * `nobody`, for the tests that switch user) may see and review every RNP entry.
 */
export const REVIEWER_ROLES = ['desk_staff', 'head', 'executive_director', 'ethics_commission'] as const;

export async function newDesk(
  share: string,
  code: string,
  roles: ReadonlyArray<(typeof REVIEWER_ROLES)[number]> = REVIEWER_ROLES,
  /** The test's admin key, when the desk runs with a trust root: it signs the desk's directory copy. */
  admin?: KeyPair,
): Promise<Desk> {
  const data = join(await tempFolder(`desk-${code}`), 'data');
  const trust = admin ? trustRootFrom(publicKeyText(admin.publicKey)) : null;
  const directory = createDirectoryService({ shareFolder: await tempFolder('staff'), dataFolder: data, trust, ...(admin ? { signer: admin } : {}) });
  await directory.ready();
  await directory.savePerson(
    person({ id: 'cli.tester', institutionCode: 'RNP', accounts: [userInfo().username, 'nobody'], roles: [...roles] }),
    'test setup',
    true,
  );
  return new Desk(data, share, code);
}

/** Syncs every desk twice over (push, then pull what the others pushed) and returns each desk's state. */
export async function converge(desks: readonly Desk[], env: Record<string, string> = {}): Promise<StatusInfo[]> {
  for (let pass = 0; pass < 2; pass++) {
    for (const d of desks) await d.sync(env);
  }
  return Promise.all(desks.map((d) => d.status(env)));
}

/** Asserts all desks have the same state and every expected entry id. */
export async function expectConverged(desks: readonly Desk[], expectedIds: Iterable<string>, env: Record<string, string> = {}): Promise<StatusInfo[]> {
  const states = await converge(desks, env);
  expect(new Set(states.map((s) => s.stateHash)).size, JSON.stringify(states, null, 1)).toBe(1);
  const ids = new Set((await desks[0]!.entries()).map((e) => e.id));
  const missing = [...expectedIds].filter((id) => !ids.has(id));
  expect(missing, 'entries lost').toEqual([]);
  return states;
}

export function deskFiles(share: string, deskId: string): string[] {
  return readdirSync(join(share, 'desks', deskId)).sort();
}

export const fileSize = (path: string) => statSync(path).size;

export function chownTree(path: string, uid: number): void {
  chownSync(path, uid, uid);
  if (statSync(path).isDirectory()) for (const name of readdirSync(path)) chownTree(join(path, name), uid);
}
