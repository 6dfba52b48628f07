import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage, withChromiumAndPreview } from '../support/browser';
import { openCatalog, openService } from '../support/catalog';
import { nav } from '../support/deskPage';
import type { Preview } from '../support/preview';
import { keepScreenshot } from '../support/screenshots';

let browser: Browser;
let preview: Preview;
withChromiumAndPreview((b, p) => {
  browser = b;
  preview = p;
});

const SIZES = [
  { width: 1366, height: 800 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** What a client would notice: the page or its content running past the screen, or a language button out of sight. */
async function fits(display: Page) {
  return display.evaluate(() => {
    const main = document.querySelector('.display-main')!;
    const buttons = [...document.querySelectorAll('.display-languages button')].map((b) => b.getBoundingClientRect());
    const clipped = document.querySelector('[data-testid=display-more]') !== null;
    // The view (badge, card, service) sits in the middle of the screen, not off to one side.
    const view = document.querySelector('.display-fit > *')!.getBoundingClientRect();
    const offCentre = Math.abs(view.left + view.width / 2 - window.innerWidth / 2);
    return {
      centred: offCentre <= window.innerWidth * 0.02,
      pageScrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
      // Content that does not fit even at the smallest readable size is cut and the handout line says so.
      contentHidden: main.scrollHeight > main.clientHeight + 1 && !clipped,
      buttonsVisible: buttons.length === 3 && buttons.every((r) => r.top >= 0 && r.bottom <= window.innerHeight),
    };
  });
}

const FITS = { centred: true, pageScrolls: false, contentHidden: false, buttonsVisible: true };

describe('the client display fits the screen', () => {
  for (const size of SIZES) {
    it(`fits the badge, a service page and a referral card at ${size.width}×${size.height}, centred, language buttons in view`, async () => {
      const display = await newPage(browser, size);
      await display.goto(preview.url('display'));
      await display.locator('.display-badge').waitFor();
      await expect.poll(() => fits(display)).toEqual(FITS);
      await keepScreenshot(display, `display-fit-badge-${size.width}x${size.height}`);
      const desk = await openCatalog(browser, preview);
      await openService(desk, 'dzivesvietas deklaresana', 'Dzīvesvietas deklarēšana');
      await desk.getByRole('button', { name: 'Rādīt klientam' }).click();
      await display.getByRole('heading', { name: 'Dzīvesvietas deklarēšana', level: 1 }).waitFor();
      await expect.poll(() => fits(display)).toEqual(FITS);
      await keepScreenshot(display, `display-fit-service-${size.width}x${size.height}`);

      await nav(desk, 'Darbinieki');
      await desk.getByLabel('Meklēt pēc vārda, amata, nodaļas vai pakalpojuma').fill('berzina');
      await desk
        .getByRole('list', { name: 'Atrastie darbinieki' })
        .getByRole('button', { name: /Ilze Bērziņa/ })
        .click();
      await desk.getByRole('button', { name: 'Rādīt klientam' }).click();
      await display.getByRole('heading', { name: 'Jums palīdzēs' }).waitFor();
      await expect.poll(() => fits(display)).toEqual(FITS);
      await keepScreenshot(display, `display-fit-referral-${size.width}x${size.height}`);
      await desk.close();
      await display.close();
    });
  }
});
