import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  calendarYear,
  holidayCalendarSchema,
  holidaysOf,
  LATVIAN_HOLIDAYS,
  missingDecisionYear,
  weekdayOf,
  type HolidayCalendar,
} from '../../../shared/calendar/holidays';
import { workCalendar } from '../../../shared/calendar/workingDays';

/**
 * Sources: the law on holidays, remembrance and celebration days (days off, the Song and Dance
 * Festival's closing day); the Cabinet's orders on transferring working days in 2025
 * (17 Nov → Sat 8 Nov) and 2026 (2 Jan → Sat 17 Jan; 22 Jun → Sat 27 Jun).
 */
const withDecision = (year: number, daysOff: Array<{ date: string; name: string }>, workingDays: Array<{ date: string; name: string }>): HolidayCalendar => ({
  ...LATVIAN_HOLIDAYS,
  municipality: [{ year, decision: `Dome ${year}-09-25, Nr. 7`, daysOff, workingDays }],
});

describe('the Cabinet’s transferred working days', () => {
  const calendar = workCalendar(LATVIAN_HOLIDAYS);

  it('gives Monday 17 November 2025 off and makes Saturday 8 November 2025 a working day', () => {
    expect(calendar.isWorkingDay('2025-11-17')).toBe(false);
    expect(calendar.isWorkingDay('2025-11-08')).toBe(true);
    expect(holidaysOf(2025).find((d) => d.date === '2025-11-17')?.source).toBe('cabinet');
  });

  it('gives Friday 2 January and Monday 22 June 2026 off and works Saturdays 17 January and 27 June', () => {
    expect(['2026-01-02', '2026-01-17', '2026-06-22', '2026-06-27'].map(calendar.isWorkingDay)).toEqual([false, true, false, true]);
    expect(calendarYear(2026).workedDays).toEqual([
      { date: '2026-01-17', name: 'Darba diena no 2. janvāra', source: 'cabinet' },
      { date: '2026-06-27', name: 'Darba diena no 22. jūnija', source: 'cabinet' },
    ]);
  });

  it('counts a worked Saturday in a deadline: 5 working days from Tue 13 Jan 2026 end on Sat 17 Jan… then Tue 20 Jan', () => {
    // Wed 14, Thu 15, Fri 16, Sat 17 (worked), Mon 19 → the fifth working day is Monday 19 January.
    expect(calendar.addWorkingDays('2026-01-13', 5)).toBe('2026-01-19');
    expect(workCalendar({ ...LATVIAN_HOLIDAYS, workingDays: [] }).addWorkingDays('2026-01-13', 5)).toBe('2026-01-20');
  });

  it('tells the source of each day: law, Cabinet transfer', () => {
    const sources = Object.fromEntries(holidaysOf(2026).map((d) => [d.date, d.source]));
    expect(sources['2026-01-01']).toBe('law');
    expect(sources['2026-01-02']).toBe('cabinet');
    expect(sources['2026-06-23']).toBe('law');
  });
});

