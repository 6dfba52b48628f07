import { z } from 'zod';
import { endpoint, event } from '../contract/endpoint';
import { kindSchema, subjectSchema } from './codes';
import { employeeSchema, registerInputSchema, type RegisterEntry } from './record';
import type { RegistrationPreview } from './registration';
import type { SyncStatus } from './syncStatus';

/** The register's channels for the desk window; the client display has none of them. */
export const registerContract = {
  'register:add': endpoint<RegisterEntry>()(registerInputSchema),
  'register:list-mine': endpoint<RegisterEntry[]>()(z.undefined()),
  'register:preview-routing': endpoint<RegistrationPreview>()(
    z
      .object({
        kind: kindSchema,
        subject: subjectSchema,
        employee: employeeSchema.nullable().optional(),
        receivedOn: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .optional(),
      })
      .strict(),
  ),
  /** For admins: the year whose municipality decision on transferred working days is due (from October), else null. */
  'register:calendar-notice': endpoint<{ missingDecisionYear: number | null }>()(z.undefined()),
  'sync:status': endpoint<SyncStatus>()(z.undefined()),
  'sync:now': endpoint<SyncStatus>()(z.undefined()),
};

export const registerEvents = {
  'sync:changed': event<SyncStatus>(),
  /** Entries changed (saved here or arrived by sync): lists reload. */
  'register:changed': event<null>(),
};
