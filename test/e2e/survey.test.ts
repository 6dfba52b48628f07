import { readdir, readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { newPage, withChromium } from '../support/browser';
import { nav, openDesk } from '../support/deskPage';
import { startPreview } from '../support/preview';
import { keepScreenshot } from '../support/screenshots';

let browser: Browser;
withChromium((b) => (browser = b));

/** Every event the page's bridge receives from main, as raw text, to prove what never arrives. */
const recordEvents = (page: Page) =>
  page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __events: string[] }).__events = seen;
    const proto = EventSource.prototype;
    const original = proto.addEventListener as (this: EventSource, ...args: unknown[]) => void;
    proto.addEventListener = function (this: EventSource, type: string, ...rest: unknown[]) {
      original.call(this, type, (e: Event) => seen.push(`${type} ${String((e as MessageEvent).data)}`));
      original.call(this, type, ...rest);
    } as typeof proto.addEventListener;
  });

/** The survey's guard against double presses lasts two seconds: let the page's clock pass it. */
const passGuard = async (display: Page, step: 'faces' | 'reason') => {
  await display.clock.fastForward(2_100);
  await display.locator(`.display-survey[data-step="${step}"][data-ready="true"]`).waitFor();
};

describe('client satisfaction on the client display', () => {
  it('ends a service on the desk with F9 and takes the rating from keys 1–4; the desk never receives the face', async () => {
    const preview = await startPreview();
    const desk = await newPage(browser);
    await recordEvents(desk);
    await desk.goto(preview.url('desk'));
    await desk.getByTestId('display-language').waitFor();
    const display = await newPage(browser, { width: 1280, height: 800 });
    await display.goto(preview.url('display'));
    await display.getByRole('button', { name: 'English' }).click();
    await display.locator('html[lang="en"]').waitFor();

    await desk.keyboard.press('F9');
    await display.getByRole('heading', { name: 'How were you served?' }).waitFor();
    await expect.poll(() => desk.getByTestId('display-view').textContent()).toContain('aptauja');
    await passGuard(display, 'faces');
    await expectNoAxeViolations(display, 'client display survey (en)');
    await keepScreenshot(display, 'survey-faces-en');

    await display.keyboard.press('Numpad4');
    await display.getByRole('heading', { name: 'What mattered most? (optional)' }).waitFor();
    // Pressed again at once: a bounce, ignored — the reasons stay on screen.
    await display.keyboard.press('Numpad4');
    await display.keyboard.press('Numpad1');
    expect(await display.getByRole('heading', { name: 'What mattered most? (optional)' }).count()).toBe(1);
    await passGuard(display, 'reason');
    await expectNoAxeViolations(display, 'client display survey reasons (en)');
    await keepScreenshot(display, 'survey-reasons-en');
    await display.keyboard.press('Numpad4');
    await display.getByRole('heading', { name: 'Thank you!' }).waitFor();
    await expectNoAxeViolations(display, 'client display thanks (en)');
    await keepScreenshot(display, 'survey-thanks-en');

    const dir = join(preview.dataDir, 'share', 'surveys');
    const own = (await readdir(dir)).filter((f) => !f.startsWith('sample-'));
    expect(own).toHaveLength(1);
    const lines = (await readFile(join(dir, own[0]!), 'utf8')).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l) as object)).toEqual([expect.objectContaining({ face: 'very_bad', reason: 'waited_long', desk: 'K1' })]);

    await expect.poll(() => desk.getByTestId('display-view').textContent()).toContain('paldies');
    const deskEvents = await desk.evaluate(() => (window as unknown as { __events: string[] }).__events);
    expect(deskEvents.some((e) => e.includes('"kind":"thanks"'))).toBe(true);
    expect(deskEvents.join('\n')).not.toMatch(/very_bad|"face"/);
    // The reasons offered travel with the question; the one the client tapped travels nowhere.
    const afterQuestion = deskEvents.slice(deskEvents.findIndex((e) => e.includes('"kind":"survey"')) + 1);
    expect(afterQuestion.join('\n')).not.toMatch(/waited_long/);
    await expectNoAxeViolations(desk, 'desk client display screen during the survey');
    await keepScreenshot(desk, 'survey-desk-client-display');
  });

  it('asks in Latgalian by touch, and returns to the badge when nobody answers', async () => {
    const preview = await startPreview({ env: { LAIPNI_TEST_SURVEY_WAIT_MS: '15000' } });
    const desk = await openDesk(browser, preview);
    const display = await newPage(browser, { width: 1280, height: 800 });
    await display.goto(preview.url('display'));
    await display.getByRole('button', { name: 'Latgaliski' }).click();
    await display.locator('html[lang="ltg"]').waitFor();
    await desk.getByRole('button', { name: 'Beigt apkalpošanu (F9)' }).click();
    await display.getByRole('heading', { name: 'Kai jius apkolpuoja?' }).waitFor();
    await keepScreenshot(display, 'survey-faces-ltg');
    await expectNoAxeViolations(display, 'client display survey (ltg)');
    // Nobody answers: the badge of the serving employee comes back.
    await display.locator('.display-badge').waitFor();
    await desk.getByRole('button', { name: 'Beigt apkalpošanu (F9)' }).click();
    await passGuard(display, 'faces');
    await display.getByRole('button', { name: /Lobi/ }).first().click();
    await passGuard(display, 'reason');
    await display.getByRole('button', { name: /Izlaist/ }).click();
    await display.getByRole('heading', { name: 'Paļdis!' }).waitFor();
  });

  it('shows heads the results by desk with a chart, hides groups under five answers, and exports CSV', async () => {
    const preview = await startPreview();
    const desk = await openDesk(browser, preview);
    await nav(desk, 'Klientu vērtējumi');
    await desk.getByRole('heading', { name: 'Klientu vērtējumi' }).waitFor();
    const byDesk = desk.getByRole('table', { name: 'Pa darbavietām' });
    await byDesk.waitFor();
    expect(
      await byDesk
        .getByRole('row', { name: /RNP\/K2/ })
        .getByRole('cell')
        .first()
        .textContent(),
    ).toBe('14');
    expect(await byDesk.getByRole('row', { name: /RNP\/K4/ }).textContent()).toContain('mazāk nekā 5');
    // Services by their catalogue name, not their id.
    const byService = desk.getByRole('table', { name: 'Pa pakalpojumiem' });
    expect(await byService.getByRole('rowheader').allTextContents()).toContain('Bērna dzimšanas reģistrācija');
    expect(await byService.textContent()).not.toContain('dzimsanas-registracija');
    await desk.getByTestId('survey-chart').locator('.recharts-bar-rectangle').first().waitFor();
    await expectNoAxeViolations(desk, 'survey results (lv)');
    await keepScreenshot(desk, 'survey-results-lv');
    const download = desk.waitForEvent('download');
    await desk.getByRole('button', { name: 'Lejupielādēt CSV' }).click();
    const file = await download;
    // Several tables: one CSV file each, in a ZIP, as every export of the app.
    expect(file.suggestedFilename()).toMatch(/^aptauja-.*-csv\.zip$/);
    const zip = await JSZip.loadAsync(await readFile((await file.path())!));
    expect(Object.keys(zip.files).sort()).toEqual(['01-kopa.csv', '02-pa-menesiem.csv', '03-pa-darbavietam.csv', '04-pa-pakalpojumiem.csv']);
    const text = await zip.file('03-pa-darbavietam.csv')!.async('string');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('RNP/K2;14');
    expect(text).toContain('RNP/K4;< 5');
    expect(await zip.file('04-pa-pakalpojumiem.csv')!.async('string')).toContain('Bērna dzimšanas reģistrācija (dzimsanas-registracija);');
  });
});
