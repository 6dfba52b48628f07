import { useCallback, useEffect } from 'react';
import type { DisplayView } from '../../../../shared/display/state';
import { useDeskApi, useDisplayApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';

/** The client display's own view of its state, kept live by events from main. */
export function useDisplayState() {
  const api = useDisplayApi();
  const query = useQuery(useCallback(() => api.call('display:get'), [api]));
  const { set } = query;
  useEffect(() => api.on('display:changed', set), [api, set]);
  return query;
}

/** The desk's view of what the client sees, and the way to change it. */
export function useClientDisplay() {
  const api = useDeskApi();
  const query = useQuery(useCallback(() => api.call('display:get'), [api]));
  const { set } = query;
  useEffect(() => api.on('display:changed', set), [api, set]);
  // The change comes back as a display:changed event, in order with the client's own changes.
  const show = async (view: DisplayView): Promise<void> => {
    await api.call('display:show', { view });
  };
  const openWindow = () => api.call('display:open-window');
  /** §8.1: the service is over; the client's display asks for a rating (the answer never comes here). */
  const endService = async (): Promise<void> => {
    await api.call('survey:invite');
  };
  return { ...query, show, openWindow, endService };
}
