import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/directory/person';
import { latvianPosition } from '../../../../shared/directory/position';
import type { ReceptionStatus } from '../../../../shared/directory/hours';
import { ReceptionSummary } from '../directory';
import { formatDate } from '../../../../shared/i18n/dates';
import { WeeklyHours } from './WeeklyHours';

/** §4.2.3: a slip the client takes along: who, where, how to reach them, when they receive. */
export function ReferralSlip({ person, reception, servedBy }: { person: Person; reception: ReceptionStatus; servedBy: string | null }) {
  const { t } = useTranslation('directory', { lng: 'lv' });
  const rows: Array<[string, string]> = [
    [t('card.institution'), person.institution],
    [t('card.department'), person.department],
    [t('card.room'), person.room],
    [t('card.address'), person.address],
    [t('card.phone'), person.phone],
    [t('card.email'), person.email],
  ];
  return (
    <article className="referral-slip" aria-label={t('print.slipLabel')}>
      <p className="slip-title">{t('print.slipTitle')}</p>
      <p className="slip-name">
        {person.name} {person.surname}
      </p>
      <p className="slip-position">{latvianPosition(person)}</p>
      <dl className="slip-facts">
        {rows
          .filter(([, v]) => v)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <p className="slip-hours-title">{t('card.hours')}</p>
      <WeeklyHours weekly={person.reception.weekly} language="lv" />
      <ReceptionSummary reception={reception} lng="lv" />
      {/* "Šodien" above means the day it was printed: say which. */}
      <p className="slip-issued" data-testid="slip-issued">
        {t('print.slipIssued', { date: formatDate(reception.today.date, 'lv', 'locative') })}
      </p>
      {servedBy && <p className="slip-served-by">{t('print.servedBy', { name: servedBy })}</p>}
    </article>
  );
}
