import { useCallback, useEffect, useMemo } from 'react';
import type { Person } from '../../../../shared/directory/person';
import { createDirectorySearch } from '../../../../shared/directory/search';
import { useDeskApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';
import { useCatalogState } from '../catalog';

/** The staff directory as this desk has it (share or cached copy), kept live, with admin actions. */
export function useDirectory() {
  const api = useDeskApi();
  const query = useQuery(useCallback(() => api.call('directory:get'), [api]));
  const { set } = query;
  useEffect(() => api.on('directory:changed', set), [api, set]);
  const people = query.data?.people;
  // People are found by the services they are responsible for, too ("suns" → who registers dogs).
  const services = useCatalogState().data?.catalogue.services;
  const index = useMemo(() => createDirectorySearch(people ?? [], services ?? []), [people, services]);
  const byId = useMemo(() => new Map((people ?? []).map((p) => [p.id, p])), [people]);
  return {
    ...query,
    /** Runs in the window on every keystroke: no round trip to main. */
    search: (text: string, limit?: number): Person[] => index.search(text, limit).flatMap((id) => byId.get(id) ?? []),
    get: (id: string) => byId.get(id) ?? null,
    refer: (personId: string) => api.call('directory:refer', { personId }),
    previewImport: (csv: string) => api.call('directory:import-preview', { csv }),
    applyImport: async (csv: string) => set(await api.call('directory:import-apply', { csv })),
    savePerson: async (person: Person, create = false) => set(await api.call('directory:save-person', { person, create })),
    removePerson: async (id: string) => set(await api.call('directory:remove-person', { id })),
  };
}
