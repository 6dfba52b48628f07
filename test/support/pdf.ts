import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './preview';

const DIR = join(ROOT, 'test-results', 'screenshots');

/**
 * Prints the page as Chromium would to PDF (print stylesheet, A4), keeps the PDF and a
 * 60 dpi PNG of each page next to the screenshots to look at, and returns its text.
 */
export async function printToPdf(page: Page, name: string): Promise<{ text: string; pages: number; size: string }> {
  mkdirSync(DIR, { recursive: true });
  const file = join(DIR, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(DIR, name)]);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    size: /Page size:\s+(.+)/.exec(info)?.[1] ?? '',
  };
}
