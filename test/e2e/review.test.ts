import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { callApi, DIRECTOR, ETHICS, HEAD, inboxNumbers, OTHER_DESK, printToPdf, reviewDesk } from '../support/reviewPreview';
import { keepScreenshot } from '../support/screenshots';

const { as, inbox, inboxOf } = reviewDesk();

const idOf = async (page: Page, subject: string): Promise<string> => {
  const r = await callApi(page, 'review:inbox', { filter: { subject: [subject] }, sort: { by: 'registeredAt', dir: 'desc' }, offset: 0, limit: 10 });
  return (r.value as { rows: Array<{ id: string }> }).rows[0]!.id;
};

/** The sample complaint about a head and the ethics report, looked up by the people allowed to see them. */
async function restrictedIds(): Promise<{ aboutHeadId: string; ethicsId: string }> {
  let page = await as(DIRECTOR);
  await inboxOf(page, 1);
  const aboutHeadId = await idOf(page, 'head_conduct');
  page = await as(ETHICS);
  await inboxOf(page, 1);
  return { aboutHeadId, ethicsId: await idOf(page, 'ethics') };
}

describe('review workspace: who sees what', () => {
  it('shows the executive director only the complaint about a head', async () => {
    const page = await as(DIRECTOR);
    await page.getByRole('heading', { name: 'Iesniegumi izskatīšanai' }).waitFor();
    await inboxOf(page, 1);
    await page.getByTestId('inbox-row').click();
    await page.locator('.entry-description', { hasText: 'Būvvaldes vadītāja neieradās' }).waitFor();
    expect(await page.getByText('Iestādes vadītāja rīcība').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'entry page (executive director)');
    await keepScreenshot(page, 'review-director-entry');
  });

  it('reminds a head of near deadlines on other screens, narrows to what is assigned to her and marks what she has not read', async () => {
    const page = await as(HEAD);
    await page.getByRole('heading', { name: 'Iesniegumi izskatīšanai' }).waitFor();
    const all = await inbox(page, 2);
    const unread = page.getByTestId('inbox-row').filter({ hasText: 'Nelasīts' });
    await expect.poll(() => unread.count()).toBeGreaterThan(0);
    const before = await unread.count();

    // Assigned to me: only entries routed to a head; with the checkbox off, everything she sees again.
    await page.getByRole('checkbox', { name: 'Piešķirtie man' }).check();
    await expect.poll(async () => (await inboxNumbers(page)).length).toBeLessThanOrEqual(all.length);
    await expectNoAxeViolations(page, 'inbox assigned to me, unread markers (head)');
    await keepScreenshot(page, 'review-inbox-assigned-unread');
    await page.getByRole('checkbox', { name: 'Piešķirtie man' }).uncheck();

    // Opening an entry with the keyboard and coming back marks it read.
    const first = page.getByTestId('inbox-row').filter({ hasText: 'Nelasīts' }).first();
    await first.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Atpakaļ uz sarakstu' }).click();
    await expect.poll(() => page.getByTestId('inbox-row').filter({ hasText: 'Nelasīts' }).count()).toBe(before - 1);

    // On any other screen the deadlines she has to watch are counted, with the way back to the inbox.
    const counts = (await callApi(page, 'review:inbox', { filter: {}, sort: { by: 'dueDate', dir: 'asc' }, offset: 0, limit: 1 })).value as {
      counts: { overdue: number; dueSoon: number };
    };
    await page.getByRole('navigation', { name: 'Galvenā navigācija' }).getByRole('button', { name: 'Pakalpojumi' }).click();
    // The sample register on the preview's fixed day has entries overdue and due soon for her.
    expect(counts.counts.overdue + counts.counts.dueSoon).toBeGreaterThan(0);
    const reminder = page.getByTestId('due-reminder');
    await expect.poll(() => reminder.textContent().catch(() => '')).toContain('Termiņi tuvojas');
    expect(await reminder.textContent()).toContain(`${counts.counts.overdue} nokavēt`);
    await expectNoAxeViolations(page, 'due reminder on the catalogue (head)');
    await keepScreenshot(page, 'review-due-reminder');
    await reminder.getByRole('button', { name: 'Atvērt iesniegumus' }).click();
    await page.getByRole('heading', { name: 'Iesniegumi izskatīšanai' }).waitFor();
  });

  it('shows the ethics commission only the ethics report', async () => {
    const director = await as(DIRECTOR);
    await inboxOf(director, 1);
    const aboutHeadId = await idOf(director, 'head_conduct');
    const page = await as(ETHICS);
    await inboxOf(page, 1);
    expect(await inboxNumbers(page)).toHaveLength(1);
    expect((await callApi(page, 'review:entry', { id: await idOf(page, 'ethics') })).ok).toBe(true);
    expect((await callApi(page, 'review:entry', { id: aboutHeadId })).error?.code).toBe('forbidden_role');
    await expectNoAxeViolations(page, 'inbox (ethics commission)');
  });

  it('never gives a head the complaint about herself or the ethics report, even when asked directly', async () => {
    const { aboutHeadId, ethicsId } = await restrictedIds();
    const page = await as(HEAD);
    await inbox(page, 10);
    await expect.poll(() => page.getByTestId('inbox-counts').textContent()).toMatch(/^40 ierakstu ·/);
    for (const id of [aboutHeadId, ethicsId]) {
      const r = await callApi(page, 'review:entry', { id });
      expect(r.ok).toBe(false);
      expect(r.error?.code).toBe('forbidden_role');
    }
    await page.getByLabel('Meklēt tekstā').fill('neieradas');
    await page.getByText('Nav neviena ieraksta, kas atbilst atlasei.').waitFor();
    await page.getByLabel('Meklēt tekstā').fill('');
    await page.getByLabel('Drīz termiņš').check();
    await inboxOf(page, 1);
    await expect.poll(() => page.getByTestId('inbox-row').textContent()).toContain('Drīz termiņš');
    await page.getByLabel('Drīz termiņš').uncheck();
    await expectNoAxeViolations(page, 'inbox (head)');
    await keepScreenshot(page, 'review-head-inbox');
  });

  it('shows desk staff only what they registered, and admins no entries at all', async () => {
    const { aboutHeadId, ethicsId } = await restrictedIds();
    let page = await as(OTHER_DESK);
    await page.getByRole('navigation').getByRole('button', { name: 'Mani reģistrētie' }).click();
    await page.getByRole('heading', { name: 'Manis reģistrētie ieraksti' }).waitFor();
    await inboxOf(page, 1);
    expect((await callApi(page, 'review:entry', { id: ethicsId })).ok).toBe(true);
    expect((await callApi(page, 'review:entry', { id: aboutHeadId })).error?.code).toBe('forbidden_role');
    expect((await callApi(page, 'review:act', { id: ethicsId, act: { action: 'start' } })).error?.code).toBe('forbidden_role');
    await expectNoAxeViolations(page, 'inbox (desk staff)');

    page = await as('RNP\\it.admin', { LAIPNI_ADMIN_ACCOUNTS: 'RNP\\it.admin' });
    await page.getByRole('navigation').waitFor();
    expect(await page.getByRole('navigation').getByRole('button').allTextContents()).not.toContain('Iesniegumu izskatīšana');
    expect((await callApi(page, 'review:entry', { id: ethicsId })).error?.code).toBe('forbidden_role');
    expect((await callApi(page, 'review:inbox', { filter: {}, sort: { by: 'registeredAt', dir: 'desc' }, offset: 0, limit: 10 })).error?.code).toBe(
      'forbidden_role',
    );
  });
});

