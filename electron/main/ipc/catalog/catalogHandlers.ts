import type { Handlers } from '../../../../shared/contract';
import type { AppServices } from '../../services';

type CatalogChannel = Extract<keyof Handlers, `catalog:${string}`>;

export function createCatalogHandlers(s: Pick<AppServices, 'catalog'>): Pick<Handlers, CatalogChannel> {
  return {
    'catalog:get': () => s.catalog.get(),
    'catalog:show': ({ id }) => s.catalog.show(id),
    'catalog:save-service': ({ service, replaces }) => s.catalog.saveService(service, replaces),
    'catalog:remove-service': ({ id }) => s.catalog.removeService(id),
    'catalog:save-review': ({ review }) => s.catalog.saveReview(review),
    'catalog:import': ({ format, text, apply }) => s.catalog.import(format, text, apply),
    'catalog:export': ({ format }) => s.catalog.export(format),
    'catalog:form': ({ id, index }) => s.catalog.form(id, index),
  };
}
