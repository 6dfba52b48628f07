import { z } from 'zod';
import { complaintViewSchema, serviceViewSchema } from '../catalog/displayView';
import { CLIENT_LANGUAGES, type ClientLanguage } from '../config/schema';
import { personCardSchema } from '../directory/card';
import { receptionStatusSchema } from '../directory/hours';
import { SURVEY_REASONS } from '../survey/answers';

/** What the client-facing screen shows. Features add their own views here. */
export const displayViewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('welcome') }).strict(),
  serviceViewSchema,
  // §6: the serving employee's name, surname and position, with today's reception hours (§5).
  // On a break it may say when the desk is back ("back at 14:30").
  z
    .object({
      kind: z.literal('badge'),
      person: personCardSchema,
      reception: receptionStatusSchema,
      onBreak: z.boolean(),
      backAt: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
        .optional(),
    })
    .strict(),
  z.object({ kind: z.literal('closed') }).strict(),
  // §4.2.3: where to go instead, while the serving employee stays named.
  z
    .object({
      kind: z.literal('referral'),
      person: personCardSchema,
      reception: receptionStatusSchema,
      servedBy: personCardSchema.pick({ name: true, surname: true, position: true, gender: true, positionTranslations: true }).nullable(),
    })
    .strict(),
  complaintViewSchema,
  // §8.1: "How were you served?" The client's answer never comes back in a view: the thank-you
  // screen carries no face, so nothing the desk mirrors can tell it what the client chose.
  z
    .object({
      kind: z.literal('survey'),
      invitation: z.string().regex(/^[A-Za-z0-9_-]{8,32}$/),
      reasons: z.array(z.enum(SURVEY_REASONS)).max(SURVEY_REASONS.length),
    })
    .strict(),
  z.object({ kind: z.literal('thanks') }).strict(),
]);
export type DisplayView = z.infer<typeof displayViewSchema>;

export interface DisplayState {
  language: ClientLanguage;
  institutionName: string | null;
  view: DisplayView;
}

export const clientLanguageSchema = z.enum(CLIENT_LANGUAGES);

export const initialDisplayState = (institutionName: string | null): DisplayState => ({
  language: 'lv',
  institutionName,
  view: { kind: 'welcome' },
});
