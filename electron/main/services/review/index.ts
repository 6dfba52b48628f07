import { join } from 'node:path';
import type { Person } from '../../../../shared/directory/person';
import { retentionSchema, withDefaults } from '../../../../shared/review/retention';
import type { IdentityService } from '../identity/identityService';
import { createPublishedDocument } from '../published/publishedDocument';
import type { TrustRoot } from '../trust/trustRoot';
import { loadRegisterRules } from '../register/registerRules';
import { createAccessLog } from './accessLog';
import { createDataProtection } from './dataProtection';
import { createLetters } from './letters';
import { createReviewService } from './reviewService';
import { createSubjectRequests } from './subjectRequest';
import type { SubjectRequestRole } from '../../../../shared/review/subject';
import type { ReviewSource } from './source';

export interface ReviewInputs {
  source: () => Promise<ReviewSource>;
  identity: IdentityService;
  dataFolder: string;
  /** null when no share is configured: nothing is then written outside the data folder. */
  shareFolder: string | null;
  institutionName: string;
  /** The staff directory's people: who signs letters, and in which position. */
  people: () => readonly Person[];
  now?: () => number;
  /** The pinned admin key: retention settings count only when it signed them. */
  trust?: TrustRoot | null;
  /** Who may run data-subject requests (machine configuration `subjectRequestRoles`); the default when left out. */
  subjectRequestRoles?: readonly SubjectRequestRole[];
}

/** Review, data protection and letters over one register source. */
export function createReviewServices(inputs: ReviewInputs) {
  const review = createReviewService({
    source: inputs.source,
    identity: inputs.identity,
    access: (source) =>
      createAccessLog({
        localFile: join(inputs.dataFolder, 'review', 'access.jsonl'),
        shareFolder: inputs.shareFolder,
        deskId: () => source.deskId(),
        now: inputs.now && (() => new Date(inputs.now!())),
      }),
    people: inputs.people,
    now: inputs.now,
  });
  const retentionDoc = createPublishedDocument({
    shareFolder: inputs.shareFolder,
    sharePath: 'config/retention.json',
    cacheFile: join(inputs.dataFolder, 'review', 'retention.json'),
    schema: retentionSchema,
    empty: {},
    trust: inputs.trust,
  });
  const protection = createDataProtection({ review, retention: async () => withDefaults((await retentionDoc.load()).data) });
  const letters = createLetters({
    review,
    institutionName: inputs.institutionName,
    letterheads: async () => (await loadRegisterRules(inputs.shareFolder, inputs.dataFolder)).data.letterheads,
    people: inputs.people,
  });
  const subject = createSubjectRequests({ review, roles: inputs.subjectRequestRoles && (() => inputs.subjectRequestRoles!) });
  return { review, protection, letters, subject };
}

export type ReviewServices = ReturnType<typeof createReviewServices>;
