import type { Person } from '../../shared/directory/person';

/** A valid directory person for tests; override what the test is about. */
export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: 'ilze.berzina',
    name: 'Ilze',
    surname: 'Bērziņa',
    position: 'Sociālā darbiniece',
    institutionCode: 'RSD',
    institution: 'Rēzeknes novada Sociālais dienests',
    department: 'Sociālās palīdzības nodaļa',
    room: '12',
    address: 'Atbrīvošanas aleja 95A, Rēzekne',
    phone: '+371 64600000',
    email: 'ilze.berzina@example.lv',
    reception: {
      weekly: [
        { day: 'mon', from: '09:00', to: '12:00' },
        { day: 'mon', from: '13:00', to: '17:00' },
        { day: 'wed', from: '13:00', to: '18:00' },
      ],
      absences: [],
    },
    languages: ['lv', 'ltg', 'en'],
    accounts: ['RNP\\ilze.berzina'],
    roles: ['desk_staff'],
    keywords: ['pabalsts', 'trūcīgas personas statuss'],
    ...overrides,
  };
}
