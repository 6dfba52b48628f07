import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { DestructionView } from '../../../shared/review/contract';
import { DeskApiProvider } from '../../../renderer/src/api/ApiContext';
import { DataProtectionScreen } from '../../../renderer/src/features/review/DataProtectionScreen';
import { I18nRoot } from '../../../renderer/src/i18n/I18nRoot';
import { createFakeClient } from '../../support/fakeClient';

afterEach(cleanup);

/** The screen's day is the one main says (2026-03-02), never the test machine's. */
const view = (over: Partial<DestructionView> = {}): DestructionView => ({
  retention: {
    kinds: [
      { kind: 'complaint', months: 60, item: '3.4', published: true },
      { kind: 'praise', months: 12, item: null, published: false },
    ],
    publishedAt: '2026-01-05T08:00:00.000Z',
    problem: null,
    destroyRoles: ['head'],
  },
  mayDestroy: true,
  today: '2026-03-02',
  entries: [
    {
      id: 'd1_aaaaaaaaaaaa',
      number: 'RNP-2019/K1-0001',
      kind: 'complaint',
      registeredAt: '2019-05-06T09:00:00.000Z',
      item: '3.4',
      retentionEnds: '2024-05-06',
    },
  ],
  ...over,
});

function renderWith(initial: DestructionView) {
  const acts: unknown[] = [];
  let current = initial;
  const { client } = createFakeClient({
    'review:destruction': () => current,
    'review:destroy-due': ({ act }) => {
      acts.push(act);
      current = { ...current, entries: [] };
      return { destroyed: 1, buckets: 1 };
    },
  });
  render(
    <I18nRoot language="lv">
      <DeskApiProvider client={client}>
        <DataProtectionScreen roles={['head']} />
      </DeskApiProvider>
    </I18nRoot>,
  );
  return acts;
}

describe('data protection screen', () => {
  it('shows the nomenclature items, marks the fallback as not published, and lists the due entry without personal data', async () => {
    renderWith(view());
    await screen.findByText('RNP-2019/K1-0001');
    const table = screen.getByTestId('retention-table');
    expect(table.textContent).toContain('3.4');
    expect(table.textContent).toContain('nav publicēts (iebūvētais termiņš)');
    expect(screen.getByTestId('due-list').textContent).toContain('06.05.2024');
  });

  it('destroys only with an act number and a real act date that is not in the future, then says how many', async () => {
    const acts = renderWith(view());
    await screen.findByText('RNP-2019/K1-0001');
    const number = screen.getByLabelText('Akta numurs');
    const date = screen.getByLabelText('Akta datums');
    const destroy = screen.getByRole('button', { name: 'Iznīcināt' });

    await userEvent.click(destroy);
    expect(screen.getByText('Ievadiet akta numuru.')).toBeTruthy();
    expect(screen.getByText('Ievadiet akta datumu kā dd.mm.gggg.')).toBeTruthy();
    expect(number.getAttribute('aria-invalid')).toBe('true');

    await userEvent.type(number, '12/2026');
    await userEvent.type(date, '31.02.2026');
    await userEvent.click(destroy);
    expect(screen.getByText('Ievadiet akta datumu kā dd.mm.gggg.')).toBeTruthy();
    expect(screen.queryByText('Ievadiet akta numuru.')).toBeNull();

    await userEvent.clear(date);
    await userEvent.type(date, '03.03.2026');
    await userEvent.click(destroy);
    expect(screen.getByText('Akta datums nevar būt nākotnē.')).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(acts).toEqual([]);

    await userEvent.clear(date);
    await userEvent.type(date, '02.03.2026');
    await userEvent.click(screen.getByRole('button', { name: 'Iznīcināt' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('Iznīcināt 1 ierakstu ar aktu Nr. 12/2026?');
    await userEvent.click(screen.getByRole('button', { name: 'Jā, iznīcināt' }));
    await screen.findByText('Iznīcināts 1 ieraksts ar aktu Nr. 12/2026.');
    expect(acts).toEqual([{ number: '12/2026', date: '02.03.2026' }]);
    await waitFor(() => expect(screen.queryByTestId('due-list')).toBeNull());
  });

  it('offers no act form to a reviewer the nomenclature does not allow, and says who may destroy', async () => {
    renderWith(view({ mayDestroy: false }));
    await screen.findByText('RNP-2019/K1-0001');
    expect(screen.queryByLabelText('Akta numurs')).toBeNull();
    expect(screen.getByText('Iznīcināt drīkst: Iestādes vadītājs.')).toBeTruthy();
  });

  it('says when the nomenclature on the share was refused', async () => {
    renderWith(view({ retention: { ...view().retention, problem: 'unsigned' } }));
    await screen.findByText(/nav parakstīta ar administratora atslēgu/);
  });
});
