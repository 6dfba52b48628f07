import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/directory/person';
import { latvianPosition } from '../../../../shared/directory/position';
import { WeeklyHours } from './WeeklyHours';

function SignFace({ person }: { person: Person }) {
  const { t } = useTranslation('directory', { lng: 'lv' });
  return (
    <div className="sign-face">
      <p className="sign-institution">{person.institution}</p>
      <p className="sign-name">
        {person.name} {person.surname}
      </p>
      <p className="sign-position">{latvianPosition(person)}</p>
      {person.department && <p className="sign-department">{person.department}</p>}
      {person.room && <p className="sign-room">{t(/^\d+$/.test(person.room) ? 'print.roomNumbered' : 'print.room', { room: person.room })}</p>}
      {person.reception.weekly.length > 0 && (
        <div className="sign-hours">
          <p className="sign-hours-title">{t('print.receptionHours')}</p>
          <WeeklyHours weekly={person.reception.weekly} language="lv" />
        </div>
      )}
    </div>
  );
}

/**
 * §6: a folding A4 tent card in Latvian. The upper half is printed upside down so that,
 * folded along the middle, the name reads from both sides of the desk.
 */
export function DeskSign({ person }: { person: Person }) {
  const { t } = useTranslation('directory', { lng: 'lv' });
  return (
    <article className="desk-sign" aria-label={t('print.signLabel')}>
      <div className="sign-half sign-back">
        <SignFace person={person} />
      </div>
      <div className="sign-fold">{t('print.foldHere')}</div>
      <div className="sign-half">
        <SignFace person={person} />
      </div>
    </article>
  );
}
