import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_RULES, deadlinesFor } from '../../../shared/register/deadlines';
import { rigaDate } from '../../../shared/calendar/dates';
import { easterSunday, holidaysOf, LATVIAN_HOLIDAYS } from '../../../shared/calendar/holidays';
import { workCalendar } from '../../../shared/calendar/workingDays';

describe('Latvian public holidays and working days', () => {
  const calendar = workCalendar(LATVIAN_HOLIDAYS);

  it('finds Western Easter', () => {
    expect([2025, 2026, 2027].map(easterSunday)).toEqual(['2025-04-20', '2026-04-05', '2027-03-28']);
  });

  it('lists the 2026 days off, Easter-based dates (Pentecost too) and the Cabinet’s transfers included', () => {
    expect(holidaysOf(2026, LATVIAN_HOLIDAYS).map((h) => h.date)).toEqual([
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
  });

  it('gives the next Monday off when 4 May or 18 November falls on a weekend', () => {
    expect(holidaysOf(2025, LATVIAN_HOLIDAYS).map((h) => h.date)).toContain('2025-05-05');
    expect(holidaysOf(2028, LATVIAN_HOLIDAYS).map((h) => h.date)).toContain('2028-11-20');
  });

  it('honours a Cabinet transfer: an extra day off and a Saturday worked', () => {
    const moved = workCalendar({
      ...LATVIAN_HOLIDAYS,
      extra: [{ date: '2026-11-16', name: 'pārcelta' }],
      workingDays: [{ date: '2026-11-21', name: 'pārcelta' }],
    });
    expect(moved.isWorkingDay('2026-11-16')).toBe(false);
    expect(moved.isWorkingDay('2026-11-21')).toBe(true);
    expect(calendar.isWorkingDay('2026-11-21')).toBe(false);
  });
});

describe('answer deadlines from the rule table', () => {
  const calendar = workCalendar(LATVIAN_HOLIDAYS);

  it('counts 10 working days past Easter, a month for an extension and 5 working days to forward', () => {
    expect(deadlinesFor('complaint', '2026-04-01', DEFAULT_DEADLINE_RULES, calendar)).toEqual({
      answer: '2026-04-17',
      extendedLimit: '2026-05-05',
      forward: '2026-04-10',
    });
  });

  it('skips weekends only when there are no holidays', () => {
    expect(deadlinesFor('suggestion', '2026-03-02', DEFAULT_DEADLINE_RULES, calendar).answer).toBe('2026-03-16');
  });

  it('uses the rule table, so an institution can change a kind’s term without code', () => {
    const rules = { ...DEFAULT_DEADLINE_RULES, question: { answerWorkingDays: 3, extensionMonths: 0, forwardWorkingDays: 2 } };
    expect(deadlinesFor('question', '2026-03-02', rules, calendar).answer).toBe('2026-03-05');
  });

  it('counts from the registration day in Latvia, not in UTC', () => {
    expect(rigaDate(Date.parse('2026-03-01T22:30:00Z'))).toBe('2026-03-02');
    expect(rigaDate(Date.parse('2026-07-01T20:59:00Z'))).toBe('2026-07-01');
  });
});

describe('status flow', () => {
  it('goes registered → in review → answered → closed, with forwarding and extension on the side', async () => {
    const { canChangeStatus, needsReason } = await import('../../../shared/register/statusFlow');
    expect(canChangeStatus('registered', 'in_review')).toBe(true);
    expect(canChangeStatus('in_review', 'answered')).toBe(true);
    expect(canChangeStatus('answered', 'closed')).toBe(true);
    expect(canChangeStatus('registered', 'closed')).toBe(false);
    expect(canChangeStatus('closed', 'in_review')).toBe(false);
    expect(canChangeStatus('in_review', 'void')).toBe(false);
    expect(needsReason('forwarded')).toBe(true);
    expect(needsReason('answered')).toBe(false);
  });
});
