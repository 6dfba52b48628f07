import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { REVIEWERS, type Reviewer } from '../../../shared/register/codes';
import { parseEncryptionKey } from '../../main/services/privacy/crypto';
import { deskKeySchema, enrolmentsDocument, type Enrolment } from '../../main/services/trust/enrolments';
import { newKeyPair, parsePublicKey, privateKeyPem, publicKeyText, readPrivateKey, type KeyPair } from '../../main/services/trust/keys';
import { signatureFile, signDocument } from '../../main/services/trust/signedDocument';
import { trustRootFrom } from '../../main/services/trust/trustRoot';
import type { CliContext } from '../context';

/**
 * IT's commands (electron/main/services/trust/README.md): make the admin key, sign a document,
 * enrol or revoke a desk. The private key stays encrypted with a passphrase that is read from
 * a prompt (not echoed) or `--passphrase-file`, and is never printed or logged.
 */
const abs = (p: string) => (isAbsolute(p) ? p : resolve(p));
const MIN_PASSPHRASE = 12;

export async function runAdmin(ctx: CliContext, command: string | undefined, rest: string[]): Promise<number> {
  if (command === 'keygen' && rest.length === 0) return keygen(ctx);
  if (command === 'sign' && rest.length === 1) return signFile(ctx, rest[0]!);
  if (command === 'enrol' && rest.length <= 1) return enrol(ctx, rest[0]);
  ctx.err(ctx.t('cli.unknownCommand', { command: ['admin', command ?? '', ...rest].join(' ').trim() }));
  ctx.err(ctx.t('cli.usage'));
  return 2;
}

async function keygen(ctx: CliContext): Promise<number> {
  const out = ctx.flags.out;
  if (typeof out !== 'string' || !out) return usage(ctx, 'cli.admin.needOut');
  if (await stat(abs(out)).catch(() => null)) {
    ctx.err(ctx.t('cli.admin.exists', { file: abs(out) }));
    return 2;
  }
  const passphrase = await passphraseOf(ctx, true);
  if (passphrase === null) return 2;
  if (passphrase.length < MIN_PASSPHRASE) {
    ctx.err(ctx.t('cli.admin.shortPassphrase', { min: MIN_PASSPHRASE }));
    return 2;
  }
  const keys = newKeyPair();
  await writeFile(abs(out), privateKeyPem(keys.privateKey, passphrase), { mode: 0o600, flag: 'wx' });
  const publicKey = publicKeyText(keys.publicKey);
  ctx.out(ctx.t('cli.admin.keyMade', { file: abs(out), fingerprint: trustRootFrom(publicKey)!.fingerprint }));
  ctx.out(`  "adminPublicKey": "${publicKey}"`);
  return 0;
}

async function signFile(ctx: CliContext, file: string): Promise<number> {
  const keys = await adminKey(ctx);
  if (!keys) return 2;
  let bytes: Buffer;
  try {
    bytes = await readFile(abs(file));
  } catch {
    ctx.err(ctx.t('cli.admin.unreadable', { file: abs(file) }));
    return 2;
  }
  await writeFile(signatureFile(abs(file)), signDocument(keys, abs(file), bytes, new Date()));
  ctx.out(ctx.t('cli.admin.signed', { file: abs(file), signature: signatureFile(abs(file)) }));
  return 0;
}

