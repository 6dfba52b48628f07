import { ContractError } from '../../../../shared/contract/result';
import type { ExportFile, InboxRow } from '../../../../shared/review/contract';
import { anonymiseFields, isDueForDestruction, type RetentionRules } from '../../../../shared/review/retention';
import { exportFile } from './exportFiles';
import { entriesTable, labelsFor } from './reviewTables';
import { rowOf, type ReviewService } from './reviewService';

export type DataProtection = ReturnType<typeof createDataProtection>;

/**
 * The data protection lifecycle (shared/register/README.md): entries past their retention period listed for
 * archive approval, then anonymised as events (data-subject requests: `subjectRequest.ts`).
 * Heads act for their institution, within what they may see.
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
  };
}
