import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { newPage, withChromium } from '../support/browser';
import { nav, openDesk } from '../support/deskPage';
import { startPreview } from '../support/preview';
import { keepScreenshot } from '../support/screenshots';

const PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

let browser: Browser;
withChromium((b) => (browser = b));

describe('admin import of the directory from CSV', () => {
  it('rejects a bad file with row problems and changes nothing; a good file is previewed, then published', async () => {
    const own = await startPreview();
    try {
      const staffFile = join(own.dataDir, 'share', 'catalog', 'staff.json');
      const before = await readFile(staffFile, 'utf8');
      const desk = await openDesk(browser, own);
      await nav(desk, 'Darbinieku saraksts');
      await desk.getByRole('heading', { name: 'Darbinieki (40)' }).waitFor();
      await expectNoAxeViolations(desk, 'directory admin (lv)');

      const bad = [
        'id,name,surname,position,institution_code,institution,hours,email',
        'anna.kalnina,Anna,Kalniņa,Lietvede,RNP,Pašvaldība,P 09:00-12:00,anna@example.lv',
        'janis.ozols,,Ozols,Būvinspektors,RNP,Pašvaldība,pirmdien no rīta,nav-epasts',
      ].join('\n');
      await desk.getByLabel('CSV fails').setInputFiles({ name: 'darbinieki.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
      const alert = desk.getByRole('alert').filter({ hasText: 'Nekas netiks mainīts' });
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Failā atrastas 3 kļūdas');
      const rows = await desk.getByRole('table', { name: 'Kļūdas failā pa rindām' }).getByRole('row').allTextContents();
      expect(rows.slice(1)).toEqual(['3hoursNederīga vērtība “pirmdien no rīta”.', '3nameJānorāda vērtība.', '3emailNederīga vērtība “nav-epasts”.']);
      expect(await desk.getByRole('button', { name: 'Publicēt izmaiņas' }).count()).toBe(0);
      await expectNoAxeViolations(desk, 'directory import with row problems (lv)');
      await keepScreenshot(desk, 'directory-import-rejected');
      expect(await readFile(staffFile, 'utf8')).toBe(before);
      expect(await desk.getByRole('heading', { name: 'Darbinieki (40)' }).count()).toBe(1);

      // Saved by Excel on Latvian Windows: the Baltic code page, not UTF-8.
      // IT publishes a directory in which its own account keeps the admin role: once a directory is
      // published, roles come from it alone (the machine's admin accounts no longer count).
      const good = bad
        .split('\n')
        .slice(0, 2)
        .map((line, i) => `${line},${i === 0 ? 'accounts,roles' : 'RNP\\demo.admin,admin'}`)
        .join('\n');
      const cp1257 = Buffer.from([...good].map((c) => ({ ņ: 242, š: 240, ī: 238 })[c] ?? c.charCodeAt(0)));
      await desk.getByLabel('CSV fails').setInputFiles({ name: 'labots.csv', mimeType: 'text/csv', buffer: cp1257 });
      await desk.getByText('Tiks pievienoti: 1, mainīti: 0, izņemti: 40, bez izmaiņām: 0.').waitFor();
      expect(await desk.getByTestId('import-preview').getByText('Anna Kalniņa', { exact: true }).count()).toBe(1);
      expect(await readFile(staffFile, 'utf8')).toBe(before);
      await desk.getByRole('button', { name: 'Publicēt izmaiņas' }).click();
      await desk.getByText('Darbinieku saraksts publicēts koplietotajā mapē.').waitFor();
      await desk.getByRole('heading', { name: 'Darbinieki (1)' }).waitFor();
      expect(await desk.getByText(/Parauga dati/).count()).toBe(0);
      expect(JSON.parse(await readFile(staffFile, 'utf8'))).toMatchObject({ publishedBy: 'RNP\\demo.admin', data: { people: [{ id: 'anna.kalnina' }] } });
      await desk.context().close();
    } finally {
      await own.stop();
    }
  });

  it('edits a person in the app, photo included, and refuses invalid fields without saving', async () => {
    const own = await startPreview();
    try {
      const desk = await openDesk(browser, own);
      await nav(desk, 'Darbinieku saraksts');
      await desk.getByRole('button', { name: 'Labot: Ilze Bērziņa' }).click();
      // The weekly grid: Tuesday opened from the keyboard, a break outside the hours refused in words.
      const tuesday = desk.getByRole('group', { name: 'Otrdiena', exact: true });
      await tuesday.getByRole('checkbox', { name: 'Pieņem' }).focus();
      await desk.keyboard.press('Space');
      await tuesday.getByLabel('No', { exact: true }).fill('10:00');
      await tuesday.getByLabel('Līdz', { exact: true }).fill('12:00');
      await tuesday.getByRole('button', { name: 'Noņemt 1. pārtraukumu' }).click();
      await tuesday.getByRole('button', { name: 'Pievienot pārtraukumu' }).click();
      await tuesday.getByLabel('Pārtraukums līdz').fill('12:30');
      const exceptions = desk.getByRole('group', { name: 'Izņēmumi (konkrēti datumi)' });
      await exceptions.getByRole('button', { name: 'Pievienot izņēmumu' }).click();
      await exceptions.getByLabel('Datums').fill('2026-12-28');
      await exceptions.getByLabel('Piezīme klientiem').fill('Mācības');
      await desk.getByRole('button', { name: 'Saglabāt un publicēt' }).click();
      await desk.getByRole('alert').filter({ hasText: 'Nekas netika saglabāts' }).waitFor();
      await tuesday.getByText('Pārtraukumam jābūt pieņemšanas laika iekšpusē.').waitFor();
      expect(await tuesday.getByLabel('Pārtraukums no').getAttribute('aria-invalid')).toBe('true');
      await expectNoAxeViolations(desk, 'person form with errors (lv)');
      await tuesday.scrollIntoViewIfNeeded();
      await keepScreenshot(desk, 'directory-person-form');
      await tuesday.getByRole('button', { name: 'Noņemt 1. pārtraukumu' }).click();
      await desk.getByLabel('Kabinets').fill('15');
      await desk.getByLabel('Foto').setInputFiles({ name: 'ilze.png', mimeType: 'image/png', buffer: Buffer.from(PIXEL_PNG, 'base64') });
      await desk.getByRole('img', { name: 'Pašreizējais foto' }).waitFor();
      await desk.getByRole('button', { name: 'Saglabāt un publicēt' }).click();
      await desk.getByRole('heading', { name: 'Darbinieki (40)' }).waitFor();
      await nav(desk, 'Darbinieki');
      await desk.getByLabel(/Meklēt/).fill('ilze berzina');
      await desk.getByRole('button', { name: /Ilze Bērziņa/ }).click();
      expect(await desk.locator('.person-card').textContent()).toContain('Otrdiena10.00–12.00');

      const display = await newPage(browser, { width: 1280, height: 800 });
      await display.goto(own.url('display'));
      await nav(desk, 'Mana darbavieta');
      await desk.getByLabel('Kas apkalpo šajā darbavietā').selectOption('ilze.berzina');
      await display.getByRole('heading', { name: 'Ilze Bērziņa', level: 1 }).waitFor();
      expect(await display.locator('img.badge-photo').getAttribute('src')).toBe(`data:image/png;base64,${PIXEL_PNG}`);
      expect(await display.getByText('15. kabinets').count()).toBe(1);
      await display.context().close();
      await desk.context().close();
    } finally {
      await own.stop();
    }
  });

  it('adds a new person, refusing an identifier that is already taken, and removes them after confirmation', async () => {
    const own = await startPreview();
    try {
      const desk = await openDesk(browser, own);
      await nav(desk, 'Darbinieku saraksts');
      await desk.getByRole('button', { name: 'Pievienot darbinieku' }).click();
      await desk.getByRole('heading', { name: 'Jauns darbinieks' }).waitFor();
      const fields: Array<[string, string]> = [
        ['Identifikators *', 'ilze.berzina'],
        ['Vārds *', 'Zane'],
        ['Uzvārds *', 'Liepa'],
        ['Amats *', 'Jauniešu lietu speciāliste'],
        ['Iestādes kods *', 'rnp'],
        ['Iestāde *', 'Rēzeknes novada pašvaldība'],
        ['Pakalpojumi un atslēgvārdi', 'jaunatne; brīvprātīgais darbs'],
      ];
      for (const [label, value] of fields) await desk.getByLabel(label, { exact: true }).fill(value);
      const thursday = desk.getByRole('group', { name: 'Ceturtdiena', exact: true });
      await thursday.getByRole('checkbox', { name: 'Pieņem' }).check();
      await thursday.getByLabel('No', { exact: true }).fill('14:00');
      await thursday.getByLabel('Līdz', { exact: true }).fill('18:00');
      await thursday.getByRole('button', { name: 'Noņemt 1. pārtraukumu' }).click();
      await desk.getByRole('button', { name: 'Saglabāt un publicēt' }).click();
      await desk.getByRole('alert').filter({ hasText: 'Identifikators “ilze.berzina” jau ir sarakstā.' }).waitFor();
      await desk.getByLabel('Identifikators *', { exact: true }).fill('zane.liepa');
      await desk.getByRole('button', { name: 'Saglabāt un publicēt' }).click();
      await desk.getByRole('heading', { name: 'Darbinieki (41)' }).waitFor();
      await nav(desk, 'Darbinieki');
      await desk.getByLabel(/Meklēt/).fill('brivpratigais');
      await desk.getByRole('button', { name: /Zane Liepa/ }).waitFor();

      await nav(desk, 'Darbinieku saraksts');
      const dialogs: string[] = [];
      desk.once('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
      await desk.getByRole('button', { name: 'Izņemt: Zane Liepa' }).click();
      await expect.poll(() => dialogs).toEqual(['Izņemt Zane Liepa no darbinieku saraksta?']);
      expect(await desk.getByRole('heading', { name: 'Darbinieki (41)' }).count()).toBe(1);
      desk.once('dialog', (d) => void d.accept());
      await desk.getByRole('button', { name: 'Izņemt: Zane Liepa' }).click();
      await desk.getByRole('heading', { name: 'Darbinieki (40)' }).waitFor();
      await desk.context().close();
    } finally {
      await own.stop();
    }
  });
});
