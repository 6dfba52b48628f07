import type { Letter } from '../../../../shared/review/letters';

/** A letter as printed: addressee, date, subject, text and signature (always in Latvian). */
export function LetterDocument({ letter, from }: { letter: Letter; from: string }) {
  return (
    <article className="letter" lang="lv">
      <p className="letter-from">{from}</p>
      <p className="letter-to">
        {letter.addressee.split('\n').map((l) => (
          <span key={l}>
            {l}
            <br />
          </span>
        ))}
      </p>
      <p className="letter-date">{letter.date}</p>
      <h2 className="letter-subject">{letter.subject}</h2>
      {letter.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <p className="letter-signature">
        {letter.signature.map((l) => (
          <span key={l}>
            {l}
            <br />
          </span>
        ))}
      </p>
    </article>
  );
}
