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

describe('staff questionnaires', () => {
  it('shows results for six answers, none for four, and a fifth anonymous answer opens them', async () => {
    const page = await openDesk(browser, preview);
    await nav(page, 'Darbinieku aptaujas');
    await page.getByRole('heading', { name: 'Darbinieku aptaujas' }).waitFor();
    const item = (title: string) => page.getByRole('listitem').filter({ hasText: title });

    await item('Darba slodze (paraugs)').getByRole('button', { name: 'Rezultāti' }).click();
    const results = page.getByTestId('questionnaire-results');
    await expect.poll(() => results.textContent()).toContain('Atbildes: 6');
    expect(await results.getByRole('table', { name: /Cik noslogots/ }).textContent()).toContain('vidēji 3.5');
    await expectNoAxeViolations(page, 'questionnaire results (6 answers)');
    await keepScreenshot(page, 'questionnaire-results-6');

    await item('Darba telpas (paraugs)').getByRole('button', { name: 'Rezultāti' }).click();
    await expect.poll(() => results.textContent()).toContain('Atbildējuši mazāk nekā 5: rezultāti netiek rādīti.');
    expect(await results.getByRole('table').count()).toBe(0);

    await item('Darba telpas (paraugs)').getByRole('button', { name: 'Atbildēt' }).click();
    await page.getByRole('radio', { name: '4' }).check();
    await expectNoAxeViolations(page, 'questionnaire answer form');
    await keepScreenshot(page, 'questionnaire-answer');
    await page.getByRole('button', { name: 'Nosūtīt anonīmi' }).click();
    await expect.poll(() => item('Darba telpas (paraugs)').getByRole('button', { name: 'Atbildēt' }).count()).toBe(0);
    expect(await item('Darba telpas (paraugs)').textContent()).not.toContain('nav atbildēts');
    await item('Darba telpas (paraugs)').getByRole('button', { name: 'Rezultāti' }).click();
    await expect.poll(() => results.textContent()).toContain('Atbildes: 5');
  });
});
