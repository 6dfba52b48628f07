import { describe, expect, it } from 'vitest';
import { createFold } from '../../../shared/register/fold';
import { answeredAt } from '../../../shared/review/history';
import { buildReport, median, periodSchema } from '../../../shared/review/reports';
import { eventsFor } from '../../support/reviewEntries';

/** Entries with their answer time taken from history, as the review service builds them. */
const rows = (specs: Array<[number, Parameters<typeof eventsFor>[1], Parameters<typeof eventsFor>[2]]>) =>
  specs.map(([n, over, edits]) => {
    const events = eventsFor(n, over, edits);
    const fold = createFold();
    events.forEach((e) => fold.apply(e));
    return { entry: fold.entries()[0]!, answeredAt: answeredAt(events) };
  });

describe('reports for a period', () => {
  const data = rows([
    [1, { registeredAt: '2026-01-05T08:00:00.000Z', dueDate: '2026-01-19', channel: 'phone' }, [{ status: 'in_review' }, { status: 'answered' }]],
    [2, { registeredAt: '2026-01-20T08:00:00.000Z', dueDate: '2026-02-03', kind: 'idea', subject: 'premises' }, []],
    [3, { registeredAt: '2026-02-02T08:00:00.000Z', dueDate: '2026-02-16', institution: 'RSD' }, [{ status: 'answered' }, { status: 'closed' }]],
    [4, { registeredAt: '2025-12-30T08:00:00.000Z', dueDate: '2026-01-14' }, []],
  ]);

  it('counts entries of the period by kind, subject, channel, institution and status', () => {
    const r = buildReport(data, { from: '2026-01-01', to: '2026-02-28' }, '2026-03-01');
    expect(r.total).toBe(3);
    expect(r.byKind).toMatchObject({ complaint: 2, idea: 1, praise: 0 });
    expect(r.bySubject).toMatchObject({ service_quality: 2, premises: 1 });
    expect(r.byChannel).toMatchObject({ phone: 1, in_person: 2 });
    expect(r.byInstitution).toEqual({ RNP: 2, RSD: 1 });
    expect(r.byStatus).toMatchObject({ answered: 1, registered: 1, closed: 1 });
  });

  it('gives the median answer time, the share answered on time and what is overdue', () => {
    const r = buildReport(data, { from: '2026-01-01', to: '2026-02-28' }, '2026-03-01');
    // Answered 2 h after registration (same day) and 1 h after: both on time, 0 days each.
    expect(r.answered).toBe(2);
    expect(r.medianAnswerDays).toBe(0);
    expect(r.onTimePercent).toBe(100);
    expect(r.overdue).toBe(1);
  });

  it('lists a trend row per month of the period', () => {
    const r = buildReport(data, { from: '2026-01-01', to: '2026-02-28' }, '2026-03-01');
    expect(r.months).toEqual([
      { month: '2026-01', registered: 2, answered: 1, overdue: 1 },
      { month: '2026-02', registered: 1, answered: 1, overdue: 0 },
    ]);
  });

  it('counts an answer given after the due date as late', () => {
    const late = rows([[9, { registeredAt: '2026-01-05T08:00:00.000Z', dueDate: '2026-01-05' }, [{ status: 'answered' }]]]);
    late[0]!.answeredAt = '2026-01-09T10:00:00.000Z';
    const r = buildReport(late, { from: '2026-01-01', to: '2026-01-31' }, '2026-02-01');
    expect(r.onTimePercent).toBe(0);
    expect(r.medianAnswerDays).toBe(4);
  });

  it('takes the middle of an even count as the mean of the two middle values', () => {
    expect(median([5, 1, 3, 9])).toBe(4);
    expect(median([])).toBeNull();
  });

  it('rejects a period that ends before it starts', () => {
    expect(periodSchema.safeParse({ from: '2026-02-01', to: '2026-01-01' }).success).toBe(false);
  });
});
