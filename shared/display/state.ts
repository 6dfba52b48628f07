import { z } from 'zod';
import { complaintViewSchema, serviceViewSchema } from '../catalog/displayView';
import { CLIENT_LANGUAGES, type ClientLanguage } from '../config/schema';

/** What the client-facing screen shows. Features add their own views here. */
export const displayViewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('welcome') }).strict(),
  serviceViewSchema,
  complaintViewSchema,
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
