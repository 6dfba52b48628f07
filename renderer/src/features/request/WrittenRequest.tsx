import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type ReviewProcedure, type Service } from '../../../../shared/catalog/schema';
import { usePrint } from '../print';
import { RequestDocument, type RequestData } from './RequestDocument';

interface Props {
  service: Service;
  review: ReviewProcedure;
  institutionName: string | null;
  onBack: () => void;
}

/**
 * §4.2.2: an application pre-filled from the service, the client's details typed by staff,
 * printed for signature. The details live only in this form and are cleared after printing.
 */
export function WrittenRequest({ service, review, institutionName, onBack }: Props) {
  const { t, i18n } = useTranslation('catalog');
  const tlv = i18n.getFixedT('lv', 'service');
  const ts = i18n.getFixedT(i18n.language, 'service');
  const print = usePrint();
  const name = localize(service.name, 'lv');
  const initial = (): RequestData => ({
    institution: institutionName ?? localize(service.institution, 'lv'),
    addressee: service.department ? localize(service.department, 'lv') : localize(service.institution, 'lv'),
    applicant: '',
    personalCode: '',
    address: '',
    contact: '',
    subject: name,
    body: tlv('request.defaultBody', { service: name }),
    attachments: service.documents.map((d) => localize(d, 'lv')),
    answerBy: 'post',
  });
  const [data, setData] = useState<RequestData>(initial);
  const [missing, setMissing] = useState<string | null>(null);
  const [printed, setPrinted] = useState(false);
  const set = <K extends keyof RequestData>(key: K, value: RequestData[K]) => {
    setPrinted(false);
    setMissing(null);
    setData({ ...data, [key]: value });
  };

  const text = (key: 'institution' | 'addressee' | 'applicant' | 'personalCode' | 'address' | 'contact' | 'subject', autoComplete = 'off') => (
    <div className="field">
      <label htmlFor={`request-${key}`}>{t(`request.${key}`)}</label>
      <input id={`request-${key}`} autoComplete={autoComplete} value={data[key]} onChange={(e) => set(key, e.target.value)} />
    </div>
  );

  const onPrint = () => {
    const empty = (['applicant', 'subject', 'body'] as const).filter((k) => !data[k].trim()).map((k) => t(`request.${k}`));
    if (empty.length) return setMissing(t('request.missing', { fields: empty.join(', ') }));
    setMissing(null);
    print(<RequestDocument data={data} answerDays={review.answerWorkingDays} today={new Date()} />, {
      keep: false,
      done: () => {
        setData(initial());
        setPrinted(true);
      },
    });
  };

  return (
    <section className="screen" aria-labelledby="request-title">
      <button type="button" className="secondary" onClick={onBack}>
        ← {t('request.back')}
      </button>
      <h2 id="request-title">{t('request.title')}</h2>
      <p>{t('request.purpose')}</p>
      <p className="notice notice-info">{t('request.privacy')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onPrint();
        }}
        className="request-form"
      >
        {text('institution')}
        {text('addressee')}
        {text('applicant')}
        {text('personalCode')}
        {text('address')}
        {text('contact')}
        {text('subject')}
        <div className="field">
          <label htmlFor="request-body">{t('request.body')}</label>
          <textarea id="request-body" rows={5} value={data.body} onChange={(e) => set('body', e.target.value)} />
        </div>
        <fieldset className="field">
          <legend>{t('request.attachments')}</legend>
          {service.documents.map((d) => {
            const label = localize(d, 'lv');
            const checked = data.attachments.includes(label);
            return (
              <label key={label} className="check">
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={() => set('attachments', checked ? data.attachments.filter((a) => a !== label) : [...data.attachments, label])}
                />
                {label}
              </label>
            );
          })}
        </fieldset>
        <div className="field">
          <label htmlFor="request-answer">{t('request.answerBy')}</label>
          <select id="request-answer" value={data.answerBy} onChange={(e) => set('answerBy', e.target.value as RequestData['answerBy'])}>
            <option value="post">{ts('request.answerPost')}</option>
            <option value="email">{ts('request.answerEmail')}</option>
            <option value="inPerson">{ts('request.answerInPerson')}</option>
          </select>
        </div>
        {missing && (
          <p role="alert" className="error">
            {missing}
          </p>
        )}
        <div className="toolbar">
          <button type="submit">{t('request.print')}</button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setData(initial());
              setPrinted(false);
            }}
          >
            {t('request.clear')}
          </button>
        </div>
        <p role="status" className="ok">
          {printed ? t('request.printed') : ''}
        </p>
      </form>
    </section>
  );
}
