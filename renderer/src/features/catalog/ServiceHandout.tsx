import { useTranslation } from 'react-i18next';
import { localize, type ReviewProcedure, type Service } from '../../../../shared/catalog/schema';
import type { ClientLanguage } from '../../../../shared/config/schema';
import { QrCode } from '../../components/QrCode';
import { formatDate } from './format';
import { ServiceDetails, type SpecialistLine } from './ServiceDetails';

interface Props {
  service: Service;
  review: ReviewProcedure;
  language: ClientLanguage;
  specialists: SpecialistLine[];
  sample: boolean;
  today: Date;
}

/** The one-page handout: the service card in the client's language, set small for paper. */
export function ServiceHandout({ service, review, language, specialists, sample, today }: Props) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language, 'service');
  const institution = localize(service.institution, language);
  return (
    <article className="handout" lang={language}>
      <header>
        <p className="handout-institution">{institution}</p>
        <h1>{localize(service.name, language)}</h1>
        {sample && <p className="sample-mark">{t('sample')}</p>}
      </header>
      <ServiceDetails service={service} review={review} language={language} specialists={specialists} level={2} className="handout-body" />
      {service.channels.portal && (
        <figure className="handout-qr" data-testid="handout-qr">
          <QrCode text={service.channels.portal} label={t('portalQrLabel', { url: service.channels.portal })} />
          <figcaption>
            {t('portalQr')}
            <br />
            {service.channels.portal}
          </figcaption>
        </figure>
      )}
      <footer>{t('handoutFooter', { date: formatDate(today.toISOString(), language, 'locative'), institution })}</footer>
    </article>
  );
}
