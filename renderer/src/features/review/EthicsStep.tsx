import { rigaDate } from '../../../../shared/calendar/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryView } from '../../../../shared/review/contract';
import type { ReviewAction } from '../../../../shared/review/update';
import { useDeskApi } from '../../api/ApiContext';
import { ActionError } from './ActionError';
import { formatDate, latvianDate } from '../../../../shared/i18n/dates';
import { Printable, printDocument } from './Printable';

// The value a date input holds (YYYY-MM-DD): today in Latvia.
const todayInRiga = () => rigaDate(Date.now());

/** §12: for complaints under 11.1 and 11.2 the head records that the ethics commission was informed. */
export function EthicsStep({ view, act, institutionName }: { view: EntryView; act: (a: ReviewAction) => Promise<void>; institutionName: string }) {
  const { t, i18n } = useTranslation('review');
  const [on, setOn] = useState(todayInRiga());
  const [error, setError] = useState<unknown>(null);
  const api = useDeskApi();
  if (!view.ethics.required) return null;
  const { entry } = view;
  return (
    <section className="ethics-step" aria-labelledby="ethics-title">
      <h3 id="ethics-title">{t('ethics.title')}</h3>
      {view.ethics.doneAt ? (
        <p className="done" data-testid="ethics-done">
          {t('ethics.done', { date: formatDate(view.ethics.doneAt, i18n.language, 'locative') })}
        </p>
      ) : (
        <p>{t('ethics.todo')}</p>
      )}
      <ActionError error={error} />
      <div className="action-row">
        {!view.ethics.doneAt && view.canReview && (
          <>
            <label className="field">
              <span>{t('ethics.on')}</span>
              <input type="date" value={on} onChange={(e) => setOn(e.target.value)} />
            </label>
            <button type="button" onClick={() => act({ action: 'ethics_informed', on }).catch(setError)}>
              {t('ethics.record')}
            </button>
          </>
        )}
        <button
          type="button"
          className="secondary"
          onClick={() =>
            // The notice carries the complaint out of the register: in the access log before it prints.
            void api.call('review:printed', { id: entry.id, document: 'ethics_notice' }).then(() => printDocument('ethics-notice'), setError)
          }
        >
          {t('ethics.print')}
        </button>
      </div>
      <Printable id="ethics-notice">
        <article className="letter" lang="lv">
          <p className="letter-from">{institutionName}</p>
          <p className="letter-to">Ētikas komisijai</p>
          <h2 className="letter-subject">Paziņojums par sūdzību Nr. {entry.number}</h2>
          <p>
            {`Saskaņā ar Klientu apkalpošanas noteikumu 12. punktu informēju, ka ${latvianDate(entry.registeredAt, 'locative')} reģistrēta sūdzība Nr. ${entry.number} par ${
              entry.subject === 'head_conduct' ? 'iestādes vadītāja' : 'darbinieka'
            } rīcību${entry.employee ? ` (${entry.employee.name})` : ''}.`}
          </p>
          <p>Sūdzības būtība: {entry.description}</p>
          <p>Atbildes termiņš: {latvianDate(entry.dueDate, 'nominative')}.</p>
          <p className="letter-signature">
            Datums: {latvianDate(view.ethics.doneAt ?? on, 'nominative')}
            <br />
            <br />
            ______________________ (paraksts)
          </p>
        </article>
      </Printable>
    </section>
  );
}
