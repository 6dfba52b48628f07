import { describe, expect, it } from 'vitest';
import { composeLetter, latvianDate } from '../../../shared/review/letters';
import { entryFor } from '../../support/reviewEntries';

const signer = { name: 'Aija Liepiņa', position: 'Būvvaldes vadītāja' };
const base = { institutionName: 'Rēzeknes novada pašvaldība', signer, today: '2026-03-10' };

describe('letters from Latvian templates', () => {
  it('writes Latvian letter dates with the month in the locative', () => {
    expect(latvianDate('2026-03-05')).toBe('2026. gada 5. martā');
    expect(latvianDate('2026-12-31')).toBe('2026. gada 31. decembrī');
  });

  it('addresses a reply to the named client and carries the reply text and the right to appeal', () => {
    const entry = entryFor(7, { client: { anonymous: false, name: 'Jānis Bērziņš', contact: 'Pils iela 1, Malta', consent: true, purpose: 'atbildei' } }, [
      { reply: 'Rinda ir samazināta.' },
    ]);
    const letter = composeLetter('reply', { ...base, entry });
    expect(letter.addressee).toBe('Jānis Bērziņš\nPils iela 1, Malta');
    expect(letter.subject).toBe('Par Jūsu 2026. gada 2. martā iesniegumu Nr. RNP-2026/K1-0007');
    expect(letter.paragraphs).toContain('Rinda ir samazināta.');
    expect(letter.paragraphs.join(' ')).toMatch(/apstrīdēt/);
    expect(letter.signature).toEqual(['Aija Liepiņa', 'Būvvaldes vadītāja', 'Rēzeknes novada pašvaldība']);
  });

  it('states the new deadline and the reason in an extension letter', () => {
    const entry = entryFor(8, {}, [{ status: 'extended', dueDate: '2026-04-02', statusReason: 'nepieciešams atzinums' }]);
    const letter = composeLetter('extension', { ...base, entry });
    expect(letter.paragraphs.join(' ')).toContain('līdz 2026. gada 2. aprīlī');
    expect(letter.paragraphs.join(' ')).toContain('nepieciešams atzinums');
    expect(letter.addressee).toBe('Iesniedzējam');
  });

  it('names the competent body in a referral letter', () => {
    const entry = entryFor(9, {}, [{ status: 'forwarded', statusReason: 'jautājums par valsts nodokļiem' }]);
    const letter = composeLetter('referral', { ...base, entry, referredTo: 'Valsts ieņēmumu dienests' });
    expect(letter.paragraphs.join(' ')).toContain('Valsts ieņēmumu dienests');
    expect(letter.paragraphs.join(' ')).toContain('jautājums par valsts nodokļiem');
  });
});