describe('the municipality’s own decision', () => {
  it('replaces the Cabinet’s transfers for its year only', () => {
    const own = withDecision(2026, [{ date: '2026-11-20', name: 'Pārcelta uz 14. novembri' }], [{ date: '2026-11-14', name: 'Darba diena no 20. novembra' }]);
    const calendar = workCalendar(own);
    expect(['2026-01-02', '2026-01-17', '2026-06-22', '2026-06-27'].map(calendar.isWorkingDay)).toEqual([true, false, true, false]);
    expect(calendar.isWorkingDay('2026-11-20')).toBe(false);
    expect(calendar.isWorkingDay('2026-11-14')).toBe(true);
    expect(calendar.isWorkingDay('2025-11-17')).toBe(false);
    expect(holidaysOf(2026, own).find((d) => d.date === '2026-11-20')?.source).toBe('municipality');
    expect(calendarYear(2026, own).workedDays.map((d) => d.source)).toEqual(['municipality']);
  });

  it('can decide on no transfer at all, and never removes a day off set by law', () => {
    const none = workCalendar(withDecision(2026, [], []));
    expect(none.isWorkingDay('2026-01-02')).toBe(true);
    expect(none.isWorkingDay('2026-01-01')).toBe(false);
    expect(none.isWorkingDay('2026-06-23')).toBe(false);
  });

  it('is checked as data, and older published rules without decisions still load', () => {
    const { municipality: _m, ...older } = LATVIAN_HOLIDAYS;
    expect(holidayCalendarSchema.parse(older).municipality).toEqual([]);
    expect(holidayCalendarSchema.safeParse({ ...LATVIAN_HOLIDAYS, municipality: [{ year: 2026, decision: '', daysOff: [], workingDays: [] }] }).success).toBe(
      false,
    );
    expect(
      holidayCalendarSchema.safeParse({
        ...LATVIAN_HOLIDAYS,
        municipality: [{ year: 2026, decision: 'x', daysOff: [{ date: '2026-02-30', name: 'x' }], workingDays: [] }],
      }).success,
    ).toBe(false);
  });

  it('reminds from October when next year’s decision is missing', () => {
    expect(missingDecisionYear('2026-09-30', LATVIAN_HOLIDAYS)).toBeNull();
    expect(missingDecisionYear('2026-10-01', LATVIAN_HOLIDAYS)).toBe(2027);
    expect(missingDecisionYear('2026-12-31', LATVIAN_HOLIDAYS)).toBe(2027);
    expect(missingDecisionYear('2026-10-01', withDecision(2027, [], []))).toBeNull();
  });
});

describe('the Song and Dance Festival’s closing day', () => {
  it('gives the closing day off and, on a weekend, the Monday after it', () => {
    expect(
      holidaysOf(2023)
        .filter((d) => d.date.startsWith('2023-07'))
        .map((d) => d.date),
    ).toEqual(['2023-07-09', '2023-07-10']);
    const festival = { ...LATVIAN_HOLIDAYS, extra: [{ date: '2028-07-08', name: 'Dziesmu un deju svētku noslēguma diena', mondayIfWeekend: true }] };
    expect(workCalendar(festival).isWorkingDay('2028-07-10')).toBe(false);
    const weekday = { ...LATVIAN_HOLIDAYS, extra: [{ date: '2028-07-12', name: 'Dziesmu un deju svētku noslēguma diena', mondayIfWeekend: true }] };
    expect(
      holidaysOf(2028, weekday)
        .filter((d) => d.date.startsWith('2028-07'))
        .map((d) => d.date),
    ).toEqual(['2028-07-12']);
  });
});

describe('working-day arithmetic with transfers', () => {
  const calendars = [LATVIAN_HOLIDAYS, withDecision(2026, [{ date: '2026-03-06', name: 'x' }], [{ date: '2026-03-14', name: 'y' }])];
  const start = fc.integer({ min: 0, max: 365 * 3 }).map((n) => addDays('2024-06-01', n));

  it('lands on a working day after exactly n working days, each counted once', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 30 }), fc.constantFrom(...calendars), (from, n, rules) => {
        const c = workCalendar(rules);
        const end = c.addWorkingDays(from, n);
        expect(c.isWorkingDay(end)).toBe(true);
        let counted = 0;
        for (let d = addDays(from, 1); d <= end; d = addDays(d, 1)) if (c.isWorkingDay(d)) counted++;
        expect(counted).toBe(n);
      }),
    );
  });

  it('adds working days in steps: n then m is n + m', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 15 }), fc.integer({ min: 1, max: 15 }), (from, n, m) => {
        const c = workCalendar(LATVIAN_HOLIDAYS);
        expect(c.addWorkingDays(c.addWorkingDays(from, n), m)).toBe(c.addWorkingDays(from, n + m));
      }),
    );
  });

  it('works a weekend day only when a transfer says so, and never works a day off', () => {
    fc.assert(
      fc.property(start, fc.constantFrom(...calendars), (date, rules) => {
        const y = calendarYear(Number(date.slice(0, 4)), rules);
        const worked = y.workedDays.some((d) => d.date === date);
        const off = y.daysOff.some((d) => d.date === date);
        expect(workCalendar(rules).isWorkingDay(date)).toBe(worked || (!off && weekdayOf(date) < 6));
      }),
    );
  });
});
