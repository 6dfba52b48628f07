import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleCatalogue } from '../../../electron/preview/sampleCatalog';
import { DisplayServiceView } from '../../../renderer/src/features/catalog/DisplayServiceView';
import { I18nRoot } from '../../../renderer/src/i18n/I18nRoot';

const catalogue = sampleCatalogue();
const service = catalogue.services.find((s) => s.id === 'suna-registracija')!;

function show(language: 'lv' | 'ltg' | 'en') {
  return render(
    <I18nRoot language={language}>
      <DisplayServiceView
        language={language}
        view={{
          kind: 'service',
          service,
          review: catalogue.reviewProcedure,
          specialists: [
            { id: 'arturs.kalns', name: null, position: null },
            { id: 'marta.zarina', name: 'Marta Zariņa', position: 'klientu konsultante' },
          ],
        }}
      />
    </I18nRoot>,
  );
}

describe('a service on the client display', () => {
  it('speaks the client’s language and falls back to Latvian where a text has no translation', () => {
    show('ltg');
    expect(service.name.ltg).toBeUndefined();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Suņa reģistrācija un nodevas maksāšana');
    expect(screen.getByRole('heading', { name: 'Vajadzeigī dokumenti' })).toBeInTheDocument();
    expect(screen.getByText('Kurys patīs fiziska voi juridiska persona')).toBeInTheDocument();
  });

  it('shows the fee in euros and the processing time in working days', () => {
    show('en');
    expect(screen.getByText(/€5\.00|5\.00 €/)).toBeInTheDocument();
    expect(screen.getByText('5 working days')).toBeInTheDocument();
    expect(screen.getByTestId('review-procedure')).toHaveTextContent('within 10 working days');
  });

  it('names specialists the directory knows and leaves out bare ids, which mean nothing to a client', () => {
    show('lv');
    expect(screen.getByTestId('specialists')).toHaveTextContent('Marta Zariņa, klientu konsultante');
    expect(screen.getByTestId('specialists')).not.toHaveTextContent('arturs.kalns');
  });
});
