import { z } from 'zod';

/**
 * Staff questionnaires (§8.2): a head (or an admin for the whole municipality) asks, staff
 * answer anonymously, once each, and results exist only for groups of at least MIN_ANSWERS.
 */
export const MIN_ANSWERS = 5;
export const QUESTION_KINDS = ['scale', 'single', 'multi', 'text'] as const;

const id = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const questionSchema = z
  .object({
    id,
    kind: z.enum(QUESTION_KINDS),
    text: z.string().trim().min(1).max(500),
    /** Choices for `single` and `multi`; for `scale`, the labels of its ends. */
    options: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  })
  .strict()
  .refine((q) => (q.kind === 'single' || q.kind === 'multi' ? q.options.length >= 2 : true), { message: 'options', path: ['options'] });
export type Question = z.infer<typeof questionSchema>;

export const questionnaireSchema = z
  .object({
    id,
    title: z.string().trim().min(3).max(200),
    /** Who is asked: one institution's staff, or (null) the whole municipality. */
    institution: z.string().max(8).nullable(),
    closes: day,
    questions: z.array(questionSchema).min(1).max(40),
    published: day,
  })
  .strict();
export type Questionnaire = z.infer<typeof questionnaireSchema>;

/** One anonymous answer: no person, no desk, no time. Scale 1–5; choices by index. */
export const answerSchema = z
  .object({
    questionnaire: id,
    answers: z.record(z.string(), z.union([z.number().int().min(0).max(20), z.array(z.number().int().min(0).max(20)).max(20), z.string().max(2000)])),
  })
  .strict();
export type Answer = z.infer<typeof answerSchema>;

/** The answer fits the questions: each value of the right shape, nothing extra. */
export function answerFits(q: Questionnaire, a: Answer): boolean {
  for (const [qid, value] of Object.entries(a.answers)) {
    const question = q.questions.find((x) => x.id === qid);
    if (!question) return false;
    if (question.kind === 'scale' && !(typeof value === 'number' && value >= 1 && value <= 5)) return false;
    if (question.kind === 'single' && !(typeof value === 'number' && value < question.options.length)) return false;
    if (question.kind === 'multi' && !(Array.isArray(value) && value.every((v) => v < question.options.length) && new Set(value).size === value.length))
      return false;
    if (question.kind === 'text' && typeof value !== 'string') return false;
  }
  return true;
}

export type QuestionResult =
  | { id: string; kind: 'scale'; counts: number[]; average: number | null }
  | { id: string; kind: 'single' | 'multi'; counts: number[] }
  | { id: string; kind: 'text'; texts: string[] };

export interface QuestionnaireResults {
  questionnaire: Questionnaire;
  /** Null when fewer than MIN_ANSWERS answered: then nothing else is given. */
  answers: number | null;
  questions: QuestionResult[] | null;
}

/** Fisher–Yates with the caller's randomness, so free texts never come back in the order written. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function questionnaireResults(q: Questionnaire, answers: readonly Answer[], random: () => number): QuestionnaireResults {
  const own = answers.filter((a) => a.questionnaire === q.id && answerFits(q, a));
  if (own.length < MIN_ANSWERS) return { questionnaire: q, answers: null, questions: null };
  const questions = q.questions.map((question): QuestionResult => {
    const values = own.map((a) => a.answers[question.id]).filter((v) => v !== undefined);
    if (question.kind === 'text')
      return {
        id: question.id,
        kind: 'text',
        texts: shuffle(
          values.filter((v): v is string => typeof v === 'string' && v.trim() !== ''),
          random,
        ),
      };
    const size = question.kind === 'scale' ? 5 : question.options.length;
    const counts = Array.from({ length: size }, () => 0);
    for (const v of values) for (const i of Array.isArray(v) ? v : [v as number]) counts[question.kind === 'scale' ? i - 1 : i]! += 1;
    if (question.kind !== 'scale') return { id: question.id, kind: question.kind, counts };
    const n = counts.reduce((a, b) => a + b, 0);
    return { id: question.id, kind: 'scale', counts, average: n ? Math.round((counts.reduce((s, c, i) => s + c * (i + 1), 0) / n) * 10) / 10 : null };
  });
  return { questionnaire: q, answers: own.length, questions };
}
