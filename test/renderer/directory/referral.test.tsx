import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DirectoryView, ImportPreview } from '../../../shared/directory/contract';
import { DeskApiProvider } from '../../../renderer/src/api/ApiContext';
import { ImportPanel } from '../../../renderer/src/features/directory/admin/ImportPanel';
import { DirectoryScreen } from '../../../renderer/src/features/directory/DirectoryScreen';
import { PrintProvider } from '../../../renderer/src/features/print/PrintProvider';
import { I18nRoot } from '../../../renderer/src/i18n/I18nRoot';
import { createFakeClient } from '../../support/fakeClient';
import { person } from '../../support/people';

const view: DirectoryView = {
  people: [
    person(),
    person({ id: 'ieva.berzina', name: 'Ieva', position: 'Grāmatvede', department: 'Finanšu nodaļa', accounts: [] }),
    person({ id: 'janis.ozols', name: 'Jānis', surname: 'Ozols', position: 'Būvinspektors', department: 'Būvvalde', accounts: [] }),
  ],
  sample: false,
  publishedAt: '2026-11-20T10:00:00.000Z',
  source: 'share',
  problem: null,
  canEdit: false,
};

/** A fake desk bridge answering the directory and desk channels from memory. */
function fakeClient() {
  return createFakeClient({
    'directory:get': () => view,
    'desk:get': () => ({ person: null, reception: null, status: 'serving', recognised: false, backAt: null }),
    'directory:refer': () => ({ language: 'lv', institutionName: null, view: { kind: 'welcome' } }),
  });
}

describe('referral search on the desk', () => {
  it('finds both Bērziņa typed as “berzina” and sends the chosen one to the client display', async () => {
    const { client, calls } = fakeClient();
    render(
      <I18nRoot language="lv">
        <DeskApiProvider client={client}>
          <PrintProvider>
            <DirectoryScreen />
          </PrintProvider>
        </DeskApiProvider>
      </I18nRoot>,
    );
    await userEvent.type(await screen.findByLabelText('Meklēt pēc vārda, amata, nodaļas vai pakalpojuma'), 'berzina');
    const list = screen.getByRole('list', { name: 'Atrastie darbinieki' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent?.slice(0, 12))
        .sort(),
    ).toEqual(['Ieva Bērziņa', 'Ilze Bērziņa']);
    await userEvent.click(within(list).getByRole('button', { name: /Ilze Bērziņa/ }));
    expect(screen.getByRole('heading', { name: 'Ilze Bērziņa' })).toBeInTheDocument();
    expect(screen.getByText('+371 64600000')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Rādīt klientam' }));
    expect(calls).toContainEqual(['directory:refer', { personId: 'ilze.berzina' }]);
    expect(await screen.findByText('Nosūtījums parādīts klienta ekrānā.')).toBeInTheDocument();
  });
});

describe('CSV import preview', () => {
  it('lists row problems and offers no way to publish the file', async () => {
    const preview: ImportPreview = {
      rows: 2,
      added: [],
      changed: [],
      removed: [],
      unchanged: 0,
      problems: [{ row: 3, column: 'email', code: 'invalid', value: 'nav-epasts' }],
    };
    const apply = vi.fn();
    render(
      <I18nRoot language="lv">
        <ImportPanel preview={async () => preview} apply={apply} />
      </I18nRoot>,
    );
    await userEvent.upload(screen.getByLabelText('CSV fails'), new File(['id\n'], 'darbinieki.csv', { type: 'text/csv' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Failā atrasta 1 kļūda. Nekas netiks mainīts');
    expect(screen.getByRole('row', { name: /3 email Nederīga vērtība “nav-epasts”/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publicēt izmaiņas' })).toBeNull();
    expect(apply).not.toHaveBeenCalled();
  });
});
