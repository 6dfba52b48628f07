import { useCallback, useEffect } from 'react';
import type { DeskStatus } from '../../../../shared/desk/contract';
import { useDeskApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';

/** Who serves at this desk and whether it is open, kept live; every change moves the client display too. */
export function useDesk() {
  const api = useDeskApi();
  const query = useQuery(useCallback(() => api.call('desk:get'), [api]));
  const { set } = query;
  useEffect(() => api.on('desk:changed', set), [api, set]);
  return {
    ...query,
    serve: async (personId: string) => set(await api.call('desk:serve', { personId })),
    setStatus: async (status: DeskStatus, backAt?: string) => set(await api.call('desk:set-status', backAt ? { status, backAt } : { status })),
    showBadge: async () => set(await api.call('desk:show-badge')),
  };
}
