import { loadConfig } from '../../main/services/config/loadConfig';
import type { CliContext } from '../context';

/** `laipni config check [--json]`: every effective value, where it came from, and every problem. */
export async function runConfigCheck(ctx: CliContext): Promise<number> {
  const config = await loadConfig({ env: ctx.env, argv: ctx.argv, platform: process.platform });
  if (ctx.flags.json) {
    ctx.out(JSON.stringify(config, null, 2));
    return config.problems.length ? 1 : 0;
  }
  const { t } = ctx;
  ctx.out(`${t('settings.machineFile')} ${config.machineFile.path} — ${t(`settings.fileStatus.${config.machineFile.status}`)}`);
  for (const entry of config.entries) {
    const value =
      entry.value === null
        ? t('settings.notSet')
        : typeof entry.value === 'boolean'
          ? t(entry.value ? 'settings.on' : 'settings.off')
          : Array.isArray(entry.value)
            ? entry.value.join(', ') || t('settings.notSet')
            : entry.value;
    ctx.out(`  ${t(`config.key.${entry.key}`)}: ${value}  (${t(`config.source.${entry.source}`)})`);
  }
  if (config.problems.length === 0) {
    ctx.out(t('cli.configOk'));
    return 0;
  }
  ctx.err(t('config.problemsTitle', { count: config.problems.length }));
  for (const p of config.problems) {
    ctx.err(
      `  - ${t(`config.problem.${p.code}`, {
        key: p.key === 'file' ? t('config.key.file') : t(`config.key.${p.key}`),
        given: p.given ?? '',
        source: t(`config.source.${p.source}`),
      })}`,
    );
  }
  return 1;
}
