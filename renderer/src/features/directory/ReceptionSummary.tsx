import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/config/schema';
import type { ReceptionStatus } from '../../../../shared/directory/hours';
import { formatClock, formatDayOn, formatSlots } from '../../../../shared/i18n/format';

/**
 * Today's reception hours and "open now / next open at", in the window's language (the
 * client's on the display, Latvian on paper when `lng` is given).
 */
export function ReceptionSummary({
  reception,
  onBreak = false,
  backAt,
  lng,
}: {
  reception: ReceptionStatus;
  onBreak?: boolean;
  /** On a break: when the desk is back (`14:30`), if staff said. */
  backAt?: string | null;
  lng?: Language;
}) {
  const { t, i18n } = useTranslation('display', lng ? { lng } : undefined);
  const language = (lng ?? i18n.language) as Language;
  const { today, next } = reception;
  const when = next
    ? next.date === today.date
      ? t('hours.todayAt', { time: formatClock(next.from, language) })
      : t('hours.dayAt', { day: formatDayOn(next.date, language), time: formatClock(next.from, language) })
    : '';
  const status = onBreak
    ? backAt
      ? t('hours.onBreakUntil', { time: backAt })
      : t('hours.onBreak')
    : reception.open
      ? t('hours.openUntil', { until: reception.until ? formatClock(reception.until, language) : '' })
      : next
        ? t('hours.nextOpen', { when })
        : t('hours.noNext');
  return (
    <div className="reception">
      <p className="reception-today">
        {today.slots.length ? t('hours.today', { slots: formatSlots(today.slots, language) }) : t(`hours.todayNone.${today.reason ?? 'none'}`)}
      </p>
      {/* Today differs from the weekly plan: say why, in the admin's words. */}
      {today.note && (
        <p className="reception-note" data-testid="reception-note">
          {t('hours.todayNote', { note: today.note })}
        </p>
      )}
      <p className={`reception-status ${reception.open && !onBreak ? 'is-open' : 'is-closed'}`} data-testid="reception-status">
        {status}
      </p>
    </div>
  );
}