describe('review workspace: a head at work', () => {
  it('takes a complaint from registered to closed, informs the ethics commission and prints the reply', async () => {
    const page = await as(HEAD);
    await inbox(page, 10);
    await page.getByLabel('Meklēt tekstā').fill('berzins');
    await inboxOf(page, 1);
    await page.getByTestId('inbox-row').click();
    await page.getByRole('heading', { name: /Ieraksts RNP-2026\/K2-/ }).waitFor();
    await page.getByText('Jānis Bērziņš, janis.berzins@paraugs.example').waitFor();

    await page.getByRole('button', { name: 'Sākt izskatīšanu' }).click();
    await page.locator('.entry-fields').getByText('Izskatīšanā', { exact: true }).waitFor();
    await page.getByLabel('Jauna iekšējā piezīme').fill('Runāju ar būvinspektoru');
    await page.getByRole('button', { name: 'Pievienot piezīmi' }).click();
    await page.locator('.notes').getByText('Runāju ar būvinspektoru').waitFor();

    // §12: record that the ethics commission was informed and print the notice.
    await page.getByRole('button', { name: 'Atzīmēt, ka informēta' }).click();
    await page.getByTestId('ethics-done').waitFor();
    await page.getByRole('button', { name: 'Drukāt paziņojumu' }).click();
    const notice = await printToPdf(page, 'ethics-notice');
    expect(notice.text).toContain('Ētikas komisijai');
    expect(notice.text).toContain('12. punktu');
    expect(notice.text).not.toContain('Iesniegumi izskatīšanai');

    await page.getByLabel('Atbilde iesniedzējam').fill('Atvainojamies. Ar būvinspektoru ir pārrunāta saziņa ar klientiem.');
    await page.getByRole('button', { name: 'Atbildēts' }).click();
    await page.getByTestId('entry-reply').waitFor();
    await page.getByRole('button', { name: 'Atbildes vēstule' }).click();
    await page.getByRole('region', { name: 'Vēstules priekšskatījums' }).waitFor();
    await page.getByRole('button', { name: 'Drukāt vai saglabāt PDF' }).click();
    const letter = await printToPdf(page, 'reply-letter');
    expect(letter.text).toContain('Jānis Bērziņš');
    expect(letter.text).toContain('Ar būvinspektoru ir pārrunāta saziņa ar klientiem.');
    expect(letter.text).toContain('Aija Liepiņa');
    expect(letter.text).not.toContain('Meklēt tekstā');

    await page.getByRole('button', { name: 'Slēgt' }).click();
    await page.locator('.entry-fields').getByText('Slēgts', { exact: true }).waitFor();
    const history = page.locator('.history');
    await expect.poll(() => history.locator(':scope > li').count()).toBe(7);
    expect(await history.textContent()).toContain('Vēstule (atbilde)');
    expect(await page.getByTestId('access-log').textContent()).toContain('Aija Liepiņa');
    await expectNoAxeViolations(page, 'entry page after review (head)');
    await keepScreenshot(page, 'review-head-entry-closed');
  });

  it('shows concurrent answers from two desks side by side and clears the flag once one is kept', async () => {
    const page = await as(HEAD);
    await inbox(page, 10);
    await page.getByLabel('Jāpārskata izmaiņas').check();
    await inboxOf(page, 1);
    await page.getByTestId('inbox-row').click();
    await page.getByRole('heading', { name: 'Vienlaicīgas izmaiņas' }).waitFor();
    expect(await page.locator('.conflict-value').allTextContents()).toEqual(
      expect.arrayContaining(['Paraugs: uzbrauktuvi ierīkosim līdz vasarai.', 'Paraugs: jautājums nodots saimniecības nodaļai.']),
    );
    await expectNoAxeViolations(page, 'concurrent edits (head)');
    await keepScreenshot(page, 'review-conflict');
    await page.locator('.conflict-side', { hasText: 'līdz vasarai' }).getByRole('button', { name: 'Paturēt šo' }).click();
    await page.getByRole('heading', { name: 'Vienlaicīgas izmaiņas' }).waitFor({ state: 'detached' });
    expect(await page.getByTestId('entry-reply').textContent()).toBe('Paraugs: uzbrauktuvi ierīkosim līdz vasarai.');
  });

  it('reports a period with charts and exports an XLSX that a spreadsheet library reads with Latvian text', async () => {
    const page = await as(HEAD);
    await page.getByRole('button', { name: 'Pārskati' }).click();
    await page.getByLabel('No', { exact: true }).fill('2025-01-01');
    await page.getByRole('button', { name: 'Rādīt' }).click();
    await page.getByTestId('chart-months').locator('svg .recharts-line').first().waitFor();
    const total = Number(
      (await page.locator('main').getByTestId('report-summary').locator('div', { hasText: 'Ierakstu skaits' }).locator('dd').textContent())!.trim(),
    );
    expect(total).toBeGreaterThan(30);
    await expectNoAxeViolations(page, 'reports (head)');
    await keepScreenshot(page, 'review-reports');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lejupielādēt XLSX' }).click();
    const file = await (await download).path();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toContain('Pēc temata');
    const summary = book.getWorksheet('Kopsavilkums')!;
    expect(summary.getRow(4).values).toEqual([undefined, 'Ierakstu skaits', total]);

    await page.getByRole('button', { name: 'Drukāt kopsavilkumu' }).click();
    const printed = await printToPdf(page, 'report-summary');
    expect(printed.text).toContain('Pārskats par periodu');
    expect(printed.text).toContain('Atbildes laika mediāna');
  });
});

