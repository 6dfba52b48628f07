export { formatDate } from './format';
export { useCatalogState } from './useCatalog';
