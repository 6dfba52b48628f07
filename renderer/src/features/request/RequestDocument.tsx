import { useTranslation } from 'react-i18next';
import { formatDate } from '../catalog';

export interface RequestData {
  institution: string;
  addressee: string;
  applicant: string;
  personalCode: string;
  address: string;
  contact: string;
  subject: string;
  body: string;
  attachments: string[];
  answerBy: 'post' | 'email' | 'inPerson';
}

/** The application as printed for the client's signature: in Latvian, the language of submissions. */
export function RequestDocument({ data, answerDays, today }: { data: RequestData; answerDays: number; today: Date }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT('lv', 'service');
  const answer = { post: t('request.answerPost'), email: t('request.answerEmail'), inPerson: t('request.answerInPerson') }[data.answerBy];
  return (
    <article className="request-document" lang="lv">
      <div className="request-parties">
        <p>
          <strong>{t('request.to')}:</strong> {data.addressee}
          <br />
          {data.institution}
        </p>
        <p>
          <strong>{t('request.from')}:</strong> {data.applicant}
          {data.personalCode && (
            <>
              <br />
              {t('request.personalCode')}: {data.personalCode}
            </>
          )}
          {data.address && (
            <>
              <br />
              {t('request.address')}: {data.address}
            </>
          )}
          {data.contact && (
            <>
              <br />
              {t('request.contact')}: {data.contact}
            </>
          )}
        </p>
      </div>
      <h1>{t('request.heading')}</h1>
      <p className="request-subject">
        <strong>{t('request.subject')}:</strong> {data.subject}
      </p>
      {data.body.split(/\n+/).map((para, i) => (
        <p key={i}>{para}</p>
      ))}
      {data.attachments.length > 0 && (
        <>
          <p>
            <strong>{t('request.attachments')}:</strong>
          </p>
          <ol>
            {data.attachments.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ol>
        </>
      )}
      <p>
        {t('request.answerBy')}: {answer}.
      </p>
      <div className="request-sign">
        <p>
          {t('request.date')}: {formatDate(today.toISOString(), 'lv', 'nominative')}
        </p>
        <p>{t('request.signature')}: ______________________</p>
      </div>
      <p className="request-note">{t('request.reviewNote', { days: answerDays })}</p>
    </article>
  );
}
