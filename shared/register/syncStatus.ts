/**
 * What the desk window always shows about sync (electron/main/services/register/sync/README.md): online or offline, the last
 * successful sync, events waiting to be sent, and problems — each a code whose text, in
 * words staff understand, is `register:sync.problem.<code>`.
 */
export const SYNC_PROBLEMS = [
  'not_configured',
  'share_missing',
  'share_read_only',
  'share_full',
  'file_busy',
  'io_error',
  'bad_lines',
  'conflict_copies',
  'unreadable_files',
  'future_events',
  'newer_format',
  'clone_detected',
  'segment_damaged',
  'segment_restored',
  'torn_write',
  'journal_damaged',
  'clock_wrong',
  'held_files',
  'refused_events',
] as const;
export type SyncProblemCode = (typeof SYNC_PROBLEMS)[number];

export interface SyncProblem {
  code: SyncProblemCode;
  count?: number;
  /** File names or an error code, for IT; never personal data. */
  detail?: string;
}

export interface SyncStatus {
  state: 'online' | 'offline';
  lastSyncAt: string | null;
  waiting: number;
  problems: SyncProblem[];
  deskId: string;
  entries: number;
}
