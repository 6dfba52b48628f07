import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newPage } from '../support/browser';
import { startPreview } from '../support/preview';
import { overRounds, percentile, type Figure, type Suite } from './figure';
import { writeShare } from './registerData';

const ROUNDS = 3;

const total = async (page: Page) =>
  Number(
    /^(\d[\d\s]*)/
      .exec(
        (await page
          .getByTestId('inbox-counts')
          .textContent()
          .catch(() => '')) ?? '',
      )?.[1]
      ?.replace(/\s/g, '') ?? 0,
  );

/** Milliseconds from an action to the inbox showing a different count. */
async function latency(page: Page, act: () => Promise<void>): Promise<number> {
  const before = await page.getByTestId('inbox-counts').textContent();
  const t = performance.now();
  await act();
  await page.waitForFunction((b) => document.querySelector('[data-testid="inbox-counts"]')?.textContent !== b, before, { polling: 'raf' });
  return performance.now() - t;
}

/** Proportional set size of a process in MB: its own pages, and its share of pages it shares. */
async function pssMb(pid: number): Promise<number> {
  const text = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8');
  return Number(/^Pss:\s+(\d+) kB/m.exec(text)?.[1] ?? NaN) / 1024;
}

/** Memory of Chromium's renderer processes (one page is open when this is asked). */
async function rendererMb(browser: Browser): Promise<number> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: Array<{ type: string; id: number }> };
    let sum = 0;
    for (const p of processInfo.filter((p) => p.type === 'renderer')) sum += await pssMb(p.id);
    return sum;
  } finally {
    await session.detach();
  }
}

/**
 * The app started as a head on the bench data: `firstRender` is from navigation to the shell on
 * screen, `ready` to an inbox counting 100k that takes input.
 */
async function openInbox(browser: Browser, dataDir: string) {
  const args = ['--os-account', 'RNP\\aija.liepina', '--share-folder', join(dataDir, 'bench-share')];
  const preview = await startPreview({ dataDir, args, production: true, startTimeoutMs: 180_000 });
  const page = await newPage(browser);
  const start = performance.now();
  await page.goto(preview.url('desk'));
  await page.getByRole('navigation').first().waitFor({ timeout: 120_000 });
  const firstRender = performance.now() - start;
  await page
    .waitForFunction(() => /^\d{6}/.test(document.querySelector('[data-testid="inbox-counts"]')?.textContent ?? ''), null, {
      timeout: 300_000,
      polling: 100,
    })
    .catch(async (error: unknown) => {
      // Say what the page showed instead, so a failed run can be read without running it again.
      await mkdir('test-results', { recursive: true });
      await page.screenshot({ path: join('test-results', 'bench-inbox-not-ready.png') });
      const counts = await page
        .getByTestId('inbox-counts')
        .textContent({ timeout: 1000 })
        .catch(() => '(no counts)');
      throw new Error(`inbox not ready: counts "${counts}"; screenshot test-results/bench-inbox-not-ready.png\n${preview.output().slice(-2000)}`, {
        cause: error,
      });
    });
  await page.getByLabel('Meklēt tekstā').waitFor({ state: 'visible' });
  const ready = performance.now() - start;
  return {
    page,
    preview,
    ready,
    firstRender,
    async close() {
      await page.context().close();
      await preview.stop();
    },
  };
}

interface Round {
  ready: number;
  firstRender: number;
  filterP95: number;
  filterMedian: number;
  filters: number;
  scrollP95: number;
  frames: number;
  mainMb: number;
  rendererMb: number;
}

