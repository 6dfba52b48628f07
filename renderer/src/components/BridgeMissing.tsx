import { createI18n } from '../../../shared/i18n';

/** Opened outside Laipni (no preload, no preview bridge): say so instead of a blank window. */
export function BridgeMissing() {
  const t = createI18n('lv').t;
  return (
    <main className="content">
      <p role="alert" className="error">
        {t('errors.bridge_missing')}
      </p>
    </main>
  );
}
