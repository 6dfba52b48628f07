import type { Handlers } from '../../../../shared/contract';
import type { ReviewChannel } from '../../../../shared/review/contract';
import type { ReviewServices } from '../../services/review';

/** The review workspace, data protection and letters; each service method checks the person's roles. */
export function createReviewHandlers(s: ReviewServices): Pick<Handlers, ReviewChannel> {
  const { review, protection, letters, attachments, subject } = s;
  return {
    'review:inbox': ({ filter, sort, offset, limit }) => review.inbox(filter, sort, offset, limit),
    'review:entry': ({ id }) => review.entry(id),
    'review:act': ({ id, act }) => review.act(id, act),
    'review:note': ({ id, text }) => review.note(id, text),
    'review:letter': ({ id, kind, signing }) => letters.compose(id, kind, signing),
    'review:report': ({ period }) => review.report(period),
    'review:export-report': ({ period, format, language }) => review.exportReport(period, format, language),
    'review:export-inbox': ({ filter, sort, format, language }) => review.exportInbox(filter, sort, format, language),
    'review:destruction': () => protection.destruction(),
    'review:export-destruction': ({ format }) => protection.exportDestruction(format),
    'review:destroy-due': ({ act }) => protection.destroyDue(act),
    'review:subject-export': ({ name, language }) => subject.export(name, language),
    'review:printed': async ({ id }) => (await review.logPrint(id), null),
    'review:badge': () => review.badge(),
    'review:attachments': ({ id }) => attachments.list(id),
    'review:attach': ({ id, base64 }) => attachments.add(id, base64),
    'review:attachment': ({ id, file }) => attachments.open(id, file),
  };
}
