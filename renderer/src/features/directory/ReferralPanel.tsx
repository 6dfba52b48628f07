import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { receptionStatus } from '../../../../shared/directory/hours';
import { fullName, type Person } from '../../../../shared/directory/person';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useDesk } from '../desk';
import { ReferralSlip, usePrint } from '../print';
import { PersonCardView } from './PersonCardView';
import { useDirectory } from './useDirectory';

/**
 * §4.2.3: one person's referral card with what staff do with it: show it on the client display
 * or print the slip. The directory's search and the catalogue's responsible specialists both open it.
 */
export function ReferralPanel({ person }: { person: Person }) {
  const { t } = useTranslation('directory');
  const directory = useDirectory();
  const desk = useDesk();
  const print = usePrint();
  const [shown, setShown] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const servedBy = desk.data?.person ? fullName(desk.data.person) : null;
  const showToClient = (id: string) => {
    setError(null);
    directory.refer(id).then(() => setShown(id), setError);
  };
  return (
    <div className="person-detail">
      <PersonCardView person={person} now={new Date()} />
      <div className="actions">
        <button type="button" onClick={() => showToClient(person.id)}>
          {t('list.showToClient')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => print(<ReferralSlip person={person} reception={receptionStatus(person.reception, new Date())} servedBy={servedBy} />)}
        >
          {t('list.printSlip')}
        </button>
      </div>
      {shown === person.id && <p role="status">{t('list.shownToClient')}</p>}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
