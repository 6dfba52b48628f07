import { spawn } from 'node:child_process';
import { appendFile, mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DEADLINE_TABLE } from '../../shared/register/deadlines';
import { LATVIAN_HOLIDAYS } from '../../shared/calendar/holidays';
import { workCalendar } from '../../shared/calendar/workingDays';
import { openRegister } from '../../electron/main/services/register/openRegister';
import { batchLine, readBatches, shareLogIo, signBatch, type Authority } from '../../electron/main/services/shareLog';
import type { KeyPair } from '../../electron/main/services/trust/keys';
import { emptyCursors, pull } from '../../electron/main/services/register/sync/puller';
import { nodeSha256Hex } from '../../electron/main/services/register/nodeHash';
import { ofRounds, overRounds, percentile, type Figure, type Suite } from './figure';
import { setLine, writeJournal, writeShare } from './registerData';
import { applyYjsUpdates, writeYjsUpdates } from './yjsMerge';

const RULES = { deadlines: DEFAULT_DEADLINE_TABLE, calendar: workCalendar(LATVIAN_HOLIDAYS), routing: {} };
const input = (i: number) => ({ kind: 'suggestion', channel: 'phone', subject: 'premises', description: `Vairāk sēdvietu uzgaidāmajā telpā (${i})` });
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const mb = (bytes: number) => bytes / 1024 / 1024;

/** Peak resident memory of a fresh desk process with the register opened from its cache. */
async function peakResident(dataDir: string): Promise<number> {
  return (await deskProcess(dataDir)).peakMb;
}

/** A fresh desk process opening its register and running one sync round (offline unless given a share): wall time and peak resident memory. */
async function deskProcess(dataDir: string, share = join(dataDir, 'no-share')): Promise<{ ms: number; peakMb: number }> {
  const cli = join(import.meta.dirname, '../cli/laipni.js');
  const probe = `process.on('exit', () => process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n')); process.argv.splice(1, 0, 'probe'); import(${JSON.stringify(cli)});`;
  // What the app does at start: open the register from its cache and run a sync round (offline here).
  const child = spawn(process.execPath, ['-e', probe, 'sync', '--once', '--share', share, '--data', dataDir, '--institution', 'RNP', '--desk', 'K1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const t0 = performance.now();
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  await new Promise((r) => child.on('close', r));
  const ms = performance.now() - t0;
  const kb = Number(/MAXRSS (\d+)/.exec(err)?.[1]);
  if (!kb) throw new Error(`memory probe failed: ${err}`);
  return { ms, peakMb: kb / 1024 };
}

/**
 * A desk with a million events of its own and no cache (a lost or damaged cache file): a fresh
 * process rebuilds the register from its journal alone. Three rounds, the cache removed before each.
 */
async function ownJournalOpening(): Promise<Figure[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'laipni-bench-own-'));
  try {
    // 1M events on 100k entries: every tenth event registers one, the others move its status on.
    await writeJournal(dataDir, 'benchdesk', 1_000_000, 10);
    const runs: { ms: number; peakMb: number }[] = [];
    for (let i = 0; i < 3; i++) {
      await rm(join(dataDir, 'register', 'cache.json'), { force: true });
      runs.push(await deskProcess(dataDir));
    }
    return [
      { name: 'a desk with 1M own events and no cache opens (fresh process, time)', ...ofRounds(runs.map((r) => r.ms / 1000)), unit: 's', budget: 15 },
      { name: 'a desk with 1M own events and no cache opens (peak resident)', ...ofRounds(runs.map((r) => r.peakMb)), unit: 'MB', budget: 400 },
    ];
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** p95 of saving (journal append + fsync + fold) with `present` records already in the register. */
async function saveLatency(present: number): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'laipni-bench-save-'));
  await writeJournal(dataDir, 'benchdesk', present);
  const opened = await openRegister({ dataDir, institution: 'RNP', deskCode: 'K1', rules: RULES });
  const samples: number[] = [];
  for (let i = 0; i < 300; i++) {
    const t = performance.now();
    await opened.register.add(input(i), 'RNP\\bench');
    samples.push(performance.now() - t);
  }
  await opened.close();
  await rm(dataDir, { recursive: true, force: true });
  return percentile(samples.slice(20), 95);
}

/**
 * Cold merge, three rounds: in each, plain JSON.parse of the same bytes (with nothing large held),
 * Yjs applying the same history from the 50 desks' update files, then our merge with every
 * signature verified. Then 100 new events. Returns the merged desk's folder, saved and closed.
 */
