import { useCallback, useEffect } from 'react';
import type { Kind, Subject } from '../../../../shared/register/codes';
import type { RegisterInput } from '../../../../shared/register/record';
import { useDeskApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';

/** The signed-in person's entries, reloaded whenever entries change (saved here or synced in). */
export function useMyEntries() {
  const api = useDeskApi();
  const query = useQuery(useCallback(() => api.call('register:list-mine'), [api]));
  const { reload } = query;
  useEffect(() => api.on('register:changed', () => reload()), [api, reload]);
  return query;
}

/** Where an entry of this kind and subject would go, and by when: shown before saving. */
export function useRoutingPreview(kind: Kind, subject: Subject, receivedOn?: string) {
  const api = useDeskApi();
  return useQuery(useCallback(() => api.call('register:preview-routing', receivedOn ? { kind, subject, receivedOn } : { kind, subject }), [api, kind, subject, receivedOn]));
}

export function useAddEntry() {
  const api = useDeskApi();
  return (input: RegisterInput) => api.call('register:add', input);
}

/** Online or offline, last sync, waiting changes and problems — kept live by main. */
export function useSyncStatus() {
  const api = useDeskApi();
  const query = useQuery(useCallback(() => api.call('sync:status'), [api]));
  const { set } = query;
  useEffect(() => api.on('sync:changed', set), [api, set]);
  const syncNow = async () => set(await api.call('sync:now'));
  return { ...query, syncNow };
}
