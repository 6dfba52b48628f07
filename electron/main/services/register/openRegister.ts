import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { refusalOf, type Authority } from '../../../../shared/register/authorise';
import { createFold } from '../../../../shared/register/fold';
import { createHlc } from '../../../../shared/register/hlc';
import type { RegistrationRules } from '../../../../shared/register/registration';
import { acquireDeskLock } from './deskLock';
import { openDeskIdentity, type DeskIdentityStore } from './deskIdentity';
import { openJournal, type Journal } from './journal';
import { loadCache, saveCache } from './localCache';
import { nodeSha256Hex } from './nodeHash';
import type { DeskPrivacy } from '../privacy';
import { createRegister, noteRefused, trackOwnEvent, type RegisterMeta, type RegisterService } from './registerService';

export interface OpenRegisterOptions {
  /** The desk's local data folder; the register lives in `<dataDir>/register/`. */
  dataDir: string;
  institution: string;
  deskCode: string;
  rules: RegistrationRules;
  wall?: () => number;
  /** Who holds which role, from the staff directory: events from the share are judged by it. */
  authority?: () => Authority | null;
  /** Field encryption (../privacy/); absent or null: fields stay plain, as before. */
  privacy?: DeskPrivacy | null;
}

export interface OpenedRegister {
  register: RegisterService;
  /** Sync cursors saved with the cache (null after a rebuild: the share is read in full). */
  cursors: unknown;
  /** Saves the folded state with the given cursors, atomically, for a fast next start. */
  persist(cursors: unknown): Promise<void>;
  /** How the register was opened, for logs and `share check`. */
  startup: { fromCache: boolean; damagedJournalLines: number; tornJournalBytes: number };
  /** The desk's own journal and identity, which the sync loop pushes to the share. */
  journal: Journal;
  deskIdentity: DeskIdentityStore;
  /** Field encryption, when the desk has it: the sync loop publishes its key and refreshes its keyring. */
  privacy: DeskPrivacy | null;
  close(): Promise<void>;
}

export const registerPaths = (dataDir: string) => ({
  dir: join(dataDir, 'register'),
  journal: join(dataDir, 'register', 'journal.jsonl'),
  identity: join(dataDir, 'register', 'desk.json'),
  cache: join(dataDir, 'register', 'cache.json'),
  sync: join(dataDir, 'register', 'sync.json'),
  lock: join(dataDir, 'register', 'lock'),
});

/** Opens journal, identity and cache; a missing or damaged cache is rebuilt from the journal. */
export async function openRegister(options: OpenRegisterOptions): Promise<OpenedRegister> {
  const paths = registerPaths(options.dataDir);
  await mkdir(paths.dir, { recursive: true });
  const release = await acquireDeskLock(paths.lock);
  try {
    return await openLocked(options, release);
  } catch (error) {
    await release();
    throw error;
  }
}

async function openLocked(options: OpenRegisterOptions, release: () => Promise<void>): Promise<OpenedRegister> {
  const paths = registerPaths(options.dataDir);
  const wall = options.wall ?? Date.now;
  const hash = nodeSha256Hex;
  const identity = await openDeskIdentity(paths.identity);
  const cache = await loadCache(paths.cache);
  // The desk lock is held: nobody appends while the journal is measured and read.
  const journalBytes = (await stat(paths.journal).catch(() => null))?.size ?? 0;
  const fromCache = cache !== null && cache.journalBytes <= journalBytes;
  const meta: RegisterMeta = fromCache
    ? {
        ownRecords: new Set(cache.ownRecords),
        numberSeq: new Map(Object.entries(cache.numberSeq)),
        lastSeq: new Map(Object.entries(cache.lastSeq)),
        held: cache.held,
        newer: cache.newer,
        refused: cache.refused,
      }
    : { ownRecords: new Set(), numberSeq: new Map(), lastSeq: new Map(), held: [], newer: [], refused: [] };
  // Events from the share pass the authorisation rule with roles from the staff directory;
  // with no directory known yet there is nothing to judge by, and they apply as before.
  const fold = createFold(fromCache ? cache.fold : undefined, {
    guard: (e, current) => {
      const authority = options.authority?.() ?? null;
      return authority ? refusalOf(e, current, authority) : null;
    },
    onRefused: (e, reason) => noteRefused(meta, e, reason),
  });
  const clock = createHlc(() => identity.current().deskId, wall, fromCache ? cache.hlc : null);
  // Without a usable cache the journal is read from its first byte, a chunk at a time.
  const opened = await openJournal(paths.journal, hash, fromCache ? cache.journalBytes : 0, (e) => {
    trackOwnEvent(meta, e);
    clock.receive(e.hlc);
    fold.apply(e, true);
  });
  const register = createRegister({
    journal: opened.journal,
    clock,
    wall,
    fold,
    meta,
    identity,
    hash,
    rules: options.rules,
    institution: options.institution,
    deskCode: options.deskCode,
    privacy: options.privacy?.attach({ deskId: () => identity.current().deskId }) ?? null,
  });
  // Keys this desk already holds (its own wraps, kept locally) before anything is shown or sealed.
  await options.privacy?.refresh().catch(() => undefined);
  return {
    register,
    cursors: fromCache ? cache.cursors : null,
    startup: { fromCache, damagedJournalLines: opened.damagedLines, tornJournalBytes: opened.tornBytes },
    journal: opened.journal,
    deskIdentity: identity,
    privacy: options.privacy ?? null,
    persist: (cursors) =>
      saveCache(paths.cache, {
        journalBytes: opened.journal.size(),
        fold: fold.snapshot(),
        ownRecords: [...meta.ownRecords],
        numberSeq: Object.fromEntries(meta.numberSeq),
        lastSeq: Object.fromEntries(meta.lastSeq),
        hlc: clock.last(),
        held: meta.held,
        newer: meta.newer,
        refused: meta.refused,
        cursors,
      }),
    close: async () => {
      await opened.journal.close();
      await release();
    },
  };
}
