import { join } from 'node:path';
import type { SyncProblem, SyncProblemCode, SyncStatus } from '../../../../../shared/register/syncStatus';
import type { OpenedRegister } from '../openRegister';
import { registerPaths } from '../openRegister';
import { nodeSha256Hex } from '../nodeHash';
import { shareLogIo } from '../../shareLog';
import { pull, restoreCursors, type Cursors } from './puller';
import { push } from './pusher';
import { DEFAULT_RETRY, errorCode, type RetryOptions } from './retry';
import { readMarker } from './shareLayout';
import { openSyncState } from './syncState';
import { authorityFrom } from '../../trust/authority';
import { fileKeyStore, loadDeskKey } from '../../trust/deskKey';
import type { KeyPair } from '../../trust/keys';
import type { TrustRoot } from '../../trust/trustRoot';

export interface SyncOptions {
  opened: OpenedRegister;
  dataDir: string;
  share: string | null;
  institution: string;
  deskCode: string;
  retry?: RetryOptions;
  intervalMs?: number;
  segmentBytes?: number;
  /** How far the share's clock is moved with the world a test build chose (0 for real desks). */
  shareTimeShiftMs?: number;
  /** The folded state is saved at most this often (it is only a cache). */
  persistEveryMs?: number;
  now?: () => Date;
  /** The desk's signing key; absent: the key in `<data>/trust/desk-key.pem`, made on first need. */
  signer?: KeyPair | null;
  /** The pinned admin key: only enrolled desks' signed batches are read. Null: unprotected. */
  trust?: TrustRoot | null;
  onStatus?: (status: SyncStatus) => void;
  onError?: (error: unknown) => void;
}

export interface SyncLoop {
  round(): Promise<SyncStatus>;
  status(): SyncStatus;
  start(): void;
  stop(): Promise<void>;
}

const PROBLEM_OF: Record<string, SyncProblemCode> = {
  EROFS: 'share_read_only',
  EACCES: 'file_busy',
  EPERM: 'file_busy',
  EBUSY: 'file_busy',
  ENOSPC: 'share_full',
  EDQUOT: 'share_full',
  EFBIG: 'share_full',
};

