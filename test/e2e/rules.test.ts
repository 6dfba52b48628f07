import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations } from '../support/axe';
import { withChromiumAndPreview } from '../support/browser';
import { openDesk } from '../support/deskPage';
import { keepPdf } from '../support/pdf';
import type { Preview } from '../support/preview';
import { keepScreenshot } from '../support/screenshots';

let browser: Browser;
let preview: Preview;
withChromiumAndPreview((b, p) => {
  browser = b;
  preview = p;
});

/** Draws a zigzag in the signature box with the mouse (pointer events, as a pen or finger would). */
async function sign(page: Page) {
  // The mouse works in the viewport: bring the box into it first.
  await page.getByTestId('signature-pad').scrollIntoViewIfNeeded();
  const box = (await page.getByTestId('signature-pad').boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + box.height * 0.7);
  await page.mouse.down();
  for (const [x, y] of [
    [0.2, 0.2],
    [0.35, 0.8],
    [0.5, 0.3],
    [0.65, 0.75],
    [0.85, 0.25],
  ] as const)
    await page.mouse.move(box.x + box.width * x, box.y + box.height * y, { steps: 5 });
  await page.mouse.up();
}

/** Three axe runs over the whole rules text and every employee's row: on a loaded machine these take over a minute. */
const LONG = 180_000;

