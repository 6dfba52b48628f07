import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract/result';
import type { Identity } from '../../../shared/identity/identity';
import type { MyQuestionnaire } from '../../../shared/questionnaire/contract';
import type { Questionnaire } from '../../../shared/questionnaire/questionnaire';
import { DeskApiProvider } from '../../../renderer/src/api/ApiContext';
import { QuestionnairesScreen } from '../../../renderer/src/features/questionnaire';
import { I18nRoot } from '../../../renderer/src/i18n/I18nRoot';
import { createFakeClient } from '../../support/fakeClient';

const head: Identity = { account: 'RNP\\aija.liepina', personId: 'aija.liepina', displayName: 'Aija Liepiņa', institution: 'RNP', roles: ['head'] };
const admin: Identity = { ...head, roles: ['admin'] };
const staff: Identity = { ...head, roles: ['desk_staff'] };

/** A questionnaire service in memory: publishing adds to the list, a past closing day is refused as the service refuses it. */
function setup(identity: Identity) {
  const mine: MyQuestionnaire[] = [];
  const fake = createFakeClient({
    'questionnaire:mine': () => mine,
    'questionnaire:publish': (q) => {
      if (q.closes < '2026-01-01') throw new ContractError('invalid_request', 'closes before today', { field: 'closes' });
      const published: Questionnaire = { ...q, id: 'abcdefgh', published: '2026-03-01' };
      mine.push({ questionnaire: published, answered: false, open: true });
      return published;
    },
  });
  render(
    <DeskApiProvider client={fake.client}>
      <I18nRoot language="en">
        <QuestionnairesScreen identity={identity} />
      </I18nRoot>
    </DeskApiProvider>,
  );
  return fake;
}
const published = (calls: ReturnType<typeof createFakeClient>['calls']) => calls.filter(([c]) => c === 'questionnaire:publish');

describe('writing a questionnaire', () => {
  it('is offered to heads and admins, not to staff', async () => {
    setup(staff);
    await screen.findByText('There are no questionnaires for you now.');
    expect(screen.queryByRole('button', { name: 'Write a new questionnaire' })).toBeNull();
  });

  it('says in translated words what is missing and publishes nothing', async () => {
    const user = userEvent.setup();
    const { calls } = setup(head);
    await user.click(await screen.findByRole('button', { name: 'Write a new questionnaire' }));
    // A head asks their own institution only: the whole municipality is not offered.
    expect(screen.getByRole('radio', { name: 'Staff of my institution (RNP)' })).toBeChecked();
    expect(screen.queryByRole('radio', { name: 'Staff of the whole municipality' })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of answer' }), 'One choice');
    await user.type(screen.getByRole('textbox', { name: 'Choices, one a line' }), 'Only one');
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    const alert = within(screen.getByTestId('questionnaire-problems'));
    expect(alert.getByText('Give it a title of at least 3 characters.')).toBeInTheDocument();
    expect(alert.getByText('Choose the last day for answers.')).toBeInTheDocument();
    expect(alert.getByText('Question 1 has no text.')).toBeInTheDocument();
    expect(alert.getByText('Question 1 needs at least two choices, one a line.')).toBeInTheDocument();
    expect(published(calls)).toHaveLength(0);
  });

  it('publishes four kinds of question for the head’s institution, by keyboard', async () => {
    const user = userEvent.setup();
    const { calls } = setup(head);
    await user.click(await screen.findByRole('button', { name: 'Write a new questionnaire' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Darba vide');
    const closes = screen.getByLabelText('Last day for answers');
    await user.type(closes, '2026-03-31');
    const addQuestion = screen.getByRole('button', { name: 'Add a question' });
    for (let i = 0; i < 3; i++) await user.click(addQuestion);
    const texts = screen.getAllByRole('textbox', { name: 'Question text' });
    const kinds = screen.getAllByRole('combobox', { name: 'Kind of answer' });
    await user.type(texts[0]!, 'Cik apmierināts esat?');
    await user.type(texts[1]!, 'Kura telpa?');
    await user.selectOptions(kinds[1]!, 'single');
    await user.type(texts[2]!, 'Kas traucē?');
    await user.selectOptions(kinds[2]!, 'multi');
    await user.type(texts[3]!, 'Ko vēl?');
    await user.selectOptions(kinds[3]!, 'text');
    const [single, multi] = screen.getAllByRole('textbox', { name: 'Choices, one a line' });
    await user.type(single!, 'Zāle{Enter}Kabinets');
    await user.type(multi!, 'Troksnis{Enter}{Enter}Aukstums{Enter}Gaisma');
    // Enter in the last field submits the form.
    screen.getByRole('button', { name: 'Publish' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByTestId('questionnaire-published')).toHaveTextContent('Published “Darba vide”; staff can answer until 2026-03-31.');
    expect(published(calls)[0]![1]).toEqual({
      title: 'Darba vide',
      institution: 'RNP',
      closes: '2026-03-31',
      questions: [
        { id: 'question-1', kind: 'scale', text: 'Cik apmierināts esat?', options: [] },
        { id: 'question-2', kind: 'single', text: 'Kura telpa?', options: ['Zāle', 'Kabinets'] },
        { id: 'question-3', kind: 'multi', text: 'Kas traucē?', options: ['Troksnis', 'Aukstums', 'Gaisma'] },
        { id: 'question-4', kind: 'text', text: 'Ko vēl?', options: [] },
      ],
    });
    expect(await screen.findByText('Darba vide')).toBeInTheDocument();
  });

  it('lets an admin ask the whole municipality, and translates a closing day the service refuses', async () => {
    const user = userEvent.setup();
    const { calls } = setup(admin);
    await user.click(await screen.findByRole('button', { name: 'Write a new questionnaire' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Visiem');
    await user.click(screen.getByRole('radio', { name: 'Staff of the whole municipality' }));
    await user.type(screen.getByLabelText('Last day for answers'), '2025-12-31');
    await user.type(screen.getByRole('textbox', { name: 'Question text' }), 'Kā jums iet?');
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('The last day for answers cannot be before today.')).toBeInTheDocument();
    expect(published(calls)[0]![1]).toMatchObject({ institution: null });
    expect(screen.queryByTestId('questionnaire-published')).toBeNull();
  });
});
