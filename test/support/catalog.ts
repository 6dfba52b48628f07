import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { newPage } from './browser';
import { stubPrintDialog } from './pdf';
import type { Preview } from './preview';

/** The desk in preview mode with the catalogue open and the print dialog stubbed. */
export async function openCatalog(browser: Browser, preview: Preview): Promise<Page> {
  const page = await newPage(browser);
  await stubPrintDialog(page);
  await page.goto(preview.url('desk'));
  await page.getByRole('navigation', { name: 'Galvenā navigācija' }).getByRole('button', { name: 'Pakalpojumi' }).click();
  await page.getByRole('combobox', { name: 'Meklēt pakalpojumu' }).waitFor();
  return page;
}

export const options = (page: Page) => page.getByRole('listbox').getByRole('option');

/** Types a query, waits for the service to be the first result and opens it with Enter. */
export async function openService(page: Page, query: string, name: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Meklēt pakalpojumu' });
  await box.fill(query);
  await expect.poll(() => options(page).first().textContent()).toContain(name);
  await box.press('Enter');
  await page.getByRole('heading', { name, level: 2 }).waitFor();
}
