import { useTranslation } from 'react-i18next';
import { KINDS, STATUSES, SUBJECTS, type Reviewer } from '../../../../shared/register/codes';
import { SORT_KEYS, type InboxFilter, type InboxSort } from '../../../../shared/review/inbox';

interface Props {
  filter: InboxFilter;
  sort: InboxSort;
  institutions: string[];
  desks: string[];
  onFilter: (f: InboxFilter) => void;
  onSort: (s: InboxSort) => void;
  /** The routes the reviewer holds: "assigned to me" narrows the list to them. */
  myRoutes: Reviewer[];
}

const one = <T extends string>(value: string): T[] | undefined => (value ? [value as T] : undefined);

/** Filters a reviewer narrows the inbox by; every change reloads the first page. */
export function InboxFilters({ filter, sort, institutions, desks, onFilter, onSort, myRoutes }: Props) {
  const { t } = useTranslation('review');
  const set = (patch: Partial<InboxFilter>) => onFilter({ ...filter, ...patch });
  const select = (name: 'status' | 'kind' | 'subject' | 'institution' | 'desk', options: readonly string[], label: (o: string) => string) => (
    <label className="field">
      <span>{t(`filter.${name}`)}</span>
      <select value={filter[name]?.[0] ?? ''} onChange={(e) => set({ [name]: one(e.target.value) })}>
        <option value="">{t('filter.any')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {label(o)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form className="inbox-filters" role="search" aria-label={t('filter.label')} onSubmit={(e) => e.preventDefault()}>
      <label className="field field-wide">
        <span>{t('filter.text')}</span>
        <input type="search" value={filter.text ?? ''} onChange={(e) => set({ text: e.target.value || undefined })} />
      </label>
      {select('status', STATUSES, (o) => t(`status.${o}`))}
      {select('kind', KINDS, (o) => t(`kind.${o}`))}
      {select('subject', SUBJECTS, (o) => t(`subject.${o}`))}
      {select('institution', institutions, (o) => o)}
      {select('desk', desks, (o) => o)}
      <label className="field">
        <span>{t('filter.from')}</span>
        <input type="date" value={filter.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
      </label>
      <label className="field">
        <span>{t('filter.to')}</span>
        <input type="date" value={filter.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
      </label>
      <fieldset className="checks">
        <legend className="visually-hidden">{t('filter.flags')}</legend>
        {myRoutes.length > 0 && (
          <label>
            <input type="checkbox" checked={filter.routedTo !== undefined} onChange={(e) => set({ routedTo: e.target.checked ? myRoutes : undefined })} />{' '}
            {t('everyday.assignedToMe')}
          </label>
        )}
        {(['overdue', 'dueSoon', 'needsReview'] as const).map((flag) => (
          <label key={flag}>
            <input type="checkbox" checked={filter[flag] ?? false} onChange={(e) => set({ [flag]: e.target.checked || undefined })} /> {t(`filter.${flag}`)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('sort.by')}</span>
        <select
          value={`${sort.by}:${sort.dir}`}
          onChange={(e) => onSort({ by: e.target.value.split(':')[0] as InboxSort['by'], dir: e.target.value.split(':')[1] as InboxSort['dir'] })}
        >
          {SORT_KEYS.flatMap((k) =>
            (['desc', 'asc'] as const).map((d) => (
              <option key={`${k}:${d}`} value={`${k}:${d}`}>
                {t(`sort.${k}`)} {t(`sort.${d}`)}
              </option>
            )),
          )}
        </select>
      </label>
    </form>
  );
}
