import { useTranslation } from 'react-i18next';
import { MyEntries } from './MyEntries';
import { RegistrationForm } from './RegistrationForm';

/** The complaint and suggestion register at the desk: register an entry, see one's own. */
export function RegisterScreen() {
  const { t } = useTranslation('register');
  return (
    <section aria-labelledby="register-title" className="screen">
      <h2 id="register-title">{t('nav.title')}</h2>
      <RegistrationForm />
      <MyEntries />
    </section>
  );
}
