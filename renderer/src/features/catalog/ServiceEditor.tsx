import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemCode } from '../../../../shared/catalog/importProblems';
import { serviceSchema, type Multilingual, type Service } from '../../../../shared/catalog/schema';
import { CLIENT_LANGUAGES } from '../../../../shared/config/schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { CatalogApi } from './useCatalog';

const TEXTS = ['name', 'description', 'audience', 'submit', 'processing', 'answer', 'institution'] as const;
type TextField = (typeof TEXTS)[number];
const LONG: ReadonlySet<TextField> = new Set(['description', 'audience', 'submit', 'processing', 'answer']);

const textsOf = (s: Service | undefined): Record<TextField, Multilingual> => {
  const empty = { lv: '' };
  return {
    name: s?.name ?? empty,
    description: s?.description ?? empty,
    audience: s?.audience ?? empty,
    submit: s?.steps.submit ?? empty,
    processing: s?.steps.processing ?? empty,
    answer: s?.steps.answer ?? empty,
    institution: s?.institution ?? empty,
  };
};

const blank = (): Service => ({
  id: '',
  name: { lv: '' },
  description: { lv: '' },
  audience: { lv: '' },
  steps: { submit: { lv: '' }, processing: { lv: '' }, answer: { lv: '' } },
  documents: [],
  cost: { amountEur: 0 },
  processingDays: 10,
  channels: {},
  institution: { lv: '' },
  specialists: [],
  legalBasis: [],
  forms: [],
  keywords: [],
  lastReviewed: new Date().toISOString().slice(0, 10),
});

/** Admin: the texts and numbers of one service; the lists come in through imports. */
export function ServiceEditor({ catalog, service, onDone }: { catalog: CatalogApi; service: Service | undefined; onDone: (id: string | null) => void }) {
  const { t, i18n } = useTranslation('catalog');
  const tc = i18n.getFixedT(i18n.language, 'common');
  const base = service ?? blank();
  const [id, setId] = useState(base.id);
  const [texts, setTexts] = useState(textsOf(service));
  const [days, setDays] = useState(String(base.processingDays));
  const [cost, setCost] = useState(String(base.cost.amountEur));
  const [keywords, setKeywords] = useState(base.keywords.join('; '));
  const [reviewed, setReviewed] = useState(base.lastReviewed);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);

  const ts = i18n.getFixedT(i18n.language, 'service');
  const label = (field: string) => (['submit', 'processing', 'answer', 'institution'].includes(field) ? ts(field) : t(`editor.${field}`));

  const save = async () => {
    setError(null);
    const candidate = {
      ...base,
      id: id.trim(),
      name: texts.name,
      description: texts.description,
      audience: texts.audience,
      institution: texts.institution,
      steps: { submit: texts.submit, processing: texts.processing, answer: texts.answer },
      processingDays: Number(days.replace(',', '.')),
      cost: { ...base.cost, amountEur: Number(cost.replace(',', '.')) },
      keywords: keywords
        .split(';')
        .map((k) => k.trim())
        .filter(Boolean),
      lastReviewed: reviewed,
    };
    const parsed = serviceSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const [top, second] = issue.path.map(String);
      const field = top === 'steps' ? second : top === 'cost' ? 'costEur' : top;
      setInvalid(t('editor.invalid', { field: label(field ?? 'id'), problem: t(`problem.${problemCode(issue)}`) }));
      return;
    }
    setInvalid(null);
    try {
      await catalog.saveService(parsed.data, service?.id);
      onDone(parsed.data.id);
    } catch (e) {
      setError(e);
    }
  };

  const remove = async () => {
    try {
      await catalog.removeService(service!.id);
      onDone(null);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="screen" aria-labelledby="editor-title">
      <h2 id="editor-title">{t('editor.title')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label htmlFor="edit-id">{t('editor.id')}</label>
          <input id="edit-id" value={id} onChange={(e) => setId(e.target.value)} />
        </div>
        {TEXTS.map((field) => (
          <fieldset key={field} className="editor-texts">
            <legend>{label(field)}</legend>
            {CLIENT_LANGUAGES.map((lang) => {
              const inputId = `edit-${field}-${lang}`;
              const value = texts[field][lang] ?? '';
              const change = (v: string) => setTexts({ ...texts, [field]: { ...texts[field], [lang]: v } });
              return (
                <div className="field" key={lang}>
                  <label htmlFor={inputId}>{tc(`language.${lang}`)}</label>
                  {LONG.has(field) ? (
                    <textarea id={inputId} rows={2} value={value} onChange={(e) => change(e.target.value)} />
                  ) : (
                    <input id={inputId} value={value} onChange={(e) => change(e.target.value)} />
                  )}
                </div>
              );
            })}
          </fieldset>
        ))}
        <div className="field">
          <label htmlFor="edit-days">{t('editor.processingDays')}</label>
          <input id="edit-days" inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="edit-cost">{t('editor.costEur')}</label>
          <input id="edit-cost" inputMode="decimal" value={cost} onChange={(e) => setCost(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="edit-keywords">{t('editor.keywords')}</label>
          <input id="edit-keywords" value={keywords} onChange={(e) => setKeywords(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="edit-reviewed">{t('editor.lastReviewed')}</label>
          <input id="edit-reviewed" type="date" value={reviewed} onChange={(e) => setReviewed(e.target.value)} />
        </div>
        <p className="hint">{t('editor.otherFields')}</p>
        {invalid && (
          <p role="alert" className="error">
            {invalid}
          </p>
        )}
        {error !== null && <ErrorMessage error={error} />}
        <div className="toolbar">
          <button type="submit">{t('editor.save')}</button>
          <button type="button" className="secondary" onClick={() => onDone(service?.id ?? null)}>
            {t('editor.cancel')}
          </button>
          {service && !confirming && (
            <button type="button" className="secondary" onClick={() => setConfirming(true)}>
              {t('editor.remove')}
            </button>
          )}
        </div>
        {service && confirming && (
          <div role="alert" className="notice notice-warning">
            <p>{t('editor.confirmRemove', { name: service.name.lv })}</p>
            <button type="button" onClick={() => void remove()}>
              {t('editor.confirm')}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {t('editor.cancel')}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
