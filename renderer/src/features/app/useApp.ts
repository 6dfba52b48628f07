import { useCallback, useEffect } from 'react';
import type { UserSettings } from '../../../../shared/app/contract';
import { useDeskApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';

export function useAppInfo() {
  const api = useDeskApi();
  return useQuery(useCallback(() => api.call('app:info'), [api]));
}

/** The machine configuration as read at start; IT changes it and restarts the app. */
export function useConfig() {
  const api = useDeskApi();
  return useQuery(useCallback(() => api.call('config:get'), [api]));
}

export function useSettings() {
  const api = useDeskApi();
  const query = useQuery(useCallback(() => api.call('settings:get'), [api]));
  const save = async (patch: Partial<UserSettings>) => query.set(await api.call('settings:set', patch));
  return { ...query, save };
}

export function useIdentity() {
  const api = useDeskApi();
  const query = useQuery(useCallback(() => api.call('identity:get'), [api]));
  const { set } = query;
  useEffect(() => api.on('identity:changed', set), [api, set]);
  return query;
}
