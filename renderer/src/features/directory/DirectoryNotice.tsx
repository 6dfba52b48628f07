import { useTranslation } from 'react-i18next';
import type { DirectoryView } from '../../../../shared/directory/contract';
import { formatTableTime } from '../../../../shared/i18n/dates';

/** Says when the directory is sample data, an offline copy, or not published yet. */
export function DirectoryNotice({ view }: { view: DirectoryView }) {
  const { t, i18n } = useTranslation('directory');
  const date = view.publishedAt ? formatTableTime(view.publishedAt, i18n.language) : '';
  return (
    <>
      {view.sample && <p className="notice notice-warning">{t('list.sample')}</p>}
      {view.source === 'cache' && <p className="notice notice-warning">{t('list.offline', { date })}</p>}
      {view.source === 'none' && <p className="notice notice-warning">{t('list.empty')}</p>}
    </>
  );
}
