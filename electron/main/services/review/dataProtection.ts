import { ContractError } from '../../../../shared/contract/result';
import { KINDS } from '../../../../shared/register/codes';
import { rigaDate } from '../../../../shared/calendar/dates';
import type { DestructionView, DueRow, ExportFile } from '../../../../shared/review/contract';
import {
  actProblem,
  anonymiseFields,
  bucketOfEntry,
  DEFAULT_DESTROY_ROLES,
  dueForDestruction,
  parseActDate,
  retentionEnds,
  withDefaults,
  type RetentionDocument,
} from '../../../../shared/review/retention';
import { canReview } from '../../../../shared/review/visibility';
import type { DestructionAct } from '../../../../shared/register/record';
import type { Published } from '../published/publishedDocument';
import { exportFile, type Table } from './exportFiles';
import { labelsFor, type Labels } from './reviewTables';
import type { ReviewService } from './reviewService';

export type DataProtection = ReturnType<typeof createDataProtection>;

const DATE_SHOWN = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/**
 * The list for the archive: register number, kind, registration day, nomenclature item and the
 * end of retention. Nothing that names or describes a person (no client, contact, description,
 * employee, reply, registrant), so the list can leave the institution for approval.
 */
export function dueTable(l: Labels, rows: readonly DueRow[]): Table {
  const { t } = l;
  return {
    name: t('export.sheet.destruction'),
    columns: [
      t('export.number'),
      t('export.kind'),
      t('export.registeredOn'),
      t('export.nomenclatureItem'),
      t('export.retentionEnds'),
      t('export.codeOf', { label: t('export.kind') }),
    ],
    rows: rows.map((r) => [
      r.number,
      t(`kind.${r.kind}`),
      DATE_SHOWN(rigaDate(Date.parse(r.registeredAt))),
      r.item ?? t('export.notPublished'),
      DATE_SHOWN(r.retentionEnds),
      r.kind,
    ]),
  };
}

/**
 * The data protection lifecycle (shared/register/README.md): entries past their retention period
 * (the institution's signed nomenclature) listed for the archive's approval without personal
 * data, then destroyed under the approved act: an anonymising event that records the act, and
 * the crypto-shredding of their retention buckets (../privacy/README.md). Only the roles the
 * nomenclature names (default: the head) may destroy; the check is here, in main.
 */
export function createDataProtection(deps: { review: ReviewService; retention: () => Promise<Published<RetentionDocument>> }) {
  const due = async () => {
    const { me, source } = await deps.review.visibleEntries();
    const published = await deps.retention();
    const destroyRoles = published.data.destroyRoles ?? [...DEFAULT_DESTROY_ROLES];
    if (!me.roles.some((r) => (destroyRoles as readonly string[]).includes(r) || r === 'head' || r === 'executive_director' || r === 'ethics_commission')) {
      throw new ContractError('forbidden_role', 'Retention is handled by reviewers');
    }
    const rules = withDefaults(published.data);
    const today = deps.review.today();
    const destroyer = { ...me, roles: me.roles.filter((r) => (destroyRoles as readonly string[]).includes(r)) };
    const mayDestroy = destroyer.roles.length > 0;
    // Every entry of the register counts for a bucket, seen or not: a key ends them all.
    const entries = dueForDestruction(source.entries(), (e) => mayDestroy && canReview(destroyer, e), rules, today);
    const rows: DueRow[] = entries.map((e) => ({
      id: e.id,
      number: e.number,
      kind: e.kind,
      registeredAt: e.registeredAt,
      item: rules[e.kind].item,
      retentionEnds: retentionEnds(e, rules),
    }));
    return { me, source, today, entries, rows, rules, published, destroyRoles, mayDestroy };
  };

  return {
    async destruction(): Promise<DestructionView> {
      const d = await due();
      return {
        retention: {
          kinds: KINDS.map((kind) => ({ kind, ...d.rules[kind] })),
          publishedAt: d.published.publishedAt,
          problem: d.published.problem === 'missing' ? null : d.published.problem,
          destroyRoles: d.destroyRoles,
        },
        mayDestroy: d.mayDestroy,
        today: d.today,
        entries: d.rows,
      };
    },
    /** The list for the archive's approval: no personal data, so no access-log line either. */
    async exportDestruction(format: 'csv' | 'xlsx'): Promise<ExportFile> {
      const { rows, today, entries } = await due();
      // No personal data leaves with it, but which entries left, when and by whom is still on record.
      await deps.review.logExport(entries, 'export');
      return exportFile(`iznicinamie-ieraksti-${today}`, format, [dueTable(labelsFor('lv'), rows)]);
    },
    /**
     * Destroys exactly the due list under the approved act (its number, and a day not after
     * today): each entry gets an anonymising event that records the act, then each bucket whose
     * entries are all destroyed loses its keys on every desk. Bad input changes nothing.
     */
    async destroyDue(typed: { number: string; date: string }, dryRun = false): Promise<{ destroyed: number; buckets: number; act: DestructionAct }> {
      const d = await due();
      if (!d.mayDestroy) throw new ContractError('forbidden_role', 'Entries are destroyed by the roles the nomenclature names');
      const problem = actProblem(typed, d.today);
      if (problem) throw new ContractError('invalid_request', problem, { field: problem });
      const act: DestructionAct = { number: typed.number.trim(), date: parseActDate(typed.date)! };
      const by = d.me.personId ?? d.me.account;
      const gone = new Set(d.source.destroyedBuckets());
      const buckets = new Set(d.entries.map(bucketOfEntry));
      // Buckets an earlier run recorded on every entry but could not shred yet (a crash in between).
      const all = d.source.entries();
      for (const e of all) if (e.destructionAct && !gone.has(bucketOfEntry(e))) buckets.add(bucketOfEntry(e));
      const listed = new Set(d.entries.map((e) => e.id));
      for (const b of [...buckets])
        if (gone.has(b) || all.some((e) => bucketOfEntry(e) === b && e.anonymisedAt === null && !listed.has(e.id))) buckets.delete(b);
      if (dryRun) return { destroyed: d.entries.length, buckets: buckets.size, act };
      for (const e of d.entries) {
        // A bucket already shredded has no key to seal with, and nothing left to hide: the act alone.
        const fields = gone.has(bucketOfEntry(e))
          ? { client: { anonymous: true as const }, employee: null, anonymisedAt: d.today, destructionAct: act }
          : anonymiseFields(e, d.today, act);
        await d.source.set(e.id, fields, by);
      }
      let shredded = 0;
      for (const b of buckets) {
        const record = all.find((e) => bucketOfEntry(e) === b)!;
        const entryAct = d.entries.some((e) => bucketOfEntry(e) === b) ? act : (record.destructionAct ?? act);
        if (await d.source.destroyBucket(b, entryAct, by)) shredded++;
      }
      return { destroyed: d.entries.length, buckets: shredded, act };
    },
  };
}
