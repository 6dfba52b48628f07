import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Person } from '../../../shared/directory/person';
import { receptionStatus } from '../../../shared/directory/hours';
import { PersonForm } from '../../../renderer/src/features/directory/admin/PersonForm';
import { ReceptionSummary } from '../../../renderer/src/features/directory/ReceptionSummary';
import { ReferralSlip } from '../../../renderer/src/features/print/ReferralSlip';
import { I18nRoot } from '../../../renderer/src/i18n/I18nRoot';
import { person } from '../../support/people';

function renderForm(who: Person, language: 'lv' | 'en' = 'lv') {
  const onSave = vi.fn<(p: Person) => Promise<void>>(async () => {});
  render(
    <I18nRoot language={language}>
      <PersonForm person={who} takenIds={[]} onSave={onSave} onCancel={() => {}} />
    </I18nRoot>,
  );
  return onSave;
}

const day = (name: string) => screen.getByRole('group', { name });
const setTime = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

describe('reception hours in the directory editor', () => {
  it('opens a weekday by keyboard, refuses a break outside the hours and overlapping breaks in words, and saves the grid as slots', async () => {
    const user = userEvent.setup();
    const onSave = renderForm(person());
    // Monday's two stored slots read as one day with a lunch break.
    const monday = day('Pirmdiena');
    expect(within(monday).getByLabelText('No')).toHaveProperty('value', '9.00');
    expect(within(monday).getByLabelText('Līdz')).toHaveProperty('value', '17.00');
    expect(within(monday).getByLabelText('Pārtraukums no')).toHaveProperty('value', '12.00');

    const tuesday = day('Otrdiena');
    within(tuesday).getByRole('checkbox', { name: 'Pieņem' }).focus();
    await user.keyboard(' ');
    await user.clear(within(tuesday).getByLabelText('Līdz'));
    await user.type(within(tuesday).getByLabelText('Līdz'), '16.00');
    setTime(within(tuesday).getByLabelText('Pārtraukums līdz'), '17:30');
    await user.click(screen.getByRole('button', { name: 'Saglabāt un publicēt' }));
    expect(await within(tuesday).findByText('Pārtraukumam jābūt pieņemšanas laika iekšpusē.')).toBeTruthy();
    expect(within(tuesday).getByLabelText('Pārtraukums no').getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();

    setTime(within(tuesday).getByLabelText('Pārtraukums līdz'), '12:30');
    await user.click(within(tuesday).getByRole('button', { name: 'Pievienot pārtraukumu' }));
    const second = within(tuesday).getByRole('group', { name: '2. pārtraukums' });
    setTime(within(second).getByLabelText('Pārtraukums no'), '12:15');
    setTime(within(second).getByLabelText('Pārtraukums līdz'), '13:00');
    setTime(within(tuesday).getByLabelText('No'), '18:00');
    await user.click(screen.getByRole('button', { name: 'Saglabāt un publicēt' }));
    expect(await within(tuesday).findByText('Laikam “līdz” jābūt vēlākam par “no”.')).toBeTruthy();
    setTime(within(tuesday).getByLabelText('No'), '08:30');
    await user.click(screen.getByRole('button', { name: 'Saglabāt un publicēt' }));
    expect(await within(tuesday).findByText('Pārtraukumi pārklājas.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();

    await user.click(within(tuesday).getByRole('button', { name: 'Noņemt 2. pārtraukumu' }));
    await user.click(screen.getByRole('button', { name: 'Saglabāt un publicēt' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![0].reception.weekly.filter((s) => s.day === 'tue')).toEqual([
      { day: 'tue', from: '08:30', to: '12:00' },
      { day: 'tue', from: '12:30', to: '16:00' },
    ]);
  });

  it('adds a dated exception — closed with a note, or other hours — and refuses the same date twice', async () => {
    const user = userEvent.setup();
    const onSave = renderForm(person());
    const exceptions = screen.getByRole('group', { name: 'Izņēmumi (konkrēti datumi)' });
    expect(within(exceptions).getByText('Izņēmumu nav.')).toBeTruthy();
    await user.click(within(exceptions).getByRole('button', { name: 'Pievienot izņēmumu' }));
    const first = within(exceptions).getByRole('group', { name: '1. izņēmums' });
    setTime(within(first).getByLabelText('Datums'), '2026-12-23');
    await user.type(within(first).getByLabelText('Piezīme klientiem'), 'Mācības');
    await user.click(within(exceptions).getByRole('button', { name: 'Pievienot izņēmumu' }));
    const second = within(exceptions).getByRole('group', { name: '2. izņēmums' });
    setTime(within(second).getByLabelText('Datums'), '2026-12-23');
    await user.click(within(second).getByRole('checkbox', { name: /citā laikā/ }));
    await user.click(screen.getByRole('button', { name: 'Saglabāt un publicēt' }));
    expect(await within(second).findByText('Šim datumam jau ir izņēmums.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();

    setTime(within(second).getByLabelText('Datums'), '2026-12-28');
    setTime(within(second).getByLabelText('No'), '10:00');
    setTime(within(second).getByLabelText('Līdz'), '14:00');
    await user.click(within(second).getByRole('button', { name: 'Noņemt 1. pārtraukumu' }));
    await user.click(screen.getByRole('button', { name: 'Saglabāt un publicēt' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![0].reception.exceptions).toEqual([
      { date: '2026-12-23', slots: [], note: 'Mācības' },
      { date: '2026-12-28', slots: [{ from: '10:00', to: '14:00' }], note: '' },
    ]);
  });

  it('shows old free-text hours it could not read and keeps them until the admin says they were moved', async () => {
    const user = userEvent.setup();
    const onSave = renderForm(person({ reception: { weekly: [], absences: [], unparsed: 'otrdienās pēc pieraksta' } }), 'en');
    expect(screen.getByText('otrdienās pēc pieraksta')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save and publish' }));
    expect(onSave.mock.calls[0]![0].reception.unparsed).toBe('otrdienās pēc pieraksta');
    await user.click(screen.getByRole('button', { name: 'Moved — delete the old text' }));
    expect(screen.queryByText('otrdienās pēc pieraksta')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save and publish' }));
    expect(onSave.mock.calls[1]![0].reception).not.toHaveProperty('unparsed');
  });
});

describe('hours on the referral slip and the badge', () => {
  it('writes the weekly plan with Latvian weekday names and 8.30–12.00 times, and today’s exception with its note', () => {
    const reception = {
      weekly: [
        { day: 'mon' as const, from: '08:30', to: '12:00' },
        { day: 'mon' as const, from: '12:30', to: '17:00' },
      ],
      absences: [],
      exceptions: [{ date: '2026-11-23', slots: [{ from: '10:00', to: '12:00' }], note: 'Pieņem 2. kabinetā' }],
    };
    const who = person({ reception });
    // Monday 23 November 2026, 09:00 in Latvia: the exception's hours, not the weekly plan.
    const status = receptionStatus(reception, new Date('2026-11-23T07:00:00Z'));
    render(
      <I18nRoot language="lv">
        <ReferralSlip person={who} reception={status} servedBy={null} />
      </I18nRoot>,
    );
    const slip = screen.getByRole('article');
    expect(within(slip).getByText('Pirmdiena').nextElementSibling).toHaveTextContent('8.30–12.00, 12.30–17.00');
    expect(within(slip).getByText('Šodien pieņem: 10.00–12.00')).toBeInTheDocument();
    expect(within(slip).getByTestId('reception-note')).toHaveTextContent('Šodien: Pieņem 2. kabinetā');
    expect(within(slip).getByTestId('reception-status')).toHaveTextContent('šodien 10.00');
  });

  it('says on the client’s badge, in their language, that there is no reception today and why', () => {
    const reception = { weekly: person().reception.weekly, absences: [], exceptions: [{ date: '2026-11-23', slots: [], note: 'Training' }] };
    render(
      <I18nRoot language="en">
        <ReceptionSummary reception={receptionStatus(reception, new Date('2026-11-23T08:00:00Z'))} />
      </I18nRoot>,
    );
    expect(screen.getByText('Not receiving clients today')).toBeInTheDocument();
    expect(screen.getByTestId('reception-note')).toHaveTextContent('Today: Training');
    // Wednesday 13:00–18:00 is the next reception.
    expect(screen.getByTestId('reception-status')).toHaveTextContent('13:00');
  });
});
