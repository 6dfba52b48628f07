import type { RegisterEntry } from '../../../../shared/register/record';
import type { Report } from '../../../../shared/review/reports';
import type { Table } from './exportFiles';

/**
 * Export tables. Column headers are Latvian (exports go to archives and auditors) and the
 * values are the register's codes, which never change with the language (shared/register/codes.ts).
 */
const ENTRY_COLUMNS = [
  'Numurs',
  'Veids',
  'Kanāls',
  'Temats',
  'Iestāde',
  'Darba vieta',
  'Reģistrēts',
  'Reģistrēja',
  'Termiņš',
  'Statuss',
  'Apraksts',
  'Klients',
  'Kontakts',
  'Mērķis',
  'Atbilde',
  'Anonimizēts',
];

export function entriesTable(name: string, entries: readonly RegisterEntry[]): Table {
  return {
    name,
    columns: ENTRY_COLUMNS,
    rows: entries.map((e) => [
      e.number,
      e.kind,
      e.channel,
      e.subject,
      e.institution,
      e.deskCode,
      e.registeredAt,
      e.registeredBy,
      e.dueDate,
      e.status,
      e.description,
      e.client.anonymous ? null : e.client.name,
      e.client.anonymous ? null : e.client.contact,
      e.client.anonymous ? null : e.client.purpose,
      e.reply,
      e.anonymisedAt,
    ]),
  };
}

export function reportTables(r: Report): Table[] {
  const counts = (name: string, record: Record<string, number>): Table => ({
    name,
    columns: ['Kods', 'Skaits'],
    rows: Object.entries(record).map(([k, v]) => [k, v]),
  });
  return [
    {
      name: 'Kopsavilkums',
      columns: ['Rādītājs', 'Vērtība'],
      rows: [
        ['Periods no', r.period.from],
        ['Periods līdz', r.period.to],
        ['Ierakstu skaits', r.total],
        ['Atbildēti', r.answered],
        ['Atbildes laika mediāna (dienas)', r.medianAnswerDays],
        ['Atbildēti termiņā (%)', r.onTimePercent],
        ['Nokavēti', r.overdue],
      ],
    },
    counts('Pēc veida', r.byKind),
    counts('Pēc temata', r.bySubject),
    counts('Pēc kanāla', r.byChannel),
    counts('Pēc iestādes', r.byInstitution),
    counts('Pēc statusa', r.byStatus),
    {
      name: 'Pa mēnešiem',
      columns: ['Mēnesis', 'Reģistrēti', 'Atbildēti', 'Nokavēti'],
      rows: r.months.map((m) => [m.month, m.registered, m.answered, m.overdue]),
    },
  ];
}
