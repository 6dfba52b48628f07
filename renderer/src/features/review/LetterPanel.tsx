import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryView } from '../../../../shared/review/contract';
import { LETTER_KINDS, type Letter, type LetterKind } from '../../../../shared/review/letters';
import { useDeskApi } from '../../api/ApiContext';
import { ActionError } from './ActionError';
import { LetterDocument } from './LetterDocument';
import { Printable, printDocument } from './Printable';

/** Reply, extension and referral letters: composed in main (and recorded in history), then printed. */
export function LetterPanel({ id, institutionName, onRecorded }: { id: string; institutionName: string; onRecorded: (view: EntryView) => void }) {
  const { t } = useTranslation('review');
  const api = useDeskApi();
  const [letter, setLetter] = useState<Letter | null>(null);
  const [referredTo, setReferredTo] = useState('');
  const [error, setError] = useState<unknown>(null);
  const make = (kind: LetterKind) => {
    setError(null);
    api.call('review:letter', { id, kind, ...(kind === 'referral' && referredTo.trim() ? { referredTo: referredTo.trim() } : {}) }).then((r) => {
      setLetter(r.letter);
      onRecorded(r.view);
    }, setError);
  };
  return (
    <section className="letters" aria-labelledby="letters-title">
      <h3 id="letters-title">{t('letters.title')}</h3>
      <label className="field">
        <span>{t('letters.referredTo')}</span>
        <input value={referredTo} onChange={(e) => setReferredTo(e.target.value)} />
      </label>
      <div className="action-row">
        {LETTER_KINDS.map((k) => (
          <button key={k} type="button" className="secondary" onClick={() => make(k)}>
            {t(`letters.${k}`)}
          </button>
        ))}
      </div>
      <ActionError error={error} />
      {letter && (
        <>
          <div className="letter-preview" aria-label={t('letters.preview')} role="region">
            <LetterDocument letter={letter} from={institutionName} />
          </div>
          <button type="button" onClick={() => printDocument('letter')}>
            {t('letters.print')}
          </button>
          <Printable id="letter">
            <LetterDocument letter={letter} from={institutionName} />
          </Printable>
        </>
      )}
    </section>
  );
}
