import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { newPage } from './browser';
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
