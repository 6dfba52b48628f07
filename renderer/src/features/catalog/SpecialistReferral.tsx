import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { ReferralPanel, useDirectory } from '../directory';

/** From a service's responsible specialist straight to their referral card (§4.2.3), and back. */
export function SpecialistReferral({ personId, serviceName, onBack }: { personId: string; serviceName: string; onBack: () => void }) {
  const { t } = useTranslation('catalog');
  const directory = useDirectory();
  const heading = useRef<HTMLHeadingElement>(null);
  const person = directory.get(personId);
  const found = person !== null;
  // Keyboard users land on the card they opened; Esc goes back to the service.
  useEffect(() => heading.current?.focus(), [personId, found]);
  return (
    <section
      className="screen"
      aria-labelledby="referral-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onBack();
      }}
    >
      <button type="button" className="secondary" onClick={onBack} aria-keyshortcuts="Escape">
        ← {t('refer.back', { service: serviceName })}
      </button>
      <h2 id="referral-title" ref={heading} tabIndex={-1}>
        {t('refer.title', { service: serviceName })}
      </h2>
      {!directory.data ? (
        <Loading />
      ) : person ? (
        <ReferralPanel person={person} />
      ) : (
        <p className="notice notice-warning">{t('refer.missing', { id: personId })}</p>
      )}
    </section>
  );
}
