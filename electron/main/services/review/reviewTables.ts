import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/config/schema';
import { createI18n } from '../../../../shared/i18n';
import { formatTableDate, formatTableTime } from '../../../../shared/i18n/format';
import type { RegisterEntry } from '../../../../shared/register/record';
import type { Report } from '../../../../shared/review/reports';
import type { Table } from './exportFiles';

/**
 * Export tables people can read: headers and values in the language of the person exporting
 * (the register's one vocabulary), dates as a Latvian office writes them in a table
 * (15.12.2026), and, where a machine needs them, the register's codes in columns of their own
 * ("… (kods)"), which never change with the language.
 */
export interface Labels {
  t: TFunction;
  language: Language;
}

export const labelsFor = (language: Language): Labels => ({ t: createI18n(language).getFixedT(language, 'review'), language });

const date = (l: Labels, value: string | null) => (value ? formatTableDate(value, l.language) : null);
const instant = (l: Labels, value: string | null) => (value ? formatTableTime(value, l.language) : null);

/** One row per entry, as the inbox or a report lists them; client details only where not anonymous. */
export function entriesTable(l: Labels, name: string, entries: readonly RegisterEntry[]): Table {
  const { t } = l;
  const code = (label: string) => t('export.codeOf', { label });
  return {
    name,
    columns: [
      t('export.number'),
      t('export.kind'),
      t('export.channel'),
      t('export.subject'),
      t('export.institution'),
      t('export.desk'),
      t('export.receivedOn'),
      t('export.registeredAt'),
      t('export.registeredBy'),
      t('export.dueDate'),
      t('export.status'),
      t('export.reviewer'),
      t('export.description'),
      t('export.client'),
      t('export.contact'),
      t('export.purpose'),
      t('export.reply'),
      t('export.anonymisedAt'),
      code(t('export.kind')),
      code(t('export.channel')),
      code(t('export.subject')),
      code(t('export.status')),
      code(t('export.reviewer')),
    ],
    rows: entries.map((e) => [
      e.number,
      t(`kind.${e.kind}`),
      t(`channel.${e.channel}`),
      t(`subject.${e.subject}`),
      e.institution,
      e.deskCode,
      date(l, e.receivedOn),
      instant(l, e.registeredAt),
      e.registeredBy,
      date(l, e.dueDate),
      t(`status.${e.status}`),
      t(`reviewer.${e.routedTo}`),
      e.description,
      e.client.anonymous ? null : e.client.name,
      e.client.anonymous ? null : e.client.contact,
      e.client.anonymous ? null : e.client.purpose,
      e.reply,
      instant(l, e.anonymisedAt),
      e.kind,
      e.channel,
      e.subject,
      e.status,
      e.routedTo,
    ]),
  };
}

/** A report's figures, one table each, and the entries of the period the figures count. */
export function reportTables(l: Labels, r: Report, entries: readonly RegisterEntry[]): Table[] {
  const { t } = l;
  const counts = (name: string, group: 'kind' | 'subject' | 'channel' | 'status' | null, record: Record<string, number>): Table => ({
    name,
    columns: group ? [t('export.label'), t('export.count'), t('export.code')] : [t('export.label'), t('export.count')],
    rows: Object.entries(record).map(([k, v]) => (group ? [t(`${group}.${k}`), v, k] : [k, v])),
  });
  return [
    {
      name: t('export.sheet.summary'),
      columns: [t('export.figure'), t('export.value')],
      rows: [
        [t('export.periodFrom'), date(l, r.period.from)],
        [t('export.periodTo'), date(l, r.period.to)],
        [t('export.total'), r.total],
        [t('export.answered'), r.answered],
        [t('export.medianAnswerDays'), r.medianAnswerDays],
        [t('export.onTimePercent'), r.onTimePercent],
        [t('export.overdue'), r.overdue],
      ],
    },
    counts(t('export.sheet.byKind'), 'kind', r.byKind),
    counts(t('export.sheet.bySubject'), 'subject', r.bySubject),
    counts(t('export.sheet.byChannel'), 'channel', r.byChannel),
    counts(t('export.sheet.byInstitution'), null, r.byInstitution),
    counts(t('export.sheet.byStatus'), 'status', r.byStatus),
    {
      name: t('export.sheet.byMonth'),
      columns: [t('export.month'), t('export.registered'), t('export.answered'), t('export.overdue')],
      rows: r.months.map((m) => [m.month, m.registered, m.answered, m.overdue]),
    },
    entriesTable(l, t('export.sheet.entries'), entries),
  ];
}
