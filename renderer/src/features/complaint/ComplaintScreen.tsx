import { useTranslation } from 'react-i18next';
import { DEFAULT_REVIEW_PROCEDURE } from '../../../../shared/catalog/review';
import { CLIENT_LANGUAGES, type ClientLanguage } from '../../../../shared/config/schema';
import { useCatalogState } from '../catalog';
import { useClientDisplay } from '../display';
import { useFollowedState } from '../../hooks/useFollowedState';
import { usePrint } from '../print';
import { ComplaintSheet } from './ComplaintSheet';

/** One click from anywhere: the "how to complain" sheet in the client's language, ready to print. */
export function ComplaintScreen({ institutionName }: { institutionName: string | null }) {
  const { t, i18n } = useTranslation('catalog');
  const tc = i18n.getFixedT(i18n.language, 'common');
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
        <label className="inline-field">
          {t('complaint.language')}
          <select value={language} onChange={(e) => setLanguage(e.target.value as ClientLanguage)}>
            {CLIENT_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {tc(`language.${l}`)}
              </option>
            ))}
          </select>
        </label>
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
