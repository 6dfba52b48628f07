import { ContractError } from '../../../../shared/contract/result';
import type { AttachmentRow, ExportFile } from '../../../../shared/review/contract';
import type { AttachmentStore } from './attachmentStore';
import type { ReviewService } from './reviewService';

/**
 * Attachments as the review workspace offers them: only to people who may read the entry in
 * full, typed and size-checked by the store, and handed back as a file to save, never to run.
 */
export function createAttachments(deps: { review: Pick<ReviewService, 'attachmentsOf'>; store: AttachmentStore }) {
  const list = async (id: string): Promise<AttachmentRow[]> => {
    await deps.review.attachmentsOf(id);
    return (await deps.store.list(id)).map(({ file, type, mime, size }) => ({ file, type, mime, size }));
  };
  return {
    list,
    async add(id: string, base64: string): Promise<AttachmentRow[]> {
      await deps.review.attachmentsOf(id);
      const bytes = Buffer.from(base64, 'base64');
      if (bytes.toString('base64') !== base64.replace(/\s/g, ''))
        throw new ContractError('invalid_request', 'attachment is not base64', { field: 'attachment_wrong_type' });
      await deps.store.put(id, new Uint8Array(bytes));
      return list(id);
    },
    async open(id: string, file: string): Promise<ExportFile> {
      const entry = await deps.review.attachmentsOf(id);
      const { attachment, bytes } = await deps.store.read(id, file);
      const index = (await deps.store.list(id)).findIndex((a) => a.file === file) + 1;
      const ext = attachment.type === 'jpeg' ? 'jpg' : attachment.type;
      // A name from the register number, never one a sender chose: nothing to trick a file manager with.
      const fileName = `${entry.number.replace(/[^\p{L}\p{N}-]+/gu, '-')}-pielikums-${index}.${ext}`;
      return { fileName, mime: attachment.mime, base64: Buffer.from(bytes).toString('base64') };
    },
  };
}

export type Attachments = ReturnType<typeof createAttachments>;
