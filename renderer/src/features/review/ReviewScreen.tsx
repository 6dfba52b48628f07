import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Identity } from '../../../../shared/identity/identity';
import { DEFAULT_SORT, type InboxFilter, type InboxSort } from '../../../../shared/review/inbox';
import { ErrorMessage } from '../../components/ErrorMessage';
import { EntryPage } from './EntryPage';
import { InboxFilters } from './InboxFilters';
import { InboxList } from './InboxList';
import { useInbox } from './useReview';

/** The reviewer's inbox; opening a row shows the entry page, and back keeps the filters. */
export function ReviewScreen({ identity, institutionName }: { identity: Identity; institutionName: string }) {
  const { t } = useTranslation('review');
  const [filter, setFilter] = useState<InboxFilter>({});
  const [sort, setSort] = useState<InboxSort>(DEFAULT_SORT);
  const [open, setOpen] = useState<string | null>(null);
  const { head, error, row } = useInbox(filter, sort);

  if (open) return <EntryPage id={open} institutionName={institutionName} onBack={() => setOpen(null)} />;
  return (
    <section className="screen review-screen" aria-labelledby="inbox-title">
      <h2 id="inbox-title">{t(identity.roles.some((r) => r !== 'desk_staff' && r !== 'admin') ? 'inbox.title' : 'inbox.mine')}</h2>
      {head && (
        <p className="inbox-counts" data-testid="inbox-counts">
          {t('inbox.total', { count: head.total })} · <span className="badge badge-overdue">{t('inbox.overdueCount', { count: head.counts.overdue })}</span>{' '}
          <span className="badge badge-due_soon">{t('inbox.dueSoonCount', { count: head.counts.dueSoon })}</span>
        </p>
      )}
      <InboxFilters filter={filter} sort={sort} institutions={head?.institutions ?? []} desks={head?.desks ?? []} onFilter={setFilter} onSort={setSort} />
      {error ? <ErrorMessage error={error} /> : null}
      {head && <InboxList total={head.total} row={row} onOpen={setOpen} />}
    </section>
  );
}
