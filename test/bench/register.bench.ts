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
import { percentile, type Figure, type Suite } from './figure';
import { setLine, writeJournal, writeShare } from './registerData';

const RULES = { deadlines: DEFAULT_DEADLINE_TABLE, calendar: workCalendar(LATVIAN_HOLIDAYS), routing: {} };
const input = (i: number) => ({ kind: 'suggestion', channel: 'phone', subject: 'premises', description: `Vairāk sēdvietu uzgaidāmajā telpā (${i})` });
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const mb = (bytes: number) => bytes / 1024 / 1024;

/** Peak resident memory of a fresh desk process with the register opened from its cache. */
async function peakResident(dataDir: string): Promise<number> {
  return (await deskProcess(dataDir)).peakMb;
}

/** A fresh desk process opening its register and running one (offline) sync round: wall time and peak resident memory. */
async function deskProcess(dataDir: string): Promise<{ ms: number; peakMb: number }> {
  const cli = join(import.meta.dirname, '../cli/laipni.js');
  const probe = `process.on('exit', () => process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n')); process.argv.splice(1, 0, 'probe'); import(${JSON.stringify(cli)});`;
  // What the app does at start: open the register from its cache and run a sync round (offline here).
  const child = spawn(
    process.execPath,
    ['-e', probe, 'sync', '--once', '--share', join(dataDir, 'no-share'), '--data', dataDir, '--institution', 'RNP', '--desk', 'K1'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
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
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
    const range = (xs: number[]): [number, number] => [Math.min(...xs), Math.max(...xs)];
    const seconds = runs.map((r) => r.ms / 1000);
    const peaks = runs.map((r) => r.peakMb);
    return [
      {
        name: 'a desk with 1M own events and no cache opens (fresh process, time)',
        value: median(seconds),
        range: range(seconds),
        rounds: 3,
        unit: 's',
        budget: 15,
      },
      { name: 'a desk with 1M own events and no cache opens (peak resident)', value: median(peaks), range: range(peaks), rounds: 3, unit: 'MB', budget: 400 },
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

/** Cold merge (three rounds against plain JSON.parse), then 100 new events; returns the merged desk's folder, saved and closed. */
async function mergeAndSync(share: string, files: string[], keys: Map<string, KeyPair>, figures: Figure[]): Promise<string> {
  // Every desk is enrolled: each segment is read as far as its desk signed it, one signature check per file.
  const authority: Authority = { keyOf: (desk) => keys.get(desk)?.publicKey ?? null };
  // The machine is shared: baseline and merge alternate three times and the median ratio counts.
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
  const runs: Array<{ ratio: number; merge: number }> = [];
  let last: Awaited<ReturnType<typeof mergeRun>> | null = null;
  for (let round = 0; round < 3; round++) {
    const baseline = await baselineRun();
    if (last) {
      await last.opened.close();
      await rm(last.dataDir, { recursive: true, force: true });
    }
    last = await mergeRun();
    runs.push({ ratio: baseline / last.ms, merge: last.ms });
    process.stderr.write(
      `  round ${round + 1}: JSON.parse ${baseline.toFixed(0)} ms, cold merge ${last.ms.toFixed(0)} ms, ${last.opened.register.size()} records\n`,
    );
  }
  const median = runs.sort((a, b) => a.ratio - b.ratio)[1]!;
  figures.push({
    name: 'cold merge of 1M signed events from 50 desks, signatures verified, throughput vs plain JSON.parse (median of 3)',
    value: median.ratio * 100,
    unit: '%',
    budget: 100,
    budgetOp: '≥',
  });
  figures.push({ name: 'cold merge of 1M events from 50 desks, time', value: median.merge / 1000, unit: 's', budget: null });
  const { opened, cursors, apply, dataDir } = last!;

  const target = files[files.length - 1]!;
  const extra: string[] = [];
  const desk = target.split('/').at(-2)!;
  for (let i = 0; i < 100; i++)
    extra.push(setLine(desk, 30_000 + i, `${desk}-r1`, Date.parse('2026-03-01T08:00:00Z') + i, Date.parse('2026-03-01T07:00:00Z'), i));
  // Pushed as a desk pushes: its signature line first, then the bytes.
  const bytes = Buffer.from(extra.join(''), 'utf8');
  const sigFile = target.replace(/\.jsonl$/, '.sig.jsonl');
  const { batches } = await readBatches(io, sigFile);
  const lastBatch = batches.at(-1)!;
  const segment = Number(/(\d{6})\.jsonl$/.exec(target)![1]);
  await appendFile(sigFile, batchLine(signBatch(keys.get(desk)!.privateKey, desk, segment, lastBatch.end, lastBatch.root, bytes)));
  const handle = await open(target, 'a');
  await handle.write(bytes);
  await handle.close();
  const i0 = performance.now();
  const incremental = await pull(share, cursors, io, nodeSha256Hex, apply, undefined, authority);
  if (incremental.events !== 100 || incremental.held.length)
    throw new Error(`incremental sync read ${incremental.events} events, held ${incremental.held.join(', ')}`);
  const inc = performance.now() - i0;
  figures.push({ name: 'incremental sync of 100 new events on top of 1M', value: inc, unit: 'ms', budget: 100 });
  figures.push({ name: 'incremental sync, bytes read (the 100 new lines)', value: incremental.bytesRead / 1024, unit: 'KiB', budget: null });

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
    figures.push({ name: 'save an entry, p95, 1k records present', value: await saveLatency(1_000), unit: 'ms', budget: 5 });
    figures.push({ name: 'save an entry, p95, 100k records present', value: await saveLatency(100_000), unit: 'ms', budget: 5 });

    const share = await mkdtemp(join(tmpdir(), 'laipni-bench-share-'));
    const t0 = performance.now();
    const { files, bytes, keys } = await writeShare(share, {
      desks: 50,
      eventsPerDesk: 20_000,
      createEvery: 10,
      segmentBytes: 4 * 1024 * 1024,
      batchLines: 1000,
    });
    process.stderr.write(`  wrote 1M events (${mb(bytes).toFixed(0)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);

    const dataDir = await mergeAndSync(share, files, keys, figures);

    gc();
    const before = process.memoryUsage().heapUsed;
    const s0 = performance.now();
    const again = await openRegister({ dataDir, institution: 'RNP', deskCode: 'K1', rules: RULES });
    const startup = performance.now() - s0;
    figures.push({ name: `start-up from the local cache, ${again.register.size()} records`, value: startup, unit: 'ms', budget: 1500 });
    gc();
    const heap = process.memoryUsage().heapUsed - before;
    figures.push({ name: 'memory: register state of 100k records (heap)', value: mb(heap), unit: 'MB', budget: null });
    await again.close();
    figures.push({
      name: 'memory: a desk process with 100k records loaded (peak resident, main side only)',
      value: await peakResident(dataDir),
      unit: 'MB',
      budget: 250,
    });
    await rm(share, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
    return figures;
  },
};
