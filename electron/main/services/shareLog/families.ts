import { basename, join } from 'node:path';
import type { ShareLogIo } from './io';

/**
 * A log family: where its files are and what each name means. Every family keeps one
 * writer per file (a desk appends only to its own), so files only grow; anything else found
 * among them is reported, and read too when it may hold lines (a sync client's conflict copy).
 */
export interface LogFile {
  /** Stable name for cursors and reports, e.g. `desk-a/000001.jsonl`. */
  key: string;
  path: string;
  /** The desk whose folder or name holds the file; null for a local file. */
  desk: string | null;
  /** A copy made by a sync client (or another unexpected name): read, and reported. */
  conflict: boolean;
  /** Where this file's seal would be, if the family seals its files. */
  seal?: { key: string; path: string };
  /** Where the signatures of its batches are (`<seq>.sig.jsonl`), if its writer signs them. */
  signatures?: { path: string; segment: number };
}

export interface LogListing {
  files: LogFile[];
  /** Unexpected names that are not read (copies of seals, of `desk.json`). */
  ignoredConflicts: string[];
}

export interface LogFamily {
  readonly name: string;
  list(io: ShareLogIo): Promise<LogListing>;
}

const merge = (a: LogListing, b: LogListing): LogListing => ({
  files: [...a.files, ...b.files],
  ignoredConflicts: [...a.ignoredConflicts, ...b.ignoredConflicts],
});

/** Several families read as one (a local journal and the share's segments). */
export function families(name: string, parts: readonly LogFamily[]): LogFamily {
  return {
    name,
    async list(io) {
      let out: LogListing = { files: [], ignoredConflicts: [] };
      for (const part of parts) out = merge(out, await part.list(io));
      return out;
    },
  };
}

/** One file of this computer, such as the register's journal: never a conflict copy. */
export function localLog(path: string, key = `local/${basename(path)}`): LogFamily {
  return { name: key, list: async () => ({ files: [{ key, path, desk: null, conflict: false }], ignoredConflicts: [] }) };
}

// --- The register: desks/<desk>/<seq>.jsonl, each closed by <seq>.seal.json ---

export const desksDir = (share: string) => join(share, 'desks');
export const deskDir = (share: string, deskId: string) => join(share, 'desks', deskId);
export const segmentName = (n: number) => `${String(n).padStart(6, '0')}.jsonl`;
export const sealName = (n: number) => `${String(n).padStart(6, '0')}.seal.json`;
export const signaturesName = (n: number) => `${String(n).padStart(6, '0')}.sig.jsonl`;

export type FileRole =
  | { role: 'segment'; n: number }
  | { role: 'seal'; n: number }
  | { role: 'signatures'; n: number }
  | { role: 'desk' }
  | { role: 'deskKey' }
  | { role: 'temp' }
  | { role: 'conflict' };

/**
 * What a file in a desk folder is. Anything unexpected is treated as a conflict copy made
 * by a sync client (`*.sync-conflict-*`, `* (conflicted copy …)`, a machine name appended):
 * its events are immutable, so it is read too, and reported.
 */
export function classify(name: string): FileRole {
  let m = /^(\d{6})\.jsonl$/.exec(name);
  if (m) return { role: 'segment', n: Number(m[1]) };
  m = /^(\d{6})\.seal\.json$/.exec(name);
  if (m) return { role: 'seal', n: Number(m[1]) };
  m = /^(\d{6})\.sig\.jsonl$/.exec(name);
  if (m) return { role: 'signatures', n: Number(m[1]) };
  if (name === 'desk.json') return { role: 'desk' };
  if (name === 'desk-key.json') return { role: 'deskKey' };
  if (/^\..+\.tmp$/.test(name)) return { role: 'temp' };
  return { role: 'conflict' };
}

/** Unexpected files are read as event lines, except copies of seals, signatures, `desk.json` and `desk-key.json`. */
export const conflictHoldsEvents = (name: string) => !/seal|\.sig\b/i.test(name) && !/^desk\b.*\.json$/i.test(name);

/** Every desk's register segments and the conflict copies beside them. */
export function registerSegments(share: string): LogFamily {
  return {
    name: 'register',
    async list(io) {
      const out: LogListing = { files: [], ignoredConflicts: [] };
      for (const desk of await io.list(desksDir(share))) {
        const dir = deskDir(share, desk);
        // A desk "folder" that is a link is not followed: listed as itself, the reader finds
        // it is no regular file and reports it.
        if (await io.isLink(dir)) {
          out.files.push({ key: desk, path: dir, desk, conflict: true });
          continue;
        }
        for (const name of await io.list(dir)) {
          const role = classify(name);
          const key = `${desk}/${name}`;
          if (role.role === 'segment') {
            const seal = sealName(role.n);
            out.files.push({
              key,
              path: join(dir, name),
              desk,
              conflict: false,
              seal: { key: `${desk}/${seal}`, path: join(dir, seal) },
              signatures: { path: join(dir, signaturesName(role.n)), segment: role.n },
            });
          } else if (role.role === 'conflict') {
            if (conflictHoldsEvents(name)) out.files.push({ key, path: join(dir, name), desk, conflict: true });
            else out.ignoredConflicts.push(key);
          }
        }
      }
      return out;
    },
  };
}

// --- Access logs: access/<desk>.jsonl, one file per desk ---

export const accessDir = (share: string) => join(share, 'access');
export const accessFile = (share: string, deskId: string) => join(share, 'access', `${deskId}.jsonl`);

/** Every desk's access log; a sync client's copy of one (`desk-a (conflicted copy).jsonl`) is read too. */
export function accessLogs(share: string): LogFamily {
  return {
    name: 'access',
    async list(io) {
      const out: LogListing = { files: [], ignoredConflicts: [] };
      const dir = accessDir(share);
      for (const name of await io.list(dir)) {
        if (/^\..+\.tmp$/.test(name)) continue;
        const own = /^([A-Za-z0-9_-]+)\.jsonl$/.exec(name);
        const key = `access/${name}`;
        if (own) out.files.push({ key, path: join(dir, name), desk: own[1]!, conflict: false });
        else if (name.endsWith('.jsonl')) out.files.push({ key, path: join(dir, name), desk: null, conflict: true });
        else out.ignoredConflicts.push(key);
      }
      return out;
    },
  };
}

/**
 * A folder of per-desk logs, `<share>/<folder>/<deskId>.jsonl` (surveys, acknowledgements, …):
 * each desk appends only to its own file; a sync client's copy of one is read too.
 */
export function deskLogs(share: string, folder: string): LogFamily {
  return {
    name: folder,
    async list(io) {
      const out: LogListing = { files: [], ignoredConflicts: [] };
      const dir = join(share, folder);
      for (const name of await io.list(dir)) {
        if (/^\..+\.tmp$/.test(name)) continue;
        const own = /^([A-Za-z0-9_-]+)\.jsonl$/.exec(name);
        const key = `${folder}/${name}`;
        if (own) out.files.push({ key, path: join(dir, name), desk: own[1]!, conflict: false });
        else if (name.endsWith('.jsonl')) out.files.push({ key, path: join(dir, name), desk: null, conflict: true });
        else out.ignoredConflicts.push(key);
      }
      return out;
    },
  };
}

export const deskLogFile = (share: string, folder: string, deskId: string) => join(share, folder, `${deskId}.jsonl`);
