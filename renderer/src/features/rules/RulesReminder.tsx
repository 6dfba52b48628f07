import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeskApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';
import { formatDateTime } from '../../../../shared/i18n/dates';

/**
 * At sign-in: a reminder for an employee who has not acknowledged the rules in force. It never
 * blocks anything; serving clients goes on.
 */
export function RulesReminder({ onOpen }: { onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useDeskApi();
  const { data } = useQuery(useCallback(() => api.call('rules:current'), [api]));
  if (!data || !data.canSign || data.signedAt) return null;
  return (
    <div className="notice notice-warning rules-reminder" role="status" data-testid="rules-reminder">
      <span>{t('rules.reminder', { version: data.document.version })}</span>{' '}
      {data.reminded && (
        <span data-testid="rules-reminded-by">{t('rules.remindedBy', { by: data.reminded.by, when: formatDateTime(data.reminded.at, i18n.language) })}</span>
      )}{' '}
      <button type="button" className="secondary" onClick={onOpen}>
        {t('rules.openToSign')}
      </button>
    </div>
  );
}
