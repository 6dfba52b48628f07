import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { directorySchema, type Person } from '../../../../../shared/directory/person';
import { refusalOf, type Authority as RoleAuthority } from '../../../../../shared/register/authorise';
import { createFold } from '../../../../../shared/register/fold';
import { reviewersOf } from '../../../../../shared/review/visibility';
import { STAFF_PATH } from '../../directory/directoryService';
import { authorityOf } from '../../trust/authority';
import { ENROLMENTS_PATH, enrolmentsDocument } from '../../trust/enrolments';
import type { TrustRoot } from '../../trust/trustRoot';
import { classify, desksDir, deskDir, emptyCursors, readLogs, readSeal, readShareFile, registerSegments, shareLogIo, type Authority } from '../../shareLog';
import { decodeLines } from '../lines';
import { nodeSha256Hex } from '../nodeHash';
import { DEFAULT_RETRY } from './retry';
import { quarantineDir, readMarker, type ShareMarker } from './shareLayout';

/**
 * `laipni share check`: reads every file of the share and reports what IT should know —
 * seals that no longer match, torn tails, conflict copies, clones (two events with one desk
 * sequence number), gaps in a desk's sequence, bad lines, duplicate register numbers, files
 * that are not read at all (not a regular file, too large), events whose author had no right to
 * make them (given the staff directory, shared/register/authorise.ts), and entries that nobody
 * in the published staff directory may review (§11: every entry reaches a reviewer).
 */
export const FINDING_CODES = [
  'seal_mismatch',
  'torn_tail',
  'conflict_copy',
  'clone',
  'gap',
  'bad_lines',
  'duplicate_number',
  'newer_format',
  'torn_sealed',
  'quarantined',
  'unreadable',
  'unenrolled',
  'unsigned',
  'out_of_chain',
  'bad_signature',
  'unsigned_copy',
  'enrolments_refused',
  'unauthorised',
  'no_reviewer',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];
/** Findings that are handled already and only informative. */
const INFO: ReadonlySet<FindingCode> = new Set(['newer_format', 'torn_sealed', 'quarantined']);

export interface Finding {
  code: FindingCode;
  problem: boolean;
  file?: string;
  deskId?: string;
  count?: number;
  detail?: string;
}

export interface ShareReport {
  share: string;
  available: boolean;
  marker: ShareMarker | null;
  desks: Array<{ deskId: string; deskCode: string | null; segments: number; sealed: number; events: number }>;
  events: number;
  entries: number;
  findings: Finding[];
  problems: number;
  /** Whether signatures were checked (a trust root is pinned); if not, anyone who can write the share could have added lines. */
  signaturesChecked: boolean;
  /** Whether every entry was checked for a reviewer: only with a staff directory to check against. */
  reviewersChecked: boolean;
}

type Summary = ShareReport['desks'][number];

/** The people of the staff directory published on the share, or null when there is none to read. */
async function publishedPeople(share: string): Promise<Person[] | null> {
  try {
    const raw = JSON.parse((await readShareFile(join(share, STAFF_PATH), 64 * 1024 * 1024)).toString('utf8').replace(/^\uFEFF/, '')) as { data?: unknown };
    const parsed = directorySchema.safeParse(raw.data);
    return parsed.success ? parsed.data.people : null;
  } catch {
    return null;
  }
}

/**
 * With a trust root (the admin key pinned in the machine configuration), only what enrolled
 * desks signed is read; everything else is named with its reason and left where it is. Given
 * the staff directory's roles, events whose author had no right to make them are named too.
 * `people` is the directory entries are checked for a reviewer against (the one the desk
 * trusts); without it, the copy on the share.
 */