async function mergeAndSync(share: string, files: string[], keys: Map<string, KeyPair>, yjsFiles: string[], figures: Figure[]): Promise<string> {
  // Every desk is enrolled: each segment is read as far as its desk signed it, one signature check per file.
  const authority: Authority = { keyOf: (desk) => keys.get(desk)?.publicKey ?? null };
  const baselineRun = async () => {
    gc();
    const b0 = performance.now();
    let parsed = 0;
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      for (const line of text.split('\n')) {
        if (line && JSON.parse(line) !== undefined) parsed++;
      }
    }
    if (parsed !== 1_000_000) throw new Error(`baseline parsed ${parsed} lines`);
    return performance.now() - b0;
  };
  const yjsRun = async () => {
    gc();
    const y0 = performance.now();
    const merged = await applyYjsUpdates(yjsFiles);
    if (merged !== 100_000) throw new Error(`Yjs merged ${merged} entries`);
    return performance.now() - y0;
  };
  const io = shareLogIo({ maxMs: 1000, firstDelayMs: 10 });
  const mergeRun = async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'laipni-bench-desk-'));
    const opened = await openRegister({ dataDir, institution: 'RNP', deskCode: 'K1', rules: RULES });
    const cursors = emptyCursors();
    const apply = (events: Parameters<typeof opened.register.applyRemote>[0]['events']) => void opened.register.applyRemote({ events });
    gc();
    const m0 = performance.now();
    await pull(share, cursors, io, nodeSha256Hex, apply, undefined, authority);
    return { ms: performance.now() - m0, dataDir, opened, cursors, apply };
  };
  const runs: Array<{ baseline: number; yjs: number; merge: number }> = [];
  let last: Awaited<ReturnType<typeof mergeRun>> | null = null;
  for (let round = 0; round < 3; round++) {
    // The previous round's register is closed first, so the baseline runs with nothing large held.
    if (last) {
      await last.opened.close();
      await rm(last.dataDir, { recursive: true, force: true });
      // eslint-disable-next-line no-useless-assignment -- drops the closed register, so the collector frees it before the baseline
      last = null;
    }
    const baseline = await baselineRun();
    const yjs = await yjsRun();
    last = await mergeRun();
    runs.push({ baseline, yjs, merge: last.ms });
    process.stderr.write(
      `  round ${round + 1}: JSON.parse ${baseline.toFixed(0)} ms, Yjs ${yjs.toFixed(0)} ms, cold merge ${last.ms.toFixed(0)} ms, ${last.opened.register.size()} records\n`,
    );
  }
  figures.push({
    name: 'cold merge of 1M signed events from 50 desks, signatures verified, throughput vs plain JSON.parse',
    ...ofRounds(runs.map((r) => (r.baseline / r.merge) * 100)),
    unit: '%',
    budget: 100,
    budgetOp: '≥',
  });
  figures.push({ name: 'cold merge of 1M events from 50 desks, time', ...ofRounds(runs.map((r) => r.merge / 1000)), unit: 's', budget: null });
  figures.push({ name: "Yjs applying the same 50 desks' updates, time", ...ofRounds(runs.map((r) => r.yjs / 1000)), unit: 's', budget: null });
  figures.push({
    name: 'cold merge speed against Yjs in the same round (Yjs time / our time; above 1 is faster)',
    ...ofRounds(runs.map((r) => r.yjs / r.merge)),
    unit: '×',
    budget: 1,
    budgetOp: '≥',
  });
  const { opened, cursors, apply, dataDir } = last!;

  const target = files[files.length - 1]!;
  const desk = target.split('/').at(-2)!;
  const sigFile = target.replace(/\.jsonl$/, '.sig.jsonl');
  const segment = Number(/(\d{6})\.jsonl$/.exec(target)![1]);
  const incTimes: number[] = [];
  const incKiB: number[] = [];
  for (let round = 0; round < 3; round++) {
    const extra: string[] = [];
    for (let i = 0; i < 100; i++) {
      const seq = 30_000 + round * 100 + i;
      extra.push(setLine(desk, seq, `${desk}-r1`, Date.parse('2026-03-01T08:00:00Z') + seq, Date.parse('2026-03-01T07:00:00Z'), i));
    }
    // Pushed as a desk pushes: its signature line first, then the bytes.
    const bytes = Buffer.from(extra.join(''), 'utf8');
    const lastBatch = (await readBatches(io, sigFile)).batches.at(-1)!;
    await appendFile(sigFile, batchLine(signBatch(keys.get(desk)!.privateKey, desk, segment, lastBatch.end, lastBatch.root, bytes)));
    const handle = await open(target, 'a');
    await handle.write(bytes);
    await handle.close();
    const i0 = performance.now();
    const incremental = await pull(share, cursors, io, nodeSha256Hex, apply, undefined, authority);
    if (incremental.events !== 100 || incremental.held.length)
      throw new Error(`incremental sync read ${incremental.events} events, held ${incremental.held.join(', ')}`);
    incTimes.push(performance.now() - i0);
    incKiB.push(incremental.bytesRead / 1024);
  }
  figures.push({ name: 'incremental sync of 100 new events on top of 1M', ...ofRounds(incTimes), unit: 'ms', budget: 100 });
  figures.push({ name: 'incremental sync, bytes read (the 100 new lines)', ...ofRounds(incKiB), unit: 'KiB', budget: null });

  await opened.persist(cursors);
  await opened.close();
  return dataDir;
}

