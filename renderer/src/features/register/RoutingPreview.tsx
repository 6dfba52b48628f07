import { useTranslation } from 'react-i18next';
import type { Kind } from '../../../../shared/register/codes';
import type { RegistrationPreview } from '../../../../shared/register/registration';
import { formatDate } from '../../../../shared/i18n/dates';
import { positionIn } from '../../../../shared/directory/position';

interface Props {
  data: RegistrationPreview | null | undefined;
  kind: Kind;
  /** No name or contact: nobody to answer or to notify of an extension. */
  anonymous: boolean;
}

/**
 * Before saving: who will review the entry and why (§11, §12), and by when to answer or forward
 * it, counted from the day of receipt. Only what applies is said: an extension is "with notice
 * to the client" only when there is a client to notify and an answer to wait for (not praise).
 */
export function RoutingPreview({ data, kind, anonymous }: Props) {
  const { t, i18n } = useTranslation('register');
  if (!data) return null;
  // "līdz 17. aprīlim": the month follows "until" (dative); "skaitīts no 1. aprīļa" (genitive).
  const until = (d: string) => formatDate(d, i18n.language, 'dative');
  const rule = data.routing.rule.replace('.', '_');
  const due =
    data.rule.answerWorkingDays !== undefined
      ? t('form.dueLine', { count: data.rule.answerWorkingDays, date: until(data.deadlines.answer) })
      : t('form.dueLineMonths', { count: data.rule.answerMonths, date: until(data.deadlines.answer) });
  const extendable = !anonymous && kind !== 'praise';
  return (
    <section className="routing-preview" aria-labelledby="routing-title" aria-live="polite" data-testid="routing-preview">
      <h4 id="routing-title">{t('form.routingTitle')}</h4>
      <p>
        <strong>{t(`reviewer.${data.routing.to}`)}</strong> — {rule === 'default' && kind === 'praise' ? t('route.rdefault_praise') : t(`route.r${rule}`)}
      </p>
      {data.reviewers && data.reviewers.length > 0 && (
        <p data-testid="reviewer-names">
          {t(data.reviewers.length === 1 ? 'routingNames.one' : 'routingNames.several', {
            names: data.reviewers
              .map((r) => t('routingNames.person', { name: `${r.name} ${r.surname}`, position: positionIn(r, i18n.language).text }))
              .join('; '),
          })}
        </p>
      )}
      {data.reviewers && data.reviewers.length === 0 && (
        <p className="notice notice-warning" data-testid="reviewer-names">
          {t('routingNames.nobody')}
        </p>
      )}
      <h4>{t('form.dueTitle')}</h4>
      <p data-testid="due-line">{extendable ? `${due}; ${t('form.extendLine', { extended: until(data.deadlines.extendedLimit) })}` : due}</p>
      {anonymous && kind !== 'praise' && <p className="hint">{t('form.noAnswerAnonymous')}</p>}
      {kind !== 'praise' && <p>{t('form.forwardLine', { count: data.rule.forwardWorkingDays, date: until(data.deadlines.forward) })}</p>}
      <p className="hint">{t('form.ruleSource', { received: formatDate(data.receivedOn, i18n.language, 'genitive'), source: data.source })}</p>
    </section>
  );
}
