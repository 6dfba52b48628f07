import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Identity } from '../../../../shared/identity/identity';
import { REVIEWERS } from '../../../../shared/register/codes';
import { DEFAULT_SORT } from '../../../../shared/review/inbox';
import { useDeskApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';

/**
 * At sign-in and on every other screen: a reviewer with entries overdue or due within the
 * "due soon" working days is told how many, with the way to the inbox. It never blocks anything.
 */
export function DueReminder({ identity, onOpen }: { identity: Identity; onOpen: () => void }) {
  const { t } = useTranslation('review');
  const api = useDeskApi();
  const reviewer = identity.roles.some((r) => (REVIEWERS as readonly string[]).includes(r));
  const { data } = useQuery(
    useCallback(() => (reviewer ? api.call('review:inbox', { filter: {}, sort: DEFAULT_SORT, offset: 0, limit: 1 }) : Promise.resolve(null)), [api, reviewer]),
  );
  if (!data || data.counts.overdue + data.counts.dueSoon === 0) return null;
  return (
    <div className="notice notice-warning due-reminder" role="status" data-testid="due-reminder">
      <span>
        {t('everyday.reminder', {
          overdue: t('inbox.overdueCount', { count: data.counts.overdue }),
          dueSoon: t('inbox.dueSoonCount', { count: data.counts.dueSoon }),
        })}
      </span>{' '}
      <button type="button" className="secondary" onClick={onOpen}>
        {t('everyday.openInbox')}
      </button>
    </div>
  );
}
