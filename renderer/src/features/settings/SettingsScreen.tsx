import { useTranslation } from 'react-i18next';
import type { ConfigEntry, EffectiveConfig, StaffLanguage } from '../../../../shared/config/schema';
import { STAFF_LANGUAGES } from '../../../../shared/config/schema';
import type { UserSettings } from '../../../../shared/app/contract';
import { ConfigProblems } from './ConfigProblems';

function Value({ entry }: { entry: ConfigEntry }) {
  const { t } = useTranslation();
  if (entry.value === null) return <span className="muted">{t('settings.notSet')}</span>;
  if (typeof entry.value === 'boolean') return <>{entry.value ? t('settings.on') : t('settings.off')}</>;
  if (Array.isArray(entry.value)) return entry.value.length ? <code>{entry.value.join(', ')}</code> : <span className="muted">{t('settings.notSet')}</span>;
  if (entry.key === 'language') return <>{t(`language.${entry.value}`)}</>;
  return <code>{entry.value}</code>;
}

export function SettingsScreen({
  config,
  settings,
  onSaveSettings,
}: {
  config: EffectiveConfig;
  settings: UserSettings;
  onSaveSettings: (patch: Partial<UserSettings>) => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="settings-title" className="screen">
      <h2 id="settings-title">{t('settings.title')}</h2>

      <ConfigProblems config={config} />

      <h3>{t('settings.personalTitle')}</h3>
      <div className="field">
        <label htmlFor="ui-language">{t('settings.uiLanguage')}</label>
        <select
          id="ui-language"
          value={settings.language ?? ''}
          onChange={(e) => void onSaveSettings({ language: (e.target.value || null) as StaffLanguage | null })}
        >
          <option value="">{t('settings.machineDefault', { language: t(`language.${config.values.language}`) })}</option>
          {STAFF_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>
      </div>

      <h3>{t('settings.machineTitle')}</h3>
      <p>
        {t('settings.machineFile')} <code>{config.machineFile.path}</code> — {t(`settings.fileStatus.${config.machineFile.status}`)}
      </p>
      <table className="table">
        <caption className="visually-hidden">{t('settings.machineTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('settings.setting')}</th>
            <th scope="col">{t('settings.value')}</th>
            <th scope="col">{t('settings.source')}</th>
          </tr>
        </thead>
        <tbody>
          {config.entries.map((entry) => (
            <tr key={entry.key}>
              <th scope="row">{t(`config.key.${entry.key}`)}</th>
              <td>
                <Value entry={entry} />
              </td>
              <td>{t(`config.source.${entry.source}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('settings.howToChange')}</p>
    </section>
  );
}
