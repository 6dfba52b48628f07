import { join } from 'node:path';
import type { Handlers } from '../../../../shared/contract';
import { ContractError } from '../../../../shared/contract/result';
import type { ReviewChannel } from '../../../../shared/review/contract';
import { composeLetter, LETTER_NAMES } from '../../../../shared/review/letters';
import { retentionSchema, withDefaults } from '../../../../shared/review/retention';
import type { IdentityService } from '../identity/identityService';
import { createPublishedDocument } from '../published/publishedDocument';
import { createAccessLog } from './accessLog';
import { createDataProtection } from './dataProtection';
import { exportFile } from './exportFiles';
import { reportTables } from './reviewTables';
import { createReviewService } from './reviewService';
import type { ReviewSource } from './source';

export interface ReviewInputs {
  source: () => Promise<ReviewSource>;
  identity: IdentityService;
  dataFolder: string;
  shareFolder: string;
  institutionName: string;
  now?: () => number;
}

/** Review, data protection and letters over one register source (issue 6). */
export function createReviewServices(inputs: ReviewInputs) {
  const review = createReviewService({
    source: inputs.source,
    identity: inputs.identity,
    access: (source) => createAccessLog({ localFile: join(inputs.dataFolder, 'review', 'access.jsonl'), shareFolder: inputs.shareFolder, deskId: () => source.deskId(), now: inputs.now && (() => new Date(inputs.now!())) }),
    now: inputs.now,
  });
  const retentionDoc = createPublishedDocument({
    shareFolder: inputs.shareFolder,
    sharePath: 'config/retention.json',
    cacheFile: join(inputs.dataFolder, 'review', 'retention.json'),
    schema: retentionSchema,
    empty: {},
  });
  const protection = createDataProtection({ review, retention: async () => withDefaults((await retentionDoc.load()).data) });
  return { review, protection, institutionName: inputs.institutionName };
}

export type ReviewServices = ReturnType<typeof createReviewServices>;

const SIGNER_POSITION = { head: 'Iestādes vadītājs', executive_director: 'Izpilddirektors', ethics_commission: 'Ētikas komisijas loceklis' } as const;

export function createReviewHandlers(s: ReviewServices): Pick<Handlers, ReviewChannel> {
  const { review, protection } = s;
  return {
    'review:inbox': ({ filter, sort, offset, limit }) => review.inbox(filter, sort, offset, limit),
    'review:entry': ({ id }) => review.entry(id),
    'review:act': ({ id, act }) => review.act(id, act),
    'review:note': ({ id, text }) => review.note(id, text),
    'review:letter': async ({ id, kind, referredTo }) => {
      const { me, entry, source } = await review.reviewable(id);
      const role = (['head', 'executive_director', 'ethics_commission'] as const).find((r) => me.roles.includes(r));
      if (!role) throw new ContractError('forbidden_role', 'Letters are signed by reviewers');
      const letter = composeLetter(kind, { entry, institutionName: s.institutionName, signer: { name: me.displayName ?? me.account, position: SIGNER_POSITION[role] }, today: review.today(), referredTo });
      // The letter is part of the entry's history: what was sent and when.
      await source.note(id, `Vēstule (${LETTER_NAMES[kind]}): ${letter.subject}`, me.personId ?? me.account);
      return { letter, view: await review.view(id) };
    },
    'review:report': ({ period }) => review.report(period),
    'review:export-report': async ({ period, format }) => exportFile(`parskats-${period.from}-${period.to}`, format, reportTables(await review.report(period))),
    'review:destruction': () => protection.destruction(),
    'review:export-destruction': ({ format }) => protection.exportDestruction(format),
    'review:anonymise-due': () => protection.anonymiseDue(),
    'review:subject-export': ({ name }) => protection.subjectExport(name),
    'review:badge': () => review.badge(),
  };
}
