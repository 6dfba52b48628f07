import { useTranslation } from 'react-i18next';
import type { DueState } from '../../../../shared/review/dueState';

/** Due soon / overdue at a glance; a word, not only a colour. */
export function DueBadge({ due, of = 'answer' }: { due: DueState | null; of?: 'answer' | 'forward' }) {
  const { t } = useTranslation('review');
  if (due !== 'overdue' && due !== 'due_soon') return null;
  return <span className={`badge badge-${due}`}>{t(of === 'forward' ? `forwardDue.${due}` : `due.${due}`)}</span>;
}
