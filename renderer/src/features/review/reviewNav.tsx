import type { Identity } from '../../../../shared/identity/identity';
import type { NavItem } from '../../desk/navigation';
import { DataProtectionScreen } from './DataProtectionScreen';
import { ReportsScreen } from './ReportsScreen';
import { ReviewScreen } from './ReviewScreen';

const REVIEWERS = ['head', 'executive_director', 'ethics_commission', 'council_chair'] as const;

/** The review workspace's screens, for those who have entries to see (admins have none). */
export function reviewNavItems(identity: Identity, institutionName: string): NavItem[] {
  const reviewer = identity.roles.some((r) => (REVIEWERS as readonly string[]).includes(r));
  const items: NavItem[] = [];
  if (reviewer || identity.roles.includes('desk_staff')) {
    items.push({
      id: 'review',
      label: reviewer ? 'review:nav.inbox' : 'review:nav.mine',
      render: () => <ReviewScreen identity={identity} institutionName={institutionName} />,
    });
  }
  if (reviewer) {
    items.push({ id: 'reports', label: 'review:nav.reports', render: () => <ReportsScreen /> });
    items.push({ id: 'data-protection', label: 'review:nav.dataProtection', render: () => <DataProtectionScreen roles={identity.roles} /> });
  }
  return items;
}
