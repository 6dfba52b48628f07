import { ContractError } from '../../../../shared/contract/result';
import { fold } from '../../../../shared/search/text';
import type { ExportFile, InboxRow } from '../../../../shared/review/contract';
import { anonymiseFields, isDueForDestruction, type RetentionRules } from '../../../../shared/review/retention';
import { historyRows } from '../../../../shared/review/history';
import type { RegisterEntry } from '../../../../shared/register/record';
import { exportFile } from './exportFiles';
import { entriesTable, labelsFor } from './reviewTables';
import { rowOf, type ReviewService } from './reviewService';

export type DataProtection = ReturnType<typeof createDataProtection>;

/**
 * The data protection lifecycle (shared/register/README.md): entries past their retention period listed for
 * archive approval, then anonymised as events; a data-subject export of everything held
 * about a named person. Heads act for their institution, within what they may see.
 */
export function createDataProtection(deps: { review: ReviewService; retention: () => Promise<RetentionRules> }) {
  const due = async () => {
    const { me, entries, source } = await deps.review.visibleEntries();
    if (!me.roles.includes('head') && !me.roles.includes('executive_director') && !me.roles.includes('ethics_commission')) {
      throw new ContractError('forbidden_role', 'Retention is handled by reviewers');
    }
    const rules = await deps.retention();
    const today = deps.review.today();
    return { me, source, today, entries: entries.filter((e) => isDueForDestruction(e, rules, today)) };
  };

  return {
    async destruction(): Promise<InboxRow[]> {
      return (await due()).entries.map((e) => rowOf(e, 'done'));
    },
    async exportDestruction(format: 'csv' | 'xlsx'): Promise<ExportFile> {
      const { entries, today } = await due();
      await deps.review.logExport(entries, 'export');
      const labels = labelsFor('lv');
      return exportFile(`iznicinamie-ieraksti-${today}`, format, [entriesTable(labels, labels.t('export.sheet.destruction'), entries)]);
    },
    async anonymiseDue(): Promise<{ anonymised: number }> {
      const { me, source, today, entries } = await due();
      for (const e of entries) await source.set(e.id, anonymiseFields(e, today), me.personId ?? me.account);
      return { anonymised: entries.length };
    },
    /** Everything held about a person: entries naming them as client or employee, with history. */
    async subjectExport(name: string): Promise<ExportFile> {
      const { entries, source, me } = await deps.review.visibleEntries();
      if (!me.roles.includes('head')) throw new ContractError('forbidden_role', 'Data-subject exports are made by the head');
      const wanted = fold(name.trim());
      const about = (e: RegisterEntry) =>
        (!e.client.anonymous && fold(e.client.name).includes(wanted)) || (e.employee !== null && fold(e.employee.name).includes(wanted));
      const found = entries.filter(about);
      await deps.review.logExport(found, 'subject_export');
      const history = await Promise.all(found.map(async (e) => ({ e, rows: historyRows(await source.events(e.id), e.anonymisedAt !== null) })));
      return exportFile(`datu-subjekts-${deps.review.today()}`, 'xlsx', [
        entriesTable(labelsFor('lv'), 'Ieraksti', found),
        {
          name: 'Vēsture',
          columns: ['Numurs', 'Laiks', 'Autors', 'Darba vieta', 'Darbība', 'Izmaiņas'],
          rows: history.flatMap(({ e, rows }) =>
            rows.map((r) => [e.number, r.at, r.by, r.desk, r.op, JSON.stringify(Object.fromEntries(r.changes.map((c) => [c.field, c.value])))]),
          ),
        },
      ]);
    },
  };
}
