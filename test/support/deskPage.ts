import type { Browser, Page } from 'playwright-core';
import { newPage } from './browser';
import type { Preview } from './preview';

/**
 * Printing stubbed: the system dialog cannot be driven (and a real one left open blocks every
 * later print), its PDF can. Each call of window.print() counts up `data-printed` on <html>.
 */
export const stubPrinting = (page: Page) =>
  page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', String(Number(document.documentElement.getAttribute('data-printed') ?? 0) + 1));
  });

/** Desk page with printing stubbed. */
export async function openDesk(browser: Browser, p: Preview): Promise<Page> {
  const page = await newPage(browser);
  await stubPrinting(page);
  await page.goto(p.url('desk'));
  await page.getByRole('navigation', { name: 'Galvenā navigācija' }).waitFor();
  return page;
}

/** Opens a screen from the desk's main navigation. */
export const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
