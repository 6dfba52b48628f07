import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './preview';

const DIR = join(ROOT, 'test-results', 'screenshots');

/** Keeps a full-page screenshot as a test artifact (test-results/screenshots/NAME.png). */
export async function keepScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  const path = join(DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
