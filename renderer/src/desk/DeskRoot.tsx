import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { useAppInfo, useConfig, useIdentity, useSettings } from '../features/app/useApp';
import { PrintProvider } from '../features/print/PrintProvider';
import { I18nRoot } from '../i18n/I18nRoot';
import { DeskApp } from './DeskApp';

/** Loads what the shell needs, then shows it in the staff member's language. */
export function DeskRoot() {
  const config = useConfig();
  const settings = useSettings();
  const info = useAppInfo();
  const identity = useIdentity();
  const language = settings.data?.language ?? config.data?.values.language ?? 'lv';
  const error = config.error ?? settings.error ?? info.error ?? identity.error;
  return (
    <I18nRoot language={language}>
      <PrintProvider>
        {error ? (
          <main className="content">
            <ErrorMessage error={error} />
          </main>
        ) : config.data && settings.data && info.data && identity.data ? (
          <DeskApp
            config={config.data}
            settings={settings.data}
            info={info.data}
            identity={identity.data}
            onSaveSettings={async (patch) => {
              await settings.save(patch);
            }}
          />
        ) : (
          <Loading />
        )}
      </PrintProvider>
    </I18nRoot>
  );
}
