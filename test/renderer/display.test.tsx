import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DisplayApp } from '../../renderer/src/display/DisplayApp';
import { I18nRoot } from '../../renderer/src/i18n/I18nRoot';
import { initialDisplayState } from '../../shared/display/state';

describe('the client display', () => {
  it('greets the client in the chosen language and offers the three client languages', async () => {
    const onLanguage = vi.fn();
    const state = { ...initialDisplayState('Paraugu pagasts'), language: 'en' as const };
    render(
      <I18nRoot language="en">
        <DisplayApp state={state} onLanguage={onLanguage} />
      </I18nRoot>,
    );
    expect(screen.getByRole('heading', { name: 'Welcome!' })).toBeInTheDocument();
    expect(screen.getByText('Paraugu pagasts')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Latgaliski' }));
    expect(onLanguage).toHaveBeenCalledWith('ltg');
  });
});