/** One restart of the app on a warm cache: what a head waits for, then filters, scrolling and memory. */
async function warmRound(browser: Browser, dataDir: string, round: number): Promise<Round & { entries: number }> {
  const app = await openInbox(browser, dataDir);
  const { page } = app;
  try {
    const entries = await total(page);
    const filters: number[] = [];
    for (let r = 0; r < 5; r++)
      for (const text of [`(42${r}${round})`, '', `(7${r})`, '']) filters.push(await latency(page, () => page.getByLabel('Meklēt tekstā').fill(text)));
    for (let i = 0; i < 10; i++) {
      filters.push(await latency(page, () => page.getByLabel('Nokavētie').check()));
      filters.push(await latency(page, () => page.getByLabel('Nokavētie').uncheck()));
    }
    // Scroll the list a screen per frame for 1,000 frames and keep every frame's duration.
    const frames = await page.evaluate(
      () =>
        new Promise<number[]>((done) => {
          const list = document.querySelector('.inbox-scroll')!;
          const out: number[] = [];
          let last = performance.now();
          const step = (now: number) => {
            out.push(now - last);
            last = now;
            list.scrollTop = (list.scrollTop + 600) % Math.max(1, list.scrollHeight - list.clientHeight);
            if (out.length < 1_001) requestAnimationFrame(step);
            else done(out.slice(1));
          };
          requestAnimationFrame(step);
        }),
    );
    return {
      entries,
      ready: app.ready,
      firstRender: app.firstRender,
      filterP95: percentile(filters, 95),
      filterMedian: percentile(filters, 50),
      filters: filters.length,
      scrollP95: percentile(frames, 95),
      frames: frames.length,
      mainMb: await pssMb(app.preview.pid),
      rendererMb: await rendererMb(browser),
    };
  } finally {
    await app.close();
  }
}

/**
 * The reviewer's inbox in Chromium (preview mode, real services) over 100,000 entries synced
 * from 50 desk folders: the first render and a usable inbox after a restart, filter round trips,
 * scrolling frame times and memory, each over three restarts.
 */
export const reviewBrowser: Suite = {
  name: 'review inbox in Chromium at 100k',
  async run() {
    const dataDir = await mkdtemp(join(tmpdir(), 'laipni-bench-review-'));
    const browser = await launchChromium();
    try {
      // The bench's desks are not enrolled with the demo trust root, so their share is another
      // folder (preview checks no signatures there); it gets the demo's directory and rules, so
      // the head is known as one.
      const share = join(dataDir, 'bench-share');
      await mkdir(share, { recursive: true });
      await writeShare(share, { desks: 50, eventsPerDesk: 4000, createEvery: 2, segmentBytes: 4 * 1024 * 1024, batchLines: 1000 });
      await (await startPreview({ dataDir, production: true, startTimeoutMs: 180_000 })).stop();
      for (const folder of ['catalog', 'config']) await cp(join(dataDir, 'share', folder), join(share, folder), { recursive: true });
      // Cold: the first sync pulls every desk's events; warm: each restart opens the register from its cache.
      const cold = await openInbox(browser, dataDir);
      await cold.close();
      const rounds: Array<Round & { entries: number }> = [];
      const pick = (key: keyof Round) => overRounds(ROUNDS, (r) => Promise.resolve(rounds[r]![key]));
      for (let r = 0; r < ROUNDS; r++) rounds.push(await warmRound(browser, dataDir, r));
      const entries = rounds[0]!.entries;
      const memory = rounds.map((r) => r.mainMb + r.rendererMb);
      const figures: Figure[] = [
        { name: `inbox usable after a cold start, ${entries} entries (first sync of 200k events included)`, value: cold.ready, unit: 'ms', budget: null },
        {
          name: `first render after a restart, ${entries} entries (navigation to the shell on screen)`,
          ...(await pick('firstRender')),
          unit: 'ms',
          budget: null,
        },
        { name: `inbox usable after a restart, ${entries} entries (register from its cache)`, ...(await pick('ready')), unit: 'ms', budget: 1000 },
        {
          name: `inbox filter/search round trip in Chromium, 100k (p95 of ${rounds[0]!.filters} a round)`,
          ...(await pick('filterP95')),
          unit: 'ms',
          budget: 50,
        },
        { name: 'inbox filter/search round trip in Chromium, 100k (median)', ...(await pick('filterMedian')), unit: 'ms', budget: null },
        { name: `inbox scrolling frame time, 100k (p95 of ${rounds[0]!.frames} frames a round)`, ...(await pick('scrollP95')), unit: 'ms', budget: 16.7 },
        {
          name: 'memory, main side + renderer, 100k warm (proportional set size)',
          ...(await overRounds(ROUNDS, (r) => Promise.resolve(memory[r]!))),
          unit: 'MB',
          budget: 250,
        },
        { name: 'memory, main side alone (the preview server: register, services)', ...(await pick('mainMb')), unit: 'MB', budget: null },
        { name: 'memory, renderer alone', ...(await pick('rendererMb')), unit: 'MB', budget: null },
      ];
      return figures;
    } finally {
      await browser.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};
