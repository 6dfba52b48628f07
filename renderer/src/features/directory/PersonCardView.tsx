import { useTranslation } from 'react-i18next';
import type { ClientLanguage, Language } from '../../../../shared/config/schema';
import { StaffPosition } from '../../components/FallbackTag';
import { receptionStatus } from '../../../../shared/directory/hours';
import { fullName, type Person } from '../../../../shared/directory/person';
import { WeeklyHours } from '../print';
import { ReceptionSummary } from './ReceptionSummary';

/** Everything a referral needs (§4.2.3): name, position, where, phone, hours, open now / next. */
export function PersonCardView({ person, now }: { person: Person; now: Date }) {
  const { t, i18n } = useTranslation('directory');
  const rows: Array<[string, string]> = [
    ['card.institution', person.institution],
    ['card.department', person.department],
    ['card.room', person.room],
    ['card.address', person.address],
    ['card.phone', person.phone],
    ['card.email', person.email],
    ['card.languages', person.languages.map((l) => l.toUpperCase()).join(', ')],
  ];
  return (
    <article className="person-card" aria-labelledby={`person-${person.id}`}>
      <h3 id={`person-${person.id}`}>{fullName(person)}</h3>
      <p className="person-card-position">
        <StaffPosition person={person} language={(i18n.language === 'en' ? 'en' : 'lv') as ClientLanguage} />
      </p>
      <dl className="facts">
        {rows
          .filter(([, v]) => v)
          .map(([key, value]) => (
            <div key={key}>
              <dt>{t(key)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        <div>
          <dt>{t('card.hours')}</dt>
          <dd>{person.reception.weekly.length ? <WeeklyHours weekly={person.reception.weekly} language={i18n.language as Language} /> : t('card.noHours')}</dd>
        </div>
      </dl>
      <ReceptionSummary reception={receptionStatus(person.reception, now)} />
    </article>
  );
}
