import { z } from 'zod';
import type { Period } from '../review/reports';

/**
 * Client satisfaction (§8.1): the four faces the client display offers, left to right, and
 * what an answer stored on the share holds. No client data is ever part of it: no name, no
 * time of day, no free text.
 */
export const FACES = ['very_good', 'good', 'bad', 'very_bad'] as const;
export type Face = (typeof FACES)[number];

/** Points per face for the average: 4 (very good) … 1 (very bad). */
export const FACE_POINTS: Record<Face, number> = { very_good: 4, good: 3, bad: 2, very_bad: 1 };

/**
 * Reasons the institution may offer after a face, one tap each. A fixed list of codes that the
 * app translates: free text is never asked for, because clients would type names.
 */
export const SURVEY_REASONS = ['quick', 'clear', 'polite', 'waited_long', 'unclear', 'not_solved', 'premises'] as const;
export type SurveyReason = (typeof SURVEY_REASONS)[number];
export const DEFAULT_SURVEY_REASONS: readonly SurveyReason[] = ['quick', 'clear', 'polite', 'waited_long', 'unclear'];

/** What an answer may be linked to, as the institution chooses (default: desk and service). */
export const SURVEY_LINKS = ['desk', 'service', 'employee'] as const;
export type SurveyLink = (typeof SURVEY_LINKS)[number];
export const DEFAULT_SURVEY_LINKS: readonly SurveyLink[] = ['desk', 'service'];

/** Any figure about fewer answers than this is not shown. */
export const MIN_GROUP = 5;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One line of `surveys/<desk>.jsonl`. Only the day is kept, never the time of the answer. */
export const answerLineSchema = z
  .object({
    v: z.literal(1),
    id: z.string().regex(/^[A-Za-z0-9_-]{8,32}$/),
    day,
    institution: z.string().max(8),
    desk: z.string().max(6).nullable(),
    service: z.string().max(64).nullable(),
    employee: z.string().max(64).nullable(),
    face: z.enum(FACES),
    reason: z.enum(SURVEY_REASONS).nullable(),
  })
  .strict();
export type AnswerLine = z.infer<typeof answerLineSchema>;

/** Keeps only what the institution chose to link; the rest is stored as null. */
export function linkAnswer(
  links: readonly SurveyLink[],
  at: { desk: string | null; service: string | null; employee: string | null },
): Pick<AnswerLine, 'desk' | 'service' | 'employee'> {
  return {
    desk: links.includes('desk') ? at.desk : null,
    service: links.includes('service') ? at.service : null,
    employee: links.includes('employee') ? at.employee : null,
  };
}

export const SURVEY_GROUPS = ['month', 'desk', 'service', 'employee'] as const;
export type SurveyGroup = (typeof SURVEY_GROUPS)[number];

/** One row of the results: null figures mean "fewer than MIN_GROUP answers, not shown". */
export interface SurveyRow {
  key: string;
  /** The service's name from the catalogue (by-service rows whose id it knows), in each language it gives. */
  name?: { lv: string; ltg?: string; en?: string };
  /** True when the group is too small: every figure below is null. */
  hidden: boolean;
  answers: number | null;
  faces: Record<Face, number> | null;
  /** Average points 1–4, one decimal. */
  average: number | null;
  reasons: Partial<Record<SurveyReason, number>> | null;
}

export interface SurveyReport {
  period: Period;
  institution: string | null;
  total: SurveyRow;
  byMonth: SurveyRow[];
  byDesk: SurveyRow[];
  byService: SurveyRow[];
  byEmployee: SurveyRow[];
}

const emptyFaces = (): Record<Face, number> => ({ very_good: 0, good: 0, bad: 0, very_bad: 0 });

/** One group's figures, or a hidden row when it holds fewer than MIN_GROUP answers. */
export function summarise(key: string, answers: readonly AnswerLine[]): SurveyRow {
  if (answers.length < MIN_GROUP) return { key, hidden: true, answers: null, faces: null, average: null, reasons: null };
  const faces = emptyFaces();
  const reasons: Partial<Record<SurveyReason, number>> = {};
  let points = 0;
  for (const a of answers) {
    faces[a.face] += 1;
    points += FACE_POINTS[a.face];
    if (a.reason) reasons[a.reason] = (reasons[a.reason] ?? 0) + 1;
  }
  // A reason given fewer than MIN_GROUP times could single out one visit: it is left out.
  for (const r of Object.keys(reasons) as SurveyReason[]) if ((reasons[r] ?? 0) < MIN_GROUP) delete reasons[r];
  return { key, hidden: false, answers: answers.length, faces, average: Math.round((points / answers.length) * 10) / 10, reasons };
}

const groupBy = (answers: readonly AnswerLine[], key: (a: AnswerLine) => string | null): SurveyRow[] => {
  const groups = new Map<string, AnswerLine[]>();
  for (const a of answers) {
    const k = key(a);
    if (k === null) continue;
    const list = groups.get(k) ?? [];
    list.push(a);
    groups.set(k, list);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, list]) => summarise(k, list));
};

/**
 * The results for a period: answers from every desk (deduplicated by id, as a conflict copy
 * may hold the same line twice), for one institution or (null) all of them.
 */
export function buildSurveyReport(all: Iterable<AnswerLine>, period: Period, institution: string | null): SurveyReport {
  const seen = new Map<string, AnswerLine>();
  for (const a of all) {
    if (a.day < period.from || a.day > period.to) continue;
    if (institution !== null && a.institution !== institution) continue;
    seen.set(a.id, a);
  }
  const answers = [...seen.values()];
  return {
    period,
    institution,
    total: summarise('total', answers),
    byMonth: groupBy(answers, (a) => a.day.slice(0, 7)),
    byDesk: groupBy(answers, (a) => (a.desk ? `${a.institution}/${a.desk}` : null)),
    byService: groupBy(answers, (a) => a.service),
    byEmployee: groupBy(answers, (a) => a.employee),
  };
}

/** The by-service rows named from the catalogue; an id it no longer has keeps the id. */
export function nameServices(report: SurveyReport, names: ReadonlyMap<string, { lv: string; ltg?: string; en?: string }>): SurveyReport {
  return {
    ...report,
    byService: report.byService.map((r) => {
      const name = names.get(r.key);
      return name ? { ...r, name } : r;
    }),
  };
}
