import { useTranslation } from 'react-i18next';
import { ContractError } from '../../../../shared/contract/result';
import { LETTER_PROBLEMS } from '../../../../shared/review/letters';
import { ErrorMessage } from '../../components/ErrorMessage';

const PROBLEMS = [
  'extension_too_long',
  'extension_not_later',
  'already_closed',
  'ethics_not_required',
  ...LETTER_PROBLEMS,
  'letter_needs_chair',
  'route_leaves_nobody',
  'attachment_empty',
  'attachment_too_large',
  'attachment_wrong_type',
  'attachment_changed',
  'attachment_no_key',
  'attachment_destroyed',
];

/** A review rule the action broke says which rule; anything else is the common error text. */
export function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation('review');
  if (!error) return null;
  const field = error instanceof ContractError ? error.details?.field : undefined;
  if (typeof field === 'string' && PROBLEMS.includes(field)) {
    return (
      <p role="alert" className="error">
        {t(`problem.${field}`)}
      </p>
    );
  }
  return <ErrorMessage error={error} />;
}