describe('review workspace: letters an office can send', () => {
  type Row = { id: string; number: string; summary: string };
  /** The open sample entries the head may review, by their description. */
  async function registered(page: Page): Promise<Map<string, Row>> {
    const r = await callApi(page, 'review:inbox', { filter: { status: ['registered'] }, sort: { by: 'registeredAt', dir: 'desc' }, offset: 0, limit: 100 });
    return new Map((r.value as { rows: Row[] }).rows.map((row) => [row.summary, row]));
  }

  /** Opens the entry from the inbox, makes one letter in the chosen signing and prints it to PDF. */
  async function printLetter(page: Page, number: string, button: string, signing: string, name: string) {
    const back = page.getByRole('button', { name: 'Atpakaļ uz sarakstu' }).first();
    if (await back.isVisible()) await back.click();
    await page.getByLabel('Meklēt tekstā').fill(number);
    // The list showed the previous letter's entry, one row too: wait for this one, not for any one row.
    await expect.poll(() => inboxNumbers(page), { timeout: 20_000 }).toEqual([number]);
    await page.getByTestId('inbox-row').click();
    await page.getByRole('heading', { name: `Ieraksts ${number}` }).waitFor();
    await page.getByLabel(signing).check();
    await page.getByRole('button', { name: button }).click();
    await page.getByRole('region', { name: 'Vēstules priekšskatījums' }).waitFor();
    await page.getByRole('button', { name: 'Drukāt vai saglabāt PDF' }).click();
    return printToPdf(page, name);
  }

  it('prints the reply, extension, forwarding and "where to apply" letters, each with its own outgoing number, and reads them back', async () => {
    const page = await as(HEAD);
    await inbox(page, 10);
    await expect.poll(async () => (await registered(page)).size).toBeGreaterThanOrEqual(4);
    const open = await registered(page);
    const row = (summary: string) => open.get(summary)!;
    const complaint = row('Paraugs: būvinspektors nelaipni atbildēja uz jautājumu par būvatļauju'); // received 4 Dec 2026
    const first = row('Paraugs: ieraksts Nr. 1 par klientu apkalpošanu'); // received 16 Nov 2026
    const fourth = row('Paraugs: ieraksts Nr. 4 par klientu apkalpošanu'); // received 20 Oct 2026
    const seventh = row('Paraugs: ieraksts Nr. 7 par klientu apkalpošanu'); // received 23 Sep 2026

    // The decisions each letter tells, recorded as a reviewer would.
    const act = async (id: string, a: unknown) => expect((await callApi(page, 'review:act', { id, act: a })).ok).toBe(true);
    await act(complaint.id, { action: 'answer', reply: 'Paraugs: situācija ir pārrunāta ar būvinspektoru.' });
    // One month from 16 November (Law on Submissions as amended from 1 March 2026): 16 December, a Wednesday.
    await act(first.id, {
      action: 'extend',
      ground: 'other_institutions',
      reason: 'Paraugs: lūgts Valsts zemes dienesta atzinums.',
      dueDate: '2026-12-16',
      clientNotified: true,
    });
    await act(fourth.id, { action: 'forward', to: 'Valsts zemes dienests', reason: 'Paraugs: kadastra jautājums', outcome: 'forwarded' });
    await act(seventh.id, {
      action: 'forward',
      to: 'Rēzeknes novada pašvaldības izpilddirektors',
      reason: 'Paraugs: sūdzība par iestādes vadītāju',
      outcome: 'where_to_apply',
    });

    const head = [
      'Rēzeknes novada pašvaldība (paraugs)',
      'Reģ. Nr. 90000000001',
      'Atbrīvošanas aleja 95A, Rēzekne, LV-4601',
      'Rēzeknē, 2026. gada 7. decembrī',
    ];
    const signedOnPaper = ['Būvvaldes vadītāja', 'Aija Liepiņa', '(paraksts)'];

    const reply = await printLetter(page, complaint.number, 'Atbildes vēstule', 'Uz papīra (paraksta līnija)', 'letter-reply');
    for (const sentence of [
      ...head,
      ...signedOnPaper,
      'Nr. RNP-2026/K1-IZ-0001',
      `Uz 2026. gada 4. decembra iesniegumu Nr. ${complaint.number}`,
      'Jānis Bērziņš',
      'Par Jūsu 2026. gada 4. decembra iesniegumu',
      'Esam izskatījuši Jūsu 2026. gada 4. decembra iesniegumu.',
      'Paraugs: situācija ir pārrunāta ar būvinspektoru.',
      'Pamatojums: Iesniegumu likuma 5. pants.',
    ])
      expect(reply.flat).toContain(sentence);
    expect(reply.flat).not.toContain('Meklēt tekstā');

    const extension = await printLetter(page, first.number, 'Termiņa pagarinājuma vēstule', 'Ar drošu elektronisko parakstu', 'letter-extension');
    for (const sentence of [
      ...head,
      'Nr. RNP-2026/K1-IZ-0002',
      `Uz 2026. gada 16. novembra iesniegumu Nr. ${first.number}`,
      'Iesniedzējam',
      'Par Jūsu 2026. gada 16. novembra iesnieguma izskatīšanas termiņa pagarināšanu',
      'Jūsu 2026. gada 16. novembra iesnieguma izskatīšanai nepieciešams ilgāks laiks, jo jāsazinās ar citām iestādēm.',
      'Atbildi Jums sniegsim līdz 2026. gada 16. decembrim.',
      'Aija Liepiņa',
      'DOKUMENTS IR PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU',
    ])
      expect(extension.flat).toContain(sentence);
    expect(extension.flat).not.toContain('(paraksts)');

    const forwarding = await printLetter(page, fourth.number, 'Pārsūtīšanas vēstule', 'Uz papīra (paraksta līnija)', 'letter-forwarding');
    for (const sentence of [
      ...head,
      ...signedOnPaper,
      'Nr. RNP-2026/K1-IZ-0003',
      `Uz 2026. gada 20. oktobra iesniegumu Nr. ${fourth.number}`,
      'Par Jūsu 2026. gada 20. oktobra iesnieguma pārsūtīšanu',
      'Jūsu 2026. gada 20. oktobra iesniegumā minētā jautājuma izlemšana nav Rēzeknes novada pašvaldības (paraugs) kompetencē.',
      'Tādēļ iesniegumu esam pārsūtījuši izskatīšanai pēc piekritības, un atbildi Jums sniegs Valsts zemes dienests.',
      'Pamatojums: Iesniegumu likuma 4. pants.',
    ])
      expect(forwarding.flat).toContain(sentence);

    const whereTo = await printLetter(page, seventh.number, 'Vēstule, kur vērsties', 'Uz papīra (paraksta līnija)', 'letter-where-to-apply');
    for (const sentence of [
      ...head,
      ...signedOnPaper,
      'Nr. RNP-2026/K1-IZ-0004',
      `Uz 2026. gada 23. septembra iesniegumu Nr. ${seventh.number}`,
      'Par Jūsu 2026. gada 23. septembra iesniegumu',
      'Ar šo jautājumu aicinām Jūs vērsties pie Rēzeknes novada pašvaldības izpilddirektora.',
      'Pamatojums: Iesniegumu likuma 4. pants.',
    ])
      expect(whereTo.flat).toContain(sentence);

    // Each letter is in its entry's history with its number; the forwarding outcome shows on the entry.
    await expect.poll(() => page.locator('.history').textContent()).toContain('Vēstule: Vēstule, kur vērsties Nr. RNP-2026/K1-IZ-0004');
    expect(await page.locator('.entry-fields').textContent()).toContain('Iesniedzējam norādīts, kur vērsties: Rēzeknes novada pašvaldības izpilddirektors');
    await expectNoAxeViolations(page, 'entry with a "where to apply" letter (head)');
    await keepScreenshot(page, 'review-letter-where-to-apply');
  });
});
