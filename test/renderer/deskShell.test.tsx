import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DeskApiProvider, type DeskClient } from '../../renderer/src/api/ApiContext';
import { DeskRoot } from '../../renderer/src/desk/DeskRoot';
import { ContractError } from '../../shared/contract/result';
import type { UserSettings } from '../../shared/app/contract';
import { initialDisplayState } from '../../shared/display/state';
import { createFakeClient, sampleConfig, sampleInfo } from '../support/fakeClient';

function renderDesk(overrides: Parameters<typeof createFakeClient>[0] = {}) {
  let settings: UserSettings = { language: null };
  const fake = createFakeClient({
    'app:info': () => sampleInfo,
    'config:get': () => sampleConfig(),
    'identity:get': () => ({ account: 'RNP\\anna', personId: null, displayName: null, institution: null, roles: [] }),
    'settings:get': () => settings,
    'settings:set': (patch) => (settings = { ...settings, ...patch }),
    'display:get': () => initialDisplayState('Paraugu pagasts'),
    'display:show': ({ view }) => ({ ...initialDisplayState('Paraugu pagasts'), view }),
    ...overrides,
  });
  render(
    <DeskApiProvider client={fake.client as DeskClient}>
      <DeskRoot />
    </DeskApiProvider>,
  );
  return fake;
}

describe('the desk shell', () => {
  it('reminds an admin that next year’s decision on transferred working days is not published, and no one else', async () => {
    const admin = renderDesk({
      'identity:get': () => ({ account: 'RNP\\anna', personId: null, displayName: null, institution: null, roles: ['admin'] }),
      'register:calendar-notice': () => ({ missingDecisionYear: 2027 }),
    });
    expect(await screen.findByTestId('calendar-notice')).toHaveTextContent('Pašvaldības lēmums par pārceltajām darba dienām 2027. gadam vēl nav publicēts.');
    expect(admin.calls.filter(([channel]) => channel === 'register:calendar-notice')).toHaveLength(1);
  });

  it('asks nothing about the calendar for staff who are not admins', async () => {
    const clerk = renderDesk({ 'register:calendar-notice': () => ({ missingDecisionYear: 2027 }) });
    await screen.findByTestId('where');
    expect(screen.queryByTestId('calendar-notice')).toBeNull();
    expect(clerk.calls.filter(([channel]) => channel === 'register:calendar-notice')).toHaveLength(0);
  });

  it('shows the institution, desk and who is signed in', async () => {
    renderDesk();
    expect(await screen.findByTestId('where')).toHaveTextContent('Paraugu pagasts · darbavieta K2');
    expect(screen.getByTestId('signed-in')).toHaveTextContent('Pierakstījies: RNP\\anna');
  });

  it('lists every configuration value with where it came from', async () => {
    renderDesk();
    await userEvent.click(await screen.findByRole('button', { name: 'Iestatījumi' }));
    const row = screen.getByRole('row', { name: /Darbavietas kods/ });
    expect(within(row).getByText('K2')).toBeInTheDocument();
    expect(within(row).getByText('konfigurācijas fails')).toBeInTheDocument();
  });

  it('switches the interface to English when the staff member picks it, and saves the choice', async () => {
    const fake = renderDesk();
    await userEvent.click(await screen.findByRole('button', { name: 'Iestatījumi' }));
    await userEvent.selectOptions(screen.getByLabelText('Saskarnes valoda'), 'en');
    expect(await screen.findByRole('heading', { name: 'Settings', level: 2 })).toBeInTheDocument();
    expect(fake.calls).toContainEqual(['settings:set', { language: 'en' }]);
  });

  it('says what is wrong with the configuration on every screen, and where to fix it', async () => {
    renderDesk({ 'config:get': () => sampleConfig({ LAIPNI_DESK: 'not a desk!' }) });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nederīga vērtība “not a desk!” iestatījumam “Darbavietas kods” (avots: vides mainīgais).');
    await userEvent.click(within(alert).getByRole('button', { name: 'Atvērt iestatījumus' }));
    expect(screen.getByRole('heading', { name: 'Iestatījumi', level: 2 })).toBeInTheDocument();
  });

  it('shows a translated message instead of a blank window when main cannot answer', async () => {
    renderDesk({
      'config:get': () => {
        throw new ContractError('io_failed', 'disk');
      },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Neizdevās nolasīt vai ierakstīt failu.');
  });

  it('follows the client display live when the client changes language', async () => {
    const fake = renderDesk();
    expect(await screen.findByTestId('display-language')).toHaveTextContent('Latviešu');
    fake.emit('display:changed', { ...initialDisplayState('Paraugu pagasts'), language: 'ltg' });
    expect(await screen.findByText('Latgaliešu')).toBeInTheDocument();
  });
});
