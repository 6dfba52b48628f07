import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ContractError } from '../../../../shared/contract/result';
import { ATTACHMENT_MIME, attachmentProblem, sniffAttachment, type AttachmentType } from '../../../../shared/review/attachments';
import { writeFileAtomic } from '../fs/atomicWrite';
import type { Unreadable } from '../../../../shared/register/sealed';

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

/**
 * How bytes are protected at rest: sealed for the entry's audience before they reach the share,
 * opened after they are read back (privacy README). Absent: stored as they are.
 */
export interface AttachmentCipher {
  seal(entryId: string, name: string, bytes: Uint8Array): Promise<Uint8Array>;
  /** The bytes, or why this desk cannot open them (no key, or destroyed under an act). */
  open(entryId: string, name: string, stored: Uint8Array): Promise<Uint8Array | Unreadable>;
}

const ENTRY_ID = /^[A-Za-z0-9_-]{1,64}$/;
const FILE = /^[0-9a-f]{64}\.(pdf|jpeg|png)$/;

export function createAttachmentStore(shareFolder: string, cipher: AttachmentCipher | null = null): AttachmentStore {
  const opened = async (entryId: string, name: string, stored: Uint8Array): Promise<Uint8Array> => {
    if (!cipher) return stored;
    const bytes = await cipher.open(entryId, name, stored);
    if (bytes instanceof Uint8Array) return bytes;
    throw new ContractError('forbidden_role', `attachment not readable here (${bytes.reason})`, {
      field: bytes.reason === 'destroyed' ? 'attachment_destroyed' : 'attachment_no_key',
    });
  };
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
      await writeFileAtomic(join(dir, file), cipher ? await cipher.seal(entryId, file, bytes) : bytes);
      return describe(file, bytes.length);
    },
    async list(entryId) {
      const names = await readdir(folder(entryId)).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return [] as string[];
        throw e;
      });
      const out: StoredAttachment[] = [];
      for (const name of names.filter((n) => FILE.test(n)).sort()) {
        const stored = new Uint8Array(await readFile(join(folder(entryId), name)));
        const bytes = cipher ? await cipher.open(entryId, name, stored) : stored;
        // One this desk cannot open is still listed, by its stored size; opening it says why not.
        out.push(describe(name, bytes instanceof Uint8Array ? bytes.length : stored.length));
      }
      return out;
    },
    async read(entryId, file) {
      if (!FILE.test(file)) throw new ContractError('invalid_request', 'bad attachment name', { field: 'file' });
      const bytes = await opened(entryId, file, new Uint8Array(await readFile(join(folder(entryId), file))));
      // What is on the share is untrusted: it is served only if its content is still what its name says.
      if (sniffAttachment(bytes) !== describe(file, 0).type || createHash('sha256').update(bytes).digest('hex') !== file.slice(0, 64)) {
        throw new ContractError('invalid_request', 'attachment changed on the share', { field: 'attachment_changed' });
      }
      return { attachment: describe(file, bytes.length), bytes };
    },
  };
}
