import { openSmallStore, type SmallStore } from '../../fs/smallStore';

/**
 * What this desk knows about its own files on the share: small, so lowdb's atomic whole-file
 * write fits. Saved right after every verified write, because a stale copy would make the
 * desk mistake its own writes for a clone's (it then checks the bytes against its journal).
 */
export interface OwnSegment {
  n: number;
  size: number;
  lines: number;
  /** The segment holds the journal's bytes from here on, byte for byte. */
  journalStart: number;
}

export interface SealedSegment {
  n: number;
  bytes: number;
  sha256: string;
  journalStart: number;
}

export interface SyncStateData {
  deskId: string | null;
  /** Journal bytes verified on the share. */
  pushedBytes: number;
  /** The lease this desk last wrote into its `desk.json`. */
  lease: string | null;
  /** A lease being written: either may be in `desk.json` after a crash mid-write. */
  pendingLease: string | null;
  segment: OwnSegment | null;
  sealed: SealedSegment[];
  lastSyncAt: string | null;
}

export type SyncStateStore = SmallStore<SyncStateData>;

const defaults = (): SyncStateData => ({ deskId: null, pushedBytes: 0, lease: null, pendingLease: null, segment: null, sealed: [], lastSyncAt: null });

export const openSyncState = (file: string): Promise<SyncStateStore> => openSmallStore<SyncStateData>(file, defaults);
