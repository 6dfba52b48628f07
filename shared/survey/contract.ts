import { z } from 'zod';
import { endpoint } from '../contract/endpoint';
import { periodSchema } from '../review/reports';
import type { ExportFile } from '../review/contract';
import { EXPORT_FORMATS } from '../review/contract';
import { FACES, SURVEY_REASONS, type SurveyReport } from './answers';

export const surveyContract = {
  /** Desk: the service is over; the client display asks "How were you served?". */
  'survey:invite': endpoint<{ invitation: string }>()(z.undefined()),
  /**
   * Display only: the client's answer. Its reply goes back to the display alone and says no
   * more than whether it was taken (one answer per invitation).
   */
  'survey:answer': endpoint<{ accepted: boolean }>()(
    z.object({ invitation: z.string().regex(/^[A-Za-z0-9_-]{8,32}$/), face: z.enum(FACES), reason: z.enum(SURVEY_REASONS).nullable() }).strict(),
  ),
  /** Heads: results for a period by month, desk, service (and employee where linked). */
  'survey:report': endpoint<SurveyReport>()(z.object({ period: periodSchema }).strict()),
  'survey:export': endpoint<ExportFile>()(z.object({ period: periodSchema, format: z.enum(EXPORT_FORMATS) }).strict()),
};

export type SurveyChannel = keyof typeof surveyContract;
