import { join } from 'node:path';
import { decodeLines, splitLines } from '../lines';
import { nodeSha256Hex, sha256OfBytes } from '../nodeHash';
import { shareFiles } from './files';
import { DEFAULT_RETRY } from './retry';
import { classify, conflictHoldsEvents, deskDir, desksDir, quarantineDir, readMarker, sealSchema, type Seal, type ShareMarker } from './shareLayout';

/**
 * `laipni share check`: reads every file of the share and reports what IT should know —
 * seals that no longer match, torn tails, conflict copies, clones (two events with one desk
 * sequence number), gaps in a desk's sequence, bad lines, duplicate register numbers.
 */
export const FINDING_CODES = ['seal_mismatch', 'torn_tail', 'conflict_copy', 'clone', 'gap', 'bad_lines', 'duplicate_number', 'newer_format', 'torn_sealed', 'quarantined'] as const;
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
}

export async function checkShare(share: string): Promise<ShareReport> {
  const marker = await readMarker(share);
  const report: ShareReport = { share, available: marker !== null, marker, desks: [], events: 0, entries: 0, findings: [], problems: 0 };
  if (!marker) return report;
  const files = shareFiles(DEFAULT_RETRY);
  const add = (f: Omit<Finding, 'problem'>) => report.findings.push({ ...f, problem: !INFO.has(f.code) });
  const seqs = new Map<string, Map<number, string>>();
  const numbers = new Map<string, Set<string>>();
  const seen = new Set<string>();

  for (const deskId of (await files.list(desksDir(share))).sort()) {
    const dir = deskDir(share, deskId);
    const names = (await files.list(dir)).sort();
    const deskFile = await files.readRange(join(dir, 'desk.json'), 0).then((b) => JSON.parse(b.toString('utf8')) as { deskCode?: string }, () => null);
    const summary = { deskId, deskCode: deskFile?.deskCode ?? null, segments: 0, sealed: 0, events: 0 };
    const seals = new Map<number, Seal>();
    for (const name of names) {
      const role = classify(name);
      if (role.role !== 'seal') continue;
      const seal = sealSchema.safeParse(await files.readRange(join(dir, name), 0).then((b) => JSON.parse(b.toString('utf8')) as unknown, () => null));
      if (seal.success) seals.set(role.n, seal.data);
      else add({ code: 'seal_mismatch', file: `${deskId}/${name}`, detail: 'unreadable seal' });
    }
    for (const name of names) {
      const role = classify(name);
      const file = `${deskId}/${name}`;
      if (role.role === 'conflict') add({ code: 'conflict_copy', file });
      if (role.role !== 'segment' && !(role.role === 'conflict' && conflictHoldsEvents(name))) continue;
      const bytes = await files.readRange(join(dir, name), 0);
      const seal = role.role === 'segment' ? seals.get(role.n) : undefined;
      if (role.role === 'segment') {
        summary.segments++;
        if (seal) summary.sealed++;
      }
      if (seal && (bytes.length < seal.bytes || sha256OfBytes(bytes.subarray(0, seal.bytes)) !== seal.sha256)) add({ code: 'seal_mismatch', file });
      if (seal?.torn) add({ code: 'torn_sealed', file, detail: seal.reason });
      const { lines, consumed } = splitLines(bytes);
      const nul = bytes.subarray(0, consumed).includes(0);
      if ((consumed < bytes.length || nul) && !seal?.torn) add({ code: 'torn_tail', file, count: bytes.length - consumed });
      const decoded = decodeLines(lines, nodeSha256Hex);
      if (decoded.bad) add({ code: 'bad_lines', file, count: decoded.bad });
      if (decoded.newer.length) add({ code: 'newer_format', file, count: decoded.newer.length });
      for (const e of decoded.events) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        summary.events++;
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
    }
    report.desks.push(summary);
    report.events += summary.events;
  }
  for (const [desk, bySeq] of seqs) {
    const max = Math.max(...bySeq.keys());
    const missing = max - bySeq.size;
    if (missing > 0) add({ code: 'gap', deskId: desk, count: missing });
  }
  for (const [number, recs] of numbers) if (recs.size > 1) add({ code: 'duplicate_number', detail: number, count: recs.size });
  report.entries = [...numbers.values()].reduce((n, r) => n + r.size, 0);
  const quarantined = (await files.list(quarantineDir(share))).filter((n) => !n.endsWith('.reason.json'));
  if (quarantined.length) add({ code: 'quarantined', count: quarantined.length, detail: quarantined.slice(0, 5).join(', ') });
  report.problems = report.findings.filter((f) => f.problem).length;
  return report;
}
