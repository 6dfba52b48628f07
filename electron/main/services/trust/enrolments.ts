import { join } from 'node:path';
import { z } from 'zod';
import { createPublishedDocument } from '../published/publishedDocument';
import { reviewerSchema } from '../../../../shared/register/codes';
import type { TrustRoot } from './trustRoot';

/**
 * The desks IT enrolled: `trust/desks.json`, signed by the admin key like every document that
 * gives power. A desk's batches count only when the key that signed them is the one listed
 * here for the folder they are in. Revoking a desk is a new list without it; desks keep their
 * last good list and refuse an older one, so deleting or replaying the file restores nobody.
 */
export const ENROLMENTS_PATH = 'trust/desks.json';

export const enrolmentSchema = z.object({
  deskId: z.string().regex(/^[a-z0-9-]{1,40}$/),
  institution: z.string(),
  deskCode: z.string(),
  publicKey: z.string().startsWith('ed25519:'),
  enrolledAt: z.string(),
  /** The desk's X25519 key: personal fields are encrypted for it (`../privacy/README.md`). */
  encryptionKey: z.string().startsWith('x25519:').optional(),
  /** The reviewer roles whose entries this desk may read (head, ethics commission…): IT decides. */
  reads: z.array(reviewerSchema).optional(),
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

export const enrolmentsSchema = z.object({ desks: z.array(enrolmentSchema) });
export type Enrolments = z.infer<typeof enrolmentsSchema>;

/** What a desk publishes about itself in its folder (`desks/<deskId>/desk-key.json`) so IT can enrol it. */
export const DESK_KEY_FILE = 'desk-key.json';
export const deskKeySchema = z.object({
  v: z.literal(1),
  deskId: z.string().regex(/^[a-z0-9-]{1,40}$/),
  institution: z.string(),
  deskCode: z.string(),
  publicKey: z.string().startsWith('ed25519:'),
  encryptionKey: z.string().startsWith('x25519:').optional(),
  createdAt: z.string(),
});
export type DeskKeyFile = z.infer<typeof deskKeySchema>;

export function enrolmentsDocument(share: string | null, cacheFolder: string, trust: TrustRoot, now?: () => Date) {
  return createPublishedDocument({
    shareFolder: share,
    sharePath: ENROLMENTS_PATH,
    cacheFile: join(cacheFolder, 'trust-desks.json'),
    schema: enrolmentsSchema,
    empty: { desks: [] },
    trust,
    now,
  });
}
