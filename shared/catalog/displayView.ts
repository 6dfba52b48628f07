import { z } from 'zod';
import { reviewProcedureSchema, serviceSchema } from './schema';

/** A service on the client display: main fills it in, so the display reads nothing itself. */
export const serviceViewSchema = z
  .object({
    kind: z.literal('service'),
    service: serviceSchema,
    review: reviewProcedureSchema,
    specialists: z
      .array(
        z
          .object({
            id: z.string(),
            name: z.string().nullable(),
            position: z.string().nullable(),
            positionTranslations: z.object({ ltg: z.string().optional(), en: z.string().optional() }).strict().optional(),
          })
          .strict(),
      )
      .max(20),
  })
  .strict();
export type ServiceView = z.infer<typeof serviceViewSchema>;

/** The "how to complain" sheet (§4.1.2) on the client display, with the deadlines in force. */
export const complaintViewSchema = z.object({ kind: z.literal('complaint'), review: reviewProcedureSchema }).strict();
export type ComplaintView = z.infer<typeof complaintViewSchema>;
