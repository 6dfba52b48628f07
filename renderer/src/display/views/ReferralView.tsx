import { useTranslation } from 'react-i18next';
import type { DisplayView } from '../../../../shared/display/state';
import { positionIn } from '../../../../shared/directory/position';
import { ReceptionSummary } from '../../features/directory/ReceptionSummary';

type Referral = Extract<DisplayView, { kind: 'referral' }>;

/** §4.2.3: the competent specialist, where to find them and when they receive clients. */
export function ReferralView({ view }: { view: Referral }) {
  const { t, i18n } = useTranslation('display');
  const { person, servedBy } = view;
  const position = positionIn(person, i18n.language);
  const rows = [
    ['referral.department', person.department],
    ['referral.room', person.room],
    ['referral.address', person.address],
    ['referral.phone', person.phone],
    ['referral.email', person.email],
  ].filter(([, value]) => value);
  return (
    <section className="display-referral" aria-labelledby="referral-title">
      <h1 id="referral-title" className="referral-title">
        {t('referral.title')}
      </h1>
      <p className="badge-name">
        {person.name} {person.surname}
      </p>
      <p className="badge-position" lang={position.language}>
        {position.text}
      </p>
      <p className="badge-institution">{person.institution}</p>
      <dl className="referral-facts">
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key!)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <ReceptionSummary reception={view.reception} />
      {servedBy && (
        <p className="referral-served-by">
          {t('referral.servedBy', { name: `${servedBy.name} ${servedBy.surname}`, position: positionIn(servedBy, i18n.language).text })}
        </p>
      )}
    </section>
  );
}
