import { useTranslation } from 'react-i18next';
import type { EffectiveConfig } from '../../../../shared/config/schema';

/** Every configuration problem in words staff and IT understand, with what to do next. */
export function ConfigProblems({ config, onOpenSettings }: { config: EffectiveConfig; onOpenSettings?: () => void }) {
  const { t } = useTranslation();
  if (config.problems.length === 0) return null;
  return (
    <div className="notice notice-warning" role="alert" aria-labelledby="config-problems-title">
      <h3 id="config-problems-title">{t('config.problemsTitle', { count: config.problems.length })}</h3>
      <ul>
        {config.problems.map((p, i) => (
          <li key={`${p.key}-${p.code}-${i}`}>
            {t(`config.problem.${p.code}`, {
              key: p.key === 'file' ? t('config.key.file') : t(`config.key.${p.key}`),
              given: p.given ?? '',
              source: t(`config.source.${p.source}`),
            })}
          </li>
        ))}
      </ul>
      <p>{t('config.whatToDo', { path: config.machineFile.path })}</p>
      {onOpenSettings && (
        <button type="button" onClick={onOpenSettings}>
          {t('config.openSettings')}
        </button>
      )}
    </div>
  );
}
