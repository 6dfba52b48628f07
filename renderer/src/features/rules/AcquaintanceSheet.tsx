import type { AckStatus } from '../../../../shared/rules/rules';
import { formatTableDate } from '../../../../shared/i18n/dates';
import { SignatureImage } from './SignaturePad';

const day = (iso: string) => formatTableDate(iso, 'lv');

/**
 * The acquaintance sheet (iepazīšanās lapa) as on paper: the rules' title and version, then one
 * row per employee with the name, position, date and signature. Always Latvian: it is filed.
 * Those who have not signed keep an empty row, to sign on paper or to be reminded.
 */
export function AcquaintanceSheet({ status }: { status: AckStatus }) {
  const { document, rows } = status;
  return (
    <article className="acquaintance-sheet" lang="lv">
      <h1>Iepazīšanās lapa</h1>
      <p>
        Ar {document.title} (versija {document.version}, {document.published}) esmu iepazinies(-usies) un apliecinu, ka ievērošu to norādes (noteikumu 13.
        punkts).
      </p>
      <p className="sheet-hash">Teksta kontrolsumma SHA-256: {document.hash}</p>
      <table>
        <thead>
          <tr>
            <th>Nr.</th>
            <th>Vārds, uzvārds</th>
            <th>Amats</th>
            <th>Datums</th>
            <th>Paraksts</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.personId}>
              <td>{i + 1}.</td>
              <td>
                {r.name} {r.surname}
              </td>
              <td>{r.position}</td>
              <td>{r.signedAt ? day(r.signedAt) : ''}</td>
              <td className="sheet-signature">{r.signature ? <SignatureImage path={r.signature} label={`${r.name} ${r.surname} paraksts`} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
