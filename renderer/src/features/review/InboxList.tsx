import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxRow } from '../../../../shared/review/contract';
import { DueBadge } from './DueBadge';
import { formatDate } from './format';

const ROW_HEIGHT = 64;

/** The inbox as a virtualised list: only the rows in view exist in the page, at any length. */
export function InboxList({
  total,
  row,
  onOpen,
  isUnread = () => false,
}: {
  total: number;
  row: (index: number) => InboxRow | null;
  onOpen: (id: string) => void;
  /** Not yet read by this reviewer in its current version: marked in words and in bold. */
  isUnread?: (row: InboxRow) => boolean;
}) {
  const { t, i18n } = useTranslation('review');
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 800, height: 600 },
  });

  if (total === 0) return <p className="empty">{t('inbox.empty')}</p>;
  return (
    <div ref={scroller} className="inbox-scroll" tabIndex={0} role="region" aria-label={t('inbox.list')}>
      <div role="list" style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {virtual.getVirtualItems().map((item) => {
          const r = row(item.index);
          return (
            <div
              key={item.key}
              role="listitem"
              aria-posinset={item.index + 1}
              aria-setsize={total}
              className="inbox-row"
              style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
            >
              {r ? (
                <button type="button" className={`inbox-open ${isUnread(r) ? 'inbox-unread' : ''}`} onClick={() => onOpen(r.id)} data-testid="inbox-row">
                  <span className="inbox-number">{r.number}</span>
                  <span className="inbox-meta">
                    {t(`kind.${r.kind}`)} · {t(`subject.${r.subject}`)} · {t(`status.${r.status}`)} ·{' '}
                    {t('inbox.due', { date: formatDate(r.dueDate, i18n.language) })}
                    {r.forward && r.forward !== 'done' && r.forwardDue ? ` · ${t('inbox.forwardBy', { date: formatDate(r.forwardDue, i18n.language) })}` : ''}
                  </span>
                  <span className="inbox-summary">{r.summary}</span>
                  <span className="inbox-badges">
                    {isUnread(r) && <span className="badge badge-unread">{t('everyday.unread')}</span>}
                    <DueBadge due={r.due} />
                    <DueBadge due={r.forward} of="forward" />
                    {r.needsReview && <span className="badge badge-conflict">{t('inbox.needsReview')}</span>}
                  </span>
                </button>
              ) : (
                <span className="inbox-loading">{t('inbox.loadingRow')}</span>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
