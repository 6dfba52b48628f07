import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryView } from '../../../../shared/review/contract';
import { LETTER_KINDS, SIGNINGS, type Letter, type LetterKind, type Signing } from '../../../../shared/review/letters';
import { useDeskApi } from '../../api/ApiContext';
import { ActionError } from './ActionError';
import { LetterDocument } from './LetterDocument';
import { Printable, printDocument } from './Printable';

/**
 * Reply, extension, forwarding and "where to apply" letters: composed in main, which gives each
 * its outgoing number and records it in the history, then printed (or saved as PDF to sign).
 */
export function LetterPanel({ id, onRecorded }: { id: string; onRecorded: (view: EntryView) => void }) {
  const { t } = useTranslation('review');
  const api = useDeskApi();
  const [letter, setLetter] = useState<Letter | null>(null);
  const [signing, setSigning] = useState<Signing>('paper');
  const [error, setError] = useState<unknown>(null);
  const make = (kind: LetterKind) => {
    setError(null);
    api.call('review:letter', { id, kind, signing }).then((r) => {
      setLetter(r.letter);
      onRecorded(r.view);
    }, setError);
  };
  return (
    <section className="letters" aria-labelledby="letters-title">
      <h3 id="letters-title">{t('letters.title')}</h3>
      <fieldset className="field">
        <legend>{t('letters.signing')}</legend>
        {SIGNINGS.map((s) => (
          <label key={s} className="check">
            <input type="radio" name="letter-signing" value={s} checked={signing === s} onChange={() => setSigning(s)} /> {t(`letters.signings.${s}`)}
          </label>
        ))}
      </fieldset>
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
            <LetterDocument letter={letter} />
          </div>
          <button type="button" onClick={() => printDocument('letter')}>
            {t('letters.print')}
          </button>
          <Printable id="letter">
            <LetterDocument letter={letter} />
          </Printable>
        </>
      )}
    </section>
  );
}