/** Run before the register suite, while nothing large is held in the bench's own process. */
export const ownJournalBench: Suite = { name: 'own journal', run: ownJournalOpening };

export const registerBench: Suite = {
  name: 'register',
  async run() {
    const figures: Figure[] = [];
    figures.push({ name: 'save an entry, p95, 1k records present', ...(await overRounds(3, () => saveLatency(1_000))), unit: 'ms', budget: 5 });
    figures.push({ name: 'save an entry, p95, 100k records present', ...(await overRounds(3, () => saveLatency(100_000))), unit: 'ms', budget: 5 });

    const share = await mkdtemp(join(tmpdir(), 'laipni-bench-share-'));
    const yjsDir = await mkdtemp(join(tmpdir(), 'laipni-bench-yjs-'));
    const coldDirs: string[] = [];
    let dataDir: string | null = null;
    try {
      const shape = { desks: 50, eventsPerDesk: 20_000, createEvery: 10, segmentBytes: 4 * 1024 * 1024, batchLines: 1000 };
      const t0 = performance.now();
      const { files, bytes, keys } = await writeShare(share, shape);
      process.stderr.write(`  wrote 1M events (${mb(bytes).toFixed(0)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
      const yjsFiles = await writeYjsUpdates(yjsDir, shape);

      // The first sync of a new desk, as the app runs it: a fresh process, no cache, the whole share.
      const cold = await overRounds(3, async () => {
        const fresh = await mkdtemp(join(tmpdir(), 'laipni-bench-cold-'));
        coldDirs.push(fresh);
        const run = await deskProcess(fresh, share);
        await rm(fresh, { recursive: true, force: true });
        return run.peakMb;
      });
      figures.push({ name: 'memory peak during the first cold sync of 1M events (fresh desk process, peak resident)', ...cold, unit: 'MB', budget: 400 });

      dataDir = await mergeAndSync(share, files, keys, yjsFiles, figures);
      const opened = dataDir;

      const startups: number[] = [];
      const heaps: number[] = [];
      let size = 0;
      for (let round = 0; round < 3; round++) {
        gc();
        const s0 = performance.now();
        let again: Awaited<ReturnType<typeof openRegister>> | null = await openRegister({ dataDir: opened, institution: 'RNP', deskCode: 'K1', rules: RULES });
        startups.push(performance.now() - s0);
        size = again.register.size();
        // The register's heap: what the collector frees once it is closed and let go.
        gc();
        const held = process.memoryUsage().heapUsed;
        await again.close();
        again = null;
        gc();
        heaps.push(mb(held - process.memoryUsage().heapUsed));
      }
      figures.push({ name: `start-up from the local cache, ${size} records`, ...ofRounds(startups), unit: 'ms', budget: 1500 });
      figures.push({ name: 'memory: register state of 100k records (heap)', ...ofRounds(heaps), unit: 'MB', budget: null });
      figures.push({
        name: 'memory: a desk process with 100k records loaded (peak resident, main side only)',
        ...(await overRounds(3, () => peakResident(opened))),
        unit: 'MB',
        budget: 250,
      });
      return figures;
    } finally {
      for (const dir of [share, yjsDir, ...coldDirs, ...(dataDir ? [dataDir] : [])]) await rm(dir, { recursive: true, force: true });
    }
  },
};
