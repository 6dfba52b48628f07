import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n';
import { latvianDate, latvianGenitive } from '../../../shared/i18n/format';
import { composeLetter, letterProblem, type LetterInput } from '../../../shared/review/letters';
import { entryFor } from '../../support/reviewEntries';

const letterhead = {
  name: 'Maltas pagasta pārvalde',
  registrationNo: '90000012345',
  address: 'Skolas iela 1, Malta, Rēzeknes novads, LV-4630',
  place: 'Maltā',
};
const signer = { name: 'Aija Liepiņa', position: 'Pārvaldes vadītāja' };
const base = { letterhead, signer, signing: 'paper' as const, today: '2026-05-05', outgoingNumber: 'RNP-2026/K2-IZ-0003' };
const janis = { anonymous: false as const, name: 'Jānis Bērziņš', contact: 'Pils iela 1, Malta', consent: true as const, purpose: 'atbildei' };

describe('Latvian case forms for dates and names', () => {
  it('puts month names in the case the sentence needs, including the genitive aprīļa', () => {
    expect(latvianDate('2026-04-30', 'nominative')).toBe('2026. gada 30. aprīlis');
    expect(latvianDate('2026-04-30', 'genitive')).toBe('2026. gada 30. aprīļa');
    expect(latvianDate('2026-06-01', 'dative')).toBe('2026. gada 1. jūnijam');
    expect(latvianDate('2026-03-05', 'locative')).toBe('2026. gada 5. martā');
    expect(latvianDate('2026-01-02', 'genitive')).toBe('2026. gada 2. janvāra');
    expect(latvianDate('2026-12-31', 'dative')).toBe('2026. gada 31. decembrim');
    expect(latvianDate('2027-02-28', 'genitive')).toBe('2027. gada 28. februāra');
  });

  it('declines the last word of an institution or post into the genitive, and leaves what it cannot decline', () => {
    expect(latvianGenitive('Maltas pagasta pārvalde')).toBe('Maltas pagasta pārvaldes');
    expect(latvianGenitive('Rēzeknes novada pašvaldība')).toBe('Rēzeknes novada pašvaldības');
    expect(latvianGenitive('Valsts ieņēmumu dienests')).toBe('Valsts ieņēmumu dienesta');
    expect(latvianGenitive('Rēzeknes novada pašvaldības izpilddirektors')).toBe('Rēzeknes novada pašvaldības izpilddirektora');
    expect(latvianGenitive('Valsts darba inspekcija')).toBe('Valsts darba inspekcijas');
    expect(latvianGenitive('Tiesībsarga birojs')).toBe('Tiesībsarga biroja');
    expect(latvianGenitive('Latvijas Valsts')).toBe('Latvijas Valsts');
    expect(latvianGenitive('VID')).toBe('VID');
  });

  it('says "vērsties pie … izpilddirektora" on the how-to-complain sheet too', () => {
    expect(createI18n('lv').t('service:complaint.further')).toBe(
      'Ja atbilde jūs neapmierina, varat vērsties pie pašvaldības izpilddirektora vai tiesību aizsardzības iestādēs normatīvajos aktos noteiktajā kārtībā.',
    );
  });
});

const letter = (kind: Parameters<typeof composeLetter>[0], entry: LetterInput['entry'], over: Partial<LetterInput> = {}) =>
  composeLetter(kind, { ...base, entry, ...over });

