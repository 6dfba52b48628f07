import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrintProvider, usePrint } from '../../../renderer/src/features/print/PrintProvider';

function PrintButton({ keep }: { keep: boolean }) {
  const print = usePrint();
  return (
    <button type="button" onClick={() => print(<p>Personīgs iesniegums</p>, { keep })}>
      print
    </button>
  );
}

afterEach(() => vi.restoreAllMocks());

describe('printing', () => {
  it('prints each request once, also the same personal document twice in a row, and removes it afterwards', async () => {
    const seen: string[] = [];
    vi.spyOn(window, 'print').mockImplementation(() => seen.push(document.querySelector('.print-sheet')?.textContent ?? ''));
    const user = userEvent.setup();
    render(
      <PrintProvider>
        <PrintButton keep={false} />
      </PrintProvider>,
    );
    await user.click(screen.getByRole('button'));
    await user.click(screen.getByRole('button'));
    expect(seen).toEqual(['Personīgs iesniegums', 'Personīgs iesniegums']);
    expect(document.querySelector('.print-sheet')).toBeNull();
  });

  it('keeps a handout on the page so it can be printed again from the print dialog', async () => {
    vi.spyOn(window, 'print').mockImplementation(() => {});
    const user = userEvent.setup();
    render(
      <PrintProvider>
        <PrintButton keep />
      </PrintProvider>,
    );
    await user.click(screen.getByRole('button'));
    expect(window.print).toHaveBeenCalledTimes(1);
    expect(document.querySelector('.print-sheet')).toHaveTextContent('Personīgs iesniegums');
  });
});