async function enrol(ctx: CliContext, what: string | undefined): Promise<number> {
  const share = typeof ctx.flags.share === 'string' ? abs(ctx.flags.share) : null;
  if (!share) return usage(ctx, 'cli.admin.needShare');
  const revoke = typeof ctx.flags.revoke === 'string' ? ctx.flags.revoke : null;
  if (!revoke && !what) return usage(ctx, 'cli.admin.needDesk');
  let entry: Enrolment | null = null;
  if (what) {
    entry = await enrolmentFrom(ctx, what);
    if (!entry) return 2;
  }
  const keys = await adminKey(ctx);
  if (!keys) return 2;
  const trust = trustRootFrom(publicKeyText(keys.publicKey))!;
  const scratch = await mkdtemp(join(tmpdir(), 'laipni-enrol-'));
  try {
    const doc = enrolmentsDocument(share, scratch, trust);
    const current = await doc.load();
    if (current.problem && current.problem !== 'missing') {
      ctx.err(ctx.t('cli.admin.listRefused', { problem: current.problem }));
      return 1;
    }
    let desks = current.data.desks;
    if (revoke) {
      if (!desks.some((d) => d.deskId === revoke)) {
        ctx.err(ctx.t('cli.admin.notEnrolled', { desk: revoke }));
        return 1;
      }
      desks = desks.filter((d) => d.deskId !== revoke);
    }
    if (entry) desks = [...desks.filter((d) => d.deskId !== entry.deskId), entry];
    await doc.publish({ desks }, undefined, keys);
    if (revoke) ctx.out(ctx.t('cli.admin.revoked', { desk: revoke }));
    if (entry) ctx.out(ctx.t('cli.admin.enrolled', { desk: entry.deskId, code: entry.deskCode, count: desks.length }));
    return 0;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** A desk's `desk-key.json` (from its share folder), or a public key with `--desk-id`. */
async function enrolmentFrom(ctx: CliContext, what: string): Promise<Enrolment | null> {
  const at = new Date().toISOString();
  // The reviewer roles whose entries the desk may read: their personal fields are encrypted for it.
  const readsFlag =
    typeof ctx.flags.reads === 'string'
      ? ctx.flags.reads
          .split(',')
          .map((r) => r.trim())
          .filter(Boolean)
      : [];
  const bad = readsFlag.find((r) => !(REVIEWERS as readonly string[]).includes(r));
  if (bad !== undefined) {
    ctx.err(ctx.t('cli.admin.badReads', { value: bad }));
    return null;
  }
  const reads = readsFlag.length ? { reads: readsFlag as Reviewer[] } : {};
  if (what.startsWith('ed25519:')) {
    const deskId = typeof ctx.flags['desk-id'] === 'string' ? ctx.flags['desk-id'] : '';
    if (!parsePublicKey(what) || !/^[a-z0-9-]{1,40}$/.test(deskId)) {
      ctx.err(ctx.t('cli.admin.badRequest', { file: what.slice(0, 20) }));
      return null;
    }
    const institution = typeof ctx.flags.institution === 'string' ? ctx.flags.institution : '';
    const deskCode = typeof ctx.flags.desk === 'string' ? ctx.flags.desk : '';
    return { deskId, institution, deskCode, publicKey: what, enrolledAt: at, ...reads };
  }
  try {
    const parsed = deskKeySchema.safeParse(JSON.parse(await readFile(abs(what), 'utf8')));
    if (parsed.success && parsePublicKey(parsed.data.publicKey)) {
      const { deskId, institution, deskCode, publicKey, encryptionKey } = parsed.data;
      const encryption = encryptionKey && parseEncryptionKey(encryptionKey) ? { encryptionKey } : {};
      return { deskId, institution, deskCode, publicKey, enrolledAt: at, ...encryption, ...reads };
    }
  } catch {
    // reported below
  }
  ctx.err(ctx.t('cli.admin.badRequest', { file: abs(what) }));
  return null;
}

export async function adminKey(ctx: CliContext): Promise<KeyPair | null> {
  const file = ctx.flags.key;
  if (typeof file !== 'string' || !file) {
    usage(ctx, 'cli.admin.needKey');
    return null;
  }
  let pem: string;
  try {
    pem = await readFile(abs(file), 'utf8');
  } catch {
    ctx.err(ctx.t('cli.admin.unreadable', { file: abs(file) }));
    return null;
  }
  const passphrase = await passphraseOf(ctx, false);
  if (passphrase === null) return null;
  const keys = readPrivateKey(pem, passphrase);
  if (typeof keys === 'string') {
    ctx.err(ctx.t(`cli.admin.key_${keys}`, { file: abs(file) }));
    return null;
  }
  return keys;
}

/** From `--passphrase-file` (its first line) or a prompt that does not echo; never logged. */
async function passphraseOf(ctx: CliContext, twice: boolean): Promise<string | null> {
  const file = ctx.flags['passphrase-file'];
  if (typeof file === 'string' && file) {
    try {
      return (await readFile(abs(file), 'utf8')).split(/\r?\n/)[0] ?? '';
    } catch {
      ctx.err(ctx.t('cli.admin.unreadable', { file: abs(file) }));
      return null;
    }
  }
  if (!process.stdin.isTTY) {
    ctx.err(ctx.t('cli.admin.needPassphrase'));
    return null;
  }
  const first = await askHidden(ctx.t('cli.admin.askPassphrase'));
  if (twice && (await askHidden(ctx.t('cli.admin.askAgain'))) !== first) {
    ctx.err(ctx.t('cli.admin.passphraseMismatch'));
    return null;
  }
  return first;
}

function askHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(`${prompt} `);
  input.setRawMode(true);
  input.resume();
  return new Promise((done) => {
    let text = '';
    const onData = (data: Buffer) => {
      for (const ch of data.toString('utf8')) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          input.off('data', onData);
          input.setRawMode(false);
          input.pause();
          process.stderr.write('\n');
          return done(text);
        }
        if (ch === '\u0003') process.exit(130);
        text = ch === '\u007f' || ch === '\b' ? text.slice(0, -1) : text + ch;
      }
    };
    input.on('data', onData);
  });
}

function usage(ctx: CliContext, key: string): number {
  ctx.err(ctx.t(key));
  return 2;
}
