import { randomBytes } from 'node:crypto';
import { mkdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../fs/atomicWrite';
import type { DeskIdentityStore } from '../deskIdentity';
import type { Journal } from '../journal';
import { sha256OfBytes } from '../nodeHash';
import { lineCount } from '../lines';
import {
  batchLine,
  classify,
  deskDir,
  GENESIS,
  readBatches,
  readShareFile,
  sealName,
  segmentName,
  signaturesName,
  signBatch,
  verifiedPrefix,
  writeSeal,
  type Seal,
  type ShareLogIo,
} from '../../shareLog';
import { DESK_KEY_FILE, type DeskKeyFile } from '../../trust/enrolments';
import { publicKeyText, type KeyPair } from '../../trust/keys';
import { withRetry, type RetryOptions } from './retry';
import { deskFileSchema, quarantineDir, type DeskFile } from './shareLayout';
import type { SyncStateStore, OwnSegment } from './syncState';

/**
 * Push: the journal's unsent bytes are appended verbatim to this desk's current segment
 * (append, fsync, close, read back). Because a segment holds a contiguous piece of the
 * journal byte for byte, anything odd found in the desk's own folder can be judged against
 * the journal: our own unrecorded write, a torn write, a shorter file restored by a sync
 * client, a changed sealed segment, or another machine writing as us (a clone).
 */
export interface PushContext {
  share: string;
  journal: Journal;
  identity: DeskIdentityStore;
  state: SyncStateStore;
  files: ShareLogIo;
  retry: RetryOptions;
  now: () => Date;
  institution: string;
  deskCode: string;
  segmentBytes: number;
  /** Added to the share's file times: a test build that moves the whole world moves the share's clock too. */
  shareTimeShiftMs: number;
  /** Hash own sealed segments this round (on start and now and then). */
  verifySealed: boolean;
  /** Whether this process has written its lease yet; how far its current segment is signed. */
  session: { leaseWritten: boolean; signed?: { n: number; end: number; root: string } };
  /**
   * The desk's signing key: every batch appended to a segment is signed first (one line in
   * `<seq>.sig.jsonl`), so a reader never sees our bytes without their signature.
   */
  signer?: KeyPair | null;
  /** The desk's encryption public key (`x25519:`…), published beside its signing key for IT to enrol. */
  encryptionKey?: string | null;
}

export interface PushOutcome {
  pushedBytes: number;
  clones: number;
  torn: number;
  restored: number;
  quarantined: number;
  /** The share's clock minus ours, from the time it stamped on our lease (null if not measured). */
  skewMs: number | null;
}

const MAX_CHUNK = 4 * 1024 * 1024;

export async function push(ctx: PushContext): Promise<PushOutcome> {
  const outcome: PushOutcome = { pushedBytes: 0, clones: 0, torn: 0, restored: 0, quarantined: 0, skewMs: null };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await pushAs(ctx, outcome)) return outcome;
    outcome.clones++;
    await ctx.identity.rotate('clone: writes in its share folder it did not make', ctx.now());
    ctx.session.leaseWritten = false;
  }
  return outcome;
}

