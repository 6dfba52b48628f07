import { useTranslation } from 'react-i18next';
import type { ClientLanguage } from '../../../shared/config/schema';
import { positionIn, type PositionSource } from '../../../shared/directory/position';

/**
 * For staff only: the text beside it is Latvian because the data has no translation into
 * `language`. Client screens never show it; the client just reads the Latvian text.
 */
export function FallbackTag({ language }: { language: ClientLanguage }) {
  const { t, i18n } = useTranslation('common');
  if (language === 'lv') return null;
  const hint = t(`fallback.hint_${language}`);
  return (
    <span className="fallback-tag" title={hint} data-testid="fallback-tag" lang={i18n.language}>
      <span aria-hidden="true">{t('fallback.tag')}</span>
      <span className="visually-hidden">{hint}</span>
    </span>
  );
}

/** A position for staff screens: in `language` where the directory has it, otherwise Latvian with the marker. */
export function StaffPosition({ person, language }: { person: PositionSource; language: ClientLanguage }) {
  const position = positionIn(person, language);
  return (
    <>
      <span lang={position.language === 'ltg' ? 'ltg' : position.language}>{position.text}</span>
      {position.fallback && (
        <>
          {' '}
          <FallbackTag language={language} />
        </>
      )}
    </>
  );
}
