import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ContractError } from '../../../../shared/contract/result';
import { ATTACHMENT_MIME, attachmentProblem, sniffAttachment, type AttachmentType } from '../../../../shared/review/attachments';
import { writeFileAtomic } from '../fs/atomicWrite';

export interface StoredAttachment {
  /** `<sha256>.<type>`: the same bytes attached twice are stored once. */
  file: string;
  type: AttachmentType;
  mime: string;
  size: number;
}

/**
 * Bytes of an entry's attachments on the share, next to the register: `attachments/<entry id>/`.
 * This is the one place attachment bytes are written and read, so protecting them like the
 * entry's other personal fields wraps these two calls (`write` before it reaches the disk,
 * `read` after) without touching anything else.
 */
export interface AttachmentStore {
  put(entryId: string, bytes: Uint8Array): Promise<StoredAttachment>;
  list(entryId: string): Promise<StoredAttachment[]>;
  read(entryId: string, file: string): Promise<{ attachment: StoredAttachment; bytes: Uint8Array }>;
}

const ENTRY_ID = /^[A-Za-z0-9_-]{1,64}$/;
const FILE = /^[0-9a-f]{64}\.(pdf|jpeg|png)$/;

export function createAttachmentStore(shareFolder: string): AttachmentStore {
  const folder = (entryId: string) => {
    if (!ENTRY_ID.test(entryId)) throw new ContractError('invalid_request', 'bad entry id', { field: 'id' });
    return join(shareFolder, 'attachments', entryId);
  };
  const describe = (file: string, size: number): StoredAttachment => {
    const type = file.slice(file.indexOf('.') + 1) as AttachmentType;
    return { file, type, mime: ATTACHMENT_MIME[type], size };
  };
  return {
    async put(entryId, bytes) {
      const problem = attachmentProblem(bytes);
      if (problem) throw new ContractError('invalid_request', `attachment ${problem}`, { field: `attachment_${problem}` });
      const file = `${createHash('sha256').update(bytes).digest('hex')}.${sniffAttachment(bytes)!}`;
      const dir = folder(entryId);
      await mkdir(dir, { recursive: true });
      await writeFileAtomic(join(dir, file), bytes);
      return describe(file, bytes.length);
    },
    async list(entryId) {
      const names = await readdir(folder(entryId)).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return [] as string[];
        throw e;
      });
      const out: StoredAttachment[] = [];
      for (const name of names.filter((n) => FILE.test(n)).sort()) {
        const bytes = await readFile(join(folder(entryId), name));
        out.push(describe(name, bytes.length));
      }
      return out;
    },
    async read(entryId, file) {
      if (!FILE.test(file)) throw new ContractError('invalid_request', 'bad attachment name', { field: 'file' });
      const bytes = new Uint8Array(await readFile(join(folder(entryId), file)));
      // What is on the share is untrusted: it is served only if its content is still what its name says.
      if (sniffAttachment(bytes) !== describe(file, 0).type || createHash('sha256').update(bytes).digest('hex') !== file.slice(0, 64)) {
        throw new ContractError('invalid_request', 'attachment changed on the share', { field: 'attachment_changed' });
      }
      return { attachment: describe(file, bytes.length), bytes };
    },
  };
}
