import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeskApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';

/**
 * For admins, from October: next year's municipality decision on transferred working days is
 * not published, so deadlines will follow the Cabinet's transfers. Says what to run; blocks nothing.
 */
export function CalendarNotice() {
  const { t } = useTranslation('register');
  const api = useDeskApi();
  const { data } = useQuery(useCallback(() => api.call('register:calendar-notice'), [api]));
  if (!data?.missingDecisionYear) return null;
  return (
    <div className="notice notice-warning" role="status" data-testid="calendar-notice">
      {t('calendarNotice', { year: data.missingDecisionYear })}
    </div>
  );
}
