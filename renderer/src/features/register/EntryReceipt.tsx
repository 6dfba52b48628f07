import { useTranslation } from 'react-i18next';
import { positionIn } from '../../../../shared/directory/position';
import type { ClientLanguage } from '../../../../shared/config/schema';
import type { PersonCard } from '../../../../shared/directory/card';
import type { RegisterEntry } from '../../../../shared/register/record';
import { formatDate, formatTableDate } from '../../../../shared/i18n/dates';

interface Props {
  entry: Pick<RegisterEntry, 'number' | 'kind' | 'institution' | 'client' | 'routedTo' | 'dueDate' | 'receivedOn' | 'registeredAt'>;
  language: ClientLanguage;
  /** Who registered it at the desk: their institution and contacts are where the client asks. */
  desk: PersonCard | null;
}

/**
 * The client's receipt for a registered complaint or suggestion (§8.1), in the client's language:
 * its number, when it was registered, what happens next, by when, and how to ask about it.
 * It carries no personal data beyond what the client already holds: not their name or contact.
 */
export function EntryReceipt({ entry, language, desk }: Props) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language, 'register', 'receipt');
  const v = i18n.getFixedT(language, 'vocabulary');
  // Facts in the list as 15.12.2026; in a sentence after "līdz" the month is in the dative.
  const date = (d: string) => formatTableDate(d, language);
  const until = (d: string) => formatDate(d, language, 'dative');
  const registeredOn = entry.registeredAt.slice(0, 10);
  const answered = !entry.client.anonymous;
  const contacts = [desk?.phone && t('phone', { phone: desk.phone }), desk?.email && t('email', { email: desk.email })].filter(Boolean).join('; ');
  const rows: Array<[string, string]> = [
    [t('number'), entry.number],
    [t('kind'), v(`kind.${entry.kind}`)],
    [t('registered'), date(registeredOn)],
    ...(entry.receivedOn && entry.receivedOn !== registeredOn ? [[t('received'), date(entry.receivedOn)] as [string, string]] : []),
    [t('deadline'), date(entry.dueDate)],
  ];
  return (
    <article className="entry-receipt" lang={language} aria-label={t('title')}>
      <p className="handout-institution">{desk?.institution || entry.institution}</p>
      <h1>{t('title')}</h1>
      <dl className="receipt-facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd data-testid={label === t('number') ? 'receipt-number' : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
      <h2>{t('nextTitle')}</h2>
      <p>{t('next', { reviewer: v(`reviewer.${entry.routedTo}`) })}</p>
      <p data-testid="receipt-deadline">{answered ? t('answered', { date: until(entry.dueDate) }) : t('anonymous', { date: until(entry.dueDate) })}</p>
      <h2>{t('askTitle')}</h2>
      <p>
        {t('ask', { number: entry.number })}
        {contacts ? ` ${contacts}.` : ''}
        {desk?.address ? ` ${t('address', { address: [desk.room && t('room', { room: desk.room }), desk.address].filter(Boolean).join(', ') })}` : ''}
      </p>
      {desk && (
        <p className="receipt-registered-by">{t('registeredBy', { name: `${desk.name} ${desk.surname}`, position: positionIn(desk, language).text })}</p>
      )}
    </article>
  );
}
