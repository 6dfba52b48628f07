import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DESK_STATUSES } from '../../../../shared/desk/contract';
import { fullName } from '../../../../shared/directory/person';
import { positionIn } from '../../../../shared/directory/position';
import type { ClientLanguage } from '../../../../shared/config/schema';
import { StaffPosition } from '../../components/FallbackTag';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { ReceptionSummary, useDirectory } from '../directory';
import { BadgeCard, DeskSign, usePrint } from '../print';
import { useDesk } from './useDesk';

/** Who serves at this desk (§6): recognised or chosen, serving / on a break / closed, and their sign to print. */
export function DeskScreen() {
  const { t, i18n } = useTranslation('directory');
  const staffLanguage = (i18n.language === 'en' ? 'en' : 'lv') as ClientLanguage;
  const desk = useDesk();
  const directory = useDirectory();
  const print = usePrint();
  const [error, setError] = useState<unknown>(null);
  const [backAt, setBackAt] = useState('');
  if (desk.error ?? directory.error) return <ErrorMessage error={desk.error ?? directory.error} />;
  if (!desk.data || !directory.data) return <Loading />;
  const { person, status, recognised, reception } = desk.data;
  // The break button carries the time staff typed; a changed time on a break is sent at once.
  const chooseStatus = (s: (typeof DESK_STATUSES)[number]) => desk.setStatus(s, s === 'break' && backAt ? backAt : undefined);
  const changeBackAt = (value: string) => {
    setBackAt(value);
    if (status === 'break') act(() => desk.setStatus('break', value || undefined))();
  };
  const full = person ? directory.get(person.id) : null;
  const people = directory.search('', 100_000);
  const act = (action: () => Promise<unknown>) => () => {
    setError(null);
    action().catch(setError);
  };

  return (
    <section aria-labelledby="desk-title" className="screen">
      <h2 id="desk-title">{t('desk.title')}</h2>
      {person ? (
        <div className="serving" data-testid="serving">
          <p className="serving-name">{fullName(person)}</p>
          <p className="serving-position">
            <StaffPosition person={person} language={staffLanguage} />
          </p>
          <p className="muted">
            {person.institution}
            {person.room ? ` · ${t('card.roomShort', { room: person.room })}` : ''}
          </p>
          <p className="muted">{recognised ? t('desk.recognised') : t('desk.chosen')}</p>
          {reception && <ReceptionSummary reception={reception} />}
        </div>
      ) : (
        <p className="notice notice-warning">{t('desk.nobody')}</p>
      )}

      <div className="field">
        <label htmlFor="serving-person">{t('desk.choose')}</label>
        <select id="serving-person" value={person?.id ?? ''} onChange={(e) => e.target.value && act(() => desk.serve(e.target.value))()}>
          <option value="">{t('desk.choosePlaceholder')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.surname} {p.name} — {positionIn(p, staffLanguage).text}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="status-choice">
        <legend>{t('desk.status')}</legend>
        {DESK_STATUSES.map((s) => (
          <button key={s} type="button" className={s === status ? undefined : 'secondary'} aria-pressed={s === status} onClick={act(() => chooseStatus(s))}>
            {t(`desk.statuses.${s}`)}
          </button>
        ))}
        <div className="field">
          <label htmlFor="back-at">{t('desk.backAt')}</label>
          <input id="back-at" type="time" step={300} value={backAt} aria-describedby="back-at-hint" onChange={(e) => changeBackAt(e.target.value)} />
          <p id="back-at-hint" className="hint">
            {desk.data.backAt ? t('desk.backAtShown', { time: desk.data.backAt }) : t('desk.backAtHint')}
          </p>
        </div>
      </fieldset>

      <div className="actions">
        <button type="button" onClick={act(() => desk.showBadge())}>
          {t('desk.showBadge')}
        </button>
        <button type="button" className="secondary" disabled={!full} onClick={() => full && print(<DeskSign person={full} />)}>
          {t('desk.printSign')}
        </button>
        <button type="button" className="secondary" disabled={!full} onClick={() => full && print(<BadgeCard person={full} />)}>
          {t('desk.printBadge')}
        </button>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
