import { useTranslation } from 'react-i18next';
import type { DisplayView } from '../../../../shared/display/state';
import { positionIn } from '../../../../shared/directory/position';
import { ReceptionSummary } from '../../features/directory/ReceptionSummary';

type Badge = Extract<DisplayView, { kind: 'badge' }>;

/** §6: the serving employee's name, surname and position, readable from 1.5 m, with today's hours (§5). */
export function BadgeView({ view }: { view: Badge }) {
  const { t, i18n } = useTranslation('display');
  const { person } = view;
  // The client's language where the directory has it; otherwise Latvian, with no marker on the client's screen.
  const position = positionIn(person, i18n.language);
  return (
    <section className="display-badge" aria-labelledby="badge-name">
      {person.photo && <img className="badge-photo" src={person.photo} alt="" />}
      <h1 id="badge-name" className="badge-name">
        {person.name} {person.surname}
      </h1>
      <p className="badge-position" lang={position.language}>
        {position.text}
      </p>
      <p className="badge-institution">{person.institution}</p>
      {person.department && <p className="badge-department">{person.department}</p>}
      {person.room && <p className="badge-room">{t(/^\d+$/.test(person.room) ? 'roomNumbered' : 'room', { room: person.room })}</p>}
      <ReceptionSummary reception={view.reception} onBreak={view.onBreak} backAt={view.backAt} />
    </section>
  );
}
