import { describe, expect, it } from 'vitest';
import { formatDay, formatDayOn, formatSlots, weekdayName } from '../../../shared/i18n/format';

describe('dates and hours on screen and paper', () => {
  it('says when in Latvian with the locative, as a sentence needs it', () => {
    expect(formatDayOn('2026-11-25', 'lv')).toBe('trešdien, 25. novembrī');
    expect(formatDayOn('2027-03-01', 'ltg')).toBe('pirmdien, 1. martā');
    expect(formatDayOn('2026-11-25', 'en')).toBe('Wednesday 25 November');
  });

  it('names weekdays and writes hours the same way everywhere', () => {
    expect(weekdayName('sun', 'lv')).toBe('Svētdiena');
    expect(weekdayName('mon', 'en')).toBe('Monday');
    const slots = [
      { from: '08:30', to: '12:00' },
      { from: '12:30', to: '17:00' },
    ];
    expect(formatSlots(slots)).toBe('8.30–12.00, 12.30–17.00');
    expect(formatSlots(slots, 'ltg')).toBe('8.30–12.00, 12.30–17.00');
    expect(formatSlots(slots, 'en')).toBe('8:30–12:00, 12:30–17:00');
    expect(formatDay('2026-11-18', 'lv')).toBe('trešdiena, 18. novembris');
  });
});
