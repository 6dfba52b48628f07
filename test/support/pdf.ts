import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './preview';

const DIR = join(ROOT, 'test-results', 'pdf');

export interface KeptPdf {
  file: string;
  pages: number;
  /** e.g. `595.28 x 841.89 pts (A4)` */
  size: string;
  /** The text on the pages, white space collapsed. */
  text: string;
  /** The text with its layout kept, line by line. */
  layout: string;
}

/**
 * Prints the page as Chromium's print dialog would (print stylesheet, A4) and keeps the PDF
 * and a 60 dpi PNG of each page in test-results/pdf/ to look at.
 */
export async function keepPdf(page: Page, name: string): Promise<KeptPdf> {
  mkdirSync(DIR, { recursive: true });
  const file = join(DIR, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(DIR, name)]);
  return {
    file,
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
    size: /Page size:\s+(.+)/.exec(info)?.[1] ?? '',
    // Reading order (column by column), so a sentence in a two-column handout stays whole.
    text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
    layout: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
  };
}

/** The same, returning the layout text as `text` (as the directory tests read it). */
export async function printToPdf(page: Page, name: string): Promise<{ text: string; pages: number; size: string }> {
  const pdf = await keepPdf(page, name);
  return { text: pdf.layout, pages: pdf.pages, size: pdf.size };
}

/** In the browser, the print dialog is replaced by a counter and a copy of what was sent to it. */
export async function stubPrintDialog(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __printed: string[]; __printedHtml: string[] };
    w.__printed = [];
    w.__printedHtml = [];
    window.print = () => {
      const sheet = document.querySelector('.print-sheet');
      w.__printed.push(sheet?.textContent ?? '');
      w.__printedHtml.push(sheet?.outerHTML ?? '');
    };
  });
}

export const printed = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __printed: string[] }).__printed);

/** Puts the last printed sheet back on the page, for documents the app removes right after printing. */
export async function restoreLastPrinted(page: Page): Promise<void> {
  await page.evaluate(() => {
    const html = (window as unknown as { __printedHtml: string[] }).__printedHtml.at(-1) ?? '';
    document.body.insertAdjacentHTML('beforeend', html);
  });
}
