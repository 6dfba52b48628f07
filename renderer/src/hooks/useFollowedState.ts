import { useCallback, useState } from 'react';

/**
 * Local state that starts from, and follows, a value from outside (the client's language, say)
 * until the user picks another; a new outside value wins again. Adjusted during render, as
 * React recommends, rather than copied in an effect.
 */
export function useFollowedState<T>(source: T): [T, (value: T) => void] {
  const [state, setState] = useState({ source, value: source });
  if (!Object.is(state.source, source)) {
    setState({ source, value: source });
  }
  const set = useCallback((value: T) => setState({ source, value }), [source]);
  return [Object.is(state.source, source) ? state.value : source, set];
}
