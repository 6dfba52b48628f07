import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract/result';
import type { Identity } from '../../../shared/identity/identity';
import type { EntryView, InboxPage } from '../../../shared/review/contract';
import { DeskApiProvider, type DeskClient } from '../../../renderer/src/api/ApiContext';
import { ReviewScreen } from '../../../renderer/src/features/review/ReviewScreen';
import { I18nRoot } from '../../../renderer/src/i18n/I18nRoot';
import { createFakeClient, fakeAttachments } from '../../support/fakeClient';
import { entryFor } from '../../support/reviewEntries';

const head: Identity = { account: 'RNP\\aija.liepina', personId: 'aija.liepina', displayName: 'Aija Liepiņa', institution: 'RNP', roles: ['head'] };
const entries = [
  entryFor(1, { description: 'Garā rinda pie kases' }),
  entryFor(2, { description: 'Nelaipna atbilde', subject: 'employee_conduct', routeRule: '11.1' }),
  entryFor(3, { description: 'Atbildēta sūdzība' }, [{ reply: 'Rinda saīsināta.' }, { status: 'answered' }]),
];

/** A fake desk client over two entries: records inbox requests, refuses the second entry. */
function fakeClient() {
  const requests: unknown[] = [];
  const acts: unknown[] = [];
  const page = (): InboxPage => ({
    total: entries.length,
    offset: 0,
    rows: entries.map((e) => ({
      id: e.id,
      number: e.number,
      kind: e.kind,
      subject: e.subject,
      channel: e.channel,
      institution: e.institution,
      deskCode: e.deskCode,
      status: e.status,
      registeredAt: e.registeredAt,
      dueDate: e.dueDate,
      due: 'on_time',
      forwardDue: e.forwardDue,
      forward: e.forwardDue ? 'on_time' : null,
      needsReview: false,
      summary: e.description,
      routedTo: e.routedTo,
      version: e.version,
    })),
    counts: { overdue: 0, dueSoon: 0, needsReview: 0 },
    institutions: ['RNP'],
    desks: ['K1'],
  });
  const view = (id: string): EntryView => {
    const entry = entries.find((e) => e.id === id)!;
    return {
      entry,
      due: 'on_time',
      forward: entry.forwardDue ? 'on_time' : null,
      history: [
        { id: 'h1', at: entry.registeredAt, by: 'RNP\\anna', desk: 'K1', op: 'create', changes: [] },
        { id: 'h2', at: entry.registeredAt, by: 'aija.liepina', desk: 'K2', op: 'set', changes: [{ field: 'status', value: 'in_review' }] },
      ],
      conflicts: [],
      ethics: { required: false, doneAt: null },
      access: [],
      canReview: true,
      extendedLimit: '2026-04-02',
      names: { 'RNP\\anna': 'Anna Kalniņa', 'aija.liepina': 'Aija Liepiņa', RNP: 'Rēzeknes novada pašvaldība' },
    };
  };
  const { client } = createFakeClient({
    ...fakeAttachments().handlers,
    'review:inbox': (request) => {
      requests.push(request);
      return page();
    },
    'review:export-inbox': (request) => {
      requests.push(request);
      return { fileName: 'ieraksti-2026-03-02.csv', mime: 'text/csv;charset=utf-8', base64: btoa('x') };
    },
    'review:entry': ({ id }) => {
      if (id === entries[1]!.id) throw new ContractError('forbidden_role', 'no');
      return view(id);
    },
    'review:act': ({ id, act }) => {
      acts.push(act);
      return view(id);
    },
    // Main refuses a letter whose decision is not recorded yet.
    'review:letter': () => {
      throw new ContractError('invalid_request', 'letter_needs_where_to_apply', { field: 'letter_needs_where_to_apply' });
    },
  });
  return { client, requests, acts };
}

// jsdom lays nothing out: give elements a size so the virtualised list has a window to fill.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 800 });
});

const renderScreen = (client: DeskClient) =>
  render(
    <I18nRoot language="lv">
      <DeskApiProvider client={client}>
        <ReviewScreen identity={head} institutionName="Rēzeknes novada pašvaldība" />
      </DeskApiProvider>
    </I18nRoot>,
  );

