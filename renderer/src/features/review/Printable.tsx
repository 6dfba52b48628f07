import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * A document to print (letter, notice, report summary): kept outside the app's layout so the
 * print stylesheet can print it alone. `printDocument(id)` picks which one and opens printing.
 */
export function Printable({ id, children }: { id: string; children: ReactNode }) {
  return createPortal(
    <div className="print-area" data-print-id={id}>
      {children}
    </div>,
    document.body,
  );
}

export function printDocument(id: string): void {
  document.querySelectorAll<HTMLElement>('.print-area').forEach((el) => el.classList.toggle('active', el.dataset.printId === id));
  window.print();
}