/** One pass as the current desk id; false when a clone was found (the caller rotates). */
async function pushAs(ctx: PushContext, out: PushOutcome): Promise<boolean> {
  const { files, state, journal } = ctx;
  const deskId = ctx.identity.current().deskId;
  if (state.read().deskId !== deskId) {
    await state.update((s) => Object.assign(s, { deskId, lease: null, pendingLease: null, segment: null, sealed: [] }));
  }
  const dir = deskDir(ctx.share, deskId);
  await withRetry(() => mkdir(dir, { recursive: true }), ctx.retry);

  const deskFile = await readDeskFile(join(dir, 'desk.json'), ctx.retry).catch((error: unknown) => {
    if (error instanceof SyntaxError) return null;
    throw error;
  });
  const { lease, pendingLease } = state.read();
  if (deskFile && lease && deskFile.lease !== lease && deskFile.lease !== pendingLease) return false;
  if (!ctx.session.leaseWritten) {
    const next = randomBytes(12).toString('hex');
    const file: DeskFile = { deskId, lease: next, institution: ctx.institution, deskCode: ctx.deskCode, updatedAt: ctx.now().toISOString() };
    await state.update((s) => void (s.pendingLease = next));
    const before = ctx.now().getTime();
    await withRetry(() => writeFileAtomic(join(dir, 'desk.json'), `${JSON.stringify(file, null, 2)}\n`), ctx.retry);
    const stamped = await withRetry(() => stat(join(dir, 'desk.json')), ctx.retry);
    out.skewMs = stamped.mtimeMs + ctx.shareTimeShiftMs - (before + ctx.now().getTime()) / 2;
    await state.update((s) => Object.assign(s, { lease: next, pendingLease: null }));
    ctx.session.leaseWritten = true;
    if (ctx.signer) await writeDeskKey(ctx, dir, deskId, ctx.signer);
  }

  if (!(await checkCurrent(ctx, dir, out))) return false;
  if (ctx.verifySealed || (await sealedSizeChanged(ctx, dir))) await verifySealed(ctx, dir, out);

  for (;;) {
    const s = state.read();
    // Only what this append can take is read: a large backlog is never held in memory at once.
    const room = Math.min(MAX_CHUNK, ctx.segmentBytes - (s.segment?.size ?? 0));
    const unsent = await journal.readFrom(s.pushedBytes, Math.max(room, 1));
    if (!unsent.length) return true;
    const end = unsent.lastIndexOf(0x0a);
    // No whole line fits in the room left: the next line goes on its own, as before.
    const chunk = end >= 0 ? unsent.subarray(0, end + 1) : cutAtLine(await journal.readFrom(s.pushedBytes), room);
    const seg: OwnSegment = s.segment ?? (await freshSegment(ctx, dir, s.pushedBytes));
    if (!s.segment) await state.update((st) => void (st.segment = seg));
    const path = join(dir, segmentName(seg.n));
    if (ctx.signer) {
      const signed = await ensureSigned(ctx, dir, seg.n, seg.size, ctx.signer);
      await appendSignature(ctx, dir, seg.n, seg.size, signed.root, chunk, ctx.signer);
    }
    let verified: boolean;
    try {
      verified = await files.appendVerified(path, seg.size, chunk);
    } catch (error) {
      const size = await files.size(path).catch(() => null);
      if (typeof size === 'number' && size > seg.size) {
        await sealTorn(ctx, dir, seg, 'write failed midway').catch(() => undefined);
        await state.update((st) => void (st.segment = null));
        out.torn++;
      }
      throw error;
    }
    if (!verified) return false;
    const lines = lineCount(chunk);
    const grown = { ...seg, size: seg.size + chunk.length, lines: seg.lines + lines };
    await state.update((st) => Object.assign(st, { pushedBytes: st.pushedBytes + chunk.length, segment: grown }));
    out.pushedBytes += chunk.length;
    if (grown.size >= ctx.segmentBytes) await seal(ctx, dir, grown, false);
  }
}

/** The current segment must be exactly as we left it; anything else is judged against the journal. */
async function checkCurrent(ctx: PushContext, dir: string, out: PushOutcome): Promise<boolean> {
  const seg = ctx.state.read().segment;
  if (!seg) return true;
  const path = join(dir, segmentName(seg.n));
  const found = await sizeOf(ctx.files, path);
  const size = found ?? 0;
  if (size === seg.size) return true;
  if (size < seg.size) {
    out.restored++;
    if (found !== null) await sealTorn(ctx, dir, { ...seg, size, lines: 0 }, 'found shorter than written (restored by a sync client?)');
    await ctx.state.update((s) => Object.assign(s, { segment: null, pushedBytes: Math.min(s.pushedBytes, seg.journalStart) }));
    return true;
  }
  const extra = await ctx.files.readRange(path, seg.size, size);
  const ours = await ctx.journal.readFrom(ctx.state.read().pushedBytes, extra.length);
  const ownComplete = extra.length <= ours.length && ours.subarray(0, extra.length).equals(extra);
  if (ownComplete && extra[extra.length - 1] === 0x0a) {
    const grown = { ...seg, size, lines: seg.lines + lineCount(extra) };
    await ctx.state.update((s) => Object.assign(s, { pushedBytes: s.pushedBytes + extra.length, segment: grown }));
    return true;
  }
  const torn = lineCount(extra) === 0 || ownComplete || extra.every((b) => b === 0);
  // Whole lines we did not write: a clone writes them with our key; anyone else cannot sign them.
  const intruder = !torn && ctx.signer ? (await signedSoFar(ctx, dir, seg.n, ctx.signer)).end < size : false;
  if (!torn && !intruder) return false;
  out.torn++;
  await sealTorn(ctx, dir, seg, intruder ? 'lines nobody signed were added' : 'a write was cut off');
  await ctx.state.update((s) => void (s.segment = null));
  return true;
}

