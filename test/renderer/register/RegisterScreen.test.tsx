import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContractError } from '../../../shared/contract/result';
import { DEFAULT_DEADLINE_TABLE } from '../../../shared/register/deadlines';
import { LATVIAN_HOLIDAYS } from '../../../shared/calendar/holidays';
import type { RegisterEntry, RegisterInput } from '../../../shared/register/record';
import { previewRegistration } from '../../../shared/register/registration';
import type { SyncStatus } from '../../../shared/register/syncStatus';
import { workCalendar } from '../../../shared/calendar/workingDays';
import { DeskApiProvider, type DeskClient } from '../../../renderer/src/api/ApiContext';
import { RegisterScreen } from '../../../renderer/src/features/register/RegisterScreen';
import { SyncIndicator } from '../../../renderer/src/features/register/SyncIndicator';
import { I18nRoot } from '../../../renderer/src/i18n/I18nRoot';
import { createFakeClient } from '../../support/fakeClient';
import { PrintProvider } from '../../../renderer/src/features/print/PrintProvider';
import { person } from '../../support/people';

const NOW = Date.parse('2026-04-01T09:00:00Z');
const rules = { deadlines: DEFAULT_DEADLINE_TABLE, calendar: workCalendar(LATVIAN_HOLIDAYS), routing: {} };

/** A fake desk client over the contract: keeps entries in memory, pushes events like main does. */
function fakeClient(status: SyncStatus, options: { failAdd?: boolean; clientLanguage?: 'lv' | 'ltg' | 'en' } = {}) {
  const entries: RegisterEntry[] = [];
  const added: RegisterInput[] = [];
  const fake = createFakeClient({
    'register:preview-routing': (request) => previewRegistration(request, NOW, rules),
    'register:list-mine': () => [...entries],
    'sync:status': () => status,
    'directory:get': () => ({ people: [person()], sample: true, publishedAt: '2026-03-01T00:00:00Z', source: 'share', problem: null, canEdit: false }),
    'display:get': () => ({ language: options.clientLanguage ?? 'lv', institutionName: 'Paraugu pagasts', view: { kind: 'welcome' } }),
    'desk:get': () => ({
      person: { ...person({ name: 'Anna', surname: 'Kalniņa', position: 'Klientu apkalpošanas speciāliste', room: '5', phone: '+371 64607000' }) },
      reception: null,
      status: 'serving',
      recognised: true,
      backAt: null,
    }),
    'sync:now': () => ({ ...status, state: 'online', waiting: 0, problems: [], lastSyncAt: '2026-04-01T09:06:00Z' }),
    'register:add': (input) => {
      if (options.failAdd) throw new ContractError('io_failed', 'disk full');
      added.push(input);
      const p = previewRegistration(input, NOW, rules);
      const entry: RegisterEntry = {
        id: `id${entries.length}`,
        number: `RNP-2026/K1-000${entries.length + 1}`,
        institution: 'RNP',
        client: input.client,
        receivedOn: p.receivedOn,
        kind: input.kind,
        channel: input.channel,
        subject: input.subject,
        description: input.description,
        routedTo: p.routing.to,
        routeRule: p.routing.rule,
        dueDate: p.deadlines.answer,
        registeredAt: new Date(NOW).toISOString(),
        status: 'registered',
        needsReview: false,
      } as RegisterEntry;
      entries.unshift(entry);
      setTimeout(() => fake.emit('register:changed', null));
      return entry;
    },
  });
  return { client: fake.client, added, emit: fake.emit };
}

const offline: SyncStatus = { state: 'offline', lastSyncAt: null, waiting: 2, problems: [{ code: 'share_missing' }], deskId: 'd1', entries: 2 };

