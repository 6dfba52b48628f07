import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/directory/person';
import { latvianPosition } from '../../../../shared/directory/position';

/** §6: a name badge the size of a payment card (85.6 × 54 mm), in Latvian, with cut marks. */
export function BadgeCard({ person }: { person: Person }) {
  const { t } = useTranslation('directory', { lng: 'lv' });
  return (
    <article className="badge-sheet" aria-label={t('print.badgeLabel')}>
      <div className="badge-card">
        <p className="badge-card-institution">{person.institution}</p>
        <p className="badge-card-name">
          {person.name} {person.surname}
        </p>
        <p className="badge-card-position">{latvianPosition(person)}</p>
        {person.department && <p className="badge-card-department">{person.department}</p>}
      </div>
      <p className="badge-cut-hint">{t('print.cutHere')}</p>
    </article>
  );
}
