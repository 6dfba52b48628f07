import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../shared/app/contract';

export function AboutScreen({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  const rows: Array<[string, string]> = [
    [t('about.version'), info.version],
    [t('about.mode'), t(`about.modes.${info.mode}`)],
    [t('about.platform'), info.platform],
    [t('about.electron'), info.versions.electron ?? '—'],
    [t('about.node'), info.versions.node],
    [t('about.dataFolder'), info.dataFolder],
    [t('about.logFile'), info.logFile],
  ];
  return (
    <section aria-labelledby="about-title" className="screen">
      <h2 id="about-title">{t('about.title')}</h2>
      <p>{t('about.purpose')}</p>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <code>{value}</code>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
