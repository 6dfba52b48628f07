import { useTranslation } from 'react-i18next';
import { ClientLanguagePicker } from '../../components/ClientLanguagePicker';
import { DEFAULT_REVIEW_PROCEDURE } from '../../../../shared/catalog/review';
import type { ClientLanguage } from '../../../../shared/config/schema';
import { useCatalogState } from '../catalog';
import { useClientDisplay } from '../display';
import { useFollowedState } from '../../hooks/useFollowedState';
import { usePrint } from '../print';
import { ComplaintSheet } from './ComplaintSheet';

/** One click from anywhere: the "how to complain" sheet in the client's language, ready to print. */
export function ComplaintScreen({ institutionName }: { institutionName: string | null }) {
  const { t } = useTranslation('catalog');
  const print = usePrint();
  const display = useClientDisplay();
  const catalog = useCatalogState();
  const clientLanguage = display.data?.language ?? 'lv';
  const [language, setLanguage] = useFollowedState<ClientLanguage>(clientLanguage);
  const review = catalog.data?.catalogue.reviewProcedure ?? DEFAULT_REVIEW_PROCEDURE;
  const sheet = <ComplaintSheet language={language} review={review} institutionName={institutionName} />;
  return (
    <section className="screen" aria-label={t('complaint.nav')}>
      <p className="hint">{t('complaint.purpose')}</p>
      <div className="toolbar">
        <ClientLanguagePicker label={t('complaint.language')} value={language} onChange={setLanguage} />
        <button type="button" onClick={() => print(sheet)}>
          {t('complaint.print')}
        </button>
        <button type="button" className="secondary" onClick={() => void display.show({ kind: 'complaint', review })}>
          {t('page.showToClient')}
        </button>
      </div>
      <div className="sheet-preview">{sheet}</div>
    </section>
  );
}
