import { describe, expect, it } from 'vitest';
import { toCard } from '../../../shared/directory/card';
import { directoryToCsv, parseDirectoryCsv } from '../../../shared/directory/csv';
import { directorySchema, personSchema } from '../../../shared/directory/person';
import { feminineLatvian, latvianPosition, positionIn } from '../../../shared/directory/position';
import { person } from '../../support/people';

describe('positions in the person’s gender', () => {
  it('puts a post written in the masculine into the feminine for a woman, adjectives with it', () => {
    expect(feminineLatvian('Būvvaldes vadītājs')).toBe('Būvvaldes vadītāja');
    expect(feminineLatvian('Vecākais grāmatvedis')).toBe('Vecākā grāmatvede');
    expect(feminineLatvian('Sociālais darbinieks darbam ar ģimenēm')).toBe('Sociālā darbiniece darbam ar ģimenēm');
    expect(feminineLatvian('Nekustamā īpašuma nodokļa administrators')).toBe('Nekustamā īpašuma nodokļa administratore');
    // The genitive before the head noun stays: the deputy of the head, not the head.
    expect(feminineLatvian('Būvvaldes vadītāja vietnieks')).toBe('Būvvaldes vadītāja vietniece');
    expect(feminineLatvian('Izpilddirektors')).toBe('Izpilddirektore');
  });

  it('leaves a position already in the feminine, or with no known post noun, exactly as written', () => {
    for (const written of ['Dzimtsarakstu nodaļas vadītāja', 'Sociālā darbiniece', 'Bāriņtiesas priekšsēdētāja', 'Kasiere-konsultante', 'Mentors']) {
      expect(feminineLatvian(written)).toBe(written);
    }
  });

  it('changes nothing for men or for people whose gender the directory does not give', () => {
    expect(latvianPosition({ position: 'Būvvaldes vadītājs', gender: 'm' })).toBe('Būvvaldes vadītājs');
    expect(latvianPosition({ position: 'Būvvaldes vadītājs' })).toBe('Būvvaldes vadītājs');
    expect(latvianPosition({ position: 'Būvvaldes vadītājs', gender: 'f' })).toBe('Būvvaldes vadītāja');
  });
});

describe('positions in the client’s language', () => {
  const head = { position: 'Būvvaldes vadītājs', gender: 'f' as const, positionTranslations: { en: 'Head of the Building Board' } };

  it('gives the translation where the directory has one', () => {
    expect(positionIn(head, 'en')).toEqual({ text: 'Head of the Building Board', language: 'en', fallback: false });
  });

  it('falls back to the Latvian (gendered) position and says so where it has none', () => {
    expect(positionIn(head, 'ltg')).toEqual({ text: 'Būvvaldes vadītāja', language: 'lv', fallback: true });
    expect(positionIn({ ...head, positionTranslations: { en: '   ' } }, 'en')).toMatchObject({ text: 'Būvvaldes vadītāja', fallback: true });
    expect(positionIn(head, 'lv')).toEqual({ text: 'Būvvaldes vadītāja', language: 'lv', fallback: false });
  });
});

describe('directory data with and without the new fields', () => {
  it('reads a directory published before gender and translations existed, unchanged', () => {
    const old = person();
    expect(directorySchema.parse({ people: [old] }).people[0]).toEqual(old);
    expect(positionIn(old, 'en')).toEqual({ text: 'Sociālā darbiniece', language: 'lv', fallback: true });
  });

  it('refuses a gender that is not f or m, and a translation that is too long', () => {
    expect(personSchema.safeParse(person({ gender: 'x' as never })).success).toBe(false);
    expect(personSchema.safeParse(person({ positionTranslations: { en: 'x'.repeat(161) } })).success).toBe(false);
  });

  it('imports a CSV without the new columns as before', () => {
    const { people, problems } = parseDirectoryCsv(
      'id,name,surname,position,institution_code,institution\nanna.kalnina,Anna,Kalniņa,Lietvede,RNP,Pašvaldība\n',
    );
    expect(problems).toEqual([]);
    expect(people[0]).not.toHaveProperty('gender');
    expect(people[0]).not.toHaveProperty('positionTranslations');
  });

  it('imports gender and translations from their columns, exports them and reads them back unchanged', () => {
    const csv =
      'id;name;surname;position;gender;position_en;position_ltg;institution_code;institution\n' +
      'aija.liepina;Aija;Liepiņa;Būvvaldes vadītājs;F;Head of the Building Board;;RNP;Pašvaldība\n';
    const { people, problems } = parseDirectoryCsv(csv);
    expect(problems).toEqual([]);
    expect(people[0]).toMatchObject({ gender: 'f', positionTranslations: { en: 'Head of the Building Board' } });
    expect(people[0]!.positionTranslations).not.toHaveProperty('ltg');
    const exported = directoryToCsv(people);
    expect(exported.split('\r\n')[0]).toMatch(/,keywords,gender,position_ltg,position_en$/);
    expect(parseDirectoryCsv(exported, people)).toEqual({ people, problems: [] });
  });

  it('names the column of a bad gender or translation, and takes nothing from that row', () => {
    const csv = `id,name,surname,position,gender,position_en,institution_code,institution\nx.y,X,Y,Z,sieviete,,RNP,I\nz.y,Z,Y,Z,,${'e'.repeat(200)},RNP,I\n`;
    const { people, problems } = parseDirectoryCsv(csv);
    expect(people).toEqual([]);
    expect(problems).toEqual([
      { row: 2, column: 'gender', code: 'invalid', value: 'sieviete' },
      { row: 3, column: 'position_en', code: 'too_long', value: 'e'.repeat(60) },
    ]);
  });

  it('lets the client display and printouts have them: the card carries gender and translations', () => {
    const card = toCard(person({ gender: 'f', positionTranslations: { ltg: 'Sociāluo dorbineica' } }));
    expect(card).toMatchObject({ gender: 'f', positionTranslations: { ltg: 'Sociāluo dorbineica' } });
    expect(toCard(person())).not.toHaveProperty('gender');
  });
});
