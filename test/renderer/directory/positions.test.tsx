import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DirectoryView } from '../../../shared/directory/contract';
import { toCard } from '../../../shared/directory/card';
import { receptionStatus } from '../../../shared/directory/hours';
import type { Person } from '../../../shared/directory/person';
import { initialDisplayState, type DisplayState } from '../../../shared/display/state';
import type { ClientLanguage } from '../../../shared/config/schema';
import { DeskApiProvider } from '../../../renderer/src/api/ApiContext';
import { DisplayApp } from '../../../renderer/src/display/DisplayApp';
import { DirectoryScreen } from '../../../renderer/src/features/directory/DirectoryScreen';
import { PersonForm } from '../../../renderer/src/features/directory/admin/PersonForm';
import { BadgeCard } from '../../../renderer/src/features/print/BadgeCard';
import { ReferralSlip } from '../../../renderer/src/features/print/ReferralSlip';
import { PrintProvider } from '../../../renderer/src/features/print/PrintProvider';
import { I18nRoot } from '../../../renderer/src/i18n/I18nRoot';
import { createFakeClient } from '../../support/fakeClient';
import { person } from '../../support/people';

// A head whose post the staff schedule names in the masculine; the directory says she is a woman.
const head = person({
  id: 'aija.liepina',
  name: 'Aija',
  surname: 'Liepiņa',
  position: 'Būvvaldes vadītājs',
  gender: 'f',
  positionTranslations: { en: 'Head of the Building Board' },
  accounts: ['RNP\\aija.liepina'],
});
// Wednesday noon in Riga: the test's own clock, not today's.
const NOW = new Date('2026-11-25T10:00:00Z');

function display(p: Person, language: ClientLanguage, kind: 'badge' | 'referral' = 'badge') {
  const reception = receptionStatus(p.reception, NOW);
  const view: DisplayState['view'] =
    kind === 'badge'
      ? { kind, person: toCard(p), reception, onBreak: false }
      : { kind, person: toCard(p), reception, servedBy: { name: 'Ilze', surname: 'Bērziņa', position: 'Sociālā darbiniece', gender: 'f' } };
  render(
    <I18nRoot language={language}>
      <DisplayApp state={{ ...initialDisplayState(null), language, view }} onLanguage={() => undefined} onAnswer={() => undefined} />
    </I18nRoot>,
  );
}

describe('a position in the person’s gender and the client’s language', () => {
  it('shows a woman head as “vadītāja” on the Latvian badge, never “vadītājs”', () => {
    display(head, 'lv');
    expect(screen.getByText('Būvvaldes vadītāja')).toBeInTheDocument();
    expect(screen.queryByText(/vadītājs/)).toBeNull();
  });

  it('shows the English position to an English-speaking client', () => {
    display(head, 'en');
    expect(screen.getByText('Head of the Building Board')).toHaveAttribute('lang', 'en');
  });

  it('shows the Latvian position cleanly to a Latgalian client when there is no translation: no marker on the client’s screen', () => {
    display(head, 'ltg', 'referral');
    expect(screen.getByText('Būvvaldes vadītāja')).toHaveAttribute('lang', 'lv');
    expect(screen.queryByTestId('fallback-tag')).toBeNull();
    expect(screen.queryByText('LV')).toBeNull();
  });

  it('prints the badge card and the referral slip in the feminine', () => {
    const { unmount } = render(
      <I18nRoot language="lv">
        <BadgeCard person={head} />
      </I18nRoot>,
    );
    expect(screen.getByText('Būvvaldes vadītāja')).toBeInTheDocument();
    unmount();
    render(
      <I18nRoot language="lv">
        <ReferralSlip person={head} reception={receptionStatus(head.reception, NOW)} servedBy={null} />
      </I18nRoot>,
    );
    expect(screen.getByText('Būvvaldes vadītāja')).toBeInTheDocument();
  });
});

describe('staff see which positions have no translation', () => {
  const view: DirectoryView = {
    people: [head, person()],
    sample: false,
    publishedAt: '2026-11-20T10:00:00.000Z',
    source: 'share',
    problem: null,
    canEdit: false,
  };

  it('marks a Latvian position in the English desk list with an LV tag saying there is no English translation', async () => {
    const { client } = createFakeClient({
      'directory:get': () => view,
      'desk:get': () => ({ person: null, reception: null, status: 'serving', recognised: false, backAt: null }),
    });
    render(
      <I18nRoot language="en">
        <DeskApiProvider client={client}>
          <PrintProvider>
            <DirectoryScreen />
          </PrintProvider>
        </DeskApiProvider>
      </I18nRoot>,
    );
    await userEvent.type(await screen.findByRole('searchbox'), 'Bērziņa');
    const ilze = within(screen.getByRole('list')).getByRole('button', { name: /Ilze Bērziņa/ });
    expect(within(ilze).getByTestId('fallback-tag')).toHaveTextContent('LV');
    expect(ilze).toHaveAccessibleName(/Sociālā darbiniece.*No English translation — the client sees Latvian/);
    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.type(screen.getByRole('searchbox'), 'Liepiņa');
    const aija = within(screen.getByRole('list')).getByRole('button', { name: /Aija Liepiņa/ });
    expect(aija).toHaveTextContent('Head of the Building Board');
    expect(within(aija).queryByTestId('fallback-tag')).toBeNull();
  });
});

describe('the directory editor', () => {
  it('keeps gender and translations, shows the position as it will read, and saves an old person without them unchanged', async () => {
    const saved: Person[] = [];
    const { unmount } = render(
      <I18nRoot language="lv">
        <PersonForm person={person()} takenIds={[]} onSave={async (p) => void saved.push(p)} onCancel={() => undefined} />
      </I18nRoot>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Saglabāt un publicēt' }));
    expect(saved[0]).toEqual(person());
    unmount();

    render(
      <I18nRoot language="lv">
        <PersonForm person={null} takenIds={[]} onSave={async (p) => void saved.push(p)} onCancel={() => undefined} />
      </I18nRoot>,
    );
    const type = (label: string, text: string) => userEvent.type(screen.getByLabelText(new RegExp(`^${label}( \\*)?$`)), text);
    await type('Identifikators', 'aija.liepina');
    await type('Vārds', 'Aija');
    await type('Uzvārds', 'Liepiņa');
    await type('Amats', 'Būvvaldes vadītājs');
    await type('Amats angliski', 'Head of the Building Board');
    await type('Iestādes kods', 'RNP');
    await type('Iestāde', 'Pašvaldība');
    expect(screen.getByTestId('position-shown')).toHaveTextContent('Rāda: Būvvaldes vadītājs');
    await userEvent.selectOptions(screen.getByLabelText('Amata dzimte'), 'Sieviešu dzimte');
    expect(screen.getByTestId('position-shown')).toHaveTextContent('Rāda: Būvvaldes vadītāja');
    await userEvent.click(screen.getByRole('button', { name: 'Saglabāt un publicēt' }));
    expect(saved[1]).toMatchObject({ position: 'Būvvaldes vadītājs', gender: 'f', positionTranslations: { en: 'Head of the Building Board' } });
    expect(saved[1]!.positionTranslations).not.toHaveProperty('ltg');
  });
});
