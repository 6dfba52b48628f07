import { useCallback, useEffect } from 'react';
import { useDeskApi } from '../../api/ApiContext';

/** The desk's keyboard shortcut for "end service": the client display then asks for a rating. */
export const END_SERVICE_KEY = 'F9';

/** Ends the service from anywhere in the desk window with F9; returns the action for a button too. */
export function useEndService(onError?: (error: unknown) => void): () => Promise<void> {
  const api = useDeskApi();
  const end = useCallback(async () => {
    await api.call('survey:invite');
  }, [api]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== END_SERVICE_KEY || event.repeat || event.ctrlKey || event.altKey || event.metaKey) return;
      event.preventDefault();
      end().catch((e: unknown) => onError?.(e));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [end, onError]);
  return end;
}
