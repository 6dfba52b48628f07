import { ContractError } from '../../../../shared/contract/result';
import type { Language } from '../../../../shared/config/schema';
import { formatTableTime } from '../../../../shared/i18n/format';
import type { RegisterEntry } from '../../../../shared/register/record';
import type { ExportFile } from '../../../../shared/review/contract';
import { historyRows } from '../../../../shared/review/history';
import {
  complainantHidden,
  DEFAULT_SUBJECT_REQUEST_ROLES,
  foundIn,
  maySubjectRequest,
  nameStems,
  redactor,
  rolesBeyond,
  type FoundIn,
  type SubjectRequestRole,
} from '../../../../shared/review/subject';
import { exportFile, type Table } from './exportFiles';
import { entriesTable, labelsFor } from './reviewTables';
import type { ReviewService } from './reviewService';

export type SubjectRequests = ReturnType<typeof createSubjectRequests>;

interface Found {
  entry: RegisterEntry;
  where: FoundIn[];
  /** The client's identity is taken out: the person is the one complained about, not the client. */
  hidden: boolean;
}

/** An entry as the person may receive it: with the complainant's name and contacts taken out where they must be. */
function redacted(e: RegisterEntry, mark: string): { entry: RegisterEntry; text: (s: string) => string } {
  if (e.client.anonymous) return { entry: e, text: (s) => s };
  const text = redactor(e.client, mark);
  const or = (s: string | null) => (s === null ? null : text(s));
  return {
    text,
    entry: {
      ...e,
      client: { ...e.client, name: mark, contact: mark, purpose: text(e.client.purpose) },
      description: text(e.description),
      reply: or(e.reply),
      statusReason: or(e.statusReason),
      routeReason: or(e.routeReason),
      notes: e.notes.map((n) => ({ ...n, text: text(n.text) })),
    },
  };
}

/** A history value with the complainant taken out: their client record replaced, every text redacted. */
function redactValue(field: string, value: unknown, text: (s: string) => string, mark: string): unknown {
  if (field === 'employee') return value;
  if (field === 'client' && value && typeof value === 'object' && (value as { anonymous?: boolean }).anonymous === false) {
    const c = value as { purpose?: unknown };
    return { ...value, name: mark, contact: mark, purpose: typeof c.purpose === 'string' ? text(c.purpose) : c.purpose };
  }
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) return value.map((v) => redactValue('', v, text, mark));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(k, v, text, mark)]));
  return value;
}

/**
 * A data-subject request (GDPR art. 15): every entry the requester may see that names the person
 * (as client, as the employee concerned, or in the text, found without diacritics, case or word
 * endings), with notes and history, in one XLSX. Who may run it is the machine configuration's
 * `subjectRequestRoles`; what it covers is what the requester may see (shared/review/visibility.ts),
 * and the file says which reviewers' entries it could not cover, never whether any exist.
 */
