import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/i18n/dates';
import type { Identity } from '../../../../shared/identity/identity';
import type { MyQuestionnaire } from '../../../../shared/questionnaire/contract';
import { MIN_ANSWERS, type Answer, type Questionnaire } from '../../../../shared/questionnaire/questionnaire';
import { useDeskApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { saveFile } from '../review';
import { QuestionnaireEditor } from './QuestionnaireEditor';

/** §8.2: the questionnaires that ask me, answered anonymously once each; results for heads. */
export function QuestionnairesScreen({ identity }: { identity: Identity }) {
  const { t, i18n } = useTranslation();
  const api = useDeskApi();
  const list = useQuery(useCallback(() => api.call('questionnaire:mine'), [api]));
  const [open, setOpen] = useState<{ id: string; mode: 'answer' | 'results' } | null>(null);
  const [writing, setWriting] = useState(false);
  const [published, setPublished] = useState<Questionnaire | null>(null);
  const reader = identity.roles.some((r) => r === 'head' || r === 'executive_director' || r === 'admin');
  // A head asks their own institution; an admin may ask the whole municipality.
  const author = identity.roles.includes('admin') || (identity.roles.includes('head') && Boolean(identity.institution));
  if (list.error) return <ErrorMessage error={list.error} />;
  if (!list.data) return <Loading />;
  const chosen = open && list.data.find((m) => m.questionnaire.id === open.id);
  return (
    <section className="screen" aria-labelledby="questionnaires-title">
      <h2 id="questionnaires-title">{t('questionnaire.title')}</h2>
      <p>{t('questionnaire.anonymity', { min: MIN_ANSWERS })}</p>
      {published && (
        <p className="notice notice-ok" role="status" data-testid="questionnaire-published">
          {t('questionnaire.editor.published', { title: published.title, date: published.closes })}
        </p>
      )}
      {author && !writing && (
        <div className="action-row">
          <button
            type="button"
            onClick={() => {
              setPublished(null);
              setWriting(true);
            }}
          >
            {t('questionnaire.editor.new')}
          </button>
        </div>
      )}
      {writing && (
        <QuestionnaireEditor
          identity={identity}
          onCancel={() => setWriting(false)}
          onPublished={(q) => {
            setWriting(false);
            setPublished(q);
            list.reload();
          }}
        />
      )}
      {list.data.length === 0 && <p className="muted">{t('questionnaire.none')}</p>}
      <ul className="questionnaire-list">
        {list.data.map((m) => (
          <li key={m.questionnaire.id}>
            <strong>{m.questionnaire.title}</strong> — {t('questionnaire.closes', { date: formatDate(m.questionnaire.closes, i18n.language, 'dative') })} ·{' '}
            {m.answered ? t('questionnaire.answered') : m.open ? t('questionnaire.notAnswered') : t('questionnaire.closed')}{' '}
            {!m.answered && m.open && (
              <button type="button" onClick={() => setOpen({ id: m.questionnaire.id, mode: 'answer' })}>
                {t('questionnaire.answer')}
              </button>
            )}{' '}
            {reader && (
              <button type="button" className="secondary" onClick={() => setOpen({ id: m.questionnaire.id, mode: 'results' })}>
                {t('questionnaire.results')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {chosen && open?.mode === 'answer' && (
        <AnswerForm
          key={chosen.questionnaire.id}
          mine={chosen}
          onDone={() => {
            setOpen(null);
            list.reload();
          }}
        />
      )}
      {chosen && open?.mode === 'results' && <Results key={chosen.questionnaire.id} questionnaire={chosen.questionnaire} />}
    </section>
  );
}

function AnswerForm({ mine, onDone }: { mine: MyQuestionnaire; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useDeskApi();
  const q = mine.questionnaire;
  const [answers, setAnswers] = useState<Answer['answers']>({});
  const [error, setError] = useState<unknown>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    api.call('questionnaire:answer', { questionnaire: q.id, answers }).then(onDone, setError);
  };
  const set = (id: string, value: Answer['answers'][string]) => setAnswers((a) => ({ ...a, [id]: value }));
  return (
    <form className="questionnaire-form" onSubmit={submit} aria-labelledby="questionnaire-form-title">
      <h3 id="questionnaire-form-title">{q.title}</h3>
      {q.questions.map((question) => (
        <fieldset key={question.id} className="field">
          <legend>{question.text}</legend>
          {question.kind === 'scale' &&
            [1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="choice">
                <input type="radio" name={question.id} checked={answers[question.id] === n} onChange={() => set(question.id, n)} /> {n}
              </label>
            ))}
          {question.kind === 'single' &&
            question.options.map((o, i) => (
              <label key={o} className="choice">
                <input type="radio" name={question.id} checked={answers[question.id] === i} onChange={() => set(question.id, i)} /> {o}
              </label>
            ))}
          {question.kind === 'multi' &&
            question.options.map((o, i) => {
              const now = (answers[question.id] as number[] | undefined) ?? [];
              return (
                <label key={o} className="choice">
                  <input
                    type="checkbox"
                    checked={now.includes(i)}
                    onChange={(e) => set(question.id, e.target.checked ? [...now, i].sort() : now.filter((x) => x !== i))}
                  />{' '}
                  {o}
                </label>
              );
            })}
          {question.kind === 'text' && (
            <textarea
              aria-label={question.text}
              rows={3}
              maxLength={2000}
              value={(answers[question.id] as string | undefined) ?? ''}
              onChange={(e) => set(question.id, e.target.value)}
            />
          )}
        </fieldset>
      ))}
      <p className="hint">{t('questionnaire.textWarning')}</p>
      {error ? <ErrorMessage error={error} /> : null}
      <button type="submit">{t('questionnaire.send')}</button>
    </form>
  );
}

function Results({ questionnaire }: { questionnaire: Questionnaire }) {
  const { t } = useTranslation();
  const api = useDeskApi();
  const results = useQuery(useCallback(() => api.call('questionnaire:results', { id: questionnaire.id }), [api, questionnaire.id]));
  const [exportError, setExportError] = useState<unknown>(null);
  const download = (format: 'csv' | 'xlsx') => {
    setExportError(null);
    api.call('questionnaire:export', { id: questionnaire.id, format }).then(saveFile, setExportError);
  };
  if (results.error) return <ErrorMessage error={results.error} />;
  if (!results.data) return <Loading />;
  const r = results.data;
  return (
    <section aria-labelledby="questionnaire-results-title" data-testid="questionnaire-results">
      <h3 id="questionnaire-results-title">{t('questionnaire.resultsOf', { title: questionnaire.title })}</h3>
      {r.answers === null || !r.questions ? (
        <p className="notice notice-warning">{t('questionnaire.tooFew', { min: MIN_ANSWERS })}</p>
      ) : (
        <>
          <p>{t('questionnaire.count', { count: r.answers })}</p>
          <div className="action-row">
            <button type="button" className="secondary" onClick={() => download('csv')}>
              {t('questionnaire.csv')}
            </button>
            <button type="button" className="secondary" onClick={() => download('xlsx')}>
              {t('questionnaire.xlsx')}
            </button>
          </div>
          {exportError ? <ErrorMessage error={exportError} /> : null}
          {r.questions.map((res) => {
            const question = questionnaire.questions.find((x) => x.id === res.id)!;
            if (res.kind === 'text')
              return (
                <div key={res.id}>
                  <h4>{question.text}</h4>
                  <ul>
                    {res.texts.map((text, i) => (
                      <li key={i}>{text}</li>
                    ))}
                  </ul>
                </div>
              );
            const labels = res.kind === 'scale' ? ['1', '2', '3', '4', '5'] : question.options;
            return (
              <table key={res.id} className="counts">
                <caption>
                  {question.text}
                  {res.kind === 'scale' && res.average !== null ? ` — ${t('questionnaire.average', { average: res.average })}` : ''}
                </caption>
                <tbody>
                  {labels.map((label, i) => (
                    <tr key={label}>
                      <th scope="row">{label}</th>
                      <td>{res.counts[i]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          })}
        </>
      )}
    </section>
  );
}
