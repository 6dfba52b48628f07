import { join } from 'node:path';
import type { Person } from '../../../../shared/directory/person';
import { EMPTY_RETENTION, RETENTION_PATH, retentionSchema } from '../../../../shared/review/retention';
import type { IdentityService } from '../identity/identityService';
import { createPublishedDocument } from '../published/publishedDocument';
import type { TrustRoot } from '../trust/trustRoot';
import { loadRegisterRules } from '../register/registerRules';
import { createAccessLog } from './accessLog';
import { createAttachmentStore } from './attachmentStore';
import { createAttachments } from './attachments';
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

/** The institution's file nomenclature (retention per kind, admin-signed): the share's copy when good, else the last good copy. */
export function retentionDocument(share: string | null, dataDir: string, trust?: TrustRoot | null) {
  return createPublishedDocument({
    shareFolder: share,
    sharePath: RETENTION_PATH,
    cacheFile: join(dataDir, 'review', 'retention.json'),
    schema: retentionSchema,
    empty: EMPTY_RETENTION,
    trust,
  });
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
  const retentionDoc = retentionDocument(inputs.shareFolder, inputs.dataFolder, inputs.trust);
  const protection = createDataProtection({ review, retention: () => retentionDoc.load() });
  const letters = createLetters({
    review,
    institutionName: inputs.institutionName,
    letterheads: async () => (await loadRegisterRules(inputs.shareFolder, inputs.dataFolder)).data.letterheads,
    people: inputs.people,
  });
  // Beside the register on the share; a desk without a share keeps them in its data folder, as it does the register.
  // Sealed like the entry's personal fields wherever this desk seals them (privacy README).
  let source: Promise<ReviewSource> | null = null;
  const register = () => (source ??= inputs.source());
  const cipher = {
    seal: async (id: string, name: string, bytes: Uint8Array) => (await register()).sealFile(id, name, bytes),
    open: async (id: string, name: string, stored: Uint8Array) => (await register()).openFile(id, name, stored),
  };
  const attachments = createAttachments({ review, store: createAttachmentStore(inputs.shareFolder ?? join(inputs.dataFolder, 'local-share'), cipher) });
  const subject = createSubjectRequests({ review, roles: inputs.subjectRequestRoles && (() => inputs.subjectRequestRoles!) });
  return { review, protection, letters, attachments, subject };
}

export type ReviewServices = ReturnType<typeof createReviewServices>;
