import { useCallback, useEffect } from 'react';
import type { Kind, Subject } from '../../../../shared/register/codes';
import type { RegisterInput } from '../../../../shared/register/record';
import { useDeskApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';
import type { Employee } from '../../../../shared/register/record';

/** The signed-in person's entries, reloaded whenever entries change (saved here or synced in). */
export function useMyEntries() {
  const api = useDeskApi();
  const query = useQuery(useCallback(() => api.call('register:list-mine'), [api]));
  const { reload } = query;
  useEffect(() => api.on('register:changed', () => reload()), [api, reload]);
  return query;
}

/** Where an entry of this kind and subject would go, and by when: shown before saving. */
export function useRoutingPreview(kind: Kind, subject: Subject, employee: Employee | null = null, receivedOn?: string) {
  const api = useDeskApi();
  const personId = employee?.personId ?? null;
  const name = employee?.name ?? null;
  return useQuery(
    useCallback(
      () => api.call('register:preview-routing', { kind, subject, employee: name === null ? null : { personId, name }, ...(receivedOn ? { receivedOn } : {}) }),
      [api, kind, subject, personId, name, receivedOn],
    ),
  );
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
