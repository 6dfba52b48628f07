import { mkdtemp, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { arch, release, tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import JSZip from 'jszip';
import { loadConfig } from '../../main/services/config/loadConfig';
import { writeFileAtomic } from '../../main/services/fs/atomicWrite';
import { registerPaths } from '../../main/services/register/openRegister';
import { checkShare } from '../../main/services/register/sync/shareCheck';
import { writeVerdict } from '../../main/services/register/sync/requiredVersion';
import { trustRootFrom } from '../../main/services/trust/trustRoot';
import type { CliContext } from '../context';
import { shareAuthority } from './share';

/**
 * `laipni diagnose [--data <dir>] [--share <share>] [--out <file.zip>]`: one archive IT can send
 * to support — versions, the effective configuration with the source of each value, what
 * `share check` finds, what this program may write, the desk's sync state and the last log
 * lines — and no personal data: every name, account, contact, description or other text that
 * people typed into the register or the staff directory is replaced before anything is zipped,
 * and so is anything shaped like an e-mail address or a phone number.
 */
const abs = (p: string) => (isAbsolute(p) ? p : resolve(p));
const LOG_LINES = 300;
const REMOVED = '[removed]';
/** Event fields that hold codes, dates and numbers the app makes, never what a person typed. */
const CODE_FIELDS = new Set([
  'number',
  'institution',
  'deskCode',
  'kind',
  'channel',
  'subject',
  'status',
  'routedTo',
  'routeRule',
  'dueDate',
  'registeredAt',
  'receivedOn',
  'forwardDue',
  'anonymous',
  'consent',
]);

export async function runDiagnose(ctx: CliContext): Promise<number> {
  const config = await loadConfig({ env: ctx.env, argv: ctx.argv, platform: process.platform });
  const data = typeof ctx.flags.data === 'string' ? abs(ctx.flags.data) : null;
  const shareSetting = typeof ctx.flags.share === 'string' ? ctx.flags.share : config.values.shareFolder;
  const share = shareSetting ? abs(shareSetting) : null;
  const trust = trustRootFrom(config.values.adminPublicKey);
  const files: Record<string, string> = {};
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

  files['versions.json'] = json({
    laipni: ctx.version,
    node: process.versions.node,
    platform: process.platform,
    arch: arch(),
    osRelease: release(),
  });
  files['config.json'] = json({
    machineFile: config.machineFile,
    // Admin accounts are people's accounts: only how many there are, and where they came from.
    entries: config.entries.map((e) => (e.key === 'adminAccounts' ? { ...e, value: `${Array.isArray(e.value) ? e.value.length : 0} accounts` } : e)),
    problems: config.problems,
  });
  if (share) {
    try {
      const { roles, people } = await shareAuthority(ctx, share);
      files['share-check.json'] = json(await checkShare(share, trust, roles, people));
      const scratch = data ? null : await mkdtemp(join(tmpdir(), 'laipni-diagnose-'));
      try {
        files['writing.json'] = json(await writeVerdict(share, data ?? scratch!, trust, ctx.version));
      } finally {
        if (scratch) await rm(scratch, { recursive: true, force: true });
      }
    } catch (error) {
      files['share-check.json'] = json({ failed: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
  }
  if (data) {
    files['sync-state.json'] = (await readFile(registerPaths(data).sync, 'utf8').catch(() => null)) ?? json({ missing: true });
    files['data-folder.json'] = json(await folderSizes(data));
    files['log-tail.txt'] = (await lastLines(join(data, 'logs', 'laipni.log'), LOG_LINES)) ?? '(no log file)\n';
  }
  files['README.txt'] =
    'Laipni diagnostics: versions, effective configuration with sources, share check, write permission, sync state, last log lines.\n' +
    `Personal data (names, accounts, contacts, typed text) is replaced by ${REMOVED}.\n`;

  const secrets = await personalStrings(data, share);
  const zip = new JSZip();
  const at = new Date(0);
  for (const [name, text] of Object.entries(files)) zip.file(name, scrub(text, secrets), { date: at });
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const out = abs(typeof ctx.flags.out === 'string' ? ctx.flags.out : 'laipni-diagnose.zip');
  await writeFileAtomic(out, bytes);
  ctx.out(ctx.t('cli.diagnoseWritten', { file: out, count: Object.keys(files).length }));
  return 0;
}

/** Replaces every personal string and anything shaped like an e-mail or a phone number. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join(REMOVED);
  // A value may have been escaped by JSON: replace its escaped form too.
  for (const s of secrets) {
    const escaped = JSON.stringify(s).slice(1, -1);
    if (escaped !== s) out = out.split(escaped).join(REMOVED);
  }
  return out
    .replace(/[^\s"'<>()[\]{},;:]+@[^\s"'<>()[\]{},;:]+\.[a-z]{2,}/gi, REMOVED)
    .replace(/(?<![\w.:/-])\+?\d[\d \-()]{6,}\d(?![\w.:/-])/g, (m) => (m.replace(/\D/g, '').length >= 7 ? REMOVED : m));
}

/**
 * What people typed or are called: every text in the desk's journal and the share's logs
 * (client names, contacts, descriptions, replies; the accounts that wrote them) and every
 * person in the staff directory. Longest first, so a full name goes before its parts.
 */
async function personalStrings(data: string | null, share: string | null): Promise<string[]> {
  const found = new Set<string>();
  const collect = (value: unknown, key: string | null) => {
    if (typeof value === 'string') {
      if (key !== null && CODE_FIELDS.has(key)) return;
      if (value.trim().length >= 3) found.add(value.trim());
      // Each word of a name or a text too, so "Liepiņa" goes wherever it appears alone.
      for (const word of value.split(/[\s,;]+/)) if (word.length >= 4) found.add(word);
    } else if (Array.isArray(value)) for (const v of value) collect(v, key);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k);
  };
  const eventFile = async (file: string) => {
    const text = await readFile(file, 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      try {
        const e = JSON.parse(line) as { f?: unknown; by?: unknown };
        collect(e.f, null);
        collect(e.by, null);
      } catch {
        // not an event line
      }
    }
  };
  if (data) await eventFile(registerPaths(data).journal);
  if (share) {
    for (const desk of await readdir(join(share, 'desks')).catch(() => [] as string[])) {
      for (const name of await readdir(join(share, 'desks', desk)).catch(() => [] as string[])) {
        if (name.endsWith('.jsonl') && !name.endsWith('.sig.jsonl')) await eventFile(join(share, 'desks', desk, name));
      }
    }
  }
  const directories = [share && join(share, 'catalog', 'staff.json'), data && join(data, 'cache', 'staff.json')].filter((f): f is string => !!f);
  for (const file of directories) {
    try {
      const doc = JSON.parse(await readFile(file, 'utf8')) as { data?: { people?: unknown } };
      collect(doc.data?.people, null);
    } catch {
      // no such directory copy
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}

async function folderSizes(dir: string): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  const walk = async (rel: string) => {
    for (const name of await readdir(join(dir, rel)).catch(() => [] as string[])) {
      const path = join(rel, name);
      const info = await stat(join(dir, path)).catch(() => null);
      if (info?.isDirectory()) await walk(path);
      else if (info) sizes[path.split('\\').join('/')] = info.size;
    }
  };
  await walk('');
  return sizes;
}

/** The last `count` lines of a log file, read from its end (a log may be megabytes). */
async function lastLines(file: string, count: number): Promise<string | null> {
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, 256 * 1024);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const lines = buffer.toString('utf8').split('\n');
    return `${lines.slice(-count - 1).join('\n')}`;
  } finally {
    await handle.close();
  }
}