/** Cheap, every round: a sealed segment of ours that is gone or has another size. */
async function sealedSizeChanged(ctx: PushContext, dir: string): Promise<boolean> {
  for (const sealed of ctx.state.read().sealed) {
    if ((await sizeOf(ctx.files, join(dir, segmentName(sealed.n)))) !== sealed.bytes) return true;
  }
  return false;
}

async function verifySealed(ctx: PushContext, dir: string, out: PushOutcome): Promise<void> {
  for (const sealed of ctx.state.read().sealed) {
    const path = join(dir, segmentName(sealed.n));
    const bytes = await ctx.files.readRange(path, 0, sealed.bytes + 1).catch(() => Buffer.alloc(0));
    if (bytes.length === sealed.bytes && sha256OfBytes(bytes) === sealed.sha256) {
      // Sealed before this desk signed its batches (or before a crash let it): signed now, as ours.
      if (ctx.signer) await ensureSigned(ctx, dir, sealed.n, sealed.bytes, ctx.signer);
      continue;
    }
    const qdir = quarantineDir(ctx.share);
    await mkdir(qdir, { recursive: true });
    const base = `${ctx.identity.current().deskId}-${segmentName(sealed.n)}`;
    await withRetry(() => rename(path, join(qdir, base)), ctx.retry).catch(() => undefined);
    await writeFileAtomic(
      join(qdir, `${base}.reason.json`),
      `${JSON.stringify({ reason: 'sealed segment changed after sealing', at: ctx.now().toISOString() })}\n`,
    );
    out.quarantined++;
    const copy = await ctx.journal.readFrom(sealed.journalStart, sealed.bytes);
    const n = Math.max((await lastSegment(ctx.files, dir)) + 1, (ctx.state.read().segment?.n ?? 0) + 1);
    if (ctx.signer) await appendSignature(ctx, dir, n, 0, GENESIS, copy, ctx.signer);
    if (!(await ctx.files.appendVerified(join(dir, segmentName(n)), 0, copy))) continue;
    await ctx.state.update((s) => void (s.sealed = s.sealed.filter((x) => x.n !== sealed.n)));
    await seal(ctx, dir, { n, size: copy.length, lines: lineCount(copy), journalStart: sealed.journalStart }, false, true);
  }
}

async function seal(ctx: PushContext, dir: string, seg: OwnSegment, torn: boolean, keepCurrent = false, reason?: string): Promise<void> {
  const bytes = await ctx.files.readRange(join(dir, segmentName(seg.n)), 0, seg.size);
  const sealed: Seal = {
    deskId: ctx.identity.current().deskId,
    segment: seg.n,
    lines: lineCount(bytes),
    bytes: bytes.length,
    sha256: sha256OfBytes(bytes),
    torn,
    ...(reason ? { reason } : {}),
  };
  await writeSeal(ctx.files, join(dir, sealName(seg.n)), sealed);
  await ctx.state.update((s) => {
    if (!torn) s.sealed.push({ n: seg.n, bytes: sealed.bytes, sha256: sealed.sha256, journalStart: seg.journalStart });
    if (!keepCurrent) s.segment = null;
  });
}

const sealTorn = (ctx: PushContext, dir: string, seg: OwnSegment, reason: string) => seal(ctx, dir, seg, true, false, reason);

/** A new segment after the last one; a last one left without a seal by a failed write is sealed as torn. */
async function freshSegment(ctx: PushContext, dir: string, journalStart: number): Promise<OwnSegment> {
  const names = await ctx.files.list(dir);
  const last = await lastSegment(ctx.files, dir);
  if (last && names.includes(segmentName(last)) && !names.includes(sealName(last))) {
    const size = (await sizeOf(ctx.files, join(dir, segmentName(last)))) ?? 0;
    await seal(ctx, dir, { n: last, size, lines: 0, journalStart }, true, true, 'left open by a failed write');
  }
  return { n: last + 1, size: 0, lines: 0, journalStart };
}

async function lastSegment(files: ShareLogIo, dir: string): Promise<number> {
  let max = 0;
  for (const name of await files.list(dir)) {
    const role = classify(name);
    if (role.role === 'segment' || role.role === 'seal') max = Math.max(max, role.n);
  }
  return max;
}

