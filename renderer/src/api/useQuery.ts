import { useCallback, useEffect, useRef, useState } from 'react';

export interface Query<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  /** Replace the data with a value main already returned (after a save, or from an event). */
  set: (value: T) => void;
}

interface State<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
}

/**
 * The one way the renderer loads data: a domain hook passes a memoised loader over a contract
 * call. A newer value (from `set` or a later load) always wins over an older answer.
 */
export function useQuery<T>(load: () => Promise<T>): Query<T> {
  const [state, setState] = useState<State<T>>({ loading: true });
  const [version, setVersion] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    load().then(
      (data) => ticket === latest.current && setState({ data, loading: false }),
      (error: unknown) => ticket === latest.current && setState((s) => ({ data: s.data, error, loading: false })),
    );
  }, [load, version]);

  const reload = useCallback(() => {
    setState((s) => ({ ...s, loading: true }));
    setVersion((v) => v + 1);
  }, []);

  const set = useCallback((data: T) => {
    latest.current++;
    setState({ data, loading: false });
  }, []);

  return { data: state.data, error: state.error, loading: state.loading, reload, set };
}
