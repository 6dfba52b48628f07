import { z } from 'zod';
import { CHANNELS, KINDS, STATUSES, SUBJECTS } from '../register/codes';
import { dayNumber, rigaDate } from '../calendar/dates';
import type { RegisterEntry } from '../register/record';

export const periodSchema = z
  .object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })
  .strict()
  .refine((p) => p.from <= p.to, { message: 'from_after_to', path: ['to'] });
export type Period = z.infer<typeof periodSchema>;

export interface MonthRow {
  month: string;
  registered: number;
  answered: number;
  overdue: number;
}

export interface Report {
  period: Period;
  total: number;
  byKind: Record<string, number>;
  bySubject: Record<string, number>;
  byChannel: Record<string, number>;
  byInstitution: Record<string, number>;
  byStatus: Record<string, number>;
  answered: number;
  /** Calendar days from registration to the answer, median over answered entries; null if none. */
  medianAnswerDays: number | null;
  /** Share of answered entries answered by their due date, 0–100; null if none answered. */
  onTimePercent: number | null;
  /** Entries of the period still open past their due date on the report day. */
  overdue: number;
  months: MonthRow[];
}

export interface ReportInput {
  entry: RegisterEntry;
  /** When the entry first became `answered` (from its history), or null. */
  answeredAt: string | null;
}

const zeroes = (codes: readonly string[]) => Object.fromEntries(codes.map((c) => [c, 0])) as Record<string, number>;
const OPEN = new Set(['registered', 'in_review', 'extended']);

export function buildReport(rows: readonly ReportInput[], period: Period, today: string): Report {
  const r: Report = {
    period,
    total: 0,
    byKind: zeroes(KINDS),
    bySubject: zeroes(SUBJECTS),
    byChannel: zeroes(CHANNELS),
    byInstitution: {},
    byStatus: zeroes(STATUSES),
    answered: 0,
    medianAnswerDays: null,
    onTimePercent: null,
    overdue: 0,
    months: [],
  };
  const months = new Map<string, MonthRow>();
  const month = (m: string) => {
    let row = months.get(m);
    if (!row) months.set(m, (row = { month: m, registered: 0, answered: 0, overdue: 0 }));
    return row;
  };
  const answerDays: number[] = [];
  let onTime = 0;
  for (const { entry: e, answeredAt } of rows) {
    const day = rigaDate(Date.parse(e.registeredAt));
    if (day < period.from || day > period.to) continue;
    r.total++;
    r.byKind[e.kind]!++;
    r.bySubject[e.subject]!++;
    r.byChannel[e.channel]!++;
    r.byStatus[e.status]!++;
    r.byInstitution[e.institution] = (r.byInstitution[e.institution] ?? 0) + 1;
    const m = month(day.slice(0, 7));
    m.registered++;
    if (answeredAt) {
      const answeredOn = rigaDate(Date.parse(answeredAt));
      r.answered++;
      m.answered++;
      answerDays.push(dayNumber(answeredOn) - dayNumber(day));
      if (answeredOn <= e.dueDate) onTime++;
    } else if (OPEN.has(e.status) && e.dueDate < today) {
      r.overdue++;
      m.overdue++;
    }
  }
  r.medianAnswerDays = median(answerDays);
  r.onTimePercent = r.answered ? Math.round((onTime / r.answered) * 1000) / 10 : null;
  r.months = [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
  return r;
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
