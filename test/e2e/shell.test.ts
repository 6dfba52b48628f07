import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { newPage, withChromiumAndPreview } from '../support/browser';
import { startPreview, type Preview } from '../support/preview';
import { keepScreenshot } from '../support/screenshots';

let browser: Browser;
let preview: Preview;

withChromiumAndPreview((b, p) => {
  browser = b;
  preview = p;
});

describe('the desk shell in preview mode', () => {
  it('opens in Latvian with the institution and desk, and every screen passes axe', async () => {
    const page = await newPage(browser);
    await page.goto(preview.url('desk'));
    await expect.poll(() => page.getByTestId('where').textContent()).toContain('darbavieta K1');
    expect(await page.locator('html').getAttribute('lang')).toBe('lv');
    const nav = page.getByRole('navigation', { name: 'Galvenā navigācija' });
    expect(await nav.getByRole('button').allTextContents()).toEqual([
      'Klienta ekrāns',
      'Mana darbavieta',
      'Pakalpojumi',
      'Darbinieki',
      'Sūdzības un ierosinājumi',
      'Mani reģistrētie',
      'Klientu vērtējumi',
      'Noteikumi',
      'Darbinieku aptaujas',
      'Kā iesniegt sūdzību',
      'Darbinieku saraksts',
      'Darba vietas',
      'Iestatījumi',
      'Par programmu',
    ]);
    await expectNoAxeViolations(page, 'client display (lv)');
    await keepScreenshot(page, 'shell-lv');

    await nav.getByRole('button', { name: 'Iestatījumi' }).click();
    await page.getByRole('heading', { name: 'Iestatījumi', exact: true }).waitFor();
    const shareRow = page.getByRole('row', { name: /Koplietotā mape/ });
    expect(await shareRow.textContent()).toContain('konfigurācijas fails');
    await expectNoAxeViolations(page, 'settings (lv)');

    await nav.getByRole('button', { name: 'Par programmu' }).click();
    await page.getByRole('heading', { name: 'Par programmu' }).waitFor();
    expect(await page.getByText('priekšskatījums pārlūkā (izstrādei)').count()).toBe(1);
    await expectNoAxeViolations(page, 'about (lv)');
    await page.close();
  });

  it('switches the staff interface to English and remembers it', async () => {
    const page = await newPage(browser);
    await page.goto(preview.url('desk'));
    await page.getByRole('button', { name: 'Iestatījumi' }).click();
    await page.getByLabel('Saskarnes valoda').selectOption('en');
    await page.getByRole('heading', { name: 'Settings', exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expectNoAxeViolations(page, 'settings (en)');

    await page.reload();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await keepScreenshot(page, 'shell-en');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Interface language').selectOption('');
    await page.getByRole('heading', { name: 'Iestatījumi', exact: true }).waitFor();
    await page.close();
  });

  it('shows the client display, lets the client switch language, and the desk sees it live', async () => {
    const desk = await newPage(browser);
    await desk.goto(preview.url('desk'));
    await desk.getByTestId('display-language').waitFor();
    // The demo account is recognised, so the display starts with its badge; welcome is one click away.
    await desk.getByRole('button', { name: 'Rādīt sveicienu' }).click();
    const display = await newPage(browser, { width: 1024, height: 640 });
    await display.goto(preview.url('display'));
    await display.getByRole('heading', { name: 'Laipni lūdzam!' }).waitFor();
    await expectNoAxeViolations(display, 'client display welcome (lv)');
    await keepScreenshot(display, 'display-lv');

    for (const [button, heading, lang, deskLabel] of [
      ['Latgaliski', 'Laipni aicynojam!', 'ltg', 'Latgaliešu'],
      ['English', 'Welcome!', 'en', 'English'],
    ] as const) {
      await display.getByRole('button', { name: button }).click();
      await display.getByRole('heading', { name: heading }).waitFor();
      expect(await display.locator('html').getAttribute('lang')).toBe(lang);
      await expectNoAxeViolations(display, `client display welcome (${lang})`);
      await keepScreenshot(display, `display-${lang}`);
      await expect.poll(() => desk.getByTestId('display-language').textContent()).toBe(deskLabel);
    }
    await display.getByRole('button', { name: 'Latviski' }).click();
    await desk.close();
    await display.close();
  });

  it('refuses the API without the access token', async () => {
    const response = await fetch(`${preview.origin}/__preview/api/desk/config:get`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(403);
  });
});

describe('a broken machine configuration', () => {
  it('shows what is wrong in words and what to do, never a blank window', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'laipni-badconfig-'));
    const file = join(dir, 'config.json');
    await writeFile(file, '{ "shareFolder": "/nowhere", ');
    const broken = await startPreview({ args: ['--config', file] });
    try {
      const page = await newPage(browser);
      await page.goto(broken.url('desk'));
      const alert = page.getByRole('alert').filter({ hasText: 'Konfigurācijā' });
      await alert.waitFor();
      const text = await alert.textContent();
      expect(text).toContain('Konfigurācijas fails');
      expect(text).toContain('nav derīgs JSON');
      expect(text).toContain('Nav norādīts: Koplietotā mape.');
      await expectNoAxeViolations(page, 'configuration problems (lv)');
      await keepScreenshot(page, 'config-problems-lv');
      await page.close();
    } finally {
      await broken.stop();
    }
  });
});