export function createSubjectRequests(deps: { review: ReviewService; roles?: () => readonly SubjectRequestRole[] }) {
  const allowed = () => deps.roles?.() ?? DEFAULT_SUBJECT_REQUEST_ROLES;
  return {
    async export(name: string, language: Language = 'lv'): Promise<ExportFile> {
      const { entries, source, me } = await deps.review.visibleEntries();
      if (!maySubjectRequest(me.roles, allowed())) {
        throw new ContractError('forbidden_role', 'Data-subject requests are made by the configured reviewer roles', { field: 'subject_request' });
      }
      const stems = nameStems(name);
      if (!stems.length) throw new ContractError('invalid_request', 'name has no letters', { field: 'name' });
      const l = labelsFor(language);
      const { t } = l;
      const mark = t('subjectExport.redactedMark');

      const found: Found[] = [];
      for (const entry of entries) {
        const where = foundIn(entry, stems);
        if (where.length) found.push({ entry, where, hidden: complainantHidden(entry, where) });
      }
      // Entries the requester may see whose personal fields this desk cannot open: not searchable here.
      const unreadable = entries.filter((e) => e.unreadable?.length && !found.some((f) => f.entry === e));

      // What leaves in the file is in the access log first.
      await deps.review.logExport(
        found.map((f) => f.entry),
        'subject_export',
      );

      const shown = found.map((f) => ({ ...f, ...(f.hidden ? redacted(f.entry, mark) : { entry: f.entry, text: (s: string) => s }) }));
      const history = await Promise.all(
        shown.map(async (f) => ({
          f,
          rows: historyRows(await source.events(f.entry.id), f.entry.anonymisedAt !== null),
        })),
      );

      const base = entriesTable(
        l,
        t('subjectExport.sheet.entries'),
        shown.map((f) => f.entry),
      );
      const entriesSheet: Table = {
        name: base.name,
        columns: [...base.columns, t('subjectExport.foundIn'), t('subjectExport.complainantHidden')],
        rows: base.rows.map((row, i) => [
          ...row,
          shown[i]!.where.map((w) => t(`subjectExport.where.${w}`)).join(', '),
          shown[i]!.hidden ? t('subjectExport.yes') : t('subjectExport.no'),
        ]),
      };
      const notesSheet: Table = {
        name: t('subjectExport.sheet.notes'),
        columns: [t('export.number'), t('subjectExport.at'), t('subjectExport.by'), t('subjectExport.text')],
        rows: shown.flatMap((f) => f.entry.notes.map((n) => [f.entry.number, formatTableTime(n.at, language), n.by, n.text])),
      };
      const historySheet: Table = {
        name: t('subjectExport.sheet.history'),
        columns: [t('export.number'), t('subjectExport.at'), t('subjectExport.by'), t('export.desk'), t('subjectExport.op'), t('subjectExport.changes')],
        rows: history.flatMap(({ f, rows }) =>
          rows.map((r) => [
            f.entry.number,
            formatTableTime(r.at, language),
            r.by,
            source.deskCode(r.desk) ?? r.desk,
            r.op,
            JSON.stringify(Object.fromEntries(r.changes.map((c) => [c.field, f.hidden ? redactValue(c.field, c.value, f.text, mark) : c.value]))),
          ]),
        ),
      };

      const beyond = rolesBeyond(me.roles);
      const beyondText = [...beyond.roles.map((r) => t(`reviewer.${r}`)), ...(beyond.otherInstitutions ? [t('subjectExport.otherInstitutions')] : [])].join(
        '; ',
      );
      const hidden = shown.filter((f) => f.hidden).map((f) => f.entry.number);
      const requestSheet: Table = {
        name: t('subjectExport.sheet.request'),
        columns: [t('export.figure'), t('export.value')],
        rows: [
          [t('subjectExport.name'), name.trim()],
          [t('subjectExport.madeAt'), formatTableTime(new Date(deps.review.now()).toISOString(), language)],
          [t('subjectExport.madeBy'), me.displayName ?? me.account],
          [t('subjectExport.found'), found.length],
          [t('subjectExport.matching'), t('subjectExport.matchingText')],
          [t('subjectExport.scope'), beyondText ? t('subjectExport.scopeText', { beyond: beyondText }) : t('subjectExport.scopeAll')],
          [
            t('subjectExport.unreadable'),
            unreadable.length
              ? t('subjectExport.unreadableText', { count: unreadable.length, numbers: unreadable.map((e) => e.number).join(', ') })
              : t('subjectExport.none'),
          ],
          [t('subjectExport.redaction'), hidden.length ? t('subjectExport.redactionText', { numbers: hidden.join(', ') }) : t('subjectExport.none')],
          [t('subjectExport.check'), t('subjectExport.checkText')],
        ],
      };
      return exportFile(`datu-subjekts-${deps.review.today()}`, 'xlsx', [requestSheet, entriesSheet, notesSheet, historySheet]);
    },
  };
}
