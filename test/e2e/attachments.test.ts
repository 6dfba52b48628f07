import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { withChromium } from '../support/browser';
import { inboxNumbers, signIn } from '../support/reviewPreview';
import { keepScreenshot } from '../support/screenshots';

const DIRECTOR = 'RNP\\juris.ozols';
const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');

let browser: Browser;
withChromium((b) => (browser = b));

describe('attachments on an entry (preview)', () => {
  it('adds a scanned letter, refuses a program named .pdf in words, lists it and saves it as a download', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'laipni-attach-e2e-'));
    const { preview, page } = await signIn(browser, dataDir, DIRECTOR);
    try {
      await expect.poll(async () => (await inboxNumbers(page)).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
      await page.getByTestId('inbox-row').first().click();
      const section = page.getByRole('region', { name: 'Pielikumi' });
      await section.getByText('Pielikumu nav.').waitFor();
      const input = section.getByLabel('Pievienot skenētu vēstuli vai fotoattēlu');
      await input.setInputFiles({ name: 'vestule.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00 a program') });
      await section.getByRole('alert').filter({ hasText: 'Pievienot var tikai PDF, JPEG vai PNG failu' }).waitFor();
      await input.setInputFiles({ name: 'vestule.pdf', mimeType: 'application/pdf', buffer: pdf });
      await section.getByText('Pielikums pievienots.').waitFor();
      const item = section.getByRole('listitem');
      expect(await item.count()).toBe(1);
      expect(await item.first().textContent()).toContain('1. pielikums — PDF dokuments');
      expect(await section.getByRole('alert').count()).toBe(0);
      await expectNoAxeViolations(page, 'entry page with an attachment');
      await section.scrollIntoViewIfNeeded();
      await keepScreenshot(page, 'review-entry-attachments');

      const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: /^Saglabāt: 1\. pielikums/ }).click()]);
      expect(download.suggestedFilename()).toMatch(/-pielikums-1\.pdf$/);
      expect((await readFile((await download.path())!)).equals(pdf)).toBe(true);

      // Still there when the entry is opened again.
      await page.getByRole('button', { name: 'Atpakaļ uz sarakstu' }).click();
      await page.getByTestId('inbox-row').first().click();
      await page.getByRole('region', { name: 'Pielikumi' }).getByRole('listitem').first().waitFor();
    } finally {
      await page.context().close();
      await preview.stop();
    }
  });
});
