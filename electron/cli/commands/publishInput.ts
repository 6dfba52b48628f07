import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { readMarker } from '../../main/services/register/sync/shareLayout';
import type { CliContext } from '../context';

/**
 * What every `… publish <file.json> --share <share>` command checks before it signs or writes
 * anything: a share given and marked, the file readable JSON, and the schema's first problem in
 * words (`invalidKey` names the document). Anything wrong: the exit code, and nothing written.
 */
export async function readPublishInput<T>(
  ctx: CliContext,
  file: string,
  schema: z.ZodType<T>,
  invalidKey: string,
): Promise<{ share: string; data: T } | { exit: number }> {
  const share = typeof ctx.flags.share === 'string' ? ctx.flags.share : null;
  if (!share) {
    ctx.err(ctx.t('register:cli.needShare'));
    return { exit: 2 };
  }
  if (!(await readMarker(share))) {
    ctx.err(ctx.t('register:cli.shareUnavailable', { share }));
    return { exit: 1 };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    ctx.err(ctx.t('register:cli.fileUnreadable', { file, code: (error as NodeJS.ErrnoException).code ?? 'JSON' }));
    return { exit: 2 };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    ctx.err(ctx.t(invalidKey, { field: issue.path.join('.') || '(file)', message: issue.message }));
    return { exit: 2 };
  }
  return { share, data: parsed.data };
}
