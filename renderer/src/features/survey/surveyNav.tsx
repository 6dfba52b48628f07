import type { Identity } from '../../../../shared/identity/identity';
import type { NavItem } from '../../desk/navigation';
import { SurveyResultsScreen } from './SurveyResultsScreen';

/** Survey results for heads (their institution), the executive director and admins (all). */
export function surveyNavItems(identity: Identity): NavItem[] {
  const reader = identity.roles.some((r) => r === 'head' || r === 'executive_director' || r === 'admin');
  return reader ? [{ id: 'survey-results', label: 'nav.surveyResults', render: () => <SurveyResultsScreen /> }] : [];
}
