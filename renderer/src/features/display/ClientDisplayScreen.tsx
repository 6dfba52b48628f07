import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../../shared/catalog/schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useDesk } from '../desk';
import { END_SERVICE_KEY } from '../survey';
import { useClientDisplay } from './useDisplayState';

/** What the client sees right now, and the way back to the welcome screen. */
export function ClientDisplayScreen({ canOpenWindow }: { canOpenWindow: boolean }) {
  const { t } = useTranslation();
  const display = useClientDisplay();
  const desk = useDesk();
  const [endError, setEndError] = useState<unknown>(null);
  if (display.error) return <ErrorMessage error={display.error} />;
  if (!display.data) return <Loading />;
  const state = display.data;
  return (
    <section aria-labelledby="client-display-title" className="screen">
      <h2 id="client-display-title">{t('clientDisplay.title')}</h2>
      <p>{t('clientDisplay.purpose')}</p>
      <dl className="facts">
        <div>
          <dt>{t('clientDisplay.showing')}</dt>
          <dd data-testid="display-view">
            {t(`clientDisplay.view.${state.view.kind}`)}
            {state.view.kind === 'service' ? `: ${localize(state.view.service.name, state.language)}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('clientDisplay.clientLanguage')}</dt>
          <dd data-testid="display-language">{t(`language.${state.language}`)}</dd>
        </div>
      </dl>
      <div className="actions">
        <button
          type="button"
          aria-keyshortcuts={END_SERVICE_KEY}
          aria-describedby="end-service-hint"
          onClick={() => {
            setEndError(null);
            display.endService().catch(setEndError);
          }}
        >
          {t('clientDisplay.endService')}
        </button>
        <button type="button" className="secondary" onClick={() => void display.show({ kind: 'welcome' })}>
          {t('clientDisplay.showWelcome')}
        </button>
        {canOpenWindow && (
          <button type="button" className="secondary" onClick={() => void display.openWindow()}>
            {t('clientDisplay.openWindow')}
          </button>
        )}
        {desk.data?.person && (
          <button type="button" className="secondary" onClick={() => void desk.showBadge()}>
            {t('directory:desk.showBadge')}
          </button>
        )}
      </div>
      <p id="end-service-hint" className="muted">
        {t('clientDisplay.endServiceHint')}
      </p>
      {endError ? <ErrorMessage error={endError} /> : null}
    </section>
  );
}
