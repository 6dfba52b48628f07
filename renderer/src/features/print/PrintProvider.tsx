import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

const PrintContext = createContext<((document: ReactNode) => void) | null>(null);

/**
 * Printing to paper or PDF: the chosen document is put in a print-only area (the print
 * stylesheet hides the app while it holds something) and the system print dialog opens.
 */
export function PrintProvider({ children }: { children: ReactNode }) {
  const [document, setDocument] = useState<ReactNode>(null);
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests) window.print();
  }, [requests]);
  useEffect(() => {
    const clear = () => setDocument(null);
    window.addEventListener('afterprint', clear);
    return () => window.removeEventListener('afterprint', clear);
  }, []);
  const print = (next: ReactNode) => {
    setDocument(next);
    setRequests((n) => n + 1);
  };
  return (
    <PrintContext.Provider value={print}>
      {children}
      <div className="print-area" data-testid="print-area">
        {document}
      </div>
    </PrintContext.Provider>
  );
}

export function usePrint(): (document: ReactNode) => void {
  const print = useContext(PrintContext);
  if (!print) throw new Error('usePrint outside PrintProvider');
  return print;
}
