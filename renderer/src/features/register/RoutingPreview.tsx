import { useTranslation } from 'react-i18next';
import type { RegistrationPreview } from '../../../../shared/register/registration';
import { formatDate } from '../../i18n/formatDates';

/** Before saving: who will review the entry and why (§11, §12), and by when to answer or forward it, counted from the day of receipt. */
export function RoutingPreview({ data }: { data: RegistrationPreview | null | undefined }) {
  const { t, i18n } = useTranslation('register');
  if (!data) return null;
  const date = (d: string) => formatDate(d, i18n.language);
  return (
    <section className="routing-preview" aria-labelledby="routing-title" aria-live="polite" data-testid="routing-preview">
      <h4 id="routing-title">{t('form.routingTitle')}</h4>
      <p>
        <strong>{t(`reviewer.${data.routing.to}`)}</strong> — {t(`route.r${data.routing.rule.replace('.', '_')}`)}
      </p>
      {data.reviewers && data.reviewers.length > 0 && (
        <p data-testid="reviewer-names">
          {t(data.reviewers.length === 1 ? 'routingNames.one' : 'routingNames.several', {
            names: data.reviewers.map((r) => t('routingNames.person', { name: `${r.name} ${r.surname}`, position: r.position })).join('; '),
          })}
        </p>
      )}
      {data.reviewers && data.reviewers.length === 0 && (
        <p className="notice notice-warning" data-testid="reviewer-names">
          {t('routingNames.nobody')}
        </p>
      )}
      <h4>{t('form.dueTitle')}</h4>
      <p>
        {data.rule.answerWorkingDays !== undefined
          ? t('form.dueLine', { days: data.rule.answerWorkingDays, date: date(data.deadlines.answer), extended: date(data.deadlines.extendedLimit) })
          : t('form.dueLineMonths', { count: data.rule.answerMonths, date: date(data.deadlines.answer), extended: date(data.deadlines.extendedLimit) })}
      </p>
      <p>{t('form.forwardLine', { days: data.rule.forwardWorkingDays, date: date(data.deadlines.forward) })}</p>
      <p className="hint">{t('form.ruleSource', { received: date(data.receivedOn), source: data.source })}</p>
    </section>
  );
}
