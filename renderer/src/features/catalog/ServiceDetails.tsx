import { createElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewText } from '../../../../shared/catalog/review';
import { localize, type Multilingual, type ReviewProcedure, type Service } from '../../../../shared/catalog/schema';
import { positionIn, type PositionSource } from '../../../../shared/directory/position';
import { FallbackTag } from '../../components/FallbackTag';
import type { ClientLanguage } from '../../../../shared/config/schema';
import { formatDate, formatEur } from './format';

export interface SpecialistLine {
  id: string;
  name: string | null;
  /** In Latvian, in the person's gender. */
  position: string | null;
  positionTranslations?: PositionSource['positionTranslations'];
  /** Extra words after the name on the desk: phone, room, "receiving now". */
  extra?: ReactNode;
}

interface Props {
  service: Service;
  review: ReviewProcedure;
  language: ClientLanguage;
  specialists: SpecialistLine[];
  /** Level of the section headings; the service name is one above. */
  level: 2 | 3;
  className?: string;
  /** On the desk: a button per form that has a file, to fetch it for printing. */
  formAction?: { label: string; onForm: (index: number) => void };
  /** Staff screens: mark each text shown in Latvian for want of a translation into `language`. */
  markFallback?: boolean;
}

/**
 * Everything a client asks on first request (§7), in the client's language: the same
 * content on the desk, on the client display and on the printed handout.
 */
export function ServiceDetails({ service: s, review, language, specialists, level, className, formAction, markFallback = false }: Props) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language, 'service');
  const l = (text: Parameters<typeof localize>[0]) => localize(text, language);
  // Staff see which texts the client would read in Latvian; the client's own screen never does.
  // A text shown in Latvian for want of a translation says so to screen readers.
  const langOf = (text: Multilingual) => (language !== 'lv' && !text[language] ? 'lv' : undefined);
  const mark = (text: Multilingual | undefined) => (markFallback && text && !text[language] ? <FallbackTag language={language} /> : null);
  const position = (p: SpecialistLine) => (p.position ? positionIn({ position: p.position, positionTranslations: p.positionTranslations }, language) : null);
  const h = (text: string) => createElement(`h${level}`, null, text);
  const c = s.channels;
  return (
    <div className={`service-details ${className ?? ''}`} lang={language}>
      <section>
        {h(t('description'))}
        <p lang={langOf(s.description)}>
          {l(s.description)}
          {mark(s.description)}
        </p>
        {h(t('audience'))}
        <p lang={langOf(s.audience)}>
          {l(s.audience)}
          {mark(s.audience)}
        </p>
      </section>
      <section>
        {h(t('steps'))}
        <ol className="service-steps">
          <li>
            <strong>{t('submit')}:</strong> {l(s.steps.submit)}
            {mark(s.steps.submit)}
          </li>
          <li>
            <strong>{t('processing')}:</strong> {l(s.steps.processing)}
            {mark(s.steps.processing)}
          </li>
          <li>
            <strong>{t('answer')}:</strong> {l(s.steps.answer)}
            {mark(s.steps.answer)}
          </li>
        </ol>
      </section>
      <section>
        {h(t('documents'))}
        {s.documents.length ? (
          <ul>
            {s.documents.map((d, i) => (
              <li key={i} lang={langOf(d)}>
                {l(d)}
                {mark(d)}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('noDocuments')}</p>
        )}
      </section>
      <section className="service-facts">
        <dl>
          <div>
            <dt>{t('cost')}</dt>
            <dd>
              {s.cost.amountEur > 0 ? formatEur(s.cost.amountEur, language) : t('free')}
              {s.cost.note ? ` — ${l(s.cost.note)}` : ''}
            </dd>
          </div>
          <div>
            <dt>{t('time')}</dt>
            <dd data-testid="processing-time">{s.processingDays > 0 ? t('workingDays', { count: s.processingDays }) : t('sameDay')}</dd>
          </div>
        </dl>
      </section>
      <section>
        {h(t('review'))}
        <p data-testid="review-procedure">{reviewText(review, l(review.text))}</p>
      </section>
      <section>
        {h(t('where'))}
        <dl className="service-channels">
          {c.inPerson && (
            <div>
              <dt>{t('inPerson')}</dt>
              <dd>
                {c.inPerson.address}
                <br />
                {t('hours')}: {l(c.inPerson.hours)}
              </dd>
            </div>
          )}
          {c.eAddress && (
            <div>
              <dt>{t('eAddress')}</dt>
              <dd>{c.eAddress}</dd>
            </div>
          )}
          {c.portal && (
            <div>
              <dt>{t('portal')}</dt>
              <dd>{c.portal}</dd>
            </div>
          )}
          {c.email && (
            <div>
              <dt>{t('email')}</dt>
              <dd>{c.email}</dd>
            </div>
          )}
          {c.phone && (
            <div>
              <dt>{t('phone')}</dt>
              <dd>{c.phone}</dd>
            </div>
          )}
          <div>
            <dt>{t('institution')}</dt>
            <dd>
              {l(s.institution)}
              {s.department ? `, ${l(s.department)}` : ''}
            </dd>
          </div>
        </dl>
      </section>
      {specialists.length > 0 && (
        <section>
          {h(t('responsible'))}
          <ul data-testid="specialists">
            {specialists.map((p) => (
              <li key={p.id}>
                {p.name ?? p.id}
                {position(p) && (
                  <>
                    {', '}
                    <span lang={position(p)!.language}>{position(p)!.text}</span>
                    {markFallback && position(p)!.fallback && <FallbackTag language={language} />}
                  </>
                )}
                {p.extra}
              </li>
            ))}
          </ul>
        </section>
      )}
      {s.legalBasis.length > 0 && (
        <section>
          {h(t('legal'))}
          <ul>
            {s.legalBasis.map((b, i) => (
              <li key={i}>{b.title}</li>
            ))}
          </ul>
        </section>
      )}
      {s.forms.length > 0 && (
        <section>
          {h(t('forms'))}
          <ul>
            {s.forms.map((f, i) => (
              <li key={i}>
                {l(f.title)}
                {formAction && f.file && (
                  <>
                    {' '}
                    <button type="button" className="secondary small" onClick={() => formAction.onForm(i)} aria-label={`${formAction.label}: ${l(f.title)}`}>
                      {formAction.label}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="service-reviewed">{t('lastReviewed', { date: formatDate(s.lastReviewed, language, 'locative') })}</p>
    </div>
  );
}