/** Our own segment is a regular file; anything else (a link, a FIFO) is an error for IT, never followed. */
async function sizeOf(files: ShareLogIo, path: string): Promise<number | null> {
  const size = await files.size(path);
  if (size === 'irregular') throw Object.assign(new Error(`not a regular file: ${path}`), { code: 'EINVAL' });
  return size;
}

async function readDeskFile(path: string, retry: RetryOptions): Promise<DeskFile | null> {
  let text: string;
  try {
    text = (await withRetry(() => readShareFile(path, 64 * 1024), retry)).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const parsed = deskFileSchema.safeParse(JSON.parse(text.trim() || 'null'));
  return parsed.success ? parsed.data : null;
}

/** At most `max` bytes of whole lines, but always at least one line. */
function cutAtLine(bytes: Buffer, max: number): Buffer {
  if (bytes.length <= max) return bytes;
  const end = max > 0 ? bytes.lastIndexOf(0x0a, max - 1) : -1;
  return bytes.subarray(0, end < 0 ? bytes.indexOf(0x0a) + 1 : end + 1);
}

// --- Signatures (../../shareLog/batches.ts) ---

const SIGNED_CHUNK = 16 * 1024 * 1024;

/** How far our segment `n` is signed with our key (remembered for the current segment). */
async function signedSoFar(ctx: PushContext, dir: string, n: number, keys: KeyPair): Promise<{ end: number; root: string }> {
  const log = await ctx.files.openLog(join(dir, segmentName(n)));
  if (log === null || log === 'irregular') return { end: 0, root: GENESIS };
  try {
    const { batches } = await readBatches(ctx.files, join(dir, signaturesName(n)));
    const deskId = ctx.identity.current().deskId;
    const signed = await verifiedPrefix(log, batches, deskId, n, keys.publicKey, { end: 0, root: GENESIS }, SIGNED_CHUNK);
    return { end: signed.end, root: signed.root };
  } finally {
    await log.close();
  }
}

/** Signs bytes `[signed end, size)` of our segment `n`, which are ours (checked against the journal). */
async function ensureSigned(ctx: PushContext, dir: string, n: number, size: number, keys: KeyPair): Promise<{ end: number; root: string }> {
  const known = ctx.session.signed;
  const signed = known && known.n === n && known.end === size ? known : await signedSoFar(ctx, dir, n, keys);
  if (signed.end >= size) return signed;
  const bytes = await ctx.files.readRange(join(dir, segmentName(n)), signed.end, size);
  return appendSignature(ctx, dir, n, signed.end, signed.root, bytes, keys);
}

async function appendSignature(
  ctx: PushContext,
  dir: string,
  n: number,
  start: number,
  prev: string,
  bytes: Buffer,
  keys: KeyPair,
): Promise<{ end: number; root: string }> {
  const batch = signBatch(keys.privateKey, ctx.identity.current().deskId, n, start, prev, bytes);
  const path = join(dir, signaturesName(n));
  const at = (await sizeOf(ctx.files, path)) ?? 0;
  // A line cut off by a crash is closed first, so the new one stays whole.
  const closed = at > 0 && (await ctx.files.readRange(path, at - 1, at))[0] !== 0x0a;
  const line = Buffer.from(`${closed ? '\n' : ''}${batchLine(batch)}`, 'utf8');
  if (!(await ctx.files.appendVerified(path, at, line, false)))
    throw Object.assign(new Error(`signature file changed while written: ${path}`), { code: 'EIO' });
  ctx.session.signed = { n, end: batch.end, root: batch.root };
  return ctx.session.signed;
}

/** The desk's public key in its own folder, for IT to enrol (`laipni admin enrol`). */
async function writeDeskKey(ctx: PushContext, dir: string, deskId: string, keys: KeyPair): Promise<void> {
  const publicKey = publicKeyText(keys.publicKey);
  const path = join(dir, DESK_KEY_FILE);
  // Read like every share file: never through a link or from a FIFO, never unbounded.
  const existing = await readShareFile(path, 64 * 1024)
    .then((b) => b.toString('utf8'))
    .catch(() => '');
  const encryptionKey = ctx.encryptionKey ?? undefined;
  if (existing.includes(publicKey) && existing.includes(deskId) && (!encryptionKey || existing.includes(encryptionKey))) return;
  const file: DeskKeyFile = {
    v: 1,
    deskId,
    institution: ctx.institution,
    deskCode: ctx.deskCode,
    publicKey,
    encryptionKey,
    createdAt: ctx.now().toISOString(),
  };
  await withRetry(() => writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`), ctx.retry);
}
