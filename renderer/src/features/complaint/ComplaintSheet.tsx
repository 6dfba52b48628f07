import { useTranslation } from 'react-i18next';
import { reviewText } from '../../../../shared/catalog/review';
import { localize, type ReviewProcedure } from '../../../../shared/catalog/schema';
import type { ClientLanguage } from '../../../../shared/config/schema';

/** §4.1.2: the client's right to complain and how, in the client's language; prints on one page. */
export function ComplaintSheet({ language, review, institutionName }: { language: ClientLanguage; review: ReviewProcedure; institutionName: string | null }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language, 'service', 'complaint');
  return (
    <article className="complaint-sheet" lang={language}>
      <h1>{t('title')}</h1>
      {institutionName && <p className="handout-institution">{t('institution', { institution: institutionName })}</p>}
      <p>{t('right')}</p>
      <h2>{t('howTitle')}</h2>
      <ul>
        <li>{t('inPerson')}</li>
        <li>{t('post')}</li>
        <li>{t('electronic')}</li>
        <li>{t('questionnaire')}</li>
      </ul>
      <h2>{t('includeTitle')}</h2>
      <p>{t('include')}</p>
      <h2>{t('whoTitle')}</h2>
      <ul>
        <li>{t('whoHead')}</li>
        <li>{t('whoDirector')}</li>
        <li>{t('whoEthics')}</li>
      </ul>
      <h2>{t('whenTitle')}</h2>
      <p data-testid="complaint-deadline">{reviewText(review, localize(review.text, language))}</p>
      <p>{t('further')}</p>
    </article>
  );
}
