import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newPage } from '../support/browser';
import { startPreview } from '../support/preview';
import { percentile, type Suite } from './figure';
import { writeShare } from './registerData';

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
  const t = Date.now();
  await act();
  await page.waitForFunction((b) => document.querySelector('[data-testid="inbox-counts"]')?.textContent !== b, before, { polling: 'raf' });
  return Date.now() - t;
}

/** Preview as a head on the bench data; `ready` is from navigation to an inbox counting 100k. */
async function openInbox(browser: Browser, dataDir: string) {
  const preview = await startPreview({ dataDir, args: ['--os-account', 'RNP\\aija.liepina'] });
  const page = await newPage(browser);
  const start = Date.now();
  await page.goto(preview.url('desk'));
  await page.waitForFunction(() => /^\d{6}/.test(document.querySelector('[data-testid="inbox-counts"]')?.textContent ?? ''), null, {
    timeout: 120_000,
    polling: 100,
  });
  const ready = Date.now() - start;
  return {
    page,
    preview,
    ready,
    async close() {
      await page.context().close();
      await preview.stop();
    },
  };
}

/**
 * The reviewer's inbox in Chromium (preview mode, real services) over 100,000 entries synced
 * from 50 desk folders: time to a usable inbox, filter round trips, and scrolling frame times.
 */
export const reviewBrowser: Suite = {
  name: 'review inbox in Chromium at 100k',
  async run() {
    const dataDir = await mkdtemp(join(tmpdir(), 'laipni-bench-review-'));
    await mkdir(join(dataDir, 'share'), { recursive: true });
    await writeShare(join(dataDir, 'share'), { desks: 50, eventsPerDesk: 4000, createEvery: 2, segmentBytes: 4 * 1024 * 1024, batchLines: 1000 });
    const browser = await launchChromium();
    // Cold: the first sync pulls every desk's events; warm: a restart opens the register from its cache.
    const cold = await openInbox(browser, dataDir);
    await cold.close();
    const warm = await openInbox(browser, dataDir);
    const { page } = warm;
    try {
      const entries = await total(page);

      const filters: number[] = [];
      for (let round = 0; round < 5; round++)
        for (const text of [`(42${round}2)`, '', `(7${round})`, '']) filters.push(await latency(page, () => page.getByLabel('Meklēt tekstā').fill(text)));
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
              list.scrollTop += 600;
              if (out.length < 1_001) requestAnimationFrame(step);
              else done(out.slice(1));
            };
            requestAnimationFrame(step);
          }),
      );
      return [
        { name: `inbox usable after a cold start, ${entries} entries (first sync of 200k events included)`, value: cold.ready, unit: 'ms', budget: null },
        { name: 'inbox usable after a restart, 100k entries (register from its cache)', value: warm.ready, unit: 'ms', budget: 1000 },
        { name: `inbox filter/search round trip in Chromium, 100k (p95 of ${filters.length})`, value: percentile(filters, 95), unit: 'ms', budget: 50 },
        { name: 'inbox filter/search round trip in Chromium, 100k (median)', value: percentile(filters, 50), unit: 'ms', budget: null },
        { name: `inbox scrolling frame time, 100k (p95 of ${frames.length} frames)`, value: percentile(frames, 95), unit: 'ms', budget: 16.7 },
      ];
    } finally {
      await warm.close();
      await browser.close();
    }
  },
};
