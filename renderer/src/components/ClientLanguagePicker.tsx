import { useTranslation } from 'react-i18next';
import { CLIENT_LANGUAGES, type ClientLanguage } from '../../../shared/config/schema';

/** The language of what the client takes away (handout, receipt, complaint sheet), picked beside its print button. */
export function ClientLanguagePicker({ label, value, onChange }: { label: string; value: ClientLanguage; onChange: (language: ClientLanguage) => void }) {
  const { t } = useTranslation('common');
  return (
    <label className="inline-field">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as ClientLanguage)}>
        {CLIENT_LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
