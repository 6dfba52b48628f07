import { z } from 'zod';
import { endpoint } from '../contract/endpoint';
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
  /** A head for their institution, an admin for any or all. */
  'questionnaire:publish': endpoint<Questionnaire>()(questionnaireSchema.omit({ id: true, published: true })),
};

export type QuestionnaireChannel = keyof typeof questionnaireContract;
