import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { withChromiumAndPreview } from '../support/browser';
import { nav, openDesk } from '../support/deskPage';
import type { Preview } from '../support/preview';
import { keepScreenshot } from '../support/screenshots';

let browser: Browser;
let preview: Preview;
withChromiumAndPreview((b, p) => {
  browser = b;
  preview = p;
});

describe('a trust-phone call', () => {
  it('is registered in one step on its own channel, without the caller’s identity, and routed by §11', async () => {
    const page = await openDesk(browser, preview);
    await nav(page, 'Sūdzības un ierosinājumi');
    await page.getByRole('button', { name: 'Uzticības tālruņa zvans' }).click();
    expect(await page.getByTestId('trust-phone-note').textContent()).toContain('zvanītāja vārdu un kontaktu nepieraksta');
    expect(await page.getByLabel('Saņemts').inputValue()).toBe('trust_phone');
    expect(await page.getByRole('radio', { name: 'Anonīmi' }).isChecked()).toBe(true);
    // Typing starts in the description at once.
    await page.keyboard.type('Zvanītājs ziņo, ka vadītājs atteicās pieņemt iesniegumu');
    await page.getByLabel('Par ko').selectOption('head_conduct');
    await expect.poll(() => page.getByTestId('routing-preview').textContent()).toContain('Pašvaldības izpilddirektors');
    expect(await page.getByRole('radio', { name: /Zvanītājs lūdz atbildi un piekrīt/ }).count()).toBe(1);
    await expectNoAxeViolations(page, 'trust-phone registration (lv)');
    await keepScreenshot(page, 'trust-phone-form-lv');
    await page.getByRole('button', { name: 'Saglabāt' }).click();
    await page.getByTestId('saved-number').waitFor();
    const row = page.getByTestId('my-entries').getByRole('row', { name: /K1-0001/ });
    await expect.poll(() => row.textContent()).toContain('Uzticības tālrunis');
    expect(await row.textContent()).toContain('Pašvaldības izpilddirektors');
  });
});
