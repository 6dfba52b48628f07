import { useTranslation } from 'react-i18next';
import type { Kind, Subject } from '../../../../shared/register/codes';
import type { Employee } from '../../../../shared/register/record';
import { formatDate } from '../../i18n/formatDates';
import { useRoutingPreview } from './useRegister';

/** Before saving: who will review the entry and why (§11, §12), and when the answer is due. */
export function RoutingPreview({ kind, subject, employee }: { kind: Kind; subject: Subject; employee: Employee | null }) {
  const { t, i18n } = useTranslation('register');
  const { data } = useRoutingPreview(kind, subject, employee);
  if (!data) return null;
  return (
    <section className="routing-preview" aria-labelledby="routing-title" aria-live="polite" data-testid="routing-preview">
      <h4 id="routing-title">{t('form.routingTitle')}</h4>
      <p>
        <strong>{t(`reviewer.${data.routing.to}`)}</strong> — {t(`route.r${data.routing.rule.replace('.', '_')}`)}
      </p>
      <h4>{t('form.dueTitle')}</h4>
      <p>
        {t('form.dueLine', {
          days: data.rule.answerWorkingDays,
          date: formatDate(data.deadlines.answer, i18n.language),
          extended: formatDate(data.deadlines.extendedLimit, i18n.language),
        })}
      </p>
    </section>
  );
}
