import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startPreview, stopAllPreviews, TEST_NOW, type Preview } from './preview';

export const CHROMIUM = process.env.LAIPNI_CHROMIUM ?? '/usr/bin/chromium';

/** Debian's Chromium, never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--lang=lv',
    ],
  });
}

/**
 * A page in a fresh browser context (axe needs one; it also keeps cookies per test). Its clock
 * starts at `now` (the previews' TEST_NOW unless told) and runs on, so the renderer's "today"
 * agrees with the services'.
 */
export async function newPage(browser: Browser, viewport = { width: 1280, height: 800 }, now: string = TEST_NOW) {
  const context = await browser.newContext({ viewport, locale: 'lv-LV', timezoneId: 'Europe/Riga' });
  const page = await context.newPage();
  await page.clock.install({ time: new Date(now) });
  return page;
}

/** Closes every page a test opened and stops every preview it started, whether it passed or not. */
export async function cleanUpAfterTest(browser: Browser | undefined): Promise<void> {
  // A page's event stream holds a connection open: close pages first so the servers stop at once.
  await Promise.all((browser?.contexts() ?? []).map((c) => c.close().catch(() => undefined)));
  await stopAllPreviews();
}

/** One Chromium for a test file; each test's pages and previews are cleaned up after it. */
export function withChromium(use: (browser: Browser) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    use(browser);
  });
  afterEach(() => cleanUpAfterTest(browser));
  afterAll(async () => {
    await browser?.close();
    await stopAllPreviews();
  });
}

/**
 * One Chromium for a test file and a fresh preview server (real services, its own data folder,
 * the test clock) for each test; `use` receives them before each test.
 */
export function withChromiumAndPreview(use: (browser: Browser, preview: Preview) => void): void {
  let browser: Browser | undefined;
  withChromium((b) => (browser = b));
  beforeEach(async () => use(browser!, await startPreview()));
}
