import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DisplayApiProvider, useDisplayApi } from '../api/ApiContext';
import { displayClientFromWindow } from '../api/bridge';
import { BridgeMissing } from '../components/BridgeMissing';
import { ErrorMessage } from '../components/ErrorMessage';
import { useDisplayState } from '../features/display/useDisplayState';
import { I18nRoot } from '../i18n/I18nRoot';
import '../styles.css';
import { DisplayApp } from './DisplayApp';

function DisplayRoot() {
  const api = useDisplayApi();
  const state = useDisplayState();
  return (
    <I18nRoot language={state.data?.language ?? 'lv'}>
      {state.error ? (
        <ErrorMessage error={state.error} />
      ) : state.data ? (
        // The new state arrives as a display:changed event, in order with the desk's changes;
        // taking it from this reply too could put back a state the desk has already replaced.
        <DisplayApp
          state={state.data}
          onLanguage={(language) => void api.call('display:set-language', { language })}
          // The reply says only whether the answer was taken; the thank-you view comes as an event.
          onAnswer={(invitation, face, reason) => void api.call('survey:answer', { invitation, face, reason }).catch(() => undefined)}
        />
      ) : null}
    </I18nRoot>
  );
}

const client = displayClientFromWindow();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {client ? (
      <DisplayApiProvider client={client}>
        <DisplayRoot />
      </DisplayApiProvider>
    ) : (
      <BridgeMissing />
    )}
  </StrictMode>,
);
