import { z } from 'zod';
import { KINDS, REVIEWERS, STATUSES, SUBJECTS } from '../register/codes';
import { rigaDate } from '../calendar/dates';
import type { RegisterEntry } from '../register/record';
import { fold, searchTerm, words } from '../search/text';
import type { DueState } from './dueState';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const codeList = z.array(z.string().min(1).max(40)).max(100);

/** What a reviewer narrows the inbox by; every field optional, all given fields must match. */
export const inboxFilterSchema = z
  .object({
    status: z.array(z.enum(STATUSES)).max(STATUSES.length),
    kind: z.array(z.enum(KINDS)).max(KINDS.length),
    subject: z.array(z.enum(SUBJECTS)).max(SUBJECTS.length),
    institution: codeList,
    desk: codeList,
    from: isoDate,
    to: isoDate,
    overdue: z.boolean(),
    dueSoon: z.boolean(),
    needsReview: z.boolean(),
    /** "Assigned to me": the routes the reviewer holds (what they see otherwise stays out). */
    routedTo: z.array(z.enum(REVIEWERS)).max(REVIEWERS.length),
    text: z.string().max(200),
  })
  .partial()
  .strict();
export type InboxFilter = z.infer<typeof inboxFilterSchema>;

export const SORT_KEYS = ['registeredAt', 'dueDate', 'number', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const inboxSortSchema = z.object({ by: z.enum(SORT_KEYS), dir: z.enum(['asc', 'desc']) }).strict();
export type InboxSort = z.infer<typeof inboxSortSchema>;
export const DEFAULT_SORT: InboxSort = { by: 'registeredAt', dir: 'desc' };

/**
 * The inbox over many entries: search text is folded once per entry and each sort order is
 * computed once, so a filter is one pass over a presorted list (budget: p95 ≤ 50 ms at 100k, test/README.md).
 */
export interface InboxIndex {
  query(filter: InboxFilter, sort: InboxSort): RegisterEntry[];
  readonly size: number;
}

const searchableText = (e: RegisterEntry): string =>
  fold(
    [
      e.number,
      e.description,
      e.employee?.name ?? '',
      e.client.anonymous ? '' : `${e.client.name} ${e.client.contact}`,
      e.reply ?? '',
      ...e.notes.map((n) => n.text),
    ].join('\n'),
  );

const compare: Record<SortKey, (a: RegisterEntry, b: RegisterEntry) => number> = {
  registeredAt: (a, b) => cmp(a.registeredAt, b.registeredAt) || cmp(a.id, b.id),
  dueDate: (a, b) => cmp(a.dueDate, b.dueDate) || cmp(a.registeredAt, b.registeredAt) || cmp(a.id, b.id),
  number: (a, b) => cmp(a.number, b.number) || cmp(a.id, b.id),
  status: (a, b) => cmp(a.status, b.status) || cmp(a.registeredAt, b.registeredAt) || cmp(a.id, b.id),
};
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function createInboxIndex(entries: readonly RegisterEntry[], dueOf: (e: RegisterEntry) => DueState): InboxIndex {
  const texts = new Map<RegisterEntry, string>();
  const textOf = (e: RegisterEntry) => {
    let t = texts.get(e);
    if (t === undefined) texts.set(e, (t = searchableText(e)));
    return t;
  };
  const days = new Map<RegisterEntry, string>();
  const dayOf = (e: RegisterEntry) => {
    let d = days.get(e);
    if (d === undefined) days.set(e, (d = rigaDate(Date.parse(e.registeredAt))));
    return d;
  };
  const orders = new Map<SortKey, RegisterEntry[]>();
  const ordered = (by: SortKey) => {
    let list = orders.get(by);
    if (!list) orders.set(by, (list = [...entries].sort(compare[by])));
    return list;
  };

  return {
    size: entries.length,
    query(filter, sort) {
      const test = matcher(filter, textOf, dayOf, dueOf);
      const list = ordered(sort.by);
      const out: RegisterEntry[] = [];
      if (sort.dir === 'asc') {
        for (let i = 0; i < list.length; i++) if (test(list[i]!)) out.push(list[i]!);
      } else {
        for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) out.push(list[i]!);
      }
      return out;
    },
  };
}

function matcher(
  f: InboxFilter,
  textOf: (e: RegisterEntry) => string,
  dayOf: (e: RegisterEntry) => string,
  dueOf: (e: RegisterEntry) => DueState,
): (e: RegisterEntry) => boolean {
  const set = <T>(list: readonly T[] | undefined) => (list && list.length ? new Set(list) : null);
  const status = set(f.status);
  const kind = set(f.kind);
  const subject = set(f.subject);
  const institution = set(f.institution);
  const desk = set(f.desk);
  const routedTo = set(f.routedTo);
  const from = f.from ?? null;
  const to = f.to ?? null;
  const terms = f.text ? words(f.text).map(searchTerm) : [];
  return (e) => {
    if (status && !status.has(e.status)) return false;
    if (kind && !kind.has(e.kind)) return false;
    if (subject && !subject.has(e.subject)) return false;
    if (institution && !institution.has(e.institution)) return false;
    if (desk && !desk.has(e.deskCode) && !desk.has(e.desk)) return false;
    // The registration day in Latvia; both ends of a period are included.
    if (from && dayOf(e) < from) return false;
    if (to && dayOf(e) > to) return false;
    if (f.needsReview && !e.needsReview) return false;
    if (routedTo && !routedTo.has(e.routedTo)) return false;
    if (f.overdue || f.dueSoon) {
      const due = dueOf(e);
      if (!((f.overdue && due === 'overdue') || (f.dueSoon && due === 'due_soon'))) return false;
    }
    if (terms.length) {
      const text = textOf(e);
      for (const t of terms) if (!text.includes(t)) return false;
    }
    return true;
  };
}