/** The sync loop (this folder's README.md): each round checks the share, pushes, pulls and reports. */
export async function createSyncLoop(o: SyncOptions): Promise<SyncLoop> {
  const { register } = o.opened;
  const now = o.now ?? (() => new Date());
  const retry = o.retry ?? DEFAULT_RETRY;
  const files = shareLogIo(retry);
  const state = await openSyncState(registerPaths(o.dataDir).sync);
  const cursors: Cursors = restoreCursors(o.opened.cursors);
  const session: { leaseWritten: boolean; signed?: { n: number; end: number; root: string } } = { leaseWritten: false };
  const signer = o.signer !== undefined ? o.signer : await loadDeskKey(fileKeyStore(deskKeyFile(o.dataDir)));
  const trust = o.trust ?? null;
  let rounds = 0;
  /** The share's clock minus ours: a desk whose clock is wrong judges "future" by the share's. */
  let skewMs = 0;
  let lastPersist = 0;
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<SyncStatus> | null = null;
  const recent = new Map<SyncProblemCode, { problem: SyncProblem; until: number }>();
  let stopped = false;
  register.onChange(() => (dirty = true));

  const waiting = () => o.opened.journal.linesFrom(state.read().pushedBytes);
  const journalProblems = (): SyncProblem[] =>
    o.opened.startup.damagedJournalLines ? [{ code: 'journal_damaged', count: o.opened.startup.damagedJournalLines }] : [];

  let current: SyncStatus = {
    state: 'offline',
    lastSyncAt: state.read().lastSyncAt,
    waiting: 0,
    problems: journalProblems(),
    deskId: register.deskId(),
    entries: register.size(),
  };

  const publish = async (next: Omit<SyncStatus, 'waiting' | 'deskId' | 'entries'>) => {
    current = { ...next, waiting: await waiting(), deskId: register.deskId(), entries: register.size() };
    o.onStatus?.(current);
    return current;
  };

  const failure = async (error: unknown): Promise<SyncProblem> => {
    const code = errorCode(error);
    if (o.share && !(await readMarker(o.share))) return { code: 'share_missing' };
    return { code: PROBLEM_OF[code] ?? 'io_error', detail: code };
  };

  async function round(): Promise<SyncStatus> {
    const problems = journalProblems();
    const base = { lastSyncAt: state.read().lastSyncAt };
    if (!o.share) return publish({ ...base, state: 'offline', problems: [...problems, { code: 'not_configured' }] });
    if (!(await readMarker(o.share))) return publish({ ...base, state: 'offline', problems: [...problems, { code: 'share_missing' }] });
    rounds++;
    // A fresh lease now and then re-measures the clock and shows any clone sooner.
    if (rounds % LEASE_EVERY === 0) session.leaseWritten = false;
    let ok = true;
    try {
      const pushed = await push({
        share: o.share,
        journal: o.opened.journal,
        identity: o.opened.deskIdentity,
        state,
        files,
        retry,
        now,
        institution: o.institution,
        deskCode: o.deskCode,
        segmentBytes: o.segmentBytes ?? 4 * 1024 * 1024,
        shareTimeShiftMs: o.shareTimeShiftMs ?? 0,
        verifySealed: rounds === 1 || rounds % VERIFY_EVERY === 0,
        session,
        signer,
        encryptionKey: o.opened.privacy?.encryptionKey ?? null,
      });
      if (pushed.skewMs !== null) skewMs = pushed.skewMs;
      if (pushed.clones) problems.push({ code: 'clone_detected', count: pushed.clones });
      if (pushed.torn) problems.push({ code: 'torn_write', count: pushed.torn });
      if (pushed.restored) problems.push({ code: 'segment_restored', count: pushed.restored });
      if (pushed.quarantined) problems.push({ code: 'segment_damaged', count: pushed.quarantined });
    } catch (error) {
      ok = false;
      problems.push(await failure(error));
    }
    try {
      const authority = trust ? await authorityFrom(o.share, o.dataDir, trust) : null;
      const pulled = await pull(
        o.share,
        cursors,
        files,
        nodeSha256Hex,
        (events, newerLines) => register.applyRemote({ events, newerLines }, reference()),
        undefined,
        authority,
      );
      if (pulled.held.length) problems.push({ code: 'held_files', count: pulled.held.length, detail: pulled.held.slice(0, 5).join(', ') });
      if (pulled.events || pulled.newer) dirty = true;
      if (pulled.badLines) problems.push({ code: 'bad_lines', count: pulled.badLines, detail: [...new Set(pulled.badFiles)].slice(0, 5).join(', ') });
      if (pulled.conflicts.length) problems.push({ code: 'conflict_copies', count: pulled.conflicts.length, detail: pulled.conflicts.slice(0, 5).join(', ') });
      if (pulled.damaged.length) problems.push({ code: 'segment_damaged', count: pulled.damaged.length, detail: pulled.damaged.slice(0, 5).join(', ') });
      if (pulled.unreadable.length)
        problems.push({ code: 'unreadable_files', count: pulled.unreadable.length, detail: pulled.unreadable.slice(0, 5).join(', ') });
    } catch (error) {
      ok = false;
      const problem = await failure(error);
      if (!problems.some((p) => p.code === problem.code)) problems.push(problem);
    }
    // New key wraps and destructions: keys for this desk are unwrapped, destroyed ones forgotten.
    if (o.opened.privacy) await o.opened.privacy.refresh().catch((error: unknown) => o.onError?.(error));
    if (Math.abs(skewMs) > CLOCK_TOLERANCE_MS) problems.push({ code: 'clock_wrong', detail: describeSkew(skewMs) });
    const held = register.releaseHeld(reference());
    if (held) problems.push({ code: 'future_events', count: held });
    const newer = register.held().newer;
    if (newer) problems.push({ code: 'newer_format', count: newer });
    const refused = register.refused();
    if (refused.length) {
      const where = [...new Set(refused.map((r) => `${r.desk}: ${r.reason}`))];
      problems.push({ code: 'refused_events', count: refused.length, detail: where.slice(0, 5).join(', ') });
    }
    if (ok) await state.update((s) => void (s.lastSyncAt = now().toISOString()));
    if (dirty && Date.now() - lastPersist >= (o.persistEveryMs ?? PERSIST_EVERY_MS)) await persist();
    const offline = problems.some((p) => p.code === 'share_missing');
    return publish({ state: offline ? 'offline' : 'online', lastSyncAt: state.read().lastSyncAt, problems: withRecent(problems) });
  }

  function reference(): number {
    const wall = now().getTime();
    return Math.max(wall, wall + skewMs);
  }

  /** Problems found once (a clone, a torn write, damaged lines) stay in view for a while, not one round. */
  function withRecent(problems: SyncProblem[]): SyncProblem[] {
    const at = Date.now();
    for (const p of problems) if (ONE_SHOT.has(p.code)) recent.set(p.code, { problem: p, until: at + RECENT_MS });
    for (const [code, r] of recent) if (r.until < at) recent.delete(code);
    const shown = new Set(problems.map((p) => p.code));
    return [...problems, ...[...recent.values()].filter((r) => !shown.has(r.problem.code)).map((r) => r.problem)];
  }

  async function persist() {
    await o.opened.persist(cursors);
    lastPersist = Date.now();
    dirty = false;
  }

  const guarded = () => (running ??= round().finally(() => (running = null)));

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      guarded().then(schedule, (error: unknown) => {
        o.onError?.(error);
        schedule();
      });
    }, o.intervalMs ?? 3000);
  };

  return {
    round: guarded,
    status: () => current,
    start() {
      stopped = false;
      void guarded().then(schedule, (error: unknown) => (o.onError?.(error), schedule()));
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
      await persist();
    },
  };
}

/** A headless desk's private key: a file only its account may read. */
export const deskKeyFile = (dataDir: string) => join(dataDir, 'trust', 'desk-key.pem');

const CLOCK_TOLERANCE_MS = 2 * 60 * 1000;
const ONE_SHOT: ReadonlySet<SyncProblemCode> = new Set([
  'clone_detected',
  'torn_write',
  'segment_restored',
  'segment_damaged',
  'bad_lines',
  'unreadable_files',
]);
const RECENT_MS = 10 * 60 * 1000;
/**
 * The cache is rewritten whole, so not often: what happened since is replayed from the
 * journal's tail and re-read past older cursors at the next start.
 */
const PERSIST_EVERY_MS = 10 * 60 * 1000;
/** Rounds between fresh leases (about 5 minutes at the default interval). */
const LEASE_EVERY = 100;
/** Rounds between re-reading this desk's own sealed segments (about an hour). */
const VERIFY_EVERY = 1200;

/** A clock difference in the largest whole unit staff read at a glance: `+3 d`, `-45 min`. */
function describeSkew(ms: number): string {
  const ahead = ms < 0 ? '+' : '-';
  const abs = Math.abs(ms);
  if (abs >= 86_400_000) return `${ahead}${Math.round(abs / 86_400_000)} d`;
  if (abs >= 3_600_000) return `${ahead}${Math.round(abs / 3_600_000)} h`;
  return `${ahead}${Math.round(abs / 60_000)} min`;
}
