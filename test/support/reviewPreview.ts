import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { beforeEach, expect } from 'vitest';
import { newPage, withChromium } from './browser';
import { stubPrinting } from './deskPage';
import { ROOT, startPreview, type Preview } from './preview';

const run = promisify(execFile);

/** Preview mode signed in as a sample person (identity injected with `--os-account`). */
export async function signIn(browser: Browser, dataDir: string, account: string, env?: Record<string, string>): Promise<{ preview: Preview; page: Page }> {
  const preview = await startPreview({ dataDir, args: ['--os-account', account], env });
  const page = await newPage(browser);
  await stubPrinting(page);
  await page.goto(preview.url('desk'));
  return { preview, page };
}

/** Calls a channel through preview mode's bridge, as a renderer would, and returns the envelope. */
export function callApi(page: Page, channel: string, request?: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  return page.evaluate(
    async ([c, r]) =>
      (
        await fetch(`/__preview/api/desk/${c}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ request: r }) })
      ).json(),
    [channel, request] as const,
  );
}

/**
 * The print view as a PDF, its text (with its layout, and `flat`: in reading order with white
 * space collapsed, so a sentence wrapped over two lines reads whole), and a PNG of the first page.
 */
export async function printToPdf(page: Page, name: string): Promise<{ text: string; flat: string; png: string }> {
  const dir = join(ROOT, 'test-results', 'pdf');
  mkdirSync(dir, { recursive: true });
  const pdf = join(dir, `${name}.pdf`);
  // The app asked to print (the stub counted it); the count is cleared so each print is asked anew.
  await expect.poll(() => page.locator('html').getAttribute('data-printed')).not.toBeNull();
  await page.locator('html').evaluate((el) => el.removeAttribute('data-printed'));
  await page.pdf({ path: pdf, format: 'A4' });
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-']);
  const flat = (await run('pdftotext', [pdf, '-'])).stdout.replace(/\s+/g, ' ');
  await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(dir, name)]);
  return { text: stdout, flat, png: join(dir, `${name}-1.png`) };
}

export const inboxNumbers = async (page: Page): Promise<string[]> => page.getByTestId('inbox-row').locator('.inbox-number').allTextContents();

/** The sample people who review: a head, the executive director, the ethics commission, and a desk clerk. */
export const HEAD = 'RNP\\aija.liepina';
export const DIRECTOR = 'RNP\\juris.ozols';
export const ETHICS = 'RNP\\kitija.jaunzeme';
export const OTHER_DESK = 'RNP\\ilze.berzina';

/** The value in a row under the column headed `header`: exports name their columns, tests read them by name. */
export const cellUnder = (sheet: ExcelJS.Worksheet, row: number, header: string) =>
  sheet.getRow(row).getCell((sheet.getRow(1).values as unknown[]).map(String).indexOf(header)).value;

/**
 * One desk used by different people in turn, for a file of review journeys: each test starts
 * from the sample register in its own data folder, and nothing carries over between tests.
 */
export function reviewDesk() {
  let browser: Browser;
  let dataDir: string;
  let open: { preview: Preview; page: Page } | null = null;
  withChromium((b) => (browser = b));
  beforeEach(async () => {
    open = null;
    dataDir = await mkdtemp(join(tmpdir(), 'laipni-review-e2e-'));
  });
  return {
    /** Signs `account` in on the test's desk (one preview at a time). */
    async as(account: string, env?: Record<string, string>): Promise<Page> {
      // The page's event stream holds a connection open; closing it first lets the server stop.
      await open?.page.context().close();
      await open?.preview.stop();
      open = await signIn(browser, dataDir, account, env);
      return open.page;
    },
    /** The inbox once sync has pulled the sample desks' entries from the share. */
    async inbox(page: Page, atLeast = 1): Promise<string[]> {
      await expect.poll(async () => (await inboxNumbers(page)).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(atLeast);
      return inboxNumbers(page);
    },
    /** Waits until the inbox lists exactly `count` entries (filters apply as main answers). */
    inboxOf: (page: Page, count: number) => expect.poll(() => inboxNumbers(page), { timeout: 20_000 }).toHaveLength(count),
  };
}
