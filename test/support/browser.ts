import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { startPreview, type Preview } from './preview';

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

/** A page in a fresh browser context (axe needs one; it also keeps cookies per test). */
export async function newPage(browser: Browser, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, locale: 'lv-LV' });
  return context.newPage();
}

/**
 * One Chromium and one preview server (real services, fresh data folder) for a test file,
 * both stopped after it; `use` receives them once they are up.
 */
export function withChromiumAndPreview(use: (browser: Browser, preview: Preview) => void): void {
  let browser: Browser | undefined;
  let preview: Preview | undefined;
  beforeAll(async () => {
    [browser, preview] = await Promise.all([launchChromium(), startPreview()]);
    use(browser, preview);
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });
}
