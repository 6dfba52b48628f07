import type { Language } from '../../../../shared/config/schema';
import { WEEKDAYS, type WeeklySlot } from '../../../../shared/directory/person';
import { formatSlots, weekdayName } from '../../../../shared/i18n/format';

/** The weekly reception plan, one line per day that has hours. */
export function WeeklyHours({ weekly, language, className }: { weekly: readonly WeeklySlot[]; language: Language; className?: string }) {
  const days = WEEKDAYS.map((day) => ({ day, slots: weekly.filter((s) => s.day === day) })).filter((d) => d.slots.length);
  return (
    <dl className={className ?? 'weekly-hours'}>
      {days.map(({ day, slots }) => (
        <div key={day}>
          <dt>{weekdayName(day, language)}</dt>
          <dd>{formatSlots(slots, language)}</dd>
        </div>
      ))}
    </dl>
  );
}