describe('acknowledgement of the rules', () => {
  it(
    'reminds at sign-in without blocking, refuses a name that is not yours, then records the typed name and drawn signature',
    async () => {
      const page = await openDesk(browser, preview);
      const reminder = page.getByTestId('rules-reminder');
      await reminder.waitFor();
      expect(await reminder.textContent()).toContain('versiju 1');
      // Serving goes on: the client display screen is there, with the reminder above it.
      expect(await page.getByRole('button', { name: 'Beigt apkalpošanu (F9)' }).isEnabled()).toBe(true);
      await expectNoAxeViolations(page, 'desk with the rules reminder');
      await keepScreenshot(page, 'rules-reminder');

      await reminder.getByRole('button', { name: 'Lasīt un parakstīt' }).click();
      await page.getByRole('heading', { name: 'Klientu apkalpošanas noteikumi', exact: true }).waitFor();
      expect(await page.getByRole('region', { name: /noteikumi Nr. 30/ }).textContent()).toContain('13. Darbinieki tiek iepazīstināti ar noteikumiem');

      await page.getByRole('button', { name: /Apliecinu/ }).click();
      expect(await page.getByRole('alert').textContent()).toBe('Ierakstiet savu vārdu un uzvārdu. Nekas netika saglabāts.');
      await page.getByLabel('Vārds un uzvārds').fill('Juris Ozols');
      await page.getByRole('button', { name: /Apliecinu/ }).click();
      expect(await page.getByRole('alert').textContent()).toBe('Parakstieties paraksta laukumā. Nekas netika saglabāts.');
      await sign(page);
      await page.getByRole('button', { name: /Apliecinu/ }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('nav jūsu vārds un uzvārds');
      await expectNoAxeViolations(page, 'rules with a refused name');
      await keepScreenshot(page, 'rules-sign-refused');

      await page.getByLabel('Vārds un uzvārds').fill('laura kalnina');
      await page.getByRole('button', { name: /Apliecinu/ }).click();
      await page.getByTestId('rules-signed').waitFor();
      expect(await page.getByTestId('rules-signed').textContent()).toContain('Jūs apliecinājāt versiju 1');
      // The demo account is an admin: it sees who has signed, and Laura is now among them.
      await expect.poll(() => page.getByRole('row', { name: /Laura Kalniņa/ }).textContent()).not.toContain('nav parakstījis');
      expect(await page.getByRole('row', { name: /Aija/ }).first().textContent()).toContain('nav parakstījis');
      await expectNoAxeViolations(page, 'rules signed, with who has signed');
      await keepScreenshot(page, 'rules-signed-status');

      // The reminder is gone on every other screen.
      await page.getByRole('navigation').getByRole('button', { name: 'Klienta ekrāns', exact: true }).click();
      await page.getByRole('button', { name: 'Beigt apkalpošanu (F9)' }).waitFor();
      expect(await page.getByTestId('rules-reminder').count()).toBe(0);
    },
    LONG,
  );

  it('prints the acquaintance sheet with names, positions, dates and the drawn signature', async () => {
    const page = await openDesk(browser, preview);
    await page.getByTestId('rules-reminder').getByRole('button', { name: 'Lasīt un parakstīt' }).click();
    await page.getByLabel('Vārds un uzvārds').fill('Laura Kalniņa');
    await sign(page);
    await page.getByRole('button', { name: /Apliecinu/ }).click();
    await page.getByTestId('rules-signed').waitFor();
    await page.getByRole('button', { name: 'Drukāt iepazīšanās lapu' }).click();
    await expect.poll(() => page.locator('html').getAttribute('data-printed')).toBe('1');
    expect(await page.locator('.print-sheet .sheet-signature path').count()).toBe(1);
    const pdf = await keepPdf(page, 'rules-acquaintance-sheet');
    expect(pdf.size).toContain('A4');
    expect(pdf.text).toContain('Iepazīšanās lapa');
    expect(pdf.text).toContain('versija 1');
    const row = pdf.layout.split('\n').find((l) => l.includes('Laura Kalniņa'));
    expect(row).toMatch(/Laura Kalniņa\s+Klientu apkalpošanas speciāliste\s+07\.12\.2026/);
    // Someone who has not signed keeps an empty row.
    expect(pdf.layout.split('\n').find((l) => l.includes('Aija Liepiņa'))).not.toMatch(/\d{2}\.\d{2}\.\d{4}/);
  });

  it('lets a head remind those who have not signed; the reminder names who asked and blocks nothing', async () => {
    const page = await openDesk(browser, preview);
    await page.getByRole('navigation').getByRole('button', { name: 'Noteikumi', exact: true }).click();
    const remind = page.getByRole('button', { name: /^Atgādināt \d+ neparakstījušajiem$/ });
    await remind.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('rules-reminded').textContent()).toMatch(/^Atgādināts \d+ darbiniekiem/);
    await expectNoAxeViolations(page, 'rules: reminded');
    await page.getByRole('navigation').getByRole('button', { name: 'Klienta ekrāns', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('rules-reminded-by').textContent())
      .toMatch(/^Laura Kalniņa jums atgādināja 2026\. gada 7\. decembrī plkst\. \d\d:\d\d\.$/);
    expect(await page.getByRole('button', { name: 'Beigt apkalpošanu (F9)' }).isEnabled()).toBe(true);
    await keepScreenshot(page, 'rules-reminded');
  });

  it(
    'publishes a new version from a text file that is unsigned for everyone until each signs, and holds back a version without the admin signature',
    async () => {
      const page = await openDesk(browser, preview);
      await page.getByRole('navigation').getByRole('button', { name: 'Noteikumi', exact: true }).click();
      await page.getByRole('button', { name: 'Publicēt jaunu noteikumu versiju' }).click();
      await page.getByRole('button', { name: 'Publicēt jauno versiju' }).click();
      expect(await page.getByRole('alert').textContent()).toBe('Ierakstiet versijas nosaukumu, vismaz 3 rakstzīmes. Nekas netika publicēts.');
      await page.getByLabel('Nosaukums', { exact: true }).fill('Klientu apkalpošanas noteikumi, 2. redakcija');
      const file = join(await mkdtemp(join(tmpdir(), 'laipni-rules-text-')), 'noteikumi.txt');
      await writeFile(file, '1. Vispārīgie jautājumi\n1. Klientus apkalpo laipni, saprotami un bez liekas kavēšanās.\n');
      await page.getByLabel('Ielādēt tekstu no faila (.txt)').setInputFiles(file);
      await expect.poll(() => page.getByLabel('Noteikumu teksts').inputValue()).toContain('bez liekas kavēšanās');
      await expectNoAxeViolations(page, 'rules: publishing a new version');
      await keepScreenshot(page, 'rules-publish');
      await page.getByRole('button', { name: 'Publicēt jauno versiju' }).click();

      // Preview signs as IT would: the new version is the rules, and nobody has signed it yet.
      await expect.poll(() => page.getByTestId('rules-published').textContent()).toContain('Versija 2 ir publicēta un parakstīta');
      await expect.poll(() => page.getByTestId('rules-version').textContent()).toContain('Versija 2');
      expect(await page.getByTestId('rules-admin-signature').textContent()).toContain('administratora atslēgu');
      await expect.poll(() => page.getByTestId('rules-counts').textContent()).toMatch(/^Parakstījuši 0 no \d+\.$/);
      expect(await page.getByRole('row', { name: /Laura Kalniņa/ }).textContent()).toContain('nav parakstījis');
      await page.getByRole('navigation').getByRole('button', { name: 'Klienta ekrāns', exact: true }).click();
      await expect.poll(() => page.getByTestId('rules-reminder').textContent()).toContain('versiju 2');

      await page.getByTestId('rules-reminder').getByRole('button', { name: 'Lasīt un parakstīt' }).click();
      await page.getByLabel('Vārds un uzvārds').fill('Laura Kalniņa');
      await sign(page);
      await page.getByRole('button', { name: /Apliecinu/ }).click();
      await expect.poll(() => page.getByTestId('rules-signed').textContent()).toContain('versiju 2');
      await expect.poll(() => page.getByTestId('rules-counts').textContent()).toMatch(/^Parakstījuši 1 no \d+\.$/);
      expect(await page.getByRole('row', { name: /Aija/ }).first().textContent()).toContain('nav parakstījis');

      // A version written to the share without the admin key's signature is not the rules.
      const versions = join(preview.dataDir, 'share', 'rules', 'versions');
      await writeFile(
        join(versions, '000003.json'),
        JSON.stringify({
          version: 3,
          title: 'Viltota redakcija',
          text: 'Klientus apkalpo tikai pirmdienās, un tikai tos, kas patīk.',
          published: '2026-12-07',
          publishedBy: null,
        }),
      );
      await page.reload();
      await page.getByRole('navigation').getByRole('button', { name: 'Noteikumi', exact: true }).click();
      await expect
        .poll(() => page.getByTestId('rules-withheld').textContent())
        .toContain('Noteikumu versija 3 ir publicēta, bet nav parakstīta ar administratora atslēgu, tāpēc netiek rādīta: spēkā paliek versija 2.');
      expect(await page.getByTestId('rules-version').textContent()).toContain('Versija 2');
      expect(await page.getByRole('region', { name: /2\. redakcija/ }).textContent()).not.toContain('pirmdienās');
      await expectNoAxeViolations(page, 'rules with a version held back');
      await keepScreenshot(page, 'rules-withheld');
    },
    LONG,
  );
});
