import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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
import { person } from '../../support/people';

const NOW = Date.parse('2026-04-01T09:00:00Z');
const rules = { deadlines: DEFAULT_DEADLINE_TABLE, calendar: workCalendar(LATVIAN_HOLIDAYS), routing: {} };

/** A fake desk client over the contract: keeps entries in memory, pushes events like main does. */
function fakeClient(status: SyncStatus, options: { failAdd?: boolean } = {}) {
  const entries: RegisterEntry[] = [];
  const added: RegisterInput[] = [];
  const fake = createFakeClient({
    'register:preview-routing': (request) => previewRegistration(request, NOW, rules),
    'register:list-mine': () => [...entries],
    'sync:status': () => status,
    'directory:get': () => ({ people: [person()], sample: true, publishedAt: '2026-03-01T00:00:00Z', source: 'share', problem: null, canEdit: false }),
    'sync:now': () => ({ ...status, state: 'online', waiting: 0, problems: [], lastSyncAt: '2026-04-01T09:06:00Z' }),
    'register:add': (input) => {
      if (options.failAdd) throw new ContractError('io_failed', 'disk full');
      added.push(input);
      const p = previewRegistration(input, NOW, rules);
      const entry: RegisterEntry = {
        id: `id${entries.length}`,
        number: `RNP-2026/K1-000${entries.length + 1}`,
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
      <DeskApiProvider client={client}>{ui}</DeskApiProvider>
    </I18nRoot>,
  );
}

describe('registering at the desk', () => {
  it('shows where an ethics complaint goes and when it is due before saving', async () => {
    const { client } = fakeClient(offline);
    renderWith(client, <RegisterScreen />);
    await userEvent.selectOptions(await screen.findByLabelText('Par ko'), 'ethics');
    const preview = await screen.findByTestId('routing-preview');
    await waitFor(() => expect(preview).toHaveTextContent('Iestādes ētikas komisija'));
    expect(preview).toHaveTextContent('11.3. punkts');
    expect(preview).toHaveTextContent('līdz 2026. gada 17. aprīlim');
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
