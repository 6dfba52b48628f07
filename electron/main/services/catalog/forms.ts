import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve, sep } from 'node:path';
import type { FormFile } from '../../../../shared/catalog/contract';
import { ContractError } from '../../../../shared/contract/result';

const MIME: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.doc': 'application/msword',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.rtf': 'application/rtf',
  '.txt': 'text/plain',
};
const MAX_BYTES = 10 * 1024 * 1024;

/**
 * Reads a form from the share's `catalog/forms/` folder. The path comes from a published
 * file, so it is confined to that folder whatever it says.
 */
export async function readForm(shareFolder: string | null, file: string): Promise<FormFile> {
  if (!shareFolder) throw new ContractError('share_unavailable', 'No share folder configured');
  const folder = resolve(shareFolder, 'catalog', 'forms');
  const path = resolve(join(folder, file));
  const mime = MIME[extname(path).toLowerCase()];
  if (!path.startsWith(folder + sep) || !mime) throw new ContractError('not_found', `Form outside the forms folder or of an unknown kind: ${file}`);
  try {
    if ((await stat(path)).size > MAX_BYTES) throw new ContractError('io_failed', `Form too large: ${file}`);
    return { fileName: basename(path), mime, base64: (await readFile(path)).toString('base64') };
  } catch (error) {
    if (error instanceof ContractError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ContractError(code === 'ENOENT' ? 'not_found' : 'share_unavailable', `Form not readable: ${file}`);
  }
}
