import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract/result';
import type { Role } from '../../../shared/identity/identity';
import { DeskApiProvider } from '../../../renderer/src/api/ApiContext';
import { SubjectRequest } from '../../../renderer/src/features/review/SubjectRequest';
import { I18nRoot } from '../../../renderer/src/i18n/I18nRoot';
import { createFakeClient, sampleConfig } from '../../support/fakeClient';

beforeAll(() => {
  // jsdom makes no object URLs; the download itself is the browser's.
  URL.createObjectURL = () => 'blob:export';
  URL.revokeObjectURL = () => undefined;
});

/** The form over a fake main with the default configuration, answering or refusing. */
function renderFor(roles: Role[], options: { refuse?: boolean } = {}) {
  const fake = createFakeClient({
    'config:get': () => sampleConfig(),
    'review:subject-export': () => {
      if (options.refuse) throw new ContractError('forbidden_role', 'no', { field: 'subject_request' });
      return { fileName: 'datu-subjekts-2026-03-02.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: btoa('x') };
    },
  });
  render(
    <I18nRoot language="lv">
      <DeskApiProvider client={fake.client}>
        <SubjectRequest roles={roles} />
      </DeskApiProvider>
    </I18nRoot>,
  );
  return fake;
}

describe('data-subject request form', () => {
  it('lets an ethics commission member (not only a head) export, in their language, and says the file was made', async () => {
    const { calls } = renderFor(['ethics_commission']);
    await userEvent.type(await screen.findByLabelText('Personas vārds un uzvārds'), 'Jānis Bērziņš');
    await userEvent.click(screen.getByRole('button', { name: 'Eksportēt visu par šo personu (XLSX)' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Fails sagatavots: datu-subjekts-2026-03-02.xlsx.');
    expect(calls.filter(([c]) => c === 'review:subject-export')).toEqual([['review:subject-export', { name: 'Jānis Bērziņš', language: 'lv' }]]);
    expect(screen.getByText(/iesniedzēja vārds un kontakti failā ir aizsegti/)).toBeInTheDocument();
  });

  it('tells a role the configuration leaves out who may run it, without a form', async () => {
    const { calls } = renderFor(['council_chair']);
    expect(await screen.findByTestId('subject-not-allowed')).toHaveTextContent(
      'Datu subjekta pieprasījumu drīkst izpildīt: Iestādes vadītājs, Iestādes ētikas komisija, Pašvaldības izpilddirektors. To nosaka IT šī datora konfigurācijā.',
    );
    expect(screen.queryByRole('button', { name: 'Eksportēt visu par šo personu (XLSX)' })).toBeNull();
    expect(calls.some(([c]) => c === 'review:subject-export')).toBe(false);
  });

  it('shows main’s refusal as the same translated sentence', async () => {
    renderFor(['head'], { refuse: true });
    await userEvent.type(await screen.findByLabelText('Personas vārds un uzvārds'), 'Anna');
    await userEvent.click(screen.getByRole('button', { name: 'Eksportēt visu par šo personu (XLSX)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Datu subjekta pieprasījumu drīkst izpildīt: Iestādes vadītājs, Iestādes ētikas komisija, Pašvaldības izpilddirektors.',
    );
    expect(screen.queryByRole('status')).toBeNull();
  });
});
