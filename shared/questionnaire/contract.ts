import { z } from 'zod';
import { endpoint } from '../contract/endpoint';
import { EXPORT_FORMATS, type ExportFile } from '../review/contract';
import { answerSchema, questionnaireSchema, type Questionnaire, type QuestionnaireResults } from './questionnaire';

export interface MyQuestionnaire {
  questionnaire: Questionnaire;
  answered: boolean;
  open: boolean;
}

export const questionnaireContract = {
  /** The questionnaires that ask me, and whether I have answered each. */
  'questionnaire:mine': endpoint<MyQuestionnaire[]>()(z.undefined()),
  /** My anonymous answer; once per questionnaire. */
  'questionnaire:answer': endpoint<{ answered: true }>()(answerSchema),
  /** Heads (their institution), the executive director and admins; nothing under five answers. */
  'questionnaire:results': endpoint<QuestionnaireResults>()(z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{6,40}$/) }).strict()),
  /** The results as files: CSV (one table per file, several in a ZIP) or XLSX; the same people and threshold as the results. */
  'questionnaire:export': endpoint<ExportFile>()(z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{6,40}$/), format: z.enum(EXPORT_FORMATS) }).strict()),
  /** A head for their institution, an admin for any or all. */
  'questionnaire:publish': endpoint<Questionnaire>()(questionnaireSchema.omit({ id: true, published: true })),
};

export type QuestionnaireChannel = keyof typeof questionnaireContract;
