import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleCatalogue } from '../../../electron/preview/sampleCatalog';
import type { CatalogueState } from '../../../shared/catalog/contract';
import { initialDisplayState } from '../../../shared/display/state';
import { DeskApiProvider, type DeskClient } from '../../../renderer/src/api/ApiContext';
import { CatalogScreen } from '../../../renderer/src/features/catalog/CatalogScreen';
import { PrintProvider } from '../../../renderer/src/features/print/PrintProvider';
import { I18nRoot } from '../../../renderer/src/i18n/I18nRoot';

Element.prototype.scrollIntoView ??= function scrollIntoView() {};

/** A desk client that answers the catalogue and display channels from memory. */
function fakeDesk(state: { current: CatalogueState }): DeskClient {
  return {
    call: (async (channel: string) => {
      if (channel === 'catalog:get') return state.current;
      if (channel === 'display:get') return initialDisplayState('RNP');
      throw new Error(`unexpected ${channel}`);
    }) as DeskClient['call'],
    on: () => () => {},
  };
}

const edition = (version: number, services = sampleCatalogue().services): CatalogueState => ({
  catalogue: { ...sampleCatalogue(), version, services },
  publishedAt: `2026-10-0${version}T09:00:00.000Z`,
  source: 'share',
  problem: null,
  specialists: {},
  canEdit: false,
});

describe('the catalogue screen', () => {
  it('picks up a newly published edition when staff come back to the window', async () => {
    const state = { current: edition(1) };
    render(
      <DeskApiProvider client={fakeDesk(state)}>
        <I18nRoot language="lv">
          <PrintProvider>
            <CatalogScreen institutionName="RNP" />
          </PrintProvider>
        </I18nRoot>
      </DeskApiProvider>,
    );
    expect(await screen.findByTestId('catalog-version')).toHaveTextContent('versija 1');
    expect(screen.getAllByRole('option')).toHaveLength(60);
    expect(screen.queryByRole('button', { name: 'Pārvaldīt katalogu' })).toBeNull();

    state.current = edition(2, sampleCatalogue().services.slice(0, 12));
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(await screen.findByText(/versija 2/)).toBeInTheDocument();
    expect(screen.getAllByRole('option')).toHaveLength(12);
  });
});
