import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleCatalogue } from '../../../electron/preview/sampleCatalog';
import type { CatalogueState } from '../../../shared/catalog/contract';
import type { ServiceView } from '../../../shared/catalog/displayView';
import type { ClientLanguage } from '../../../shared/config/schema';
import { initialDisplayState } from '../../../shared/display/state';
import { DeskApiProvider } from '../../../renderer/src/api/ApiContext';
import { CatalogScreen } from '../../../renderer/src/features/catalog/CatalogScreen';
import { DisplayServiceView } from '../../../renderer/src/features/catalog/DisplayServiceView';
import { PrintProvider } from '../../../renderer/src/features/print/PrintProvider';
import { I18nRoot } from '../../../renderer/src/i18n/I18nRoot';
import { createFakeClient } from '../../support/fakeClient';

Element.prototype.scrollIntoView ??= function scrollIntoView() {};

const catalogue = sampleCatalogue();
const original = catalogue.services.find((s) => s.specialists.length > 0 && s.name.en && s.description.en)!;
// The English description and documents are missing; the rest is translated.
const service = { ...original, description: { lv: original.description.lv }, documents: original.documents.map((d) => ({ lv: d.lv })) };
const specialist = {
  id: original.specialists[0]!,
  name: 'Aija Liepiņa',
  position: 'Būvvaldes vadītāja',
  positionTranslations: { en: 'Head of the Building Board' },
};
const state: CatalogueState = {
  catalogue: { ...catalogue, services: catalogue.services.map((s) => (s.id === service.id ? service : s)) },
  publishedAt: '2026-10-01T09:00:00.000Z',
  source: 'share',
  problem: null,
  specialists: { [specialist.id]: { ...specialist, phone: null, room: '111', openNow: true } },
  canEdit: false,
};

function renderDesk(staff: 'lv' | 'en', client: ClientLanguage) {
  const fake = createFakeClient({
    'catalog:get': () => state,
    'display:get': () => ({ ...initialDisplayState('RNP'), language: client }),
    'directory:get': () => ({ people: [], sample: true, publishedAt: '2026-03-01T00:00:00Z', source: 'share', problem: null, canEdit: false }),
    'desk:get': () => ({ person: null, reception: null, status: 'serving', recognised: false, backAt: null }),
  });
  render(
    <DeskApiProvider client={fake.client}>
      <I18nRoot language={staff}>
        <PrintProvider>
          <CatalogScreen institutionName="RNP" />
        </PrintProvider>
      </I18nRoot>
    </DeskApiProvider>,
  );
}

async function open(name: string) {
  await userEvent.type(await screen.findByRole('combobox'), name);
  await userEvent.keyboard('{Enter}');
  await screen.findByRole('heading', { name, level: 2 });
}

describe('catalogue texts without a translation', () => {
  it('tells Latvian staff serving an English client which parts the client will read in Latvian', async () => {
    renderDesk('lv', 'en');
    await open(service.name.lv);
    expect(await screen.findByTestId('translation-notice')).toHaveTextContent(
      'Klienta valodā (English) nav tulkojuma: apraksts, dokumenti. Klients šīs daļas redz latviski.',
    );
    // Staff reading Latvian need no marker on the texts themselves.
    expect(screen.queryByTestId('fallback-tag')).toBeNull();
  });

  it('marks each Latvian text on an English staff screen with the LV tag, and shows the English position', async () => {
    renderDesk('en', 'lv');
    await open(service.name.en!);
    expect(screen.queryByTestId('translation-notice')).toBeNull();
    const description = screen.getByText(service.description.lv).closest('p')!;
    expect(within(description).getByTestId('fallback-tag')).toHaveTextContent('LV');
    expect(description).toHaveTextContent('No English translation — the client sees Latvian');
    expect(within(screen.getByTestId('specialists')).getByText('Head of the Building Board')).toBeInTheDocument();
    // Translated texts carry no marker: one tag for the description, one per document.
    expect(screen.getAllByTestId('fallback-tag')).toHaveLength(1 + service.documents.length);
  });

  it('shows the client the Latvian text with no marker, and the specialist’s English position', () => {
    const view: ServiceView = { kind: 'service', service, review: catalogue.reviewProcedure, specialists: [specialist] };
    render(
      <I18nRoot language="en">
        <DisplayServiceView view={view} language="en" />
      </I18nRoot>,
    );
    expect(screen.getByText(service.description.lv)).toBeInTheDocument();
    expect(screen.getByText('Head of the Building Board')).toBeInTheDocument();
    expect(screen.queryByTestId('fallback-tag')).toBeNull();
  });
});
