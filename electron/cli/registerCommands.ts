import { runAdd, runExport, runImport, runSet, runStatus } from './commands/register';
import { runHolidays, runRulesPublish } from './commands/registerRules';
import { runDestroy, runDue, runRetentionPublish } from './commands/retention';
import { runRequireVersion, runShareCheck, runShareInit } from './commands/share';
import { runSync } from './commands/sync';
import type { CliContext } from './context';

/** The register's and share's commands; null when the words name none of them. */
export function runRegisterCommand(ctx: CliContext, words: readonly string[]): Promise<number> | null {
  const [group, command, arg, ...rest] = words;
  if (group === 'register' && command === 'rules' && arg === 'publish' && rest.length === 1) return runRulesPublish(ctx, rest[0]!);
  if (group === 'register' && command === 'retention' && arg === 'publish' && rest.length === 1) return runRetentionPublish(ctx, rest[0]!);
  if (rest.length) return null;
  if (group === 'share' && command === 'init' && arg) return runShareInit(ctx, arg);
  if (group === 'share' && command === 'check' && arg) return runShareCheck(ctx, arg);
  if (group === 'share' && command === 'require-version' && arg) return runRequireVersion(ctx, arg);
  if (group === 'sync' && command === undefined) return runSync(ctx);
  if (group !== 'register') return null;
  if (command === 'import' && arg) return runImport(ctx, arg);
  if (command === 'export' && !arg) return runExport(ctx);
  if (command === 'add' && !arg) return runAdd(ctx);
  if (command === 'set' && arg) return runSet(ctx, arg);
  if (command === 'status' && !arg) return runStatus(ctx);
  if (command === 'holidays' && arg) return runHolidays(ctx, arg);
  if (command === 'due' && !arg) return runDue(ctx);
  if (command === 'destroy' && !arg) return runDestroy(ctx);
  return null;
}
