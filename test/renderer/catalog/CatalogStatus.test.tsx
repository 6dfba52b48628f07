import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleCatalogue } from '../../../electron/preview/sampleCatalog';
import type { CatalogueState } from '../../../shared/catalog/contract';
import { emptyCatalogue } from '../../../shared/catalog/review';
import { CatalogStatus } from '../../../renderer/src/features/catalog/CatalogStatus';
import { I18nRoot } from '../../../renderer/src/i18n/I18nRoot';

const state = (patch: Partial<CatalogueState>): CatalogueState => ({
  catalogue: sampleCatalogue(),
  publishedAt: '2026-10-01T09:00:00.000Z',
  source: 'share',
  problem: null,
  specialists: {},
  canEdit: false,
  ...patch,
});

const show = (s: CatalogueState) =>
  render(
    <I18nRoot language="lv">
      <CatalogStatus state={s} />
    </I18nRoot>,
  );

describe('which catalogue the desk works from', () => {
  it('gives the version and publication date and marks sample data', () => {
    show(state({}));
    expect(screen.getByTestId('catalog-version')).toHaveTextContent('Katalogs: versija 1, publicēts 2026. gada 1. oktobrī');
    expect(screen.getByText('Parauga dati — nav īsti pakalpojumi')).toBeInTheDocument();
  });

  it('says when it works from its own copy because the share is away or damaged', () => {
    show(state({ source: 'cache', problem: 'share_unavailable' }));
    expect(screen.getByText(/rāda šīs darbavietas pēdējo labo kopiju/)).toBeInTheDocument();
    show(state({ source: 'cache', problem: 'invalid' }));
    expect(screen.getByText(/katalogs ir bojāts/)).toBeInTheDocument();
  });

  it('tells an unreachable share apart from a catalogue never published', () => {
    show(state({ catalogue: emptyCatalogue(), publishedAt: null, source: 'none', problem: 'share_unavailable' }));
    expect(screen.getByText(/vēl nav kataloga kopijas/)).toBeInTheDocument();
    show(state({ catalogue: emptyCatalogue(), publishedAt: null, source: 'none', problem: 'missing' }));
    expect(screen.getByText(/vēl nav publicēts/)).toBeInTheDocument();
  });
});
