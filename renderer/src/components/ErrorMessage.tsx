import { useTranslation } from 'react-i18next';
import { ContractError, errorKey } from '../../../shared/contract/result';

/** Shows any failure as a translated sentence that says what to do next. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const code = error instanceof ContractError ? error.code : 'internal';
  const details = error instanceof ContractError ? error.details : undefined;
  return (
    <p role="alert" className="error">
      {t(errorKey(code), details ?? {})}
    </p>
  );
}
