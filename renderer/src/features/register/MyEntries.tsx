import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { formatTableDate, formatTableTime } from '../../../../shared/i18n/dates';
import { useMyEntries } from './useRegister';

/** The entries the signed-in person registered, with where they went and their status. */
export function MyEntries() {
  const { t, i18n } = useTranslation('register');
  const entries = useMyEntries();
  if (entries.error) return <ErrorMessage error={entries.error} />;
  if (!entries.data) return <Loading />;
  return (
    <section aria-labelledby="my-entries-title">
      <h3 id="my-entries-title">{t('mine.title')}</h3>
      {entries.data.length === 0 ? (
        <p className="muted">{t('mine.empty')}</p>
      ) : (
        <table className="table" data-testid="my-entries">
          <caption className="visually-hidden">{t('mine.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mine.number')}</th>
              <th scope="col">{t('mine.registered')}</th>
              <th scope="col">{t('mine.kind')}</th>
              <th scope="col">{t('mine.subject')}</th>
              <th scope="col">{t('mine.routedTo')}</th>
              <th scope="col">{t('mine.due')}</th>
              <th scope="col">{t('mine.status')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.data.map((e) => (
              <tr key={e.id}>
                <th scope="row">{e.number}</th>
                <td>{formatTableTime(e.registeredAt, i18n.language)}</td>
                <td>
                  {t(`kind.${e.kind}`)}
                  {/* A trust-phone call is its own channel (§8.1): said where it was registered. */}
                  {e.channel === 'trust_phone' && <span className="badge">{t('channel.trust_phone')}</span>}
                </td>
                <td>{t(`subject.${e.subject}`)}</td>
                <td>{t(`reviewer.${e.routedTo}`)}</td>
                <td>{formatTableDate(e.dueDate, i18n.language)}</td>
                <td>
                  {t(`status.${e.status}`)}
                  {e.needsReview && <span className="badge">{t('mine.needsReview')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
