import type { Letter } from '../../../../shared/review/letters';

/**
 * A letter as printed (always in Latvian): letterhead, place and date with the outgoing number
 * and the incoming one it answers, addressee, subject, text, legal basis and signature.
 */
export function LetterDocument({ letter }: { letter: Letter }) {
  const lines = (items: readonly string[]) =>
    items.map((l, i) => (
      <span key={i}>
        {l}
        <br />
      </span>
    ));
  return (
    <article className="letter" lang="lv">
      <header className="letter-head">
        <p className="letter-institution">{letter.letterhead[0]}</p>
        <p className="letter-institution-details">{lines(letter.letterhead.slice(1))}</p>
      </header>
      <div className="letter-meta">
        <p className="letter-to">{lines(letter.addressee)}</p>
        <p className="letter-numbers">
          <span className="letter-date">{letter.placeAndDate}</span>
          <br />
          <span className="letter-outgoing">{letter.outgoing}</span>
          <br />
          <span className="letter-incoming">{letter.incoming}</span>
        </p>
      </div>
      <h2 className="letter-subject">{letter.subject}</h2>
      {letter.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <p className="letter-basis">{letter.legalBasis}</p>
      <div className={`letter-signature letter-signature-${letter.signature.signing}`}>
        <p className="letter-signer">
          <span className="letter-position">{letter.signature.position}</span>
          {letter.signature.signing === 'paper' && (
            <span className="letter-sign-line" aria-hidden="true">
              {' '}
              ______________________{' '}
            </span>
          )}
          <span className="letter-name"> {letter.signature.name}</span>
        </p>
        <p className="letter-sign-note">{letter.signature.line}</p>
      </div>
    </article>
  );
}
