import { useTranslation } from 'react-i18next';
import type { DisplayView } from '../../../../shared/display/state';
import { ReceptionSummary } from '../../features/directory/ReceptionSummary';

type Badge = Extract<DisplayView, { kind: 'badge' }>;

/** §6: the serving employee's name, surname and position, readable from 1.5 m, with today's hours (§5). */
export function BadgeView({ view }: { view: Badge }) {
  const { t } = useTranslation('display');
  const { person } = view;
  return (
    <section className="display-badge" aria-labelledby="badge-name">
      {person.photo && <img className="badge-photo" src={person.photo} alt="" />}
      <h1 id="badge-name" className="badge-name">
        {person.name} {person.surname}
      </h1>
      <p className="badge-position">{person.position}</p>
      <p className="badge-institution">{person.institution}</p>
      {person.department && <p className="badge-department">{person.department}</p>}
      {person.room && <p className="badge-room">{t(/^\d+$/.test(person.room) ? 'roomNumbered' : 'room', { room: person.room })}</p>}
      <ReceptionSummary reception={view.reception} onBreak={view.onBreak} backAt={view.backAt} />
    </section>
  );
}