describe('review screen', () => {
  it('narrows to entries assigned to me, marks unread entries until opened, and again once changed', async () => {
    localStorage.clear();
    const { client, requests } = fakeClient();
    renderScreen(client);
    const rows = await screen.findAllByTestId('inbox-row');
    expect(rows).toHaveLength(entries.length);
    expect(rows.map((r) => within(r).queryByText('Nelasīts') !== null)).toEqual([true, true, true]);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Piešķirtie man' }));
    await waitFor(() => expect(requests.at(-1)).toMatchObject({ filter: { routedTo: ['head'] } }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Piešķirtie man' }));
    await waitFor(() => expect((requests.at(-1) as { filter: object }).filter).toEqual({}));

    await userEvent.click((await screen.findAllByTestId('inbox-row'))[0]!);
    await userEvent.click(await screen.findByRole('button', { name: 'Atpakaļ uz sarakstu' }));
    await waitFor(() => expect(screen.getAllByTestId('inbox-row').map((r) => within(r).queryByText('Nelasīts') !== null)).toEqual([false, true, true]));

    // Another desk changes the entry: a new version is unread again.
    const original = entries[0]!;
    entries[0] = { ...original, version: `${original.version}-changed` };
    try {
      cleanup();
      renderScreen(client);
      await waitFor(async () =>
        expect((await screen.findAllByTestId('inbox-row')).map((r) => within(r).queryByText('Nelasīts') !== null)).toEqual([true, true, true]),
      );
    } finally {
      entries[0] = original;
    }
  });

  it('asks main for the filtered inbox as the reviewer types and picks filters', async () => {
    const { client, requests } = fakeClient();
    renderScreen(client);
    await screen.findByText('Garā rinda pie kases');
    await userEvent.type(screen.getByLabelText('Meklēt tekstā'), 'rinda');
    await userEvent.selectOptions(screen.getByLabelText('Veids'), 'complaint');
    await userEvent.click(screen.getByLabelText('Nokavētie'));
    expect(requests.at(-1)).toMatchObject({ filter: { text: 'rinda', kind: ['complaint'], overdue: true }, offset: 0, limit: 200 });
  });

  it('exports the whole filtered list, as filtered and sorted on screen, in the language of the screen', async () => {
    const { client, requests } = fakeClient();
    URL.createObjectURL = () => 'blob:export';
    URL.revokeObjectURL = () => undefined;
    renderScreen(client);
    await screen.findByText('Garā rinda pie kases');
    await userEvent.selectOptions(screen.getByLabelText('Veids'), 'complaint');
    await userEvent.click(screen.getByRole('button', { name: 'Eksportēt atlasīto (CSV)' }));
    await waitFor(() =>
      expect(requests.at(-1)).toEqual({ filter: { kind: ['complaint'] }, sort: { by: 'registeredAt', dir: 'desc' }, format: 'csv', language: 'lv' }),
    );
  });

  it('opens an entry with its fields and goes back to the list', async () => {
    const { client } = fakeClient();
    renderScreen(client);
    await userEvent.click(await screen.findByText('Garā rinda pie kases'));
    const heading = await screen.findByRole('heading', { name: /Ieraksts RNP-2026\/K1-0001/ });
    expect(heading).toBeInTheDocument();
    expect(within(screen.getByText('Temats').closest('div')!).getByText('Apkalpošanas kvalitāte')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Atpakaļ uz sarakstu' }));
    await screen.findByRole('heading', { name: 'Iesniegumi izskatīšanai' });
  });

  it('names the people and the institution, never their accounts or codes', async () => {
    const { client } = fakeClient();
    renderScreen(client);
    await userEvent.click(await screen.findByText('Garā rinda pie kases'));
    await screen.findByRole('heading', { name: /Ieraksts RNP-2026\/K1-0001/ });
    const field = (label: string) => [...document.querySelectorAll('.entry-fields dt')].find((dt) => dt.textContent === label)!.nextElementSibling!;
    expect(field('Reģistrēts')).toHaveTextContent('Anna Kalniņa');
    expect(field('Iestāde')).toHaveTextContent('Rēzeknes novada pašvaldība');
    const history = screen.getByRole('heading', { name: 'Vēsture' }).nextElementSibling!;
    expect(history).toHaveTextContent('Aija Liepiņa');
    expect(document.body).not.toHaveTextContent('RNP\\anna');
    expect(document.body).not.toHaveTextContent('aija.liepina');
  });

  it('offers neither "start review" nor an editable reply once an entry is answered, and still lets it be closed', async () => {
    const { client } = fakeClient();
    renderScreen(client);
    await userEvent.click(await screen.findByText('Atbildēta sūdzība'));
    await screen.findByRole('heading', { name: /Ieraksts RNP-2026\/K1-0003/ });
    expect(screen.getByTestId('entry-reply')).toHaveTextContent('Rinda saīsināta.');
    expect(screen.queryByRole('button', { name: 'Sākt izskatīšanu' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Atbilde iesniedzējam' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Slēgt' })).toBeInTheDocument();
  });

  it('says a destroyed entry’s personal fields were destroyed, by which act, instead of showing them', async () => {
    const shredded = {
      ...entryFor(3, { description: 'x' }),
      description: '',
      unreadable: [{ field: 'description', reason: 'destroyed' as const, destroyedOn: '2036-02-01', act: 'A-7/2036' }],
    };
    const { client: base } = fakeClient();
    const { client } = createFakeClient({
      ...fakeAttachments().handlers,
      'review:inbox': async (request) => {
        const page = await base.call('review:inbox', request);
        return { ...page, total: 1, rows: [{ ...page.rows[0]!, id: shredded.id, number: shredded.number, summary: '' }] };
      },
      'review:entry': () => ({
        entry: shredded,
        due: 'on_time',
        forward: null,
        history: [],
        conflicts: [],
        ethics: { required: false, doneAt: null },
        access: [],
        canReview: true,
        extendedLimit: '2036-04-02',
        names: {},
      }),
    });
    renderScreen(client);
    await userEvent.click(await screen.findByText(shredded.number));
    expect(await screen.findByTestId('entry-unreadable')).toHaveTextContent('Iznīcināts 2036. gada 1. februārī ar aktu Nr. A-7/2036');
  });

  it('shows a translated refusal, not the entry, when main says the role may not see it', async () => {
    const { client } = fakeClient();
    renderScreen(client);
    await userEvent.click(await screen.findByText('Nelaipna atbilde'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Jums nav tiesību to darīt.');
    expect(screen.queryByRole('heading', { name: /Ieraksts/ })).not.toBeInTheDocument();
  });

  it('records "told the client where to apply" as the outcome, and says why a letter must wait', async () => {
    const { client, acts } = fakeClient();
    renderScreen(client);
    await userEvent.click(await screen.findByText('Garā rinda pie kases'));
    await screen.findByRole('heading', { name: /Ieraksts RNP-2026\/K1-0001/ });
    await userEvent.click(screen.getByText('Nav iestādes kompetencē'));
    await userEvent.click(screen.getByLabelText('Iesniedzējam norādīts, kur vērsties'));
    await userEvent.type(screen.getByLabelText('Kompetentā iestāde'), 'Valsts policija');
    await userEvent.type(screen.getAllByLabelText('Pamatojums')[0]!, 'Sabiedriskās kārtības jautājums');
    await userEvent.click(screen.getByRole('button', { name: 'Saglabāt iznākumu' }));
    expect(acts.at(-1)).toEqual({ action: 'forward', to: 'Valsts policija', reason: 'Sabiedriskās kārtības jautājums', outcome: 'where_to_apply' });

    await userEvent.click(screen.getByRole('button', { name: 'Vēstule, kur vērsties' }));
    expect(await screen.findByText('Vēstulei par to, kur vērsties, vispirms atzīmējiet, ka iesniedzējam norādīts, kur vērsties.')).toBeInTheDocument();
  });
});
