import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface PrintJob {
  node: ReactNode;
  /** Personal documents leave the page as soon as the print dialog is done with them. */
  keep: boolean;
  done?: () => void;
}

type Print = (node: ReactNode, options?: { keep?: boolean; done?: () => void }) => void;

const PrintContext = createContext<Print | null>(null);

/**
 * Printing = one sheet rendered outside the app's layout plus the print stylesheet, then the
 * browser's print dialog (paper or PDF). `window.print()` returns when the dialog closes.
 */
export function PrintProvider({ children }: { children: ReactNode }) {
  const [job, setJob] = useState<(PrintJob & { id: number }) | null>(null);
  const lastId = useRef(0);
  // Development mode runs effects twice; a job is still printed once.
  const printedId = useRef(0);
  const print = useCallback<Print>((node, options = {}) => {
    lastId.current += 1;
    setJob({ node, keep: options.keep ?? true, done: options.done, id: lastId.current });
  }, []);
  useEffect(() => {
    if (!job || printedId.current === job.id) return;
    printedId.current = job.id;
    // window.print() returns when the dialog is closed, so the sheet can go right after it.
    window.print();
    job.done?.();
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (!job.keep) setJob(null);
    // Runs once per job: the id changes with every print request.
  }, [job?.id]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <PrintContext.Provider value={print}>
      {children}
      {job &&
        createPortal(
          <div className="print-sheet" data-testid="print-sheet">
            {job.node}
          </div>,
          document.body,
        )}
    </PrintContext.Provider>
  );
}

export function usePrint(): Print {
  const print = useContext(PrintContext);
  if (!print) throw new Error('usePrint outside PrintProvider');
  return print;
}
