import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Identity } from '../../../../shared/identity/identity';
import { DEFAULT_SORT, type InboxFilter, type InboxSort } from '../../../../shared/review/inbox';
import type { Language } from '../../../../shared/config/schema';
import { useDeskApi } from '../../api/ApiContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { saveFile } from './download';
import { EntryPage } from './EntryPage';
import { InboxFilters } from './InboxFilters';
import { InboxList } from './InboxList';
import { useInbox } from './useReview';
import { useReadMarks } from './useReadMarks';
import { REVIEWERS, type Reviewer } from '../../../../shared/register/codes';

/** The reviewer's inbox; opening a row shows the entry page, and back keeps the filters. */
export function ReviewScreen({ identity, institutionName }: { identity: Identity; institutionName: string }) {
  const { t, i18n } = useTranslation('review');
  const api = useDeskApi();
  const [exportError, setExportError] = useState<unknown>(null);
  const [filter, setFilter] = useState<InboxFilter>({});
  const [sort, setSort] = useState<InboxSort>(DEFAULT_SORT);
  const [open, setOpen] = useState<string | null>(null);
  const { head, error, row } = useInbox(filter, sort);
  const marks = useReadMarks(identity.account);
  const myRoutes = REVIEWERS.filter((r): r is Reviewer => identity.roles.includes(r));
  // An entry opened here counts as read in the version the list shows when the reviewer is back.
  const opened = useRef(new Set<string>());
  const { markRead } = marks;
  const markedRow = useCallback(
    (index: number) => {
      const r = row(index);
      if (r && opened.current.has(r.id)) markRead(r);
      return r;
    },
    [row, markRead],
  );
  const openEntry = (id: string) => {
    opened.current.add(id);
    setOpen(id);
  };

  // The whole filtered list, not the page on screen, in the language the head works in.
  const exportInbox = (format: 'csv' | 'xlsx') =>
    api.call('review:export-inbox', { filter, sort, format, language: i18n.language as Language }).then(saveFile, setExportError);

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
      <InboxFilters
        filter={filter}
        sort={sort}
        institutions={head?.institutions ?? []}
        desks={head?.desks ?? []}
        onFilter={setFilter}
        onSort={setSort}
        myRoutes={myRoutes}
      />
      {head && head.total > 0 && (
        <div className="action-row" role="group" aria-label={t('export.inboxButton')} title={t('export.inboxHint')}>
          <button type="button" className="secondary" onClick={() => void exportInbox('xlsx')}>
            {t('export.inboxButton')} (XLSX)
          </button>
          <button type="button" className="secondary" onClick={() => void exportInbox('csv')}>
            {t('export.inboxButton')} (CSV)
          </button>
        </div>
      )}
      {error ? <ErrorMessage error={error} /> : null}
      {exportError ? <ErrorMessage error={exportError} /> : null}
      {head && <InboxList total={head.total} row={markedRow} onOpen={openEntry} isUnread={myRoutes.length ? marks.isUnread : undefined} />}
    </section>
  );
}
