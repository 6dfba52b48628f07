import { useCallback, useEffect, useMemo } from 'react';
import type { ImportFormat } from '../../../../shared/catalog/contract';
import type { ReviewProcedure, Service } from '../../../../shared/catalog/schema';
import { createCatalogueSearch } from '../../../../shared/catalog/search';
import { useDeskApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';

/** The published catalogue as this desk has it. */
export function useCatalogState() {
  const api = useDeskApi();
  return useQuery(useCallback(() => api.call('catalog:get'), [api]));
}

/** The published catalogue with its search index, and what staff and admins can do with it. */
export function useCatalog() {
  const api = useDeskApi();
  const query = useCatalogState();
  const { set, reload } = query;
  // An admin may publish while this window stays open: look again whenever staff come back to it.
  useEffect(() => {
    window.addEventListener('focus', reload);
    return () => window.removeEventListener('focus', reload);
  }, [reload]);
  const services = query.data?.catalogue.services;
  const edition = query.data ? `${query.data.catalogue.version}|${query.data.publishedAt}` : '';
  // The index is rebuilt only when a new edition arrives, not on every re-read of the same one.
  const search = useMemo(() => createCatalogueSearch(services ?? []), [edition]); // eslint-disable-line react-hooks/exhaustive-deps
  return {
    ...query,
    search,
    show: (id: string) => api.call('catalog:show', { id }),
    saveService: async (service: Service, replaces?: string) => {
      const state = await api.call('catalog:save-service', { service, ...(replaces ? { replaces } : {}) });
      set(state);
      return state;
    },
    removeService: async (id: string) => set(await api.call('catalog:remove-service', { id })),
    saveReview: async (review: ReviewProcedure) => {
      const state = await api.call('catalog:save-review', { review });
      set(state);
      return state;
    },
    importFile: async (format: ImportFormat, text: string, apply: boolean) => {
      const outcome = await api.call('catalog:import', { format, text, apply });
      if (outcome.ok && outcome.state) set(outcome.state);
      return outcome;
    },
    exportFile: (format: ImportFormat) => api.call('catalog:export', { format }),
    form: (id: string, index: number) => api.call('catalog:form', { id, index }),
  };
}

export type CatalogApi = ReturnType<typeof useCatalog>;
