import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DisplayApp } from '../../renderer/src/display/DisplayApp';
import { I18nRoot } from '../../renderer/src/i18n/I18nRoot';
import { initialDisplayState } from '../../shared/display/state';

describe('the client display', () => {
  it('greets the client in the chosen language and offers the three client languages', async () => {
    const onLanguage = vi.fn();
    const state = { ...initialDisplayState('Paraugu pagasts'), language: 'en' as const };
    render(
      <I18nRoot language="en">
        <DisplayApp state={state} onLanguage={onLanguage} onAnswer={() => undefined} />
      </I18nRoot>,
    );
    expect(screen.getByRole('heading', { name: 'Welcome!' })).toBeInTheDocument();
    expect(screen.getByText('Paraugu pagasts')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Latgaliski' }));
    expect(onLanguage).toHaveBeenCalledWith('ltg');
  });
});

describe('the survey on the client display', () => {
  afterEach(() => vi.useRealTimers());
  const survey = (language: 'lv' | 'ltg' | 'en', onAnswer = vi.fn()) => {
    const state = {
      ...initialDisplayState(null),
      language,
      view: { kind: 'survey' as const, invitation: 'inv-0001', reasons: ['quick' as const, 'waited_long' as const] },
    };
    render(
      <I18nRoot language={language}>
        <DisplayApp state={state} onLanguage={() => undefined} onAnswer={onAnswer} />
      </I18nRoot>,
    );
    return onAnswer;
  };
  const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

  it('takes a face from keypad key 2, ignores the repeated press, then a reason from key 1', () => {
    vi.useFakeTimers({ now: new Date('2026-03-10T10:00:00Z') });
    const onAnswer = survey('en');
    expect(screen.getByRole('heading', { name: 'How were you served?' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /Very good|Good|Bad|Very bad/ }).map((b) => b.textContent)).toEqual([
      'Very good1',
      'Good2',
      'Bad3',
      'Very bad4',
    ]);
    wait(2_000);
    fireEvent.keyDown(window, { key: '2', code: 'Numpad2' });
    expect(screen.getByRole('heading', { name: 'What mattered most? (optional)' })).toBeInTheDocument();
    // The same key pressed again at once is a bounce, not a reason.
    fireEvent.keyDown(window, { key: '2', code: 'Numpad2' });
    wait(500);
    fireEvent.keyDown(window, { key: '1', code: 'Numpad1' });
    expect(onAnswer).not.toHaveBeenCalled();
    wait(2_000);
    fireEvent.keyDown(window, { key: '1', code: 'Digit1' });
    fireEvent.keyDown(window, { key: '0', code: 'Digit0' });
    expect(onAnswer).toHaveBeenCalledTimes(1);
    expect(onAnswer).toHaveBeenCalledWith('inv-0001', 'good', 'quick');
  });

  it('asks in Latgalian, and sends the face alone when no reason is picked in time', () => {
    vi.useFakeTimers({ now: new Date('2026-03-10T10:00:00Z') });
    const onAnswer = survey('ltg');
    expect(screen.getByRole('heading', { name: 'Kai jius apkolpuoja?' })).toBeInTheDocument();
    wait(2_000);
    fireEvent.click(screen.getByRole('button', { name: /Cīši slikti/ }));
    wait(20_000);
    expect(onAnswer).toHaveBeenCalledWith('inv-0001', 'very_bad', null);
    expect(onAnswer).toHaveBeenCalledTimes(1);
  });
});