export async function checkShare(
  share: string,
  trust: TrustRoot | null = null,
  roles: RoleAuthority | null = null,
  people?: readonly Person[] | null,
): Promise<ShareReport> {
  const marker = await readMarker(share);
  const report: ShareReport = {
    share,
    available: marker !== null,
    marker,
    desks: [],
    events: 0,
    entries: 0,
    findings: [],
    problems: 0,
    signaturesChecked: trust !== null,
    reviewersChecked: false,
  };
  if (!marker) return report;
  const io = shareLogIo(DEFAULT_RETRY);
  const add = (f: Omit<Finding, 'problem'>) => report.findings.push({ ...f, problem: !INFO.has(f.code) });
  const seqs = new Map<string, Map<number, string>>();
  const numbers = new Map<string, Set<string>>();
  const seen = new Set<string>();
  const desks = new Map<string, Summary>();
  // The register folded as a desk folds it, so each refused event is named with its file.
  const fileOf = new Map<string, string>();
  const refused = new Map<string, Map<string, number>>();
  const fold = createFold(
    undefined,
    roles
      ? {
          guard: (e, current) => refusalOf(e, current, roles),
          onRefused: (e, reason) => {
            const file = fileOf.get(e.id) ?? e.desk;
            const reasons = refused.get(file) ?? new Map<string, number>();
            reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
            refused.set(file, reasons);
          },
        }
      : undefined,
  );

  for (const deskId of (await io.list(desksDir(share))).sort()) {
    const dir = deskDir(share, deskId);
    const deskFile = await io.readRange(join(dir, 'desk.json'), 0, 64 * 1024).then(
      (b) => JSON.parse(b.toString('utf8')) as { deskCode?: string },
      () => null,
    );
    const summary: Summary = { deskId, deskCode: deskFile?.deskCode ?? null, segments: 0, sealed: 0, events: 0 };
    desks.set(deskId, summary);
    for (const name of (await io.list(dir)).sort()) {
      const role = classify(name);
      if (role.role === 'seal' && !(await readSeal(io, join(dir, name)))) add({ code: 'seal_mismatch', file: `${deskId}/${name}`, detail: 'unreadable seal' });
    }
  }

  let signers: Authority | null = null;
  if (trust) {
    const scratch = await mkdtemp(join(tmpdir(), 'laipni-check-'));
    try {
      const list = await enrolmentsDocument(share, scratch, trust).load();
      if (list.problem && list.problem !== 'missing') add({ code: 'enrolments_refused', file: ENROLMENTS_PATH, detail: list.problem });
      signers = authorityOf(list.data);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }

  const cursors = emptyCursors();
  const perFile = new Map<string, { bad: number; newer: number }>();
  const read = await readLogs(
    registerSegments(share),
    cursors,
    io,
    ({ file, lines }) => {
      const decoded = decodeLines(lines, nodeSha256Hex);
      const counts = perFile.get(file.key) ?? { bad: 0, newer: 0 };
      counts.bad += decoded.bad;
      counts.newer += decoded.newer.length;
      perFile.set(file.key, counts);
      const summary = desks.get(file.desk ?? '');
      for (const e of decoded.events) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        fileOf.set(e.id, file.key);
        fold.apply(e);
        if (summary) summary.events++;
        let bySeq = seqs.get(e.desk);
        if (!bySeq) seqs.set(e.desk, (bySeq = new Map()));
        const other = bySeq.get(e.seq);
        if (other && other !== e.id) add({ code: 'clone', deskId: e.desk, detail: `sequence ${e.seq} used twice` });
        else bySeq.set(e.seq, e.id);
        if (e.op === 'create') {
          const recs = numbers.get(e.f.number) ?? new Set<string>();
          recs.add(e.rec);
          numbers.set(e.f.number, recs);
        }
      }
    },
    { authority: signers },
  );

  for (const { key, reason } of read.held) add({ code: reason, file: key });
  for (const file of read.conflicts.sort()) add({ code: 'conflict_copy', file });
  for (const { key, reason } of read.skipped) add({ code: 'unreadable', file: key, detail: reason });
  for (const file of read.damaged) add({ code: 'seal_mismatch', file });
  for (const [key, cursor] of Object.entries(cursors.files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [deskId, name] = key.split('/') as [string, string];
    const role = classify(name);
    const seal = role.role === 'segment' ? cursors.seals[`${deskId}/${name.replace('.jsonl', '.seal.json')}`] : undefined;
    const summary = desks.get(deskId);
    if (summary && role.role === 'segment') {
      summary.segments++;
      if (seal) summary.sealed++;
    }
    if (seal && !seal.torn && cursor.size < seal.bytes) add({ code: 'seal_mismatch', file: key, detail: 'shorter than sealed' });
    if (seal?.torn) add({ code: 'torn_sealed', file: key, detail: seal.reason });
    if ((cursor.offset < cursor.size || read.padded.includes(key)) && !seal?.torn) add({ code: 'torn_tail', file: key, count: cursor.size - cursor.offset });
    const counts = perFile.get(key);
    if (counts?.bad) add({ code: 'bad_lines', file: key, count: counts.bad });
    if (counts?.newer) add({ code: 'newer_format', file: key, count: counts.newer });
  }
  for (const summary of desks.values()) {
    report.desks.push(summary);
    report.events += summary.events;
  }
  for (const [desk, bySeq] of seqs) {
    const max = Math.max(...bySeq.keys());
    const missing = max - bySeq.size;
    if (missing > 0) add({ code: 'gap', deskId: desk, count: missing });
  }
  for (const [file, reasons] of [...refused].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const [reason, count] of reasons) add({ code: 'unauthorised', file, count, detail: reason });
  }
  for (const [number, recs] of numbers) if (recs.size > 1) add({ code: 'duplicate_number', detail: number, count: recs.size });
  report.entries = [...numbers.values()].reduce((n, r) => n + r.size, 0);
  const staff = people === undefined ? await publishedPeople(share) : people;
  report.reviewersChecked = staff !== null;
  if (staff) {
    for (const entry of fold.entries()) {
      if (entry.status !== 'void' && reviewersOf(staff, entry).length === 0) add({ code: 'no_reviewer', detail: entry.number });
    }
  }
  const quarantined = (await io.list(quarantineDir(share))).filter((n) => !n.endsWith('.reason.json'));
  if (quarantined.length) add({ code: 'quarantined', count: quarantined.length, detail: quarantined.slice(0, 5).join(', ') });
  report.problems = report.findings.filter((f) => f.problem).length;
  return report;
}
