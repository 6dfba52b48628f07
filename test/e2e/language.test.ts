import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { newPage, withChromium } from '../support/browser';
import { stopAllPreviews, startPreview } from '../support/preview';
import { signIn } from '../support/reviewPreview';
import { keepScreenshot } from '../support/screenshots';

let browser: Browser;
withChromium((b) => (browser = b));
afterEach(() => stopAllPreviews());

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

/** Opens every screen in the menu and returns the ones whose text shows an ISO date (`2026-12-01`). */
async function isoDatesOnEveryScreen(page: Page): Promise<Array<{ screen: string; text: string }>> {
  const nav = page.getByRole('navigation');
  await nav.getByRole('button').first().waitFor();
  const names = await nav.getByRole('button').allTextContents();
  const found: Array<{ screen: string; text: string }> = [];
  for (const name of names) {
    await nav.getByRole('button', { name, exact: true }).click();
    await expect.poll(() => page.locator('main .loading').count()).toBe(0);
    await page.locator('main h2').first().waitFor();
    const text = await page.locator('main').innerText();
    const hit = ISO_DATE.exec(text);
    if (hit) found.push({ screen: name, text: text.slice(Math.max(0, hit.index - 60), hit.index + 20) });
  }
  return found;
}

describe('Latvian as a Latvian office writes it, in preview mode', () => {
  it('shows no ISO date like 2026-12-01 on any screen of desk staff', async () => {
    const preview = await startPreview();
    const page = await newPage(browser, { width: 1366, height: 800 });
    await page.goto(preview.url('desk'));
    expect(await isoDatesOnEveryScreen(page)).toEqual([]);
    await page.close();
  });

  it('shows no ISO date on any screen of a head', async () => {
    const head = await signIn(browser, await mkdtemp(join(tmpdir(), 'laipni-e2e-')), 'RNP\\aija.liepina');
    expect(await isoDatesOnEveryScreen(head.page)).toEqual([]);
    await head.page.close();
  });

  it('shows an entry with people’s and institutions’ names and table dates, never accounts, codes or ISO dates', async () => {
    const head = await signIn(browser, await mkdtemp(join(tmpdir(), 'laipni-e2e-')), 'RNP\\aija.liepina');
    await head.page.getByRole('navigation').getByRole('button', { name: 'Iesniegumu izskatīšana' }).click();
    await expect.poll(() => head.page.getByTestId('inbox-row').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await head.page.getByTestId('inbox-row').first().click();
    await head.page.getByRole('heading', { name: /Ieraksts / }).waitFor();
    const entry = await head.page.locator('main').innerText();
    expect(entry).not.toMatch(ISO_DATE);
    expect(entry).toMatch(/\d{2}\.\d{2}\.\d{4}/);
    expect(entry).not.toMatch(/RNP\\/);
    expect(entry).toContain('Rēzeknes novada pašvaldība');
    await expectNoAxeViolations(head.page, 'entry page with names');
    await keepScreenshot(head.page, 'entry-page-names-dates');
    await head.page.close();
  });

  it('serves the pages’ icon and requests nothing that is missing', async () => {
    const preview = await startPreview();
    const page = await newPage(browser);
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(preview.url('desk'));
    await page.getByRole('navigation').waitFor();
    const icon = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel=icon]')!.href;
      const r = await fetch(href);
      return { status: r.status, type: r.headers.get('content-type') };
    });
    expect(icon).toEqual({ status: 200, type: expect.stringContaining('image/svg+xml') });
    await page.goto(preview.url('display'));
    await page.locator('main, #root > *').first().waitFor();
    expect(failed).toEqual([]);
    await page.close();
  });

  it('keeps the routing box and Save in view at 1280×720, and the menu in view however far the form scrolls', async () => {
    const preview = await startPreview();
    const page = await newPage(browser, { width: 1280, height: 720 });
    await page.goto(preview.url('desk'));
    await page.getByRole('navigation').getByRole('button', { name: 'Sūdzības un ierosinājumi' }).click();
    const save = page.getByRole('button', { name: 'Saglabāt', exact: true });
    await page.getByTestId('routing-preview').waitFor();
    const inView = async (locator: ReturnType<Page['locator']>) => {
      const box = (await locator.boundingBox())!;
      return box.y >= 0 && box.y + box.height <= 720;
    };
    expect(await inView(page.getByTestId('routing-preview'))).toBe(true);
    expect(await inView(save)).toBe(true);
    await expectNoAxeViolations(page, 'registration form at 1280×720');
    await keepScreenshot(page, 'register-1280x720');
    await page.screenshot({ path: join(import.meta.dirname, '../../test-results/screenshots/register-1280x720-viewport.png') });
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await inView(page.getByRole('navigation').getByRole('button', { name: 'Pakalpojumi' }))).toBe(true);
    await page.close();
  });
});
