import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ContractError } from '../../../../shared/contract/result';
import type { Identity } from '../../../../shared/identity/identity';
import { QUESTION_KINDS, type Question, type Questionnaire } from '../../../../shared/questionnaire/questionnaire';
import { useDeskApi } from '../../api/ApiContext';
import { ErrorMessage } from '../../components/ErrorMessage';

type Kind = (typeof QUESTION_KINDS)[number];
interface Draft {
  kind: Kind;
  text: string;
  /** Choices, one a line (single and multiple choice only). */
  options: string;
}

const empty = (): Draft => ({ kind: 'scale', text: '', options: '' });
const choices = (d: Draft) =>
  d.options
    .split('\n')
    .map((o) => o.trim())
    .filter(Boolean);

/** What is wrong with the draft, as translation keys with their values; empty when it may be published. */
function draftProblems(title: string, closes: string, drafts: readonly Draft[]): Array<{ key: string; n?: number }> {
  const out: Array<{ key: string; n?: number }> = [];
  if (title.trim().length < 3) out.push({ key: 'questionnaire.editor.problem.title' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(closes)) out.push({ key: 'questionnaire.editor.problem.closes' });
  if (drafts.length === 0) out.push({ key: 'questionnaire.editor.problem.noQuestions' });
  drafts.forEach((d, i) => {
    if (!d.text.trim()) out.push({ key: 'questionnaire.editor.problem.questionText', n: i + 1 });
    else if (d.text.trim().length > 500) out.push({ key: 'questionnaire.editor.problem.questionLong', n: i + 1 });
    if ((d.kind === 'single' || d.kind === 'multi') && choices(d).length < 2) out.push({ key: 'questionnaire.editor.problem.options', n: i + 1 });
    if (new Set(choices(d)).size !== choices(d).length) out.push({ key: 'questionnaire.editor.problem.sameOption', n: i + 1 });
  });
  return out;
}

/**
 * §8.2: a head writes a questionnaire for their institution; an admin may ask the whole
 * municipality. Nothing is published until every question is complete.
 */
export function QuestionnaireEditor({
  identity,
  onPublished,
  onCancel,
}: {
  identity: Identity;
  onPublished: (q: Questionnaire) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const api = useDeskApi();
  const admin = identity.roles.includes('admin');
  const [title, setTitle] = useState('');
  const [closes, setCloses] = useState('');
  const [who, setWho] = useState<'institution' | 'all'>(identity.institution ? 'institution' : 'all');
  const [drafts, setDrafts] = useState<Draft[]>([empty()]);
  const [problems, setProblems] = useState<Array<{ key: string; n?: number }>>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const update = (i: number, patch: Partial<Draft>) => setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const found = draftProblems(title, closes, drafts);
    if (who === 'all' && !admin) found.push({ key: 'questionnaire.editor.problem.onlyAdminAll' });
    setProblems(found);
    if (found.length) return;
    const questions: Question[] = drafts.map((d, i) => ({
      id: `question-${i + 1}`,
      kind: d.kind,
      text: d.text.trim(),
      options: d.kind === 'single' || d.kind === 'multi' ? choices(d) : [],
    }));
    setBusy(true);
    api
      .call('questionnaire:publish', { title: title.trim(), institution: who === 'all' ? null : identity.institution, closes, questions })
      .then(onPublished, (err: unknown) => {
        if (err instanceof ContractError && err.details?.field === 'closes') setProblems([{ key: 'questionnaire.editor.problem.closesPast' }]);
        else setError(err);
      })
      .finally(() => setBusy(false));
  };

  return (
    <form className="questionnaire-editor" onSubmit={submit} noValidate aria-labelledby="questionnaire-editor-title">
      <h3 id="questionnaire-editor-title">{t('questionnaire.editor.title')}</h3>
      <p className="hint">{t('questionnaire.editor.lead')}</p>
      <label className="field">
        <span>{t('questionnaire.editor.name')}</span>
        <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <fieldset className="field">
        <legend>{t('questionnaire.editor.who')}</legend>
        {identity.institution && (
          <label className="choice">
            <input type="radio" name="questionnaire-who" checked={who === 'institution'} onChange={() => setWho('institution')} />{' '}
            {t('questionnaire.editor.whoInstitution', { institution: identity.institution })}
          </label>
        )}
        {admin && (
          <label className="choice">
            <input type="radio" name="questionnaire-who" checked={who === 'all'} onChange={() => setWho('all')} /> {t('questionnaire.editor.whoAll')}
          </label>
        )}
      </fieldset>
      <label className="field">
        <span>{t('questionnaire.editor.closes')}</span>
        <input type="date" value={closes} onChange={(e) => setCloses(e.target.value)} />
      </label>
      <ol className="questionnaire-drafts">
        {drafts.map((d, i) => (
          <li key={i}>
            <fieldset className="field">
              <legend>{t('questionnaire.editor.question', { n: i + 1 })}</legend>
              <label className="field">
                <span>{t('questionnaire.editor.text')}</span>
                <input value={d.text} maxLength={500} onChange={(e) => update(i, { text: e.target.value })} />
              </label>
              <label className="field">
                <span>{t('questionnaire.editor.kind')}</span>
                <select value={d.kind} onChange={(e) => update(i, { kind: e.target.value as Kind })}>
                  {QUESTION_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`questionnaire.editor.kinds.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
              {(d.kind === 'single' || d.kind === 'multi') && (
                <label className="field">
                  <span>{t('questionnaire.editor.options')}</span>
                  <textarea rows={4} value={d.options} onChange={(e) => update(i, { options: e.target.value })} />
                </label>
              )}
              {drafts.length > 1 && (
                <button type="button" className="secondary" onClick={() => setDrafts((ds) => ds.filter((_, j) => j !== i))}>
                  {t('questionnaire.editor.remove', { n: i + 1 })}
                </button>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="action-row">
        <button type="button" className="secondary" onClick={() => setDrafts((ds) => [...ds, empty()])} disabled={drafts.length >= 40}>
          {t('questionnaire.editor.add')}
        </button>
      </div>
      {problems.length > 0 && (
        <div role="alert" className="error" data-testid="questionnaire-problems">
          <p>{t('questionnaire.editor.problem.lead')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{t(p.key, { n: p.n })}</li>
            ))}
          </ul>
        </div>
      )}
      {error ? <ErrorMessage error={error} /> : null}
      <div className="action-row">
        <button type="submit" disabled={busy}>
          {t('questionnaire.editor.publish')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('questionnaire.editor.cancel')}
        </button>
      </div>
    </form>
  );
}
