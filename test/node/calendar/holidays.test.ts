import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  easterSunday,
  holidayRulesSchema,
  holidaysOf,
  isPublicHoliday,
  isWorkingDay,
  LATVIAN_HOLIDAYS,
  weekdayOf,
} from '../../../shared/calendar/holidays';
import { inLatvia } from '../../../shared/calendar/rigaTime';

describe('Latvian public holidays', () => {
  it('puts Easter on the known Sundays', () => {
    expect(['2024', '2025', '2026', '2027', '2038'].map((y) => easterSunday(Number(y)))).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
    ]);
  });

  it('lists the fixed, Easter-based, midsummer and Cabinet-transferred days off of 2026', () => {
    const dates = holidaysOf(2026).map((h) => h.date);
    expect(dates).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-04',
      '2026-05-24',
      '2026-06-22',
      '2026-06-23',
      '2026-06-24',
      '2026-11-18',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-31',
    ]);
    expect(holidaysOf(2026).find((h) => h.date === '2026-06-23')?.name).toBe('Līgo diena');
  });

  it('gives the next Monday off when 4 May or 18 November falls on a weekend', () => {
    expect(isPublicHoliday('2024-05-06')).toBe(true); // 4 May 2024 was a Saturday
    expect(isPublicHoliday('2023-11-20')).toBe(true); // 18 November 2023 was a Saturday
    expect(isPublicHoliday('2026-05-05')).toBe(false); // 4 May 2026 is a Monday itself
  });

  it('treats a transferred working day as a day off and the Saturday it moved to as a working day', () => {
    expect(isPublicHoliday('2025-05-02')).toBe(true);
    expect(isWorkingDay('2025-05-02')).toBe(false);
    expect(isWorkingDay('2025-05-10')).toBe(true);
  });

  it('reads one-off and transferred days from the rules given, so admins can add them as data', () => {
    const rules = { ...LATVIAN_HOLIDAYS, extra: [{ date: '2027-07-05', name: 'Dziesmu svētku brīvdiena' }], workingDays: [] };
    expect(isPublicHoliday('2027-07-05', rules)).toBe(true);
    expect(isPublicHoliday('2027-07-05')).toBe(false);
    expect(isPublicHoliday('2025-05-02', rules)).toBe(false);
  });

  it('checks rules published as data before they are used', () => {
    expect(holidayRulesSchema.parse(JSON.parse(JSON.stringify(LATVIAN_HOLIDAYS)))).toEqual(LATVIAN_HOLIDAYS);
    expect(holidayRulesSchema.safeParse({ ...LATVIAN_HOLIDAYS, fixed: [{ month: 13, day: 1, name: 'x' }] }).success).toBe(false);
  });

  it('never counts a weekend as a working day unless a transfer says so', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 30 }), (n) => {
        const date = addDays('2010-01-01', n);
        const transferred = LATVIAN_HOLIDAYS.workingDays.some((d) => d.date === date);
        if (weekdayOf(date) >= 6 && !transferred) expect(isWorkingDay(date)).toBe(false);
        if (isPublicHoliday(date)) expect(isWorkingDay(date)).toBe(transferred);
      }),
    );
  });

  it('tells the Latvian calendar day and time across summer time, whatever the computer’s zone', () => {
    expect(inLatvia(new Date('2026-07-01T21:30:00Z'))).toEqual({ date: '2026-07-02', minutes: 30 });
    expect(inLatvia(new Date('2026-01-15T07:05:00Z'))).toEqual({ date: '2026-01-15', minutes: 9 * 60 + 5 });
  });
});
