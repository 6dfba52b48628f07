import { useTranslation } from 'react-i18next';
import type { CatalogueState } from '../../../../shared/catalog/contract';
import type { Language } from '../../../../shared/config/schema';
import { formatDate } from './format';

/** Which catalogue this desk is working from, and whether it is the share's or its own copy. */
export function CatalogStatus({ state }: { state: CatalogueState }) {
  const { t, i18n } = useTranslation('catalog');
  const { catalogue, publishedAt, source, problem } = state;
  return (
    <div className="catalog-status">
      {publishedAt && (
        <p data-testid="catalog-version">
          {t('status.version', { version: catalogue.version, date: formatDate(publishedAt, i18n.language as Language, 'locative') })}
        </p>
      )}
      {catalogue.sample && <p className="sample-mark">{t('status.sample')}</p>}
      {source === 'cache' && <p className="notice notice-warning">{problem === 'invalid' ? t('status.invalid') : t('status.cache')}</p>}
      {source === 'none' && <p className="notice notice-warning">{problem === 'share_unavailable' ? t('status.unreachable') : t('status.none')}</p>}
    </div>
  );
}