function renderWith(client: DeskClient, ui: React.ReactNode) {
  return render(
    <I18nRoot language="lv">
      <DeskApiProvider client={client}>
        <PrintProvider>{ui}</PrintProvider>
      </DeskApiProvider>
    </I18nRoot>,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('registering at the desk', () => {
  it('prints the client a receipt in the client display’s language: number, dates, what happens next, the deadline and how to ask', async () => {
    const printed: Array<{ lang: string | null; text: string }> = [];
    vi.spyOn(window, 'print').mockImplementation(() => {
      const sheet = document.querySelector('.print-sheet article');
      printed.push({ lang: sheet?.getAttribute('lang') ?? null, text: sheet?.textContent ?? '' });
    });
    const { client } = fakeClient(offline, { clientLanguage: 'en' });
    renderWith(client, <RegisterScreen />);
    expect(screen.queryByRole('button', { name: 'Drukāt apliecinājumu klientam' })).toBeNull();
    await userEvent.type(await screen.findByLabelText('Apraksts'), 'Ilgi jāgaida rindā');
    await userEvent.click(screen.getByRole('radio', { name: 'Vēlas atbildi: vārds un kontakts' }));
    await userEvent.type(screen.getByLabelText('Klienta vārds'), 'Jānis Bērziņš');
    await userEvent.type(screen.getByLabelText('Tālrunis, e-pasts vai adrese'), '+371 20000000');
    await userEvent.click(screen.getByRole('checkbox', { name: /piekrīt/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Saglabāt' }));
    await screen.findByTestId('saved-number');
    // The language follows the client display (English here); staff may pick another.
    expect(screen.getByLabelText('Apliecinājuma valoda')).toHaveValue('en');
    await userEvent.click(screen.getByRole('button', { name: 'Drukāt apliecinājumu klientam' }));
    expect(printed).toHaveLength(1);
    const receipt = printed[0]!;
    expect(receipt.lang).toBe('en');
    expect(receipt.text).toContain('Receipt for your submission');
    expect(receipt.text).toContain('RNP-2026/K1-0001');
    expect(receipt.text).toContain('Registered01/04/2026');
    expect(receipt.text).toContain('Complaint');
    expect(receipt.text).toContain('reviewed by: Head of the institution');
    expect(receipt.text).toContain(`We will send the answer to the contact you gave by 17 April 2026`);
    expect(receipt.text).toContain('phone +371 64607000');
    expect(receipt.text).toContain('Registered by: Anna Kalniņa');
    // Nothing the client told about themselves is on the paper, and it leaves the page after printing.
    expect(receipt.text).not.toContain('Jānis');
    expect(receipt.text).not.toContain('20000000');
    expect(document.querySelector('.print-sheet')).toBeNull();

    await userEvent.selectOptions(screen.getByLabelText('Apliecinājuma valoda'), 'lv');
    await userEvent.click(screen.getByRole('button', { name: 'Drukāt apliecinājumu klientam' }));
    expect(printed[1]!.lang).toBe('lv');
    expect(printed[1]!.text).toContain('Apliecinājums par iesnieguma reģistrēšanu');
    expect(printed[1]!.text).toContain('Iestādes vadītājs');
  });

  it('tells an anonymous client on the receipt that no answer is sent, and how to ask about the outcome', async () => {
    const printed: string[] = [];
    vi.spyOn(window, 'print').mockImplementation(() => printed.push(document.querySelector('.print-sheet article')?.textContent ?? ''));
    const { client } = fakeClient(offline);
    renderWith(client, <RegisterScreen />);
    await userEvent.type(await screen.findByLabelText('Apraksts'), 'Ierosinu pagarināt darba laiku');
    await userEvent.selectOptions(screen.getByLabelText('Veids'), 'suggestion');
    await userEvent.click(screen.getByRole('button', { name: 'Saglabāt' }));
    await screen.findByTestId('saved-number');
    expect(screen.getByLabelText('Apliecinājuma valoda')).toHaveValue('lv');
    await userEvent.click(screen.getByRole('button', { name: 'Drukāt apliecinājumu klientam' }));
    expect(printed[0]).toContain('Iesniegums ir anonīms, tāpēc atbildi nenosūtīsim');
    expect(printed[0]).toContain('Nosauciet reģistra numuru RNP-2026/K1-0001');
  });

  it('shows where an ethics complaint goes and when it is due before saving', async () => {
    const { client } = fakeClient(offline);
    renderWith(client, <RegisterScreen />);
    await userEvent.selectOptions(await screen.findByLabelText('Par ko'), 'ethics');
    const preview = await screen.findByTestId('routing-preview');
    await waitFor(() => expect(preview).toHaveTextContent('Iestādes ētikas komisija'));
    expect(preview).toHaveTextContent('11.3. punkts');
    expect(preview).toHaveTextContent('līdz 2026. gada 17. aprīlim');
  });

  it('names the reviewer from the directory with their position, and warns when the directory has no one for the route', async () => {
    let reviewers: Array<{ id: string; name: string; surname: string; position: string }> = [
      { id: 'aija.liepina', name: 'Aija', surname: 'Liepiņa', position: 'Dienesta vadītāja' },
    ];
    const fake = createFakeClient({
      'register:preview-routing': (request) => ({ ...previewRegistration(request, NOW, rules), reviewers }),
      'register:list-mine': () => [],
      'sync:status': () => offline,
      'directory:get': () => ({ people: [person()], sample: true, publishedAt: '2026-03-01T00:00:00Z', source: 'share', problem: null, canEdit: false }),
    });
    renderWith(fake.client, <RegisterScreen />);
    expect(await screen.findByTestId('reviewer-names')).toHaveTextContent('Izskatīs: Aija Liepiņa, Dienesta vadītāja');
    expect(screen.getByTestId('routing-preview')).toHaveTextContent('Iestādes vadītājs');
    reviewers = [];
    await userEvent.selectOptions(screen.getByLabelText('Par ko'), 'ethics');
    await waitFor(() => expect(screen.getByTestId('reviewer-names')).toHaveTextContent('Darbinieku sarakstā nav neviena'));
  });

  it('asks for consent before keeping a client’s contact, then saves and lists the entry with its number', async () => {
    const { client, added } = fakeClient(offline);
    renderWith(client, <RegisterScreen />);
    await userEvent.type(await screen.findByLabelText('Apraksts'), 'Ilgi jāgaida rindā');
    await userEvent.click(screen.getByRole('radio', { name: 'Vēlas atbildi: vārds un kontakts' }));
    await userEvent.type(screen.getByLabelText('Klienta vārds'), 'Jānis');
    await userEvent.type(screen.getByLabelText('Tālrunis, e-pasts vai adrese'), '26000000');
    await userEvent.click(screen.getByRole('button', { name: 'Saglabāt' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Klients piekrīt');
    expect(added).toEqual([]);
    await userEvent.click(screen.getByRole('checkbox', { name: /Klients piekrīt/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Saglabāt' }));
    expect(await screen.findByTestId('saved-number')).toHaveTextContent('RNP-2026/K1-0001');
    expect(added[0]?.client).toEqual({ anonymous: false, name: 'Jānis', contact: '26000000', consent: true, purpose: 'Lai nosūtītu atbildi uz šo iesniegumu' });
    const table = await screen.findByTestId('my-entries');
    expect(within(table).getByRole('rowheader')).toHaveTextContent('RNP-2026/K1-0001');
    expect(table).toHaveTextContent('Reģistrēts');
  });

  it('takes a field off the missing list as soon as it is filled in, and drops the message when nothing is missing', async () => {
    const { client, added } = fakeClient(offline);
    renderWith(client, <RegisterScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Saglabāt' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Aizpildiet: Apraksts.');
    await userEvent.type(screen.getByLabelText('Apraksts'), 'Netīra uzgaidāmā telpa');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    await userEvent.click(screen.getByRole('radio', { name: 'Vēlas atbildi: vārds un kontakts' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Klienta vārds');
    await userEvent.type(screen.getByLabelText('Klienta vārds'), 'Jānis');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Klienta vārds');
    expect(screen.getByRole('alert')).toHaveTextContent('Klients piekrīt');
    expect(added).toEqual([]);
  });

  it('links the employee concerned to the directory person picked, and keeps a name given otherwise as typed', async () => {
    const { client, added } = fakeClient(offline);
    renderWith(client, <RegisterScreen />);
    await userEvent.selectOptions(await screen.findByLabelText('Par ko'), 'employee_conduct');
    const employee = screen.getByLabelText('Darbinieks, uz kuru attiecas (nav obligāti)');
    await waitFor(() => expect(document.querySelector('#reg-employee-staff option')).not.toBeNull());
    await userEvent.type(employee, 'Ilze Bērziņa — Sociālā darbiniece');
    await userEvent.type(screen.getByLabelText('Apraksts'), 'Nelaipna atbilde');
    await userEvent.click(screen.getByRole('button', { name: 'Saglabāt' }));
    await screen.findByTestId('saved-number');
    expect(added[0]?.employee).toEqual({ personId: 'ilze.berzina', name: 'Ilze Bērziņa' });

    await userEvent.type(screen.getByLabelText('Darbinieks, uz kuru attiecas (nav obligāti)'), 'garš vīrietis pie 3. loga');
    await userEvent.type(screen.getByLabelText('Apraksts'), 'Nelaipna atbilde');
    await userEvent.click(screen.getByRole('button', { name: 'Saglabāt' }));
    await waitFor(() => expect(added).toHaveLength(2));
    expect(added[1]?.employee).toEqual({ personId: null, name: 'garš vīrietis pie 3. loga' });
  });

  it('says "extendable with notice to the client" only when there is a client to notify, and gives praise no complaint wording', async () => {
    const { client } = fakeClient(offline);
    renderWith(client, <RegisterScreen />);
    const preview = await screen.findByTestId('routing-preview');
    await userEvent.selectOptions(screen.getByLabelText('Veids'), 'suggestion');
    await waitFor(() => expect(screen.getByTestId('due-line')).toHaveTextContent('līdz 2026. gada'));
    expect(screen.getByTestId('due-line')).not.toHaveTextContent('paziņojot klientam');
    await userEvent.click(screen.getByRole('radio', { name: 'Vēlas atbildi: vārds un kontakts' }));
    expect(screen.getByTestId('due-line')).toHaveTextContent('var pagarināt līdz 2026. gada');
    expect(screen.getByTestId('due-line')).toHaveTextContent('paziņojot klientam');
    await userEvent.selectOptions(screen.getByLabelText('Veids'), 'praise');
    await waitFor(() => expect(preview).toHaveTextContent('Pateicību saņem iestādes vadītājs.'));
    expect(preview).not.toHaveTextContent('Citas sūdzības');
    expect(screen.getByTestId('due-line')).not.toHaveTextContent('paziņojot klientam');
    expect(preview).not.toHaveTextContent('kompetencē');
  });

  it('takes the day of receipt, today by default, and counts the deadlines and their rule from it', async () => {
    const { client, added } = fakeClient(offline);
    renderWith(client, <RegisterScreen />);
    const received = await screen.findByLabelText('Saņemšanas diena');
    await waitFor(() => expect(received).toHaveValue('2026-04-01'));
    expect(received).toHaveAttribute('max', '2026-04-01');
    const preview = await screen.findByTestId('routing-preview');
    // Received Wed 1 April 2026, Good Friday 3 and Easter Monday 6 April off: forward in 5 working days → Fri 10 April, answer in 10 → Fri 17 April.
    await waitFor(() => expect(preview).toHaveTextContent('līdz 2026. gada 17. aprīlim (10 darbdienas)'));
    expect(preview).toHaveTextContent('līdz 2026. gada 10. aprīlim (5 darbdienas)');
    // Post received on Friday 27 February 2026, before the law changed: one month, forward in 7 working days.
    fireEvent.change(received, { target: { value: '2026-02-27' } });
    await waitFor(() => expect(preview).toHaveTextContent('līdz 2026. gada 27. martam (1 mēnesis)'));
    expect(preview).toHaveTextContent('līdz 2026. gada 10. martam (7 darbdienas)');
    expect(preview).toHaveTextContent('redakcija līdz 2026. gada 28. februārim');
    await userEvent.type(screen.getByLabelText('Apraksts'), 'Vēstule pa pastu');
    await userEvent.click(screen.getByRole('button', { name: 'Saglabāt' }));
    await screen.findByTestId('saved-number');
    expect(added[0]?.receivedOn).toBe('2026-02-27');
  });

  it('refuses a day of receipt in the future before saving', async () => {
    const { client, added } = fakeClient(offline);
    renderWith(client, <RegisterScreen />);
    const received = await screen.findByLabelText('Saņemšanas diena');
    await waitFor(() => expect(received).toHaveValue('2026-04-01'));
    fireEvent.change(received, { target: { value: '2026-04-02' } });
    expect(await screen.findByRole('alert')).toHaveTextContent('Saņemšanas diena nevar būt nākotnē.');
    await userEvent.type(screen.getByLabelText('Apraksts'), 'Rītdienas vēstule');
    await userEvent.click(screen.getByRole('button', { name: 'Saglabāt' }));
    expect(screen.queryByTestId('saved-number')).toBeNull();
    expect(added).toEqual([]);
  });

  it('says in words when saving failed and keeps what was typed', async () => {
    const { client } = fakeClient(offline, { failAdd: true });
    renderWith(client, <RegisterScreen />);
    await userEvent.type(await screen.findByLabelText('Apraksts'), 'Nepaspēja saglabāt');
    await userEvent.click(screen.getByRole('button', { name: 'Saglabāt' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Neizdevās nolasīt vai ierakstīt failu');
    expect(screen.getByLabelText('Apraksts')).toHaveValue('Nepaspēja saglabāt');
  });
});

describe('the sync indicator', () => {
  it('says offline, what waits and what to do, and follows status events', async () => {
    const { client, emit } = fakeClient(offline);
    renderWith(client, <SyncIndicator />);
    const indicator = await screen.findByTestId('sync-indicator');
    expect(indicator).toHaveTextContent('Bezsaistē');
    expect(indicator).toHaveTextContent('2 izmaiņas gaida nosūtīšanu');
    expect(indicator).toHaveTextContent('Koplietotā mape nav sasniedzama');
    emit('sync:changed', { ...offline, state: 'online', waiting: 0, problems: [], lastSyncAt: '2026-04-01T09:05:00Z' });
    await waitFor(() => expect(indicator).toHaveTextContent('Tiešsaistē'));
    expect(indicator).toHaveTextContent('nekas negaida nosūtīšanu');
    expect(indicator).toHaveTextContent('01.04.2026 12:05');
  });

  it.each([
    [0, 'nekas negaida nosūtīšanu'],
    [1, '1 izmaiņa gaida nosūtīšanu'],
    [10, '10 izmaiņu gaida nosūtīšanu'],
    [11, '11 izmaiņu gaida nosūtīšanu'],
    [21, '21 izmaiņa gaida nosūtīšanu'],
    [3000, '3000 izmaiņu gaida nosūtīšanu'],
  ])('says "nothing waits" only when nothing waits (%i changes)', async (waiting, text) => {
    const { client } = fakeClient({ ...offline, waiting, problems: [] });
    renderWith(client, <SyncIndicator />);
    expect(await screen.findByTestId('sync-waiting')).toHaveTextContent(new RegExp(`^${text}$`));
  });

  it('syncs on request and shows the outcome', async () => {
    const { client } = fakeClient(offline);
    renderWith(client, <SyncIndicator />);
    const indicator = await screen.findByTestId('sync-indicator');
    await userEvent.click(within(indicator).getByRole('button', { name: 'Sinhronizēt tagad' }));
    await waitFor(() => expect(indicator).toHaveTextContent('Tiešsaistē'));
    expect(indicator).not.toHaveTextContent('Koplietotā mape nav sasniedzama');
  });
});