describe('letters an office can send, sentence by sentence', () => {
  const received = { receivedOn: '2026-04-30', registeredAt: '2026-05-04T07:00:00.000Z' };

  it('writes a reply with letterhead, place and date, outgoing and incoming numbers, legal basis and a signature line', () => {
    const entry = entryFor(7, { ...received, client: janis }, [{ status: 'answered', reply: 'Rinda pie būvvaldes ir samazināta.' }]);
    const l = letter('reply', entry);
    expect(l.letterhead).toEqual(['Maltas pagasta pārvalde', 'Reģ. Nr. 90000012345', 'Skolas iela 1, Malta, Rēzeknes novads, LV-4630']);
    expect(l.placeAndDate).toBe('Maltā, 2026. gada 5. maijā');
    expect(l.outgoing).toBe('Nr. RNP-2026/K2-IZ-0003');
    expect(l.incoming).toBe('Uz 2026. gada 30. aprīļa iesniegumu Nr. RNP-2026/K1-0007');
    expect(l.addressee).toEqual(['Jānis Bērziņš', 'Pils iela 1, Malta']);
    expect(l.subject).toBe('Par Jūsu 2026. gada 30. aprīļa iesniegumu');
    expect(l.paragraphs).toEqual([
      'Esam izskatījuši Jūsu 2026. gada 30. aprīļa iesniegumu.',
      'Rinda pie būvvaldes ir samazināta.',
      'Ja nepiekrītat atbildei, Jums ir tiesības to apstrīdēt normatīvajos aktos noteiktajā kārtībā.',
    ]);
    expect(l.legalBasis).toBe('Pamatojums: Iesniegumu likuma 5. pants.');
    expect(l.signature).toEqual({ name: 'Aija Liepiņa', position: 'Pārvaldes vadītāja', signing: 'paper', line: '(paraksts)' });
  });

  it('states the extension ground and the new deadline with the month in the dative, to an anonymous client', () => {
    const entry = entryFor(8, received, [
      { status: 'extended', dueDate: '2026-06-01', extensionGround: 'other_institutions', statusReason: 'Lūdzām atzinumu Valsts vides dienestam.' },
    ]);
    const l = letter('extension', entry, { signing: 'electronic' });
    expect(l.addressee).toEqual(['Iesniedzējam']);
    expect(l.subject).toBe('Par Jūsu 2026. gada 30. aprīļa iesnieguma izskatīšanas termiņa pagarināšanu');
    expect(l.paragraphs).toEqual([
      'Jūsu 2026. gada 30. aprīļa iesnieguma izskatīšanai nepieciešams ilgāks laiks, jo jāsazinās ar citām iestādēm.',
      'Lūdzām atzinumu Valsts vides dienestam.',
      'Atbildi Jums sniegsim līdz 2026. gada 1. jūnijam.',
    ]);
    expect(l.signature.line).toBe('DOKUMENTS IR PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU');
  });

  it('says in a forwarding letter whose competence it is not (genitive) and who will answer', () => {
    const entry = entryFor(9, received, [
      { status: 'forwarded', forwardedTo: 'Valsts ieņēmumu dienests', forwardOutcome: 'forwarded', statusReason: 'nodokļu jautājums' },
    ]);
    const l = letter('forwarding', entry);
    expect(l.subject).toBe('Par Jūsu 2026. gada 30. aprīļa iesnieguma pārsūtīšanu');
    expect(l.paragraphs).toEqual([
      'Jūsu 2026. gada 30. aprīļa iesniegumā minētā jautājuma izlemšana nav Maltas pagasta pārvaldes kompetencē.',
      'Tādēļ iesniegumu esam pārsūtījuši izskatīšanai pēc piekritības, un atbildi Jums sniegs Valsts ieņēmumu dienests.',
    ]);
    expect(l.legalBasis).toBe('Pamatojums: Iesniegumu likuma 4. pants.');
  });

  it('tells the client in a "where to apply" letter to turn to the competent official, in the genitive after "pie"', () => {
    const entry = entryFor(10, { receivedOn: '2026-02-27', registeredAt: '2026-03-02T07:00:00.000Z', client: janis }, [
      {
        status: 'forwarded',
        forwardedTo: 'Rēzeknes novada pašvaldības izpilddirektors',
        forwardOutcome: 'where_to_apply',
        statusReason: 'sūdzība par vadītāju',
      },
    ]);
    const l = letter('where_to_apply', entry, { letterhead: { ...letterhead, nameGenitive: 'Maltas pagasta pārvaldes' } });
    expect(l.incoming).toBe('Uz 2026. gada 27. februāra iesniegumu Nr. RNP-2026/K1-0010');
    expect(l.paragraphs).toEqual([
      'Jūsu 2026. gada 27. februāra iesniegumā minētā jautājuma izlemšana nav Maltas pagasta pārvaldes kompetencē.',
      'Ar šo jautājumu aicinām Jūs vērsties pie Rēzeknes novada pašvaldības izpilddirektora.',
    ]);
  });

  it('prints only the institution name and the plain date when no letterhead was published', () => {
    const entry = entryFor(11, received, [{ status: 'answered', reply: 'Atbilde.' }]);
    const l = letter('reply', entry, { letterhead: { name: 'Rēzeknes novada pašvaldība' } });
    expect(l.letterhead).toEqual(['Rēzeknes novada pašvaldība']);
    expect(l.placeAndDate).toBe('2026. gada 5. maijs');
  });

  it('waits for the decision each letter tells: reply, extension ground, and the recorded outcome', () => {
    const fresh = entryFor(12, received);
    expect(letterProblem('reply', fresh)).toBe('letter_needs_reply');
    expect(letterProblem('extension', fresh)).toBe('letter_needs_extension');
    expect(letterProblem('forwarding', fresh)).toBe('letter_needs_forwarding');
    expect(letterProblem('where_to_apply', fresh)).toBe('letter_needs_where_to_apply');
    const told = entryFor(13, received, [{ status: 'forwarded', forwardedTo: 'Valsts policija', forwardOutcome: 'where_to_apply', statusReason: 'x' }]);
    expect(letterProblem('where_to_apply', told)).toBeNull();
    // Told where to apply is not forwarded: that letter would say something that did not happen.
    expect(letterProblem('forwarding', told)).toBe('letter_needs_forwarding');
    expect(() => letter('forwarding', told)).toThrow('letter_needs_forwarding');
  });
});
