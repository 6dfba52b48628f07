import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClientLanguagePicker } from '../../components/ClientLanguagePicker';
import { untranslatedFields } from '../../../../shared/catalog/translations';
import type { CatalogueState } from '../../../../shared/catalog/contract';
import { localize, type Service } from '../../../../shared/catalog/schema';
import type { ClientLanguage } from '../../../../shared/config/schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFollowedState } from '../../hooks/useFollowedState';
import { usePrint } from '../print';
import { ServiceDetails, type SpecialistLine } from './ServiceDetails';
import { ServiceHandout } from './ServiceHandout';

interface Props {
  state: CatalogueState;
  service: Service;
  clientLanguage: ClientLanguage;
  onShow: () => Promise<void>;
  onBack: () => void;
  onWriteRequest: () => void;
  onEdit: (() => void) | null;
  onForm: (index: number) => Promise<void>;
  /** Opens a responsible specialist's referral card (§4.2.3). */
  onRefer: (personId: string) => void;
}

/** A service as staff explain it on the client's first request, with what they can do next. */
export function ServicePage({ state, service, clientLanguage, onShow, onBack, onWriteRequest, onEdit, onForm, onRefer }: Props) {
  const { t, i18n } = useTranslation('catalog');
  const tc = i18n.getFixedT(i18n.language, 'common');
  const print = usePrint();
  const staffLanguage = (i18n.language === 'en' ? 'en' : 'lv') as ClientLanguage;
  const [handoutLanguage, setHandoutLanguage] = useFollowedState<ClientLanguage>(clientLanguage);
  const [shown, setShown] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard users land on the page they opened, so Esc and Tab work from there.
  useEffect(() => heading.current?.focus(), [service.id]);
  const [error, setError] = useState<unknown>(null);
  const sample = state.catalogue.sample === true;
  // Staff are told what the client would read in Latvian for want of a translation; the client is not.
  const untranslated = clientLanguage === 'lv' ? [] : untranslatedFields(service, clientLanguage);

  const specialists = (withStatus: boolean): SpecialistLine[] =>
    service.specialists.map((id) => {
      const p = state.specialists[id];
      const status = p?.openNow === true ? t('page.openNow') : p?.openNow === false ? t('page.closedNow') : t('page.openUnknown');
      const contact = [p?.phone, p?.room].filter(Boolean).join(', ');
      return {
        id,
        name: p?.name ?? (withStatus ? t('page.personId', { id }) : id),
        position: p?.position ?? null,
        ...(p?.positionTranslations ? { positionTranslations: p.positionTranslations } : {}),
        extra: withStatus ? (
          <>
            <span className={`open-status ${p?.openNow ? 'open' : ''}`}>{` — ${contact ? `${contact} — ` : ''}${status}`}</span>
            {p?.name && (
              <>
                {' '}
                <button type="button" className="secondary small" onClick={() => onRefer(id)} aria-label={t('page.referTo', { name: p.name })}>
                  {t('page.refer')}
                </button>
              </>
            )}
          </>
        ) : undefined,
      };
    });
  // On paper: where to find them and how to call, in the handout's language.
  const handoutSpecialists = (language: ClientLanguage): SpecialistLine[] => {
    const ts = i18n.getFixedT(language, 'service');
    return specialists(false)
      .filter((p) => state.specialists[p.id]?.name)
      .map((line) => {
        const p = state.specialists[line.id]!;
        const where = [p.room && ts('specialistRoom', { room: p.room }), p.phone && ts('specialistPhone', { phone: p.phone })].filter(Boolean).join(', ');
        return { ...line, extra: where ? <span className="handout-contact">{` — ${where}`}</span> : undefined };
      });
  };

  const show = async () => {
    setError(null);
    try {
      await onShow();
      setShown(true);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <article
      className="screen service-page"
      aria-labelledby="service-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !(e.target instanceof HTMLSelectElement)) onBack();
      }}
    >
      <button type="button" className="secondary" onClick={onBack} aria-keyshortcuts="Escape">
        ← {t('page.back')}
      </button>
      <h2 id="service-title" ref={heading} tabIndex={-1}>
        {localize(service.name, staffLanguage)}
      </h2>
      {sample && <p className="sample-mark">{t('status.sample')}</p>}
      <div role="group" aria-label={t('page.actions')} className="toolbar">
        <button type="button" onClick={() => void show()}>
          {t('page.showToClient')}
        </button>
        <ClientLanguagePicker label={t('page.handoutLanguage')} value={handoutLanguage} onChange={setHandoutLanguage} />
        <button
          type="button"
          onClick={() =>
            print(
              <ServiceHandout
                service={service}
                review={state.catalogue.reviewProcedure}
                language={handoutLanguage}
                specialists={handoutSpecialists(handoutLanguage)}
                sample={sample}
                today={new Date()}
              />,
            )
          }
        >
          {t('page.print')}
        </button>
        <button type="button" onClick={onWriteRequest}>
          {t('page.writeRequest')}
        </button>
        {onEdit && (
          <button type="button" className="secondary" onClick={onEdit}>
            {t('page.edit')}
          </button>
        )}
      </div>
      <p role="status" className="hint">
        {shown ? t('page.shown', { name: localize(service.name, clientLanguage), language: tc(`language.${clientLanguage}`) }) : ''}
      </p>
      {untranslated.length > 0 && (
        <p className="notice notice-warning" data-testid="translation-notice">
          {t('page.untranslated', { language: tc(`language.${clientLanguage}`), fields: untranslated.map((f) => t(`translationField.${f}`)).join(', ') })}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} />}
      <ServiceDetails
        markFallback
        service={service}
        review={state.catalogue.reviewProcedure}
        language={staffLanguage}
        specialists={specialists(true)}
        level={3}
        formAction={{ label: t('page.downloadForm'), onForm: (index) => void onForm(index).catch(setError) }}
      />
    </article>
  );
}
