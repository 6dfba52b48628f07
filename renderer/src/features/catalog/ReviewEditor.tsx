import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemCode } from '../../../../shared/catalog/importProblems';
import { reviewText } from '../../../../shared/catalog/review';
import { localize, reviewProcedureSchema, type ReviewProcedure } from '../../../../shared/catalog/schema';
import { CLIENT_LANGUAGES, type ClientLanguage } from '../../../../shared/config/schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { CatalogApi } from './useCatalog';

const NUMBERS = [
  ['answerWorkingDays', 'answerDays'],
  ['extensionMonths', 'extensionMonths'],
  ['forwardWorkingDays', 'forwardDays'],
] as const;
const PLACEHOLDERS = { days: '{{days}}', months: '{{months}}', forwardDays: '{{forwardDays}}' };

/** Admin: the general review procedure every service shows, kept as data because the law changes. */
export function ReviewEditor({ catalog, review, onDone }: { catalog: CatalogApi; review: ReviewProcedure; onDone: (version: number | null) => void }) {
  const { t, i18n } = useTranslation('catalog');
  const tc = i18n.getFixedT(i18n.language, 'common');
  const [numbers, setNumbers] = useState(() => Object.fromEntries(NUMBERS.map(([k]) => [k, String(review[k])])) as Record<(typeof NUMBERS)[number][0], string>);
  const [legalBasis, setLegalBasis] = useState(review.legalBasis);
  const [text, setText] = useState(review.text);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const candidate = { ...Object.fromEntries(NUMBERS.map(([k]) => [k, Number(numbers[k])])), legalBasis, text };
  const parsed = reviewProcedureSchema.safeParse(candidate);
  const staffLanguage = (i18n.language === 'en' ? 'en' : 'lv') as ClientLanguage;

  const save = async () => {
    setError(null);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const key = NUMBERS.find(([k]) => k === issue.path[0])?.[1] ?? (issue.path[0] === 'legalBasis' ? 'legalBasis' : 'text');
      return setInvalid(t('editor.invalid', { field: t(`review.${key}`), problem: t(`problem.${problemCode(issue)}`) }));
    }
    setInvalid(null);
    try {
      const state = await catalog.saveReview(parsed.data);
      onDone(state.catalogue.version);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <form
      className="review-editor"
      aria-labelledby="review-editor-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h4 id="review-editor-title">{t('review.title')}</h4>
      {NUMBERS.map(([key, label]) => (
        <div className="field" key={key}>
          <label htmlFor={`review-${key}`}>{t(`review.${label}`)}</label>
          <input id={`review-${key}`} inputMode="numeric" value={numbers[key]} onChange={(e) => setNumbers({ ...numbers, [key]: e.target.value })} />
        </div>
      ))}
      <div className="field">
        <label htmlFor="review-legal">{t('review.legalBasis')}</label>
        <input id="review-legal" value={legalBasis} onChange={(e) => setLegalBasis(e.target.value)} />
      </div>
      <fieldset className="editor-texts">
        <legend>{t('review.text')}</legend>
        <p className="hint">{t('review.placeholders', PLACEHOLDERS)}</p>
        {CLIENT_LANGUAGES.map((lang) => (
          <div className="field" key={lang}>
            <label htmlFor={`review-text-${lang}`}>{tc(`language.${lang}`)}</label>
            <textarea id={`review-text-${lang}`} rows={3} value={text[lang] ?? ''} onChange={(e) => setText({ ...text, [lang]: e.target.value })} />
          </div>
        ))}
      </fieldset>
      {parsed.success && (
        <p className="hint" data-testid="review-preview">
          {t('review.preview')}: {reviewText(parsed.data, localize(parsed.data.text, staffLanguage))}
        </p>
      )}
      {invalid && (
        <p role="alert" className="error">
          {invalid}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} />}
      <div className="toolbar">
        <button type="submit">{t('review.save')}</button>
        <button type="button" className="secondary" onClick={() => onDone(null)}>
          {t('editor.cancel')}
        </button>
      </div>
    </form>
  );
}
