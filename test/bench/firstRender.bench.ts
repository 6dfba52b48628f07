import { launchChromium } from '../support/browser';
import { startPreview } from '../support/preview';
import { percentile, type Suite } from './figure';

/** Renderer first render in Chromium against preview mode: navigation start to the shell on screen. */
export const firstRender: Suite = {
  name: 'renderer first render',
  async run() {
    const preview = await startPreview();
    const browser = await launchChromium();
    const samples: number[] = [];
    try {
      for (let i = 0; i < 7; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(preview.url('desk'));
        await page.getByRole('navigation').waitFor();
        samples.push(await page.evaluate(() => performance.now()));
        await context.close();
      }
    } finally {
      await browser.close();
      await preview.stop();
    }
    return [{ name: 'renderer first render, desk shell (median of 7)', value: percentile(samples, 50), unit: 'ms', budget: 1000 }];
  },
};
