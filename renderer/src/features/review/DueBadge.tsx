import { useTranslation } from 'react-i18next';
import type { DueState } from '../../../../shared/review/dueState';

/** Due soon / overdue at a glance; a word, not only a colour. */
export function DueBadge({ due }: { due: DueState }) {
  const { t } = useTranslation('review');
  if (due !== 'overdue' && due !== 'due_soon') return null;
  return <span className={`badge badge-${due}`}>{t(`due.${due}`)}</span>;
}
