import { useTranslation } from 'react-i18next';
import { CLIENT_LANGUAGES, type ClientLanguage } from '../../../shared/config/schema';
import type { DisplayState } from '../../../shared/display/state';
import { DisplayServiceView } from '../features/catalog/DisplayServiceView';
import { useFitToScreen } from './useFitToScreen';
import { BadgeView } from './views/BadgeView';
import { ReferralView } from './views/ReferralView';
import { ComplaintSheet } from '../features/complaint/ComplaintSheet';
import { SurveyView, ThanksView } from '../features/survey';
import type { Face, SurveyReason } from '../../../shared/survey/answers';

/** The client-facing screen: large type, readable from 1.5 m, with the client's language switch. */
export function DisplayApp({
  state,
  onLanguage,
  onAnswer,
}: {
  state: DisplayState;
  onLanguage: (l: ClientLanguage) => void;
  onAnswer: (invitation: string, face: Face, reason: SurveyReason | null) => void;
}) {
  const { t } = useTranslation('display');
  // Refit whenever what is shown or its language changes.
  const { box, clipped } = useFitToScreen<HTMLElement>(JSON.stringify([state.view, state.language]));
  return (
    <div className="display">
      <main ref={box} className={`display-main display-view-${state.view.kind}`}>
        <div className="display-fit">
          {state.view.kind === 'welcome' && (
            <section className="display-welcome" aria-labelledby="welcome-title">
              <h1 id="welcome-title">{t('welcome')}</h1>
              {state.institutionName && <p className="display-institution">{state.institutionName}</p>}
              <p className="display-lead">{t('welcomeLead')}</p>
            </section>
          )}
          {state.view.kind === 'service' && <DisplayServiceView view={state.view} language={state.language} />}
          {state.view.kind === 'badge' && <BadgeView view={state.view} />}
          {state.view.kind === 'referral' && <ReferralView view={state.view} />}
          {state.view.kind === 'closed' && (
            <section className="display-welcome" aria-labelledby="closed-title">
              <h1 id="closed-title">{t('closed.title')}</h1>
              {state.institutionName && <p className="display-institution">{state.institutionName}</p>}
              <p className="display-lead">{t('closed.lead')}</p>
            </section>
          )}
          {state.view.kind === 'survey' && (
            // A new invitation is a new survey: nothing picked for the previous one carries over.
            <SurveyView
              key={state.view.invitation}
              view={state.view}
              onAnswer={(face, reason) => onAnswer(state.view.kind === 'survey' ? state.view.invitation : '', face, reason)}
            />
          )}
          {state.view.kind === 'thanks' && <ThanksView />}
          {state.view.kind === 'complaint' && <ComplaintSheet language={state.language} review={state.view.review} institutionName={state.institutionName} />}
        </div>
      </main>
      <footer className="display-footer">
        {clipped && (
          <p className="display-more" data-testid="display-more">
            {t('moreOnHandout')}
          </p>
        )}
        <nav aria-label={t('chooseLanguage')} className="display-languages">
          {CLIENT_LANGUAGES.map((l) => (
            <button key={l} type="button" lang={l === 'ltg' ? 'ltg' : l} aria-pressed={state.language === l} onClick={() => onLanguage(l)}>
              {t(`languageName.${l}`)}
            </button>
          ))}
        </nav>
      </footer>
    </div>
  );
}
