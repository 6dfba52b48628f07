import { ContractError } from '../../../../shared/contract/result';
import type { Person } from '../../../../shared/directory/person';
import type { Identity } from '../../../../shared/identity/identity';
import { deadlinesByTable } from '../../../../shared/register/deadlines';
import { rigaDate } from '../../../../shared/calendar/dates';
import type { RegisterEntry, SetFields } from '../../../../shared/register/record';
import { ethicsStep } from '../../../../shared/register/routing';
import type { Badge, EntryView, InboxPage, InboxRow } from '../../../../shared/review/contract';
import { attentionOf, dueStateFn, forwardStateFn, type DueState } from '../../../../shared/review/dueState';
import { conflictsOf, historyRows } from '../../../../shared/review/history';
import { createInboxIndex, type InboxFilter, type InboxIndex, type InboxSort } from '../../../../shared/review/inbox';
import { buildReport, type Period, type Report } from '../../../../shared/review/reports';
import { fieldsFor, type ReviewAction } from '../../../../shared/review/update';
import { canReview, canSee, isReviewer, registrantSeesOutcomeOnly, reviewersOf, shownTo } from '../../../../shared/review/visibility';
import type { Language } from '../../../../shared/config/schema';
import type { ExportFile } from '../../../../shared/review/contract';
import type { AccessLog, AccessVia } from './accessLog';
import { exportFile } from './exportFiles';
import { entriesTable, labelsFor, reportTables } from './reviewTables';
import type { ReviewSource } from './source';

export interface ReviewDeps {
  source: () => Promise<ReviewSource>;
  identity: { current(): Identity };
  access: (source: ReviewSource) => AccessLog;
  /** The staff directory's people, to keep a re-routed entry reviewable by someone; none known, no check. */
  people?: () => readonly Person[];
  now?: () => number;
}

export type ReviewService = ReturnType<typeof createReviewService>;

/** The latest an answer may be extended to, by the register's own deadline table. */
const extendedLimit = (source: ReviewSource, e: RegisterEntry) => {
  const { deadlines, calendar } = source.rules();
  return deadlinesByTable(e.kind, e.receivedOn, deadlines, calendar).extendedLimit;
};

/** Resolving may only pick one of the values two desks saved concurrently, nothing else. */
async function onlyConflicting(source: ReviewSource, id: string, fields: Record<string, unknown>): Promise<void> {
  const conflicts = conflictsOf(await source.events(id));
  for (const [field, value] of Object.entries(fields)) {
    const c = conflicts.find((x) => x.field === field);
    const candidates = c ? [c.winner, ...c.others].map((v) => JSON.stringify(v.value)) : [];
    if (!candidates.includes(JSON.stringify(value))) throw new ContractError('invalid_request', `${field} is not in conflict with that value`, { field });
  }
}

/**
 * Names for what the register stores as ids: an author's person id or account (`RNP\\ilze.berzina`)
 * becomes "Ilze Bērziņa", an institution code (`RNP`) its name, from the staff directory.
 */
export function namesFor(people: readonly Person[], keys: Iterable<string>): Record<string, string> {
  const wanted = new Set(keys);
  const out: Record<string, string> = {};
  const lower = (s: string) => s.toLocaleLowerCase('lv');
  for (const p of people) {
    const full = `${p.name} ${p.surname}`;
    for (const key of wanted) {
      if (key === p.id || p.accounts.some((a) => lower(a) === lower(key))) out[key] = full;
      else if (key === p.institutionCode && !(key in out)) out[key] = p.institution;
    }
  }
  return out;
}

const forbidden = (what: string) => new ContractError('forbidden_role', what);

/** Re-routing never leaves an entry that nobody in the directory may review. */
function checkRoute(people: readonly Person[], entry: RegisterEntry, routedTo: RegisterEntry['routedTo'] | undefined): void {
  if (routedTo === undefined || routedTo === entry.routedTo || people.length === 0) return;
  if (reviewersOf(people, { ...entry, routedTo }).length === 0)
    throw new ContractError('invalid_request', 'route_leaves_nobody', { field: 'route_leaves_nobody' });
}

export const rowOf = (e: RegisterEntry, due: DueState, forward: DueState | null = null): InboxRow => ({
  id: e.id,
  number: e.number,
  kind: e.kind,
  subject: e.subject,
  channel: e.channel,
  institution: e.institution,
  deskCode: e.deskCode,
  status: e.status,
  registeredAt: e.registeredAt,
  dueDate: e.dueDate,
  due,
  forwardDue: e.forwardDue,
  forward,
  needsReview: e.needsReview,
  summary: e.description.length > 140 ? `${e.description.slice(0, 139)}…` : e.description,
  routedTo: e.routedTo,
  version: e.version,
});

/**
 * The review workspace in main: every request is checked against the signed-in person's roles
 * here, so a window asking for an entry it may not see gets `forbidden_role`, never the entry.
 */
export function createReviewService(deps: ReviewDeps) {
  const now = deps.now ?? Date.now;
  const today = () => rigaDate(now());
  let opened: Promise<{ source: ReviewSource; access: AccessLog }> | null = null;
  let cache: {
    key: string;
    visible: RegisterEntry[];
    index: InboxIndex;
    dueOf: (e: RegisterEntry) => DueState;
    forwardOf: (e: RegisterEntry) => DueState | null;
    attention: (e: RegisterEntry) => DueState;
    /** What every inbox page carries beside its rows; the same until the register or the day changes. */
    summary?: Pick<InboxPage, 'counts' | 'institutions' | 'desks'>;
  } | null = null;
  const listeners = new Set<() => void>();

  const open = () =>
    (opened ??= deps.source().then((source) => {
      source.onChange(() => {
        cache = null;
        listeners.forEach((l) => l());
      });
      return { source, access: deps.access(source) };
    }));

  const viewer = (): Identity => {
    const me = deps.identity.current();
    // Admins hold no other role for records: they see configuration, never record contents.
    if (!me.roles.some((r) => r !== 'admin')) throw forbidden('Admins see no register contents');
    return me;
  };

  const state = async () => {
    const { source } = await open();
    const me = viewer();
    const key = `${me.account}|${me.roles.join(',')}|${me.institution}|${today()}`;
    if (!cache || cache.key !== key) {
      const visible = source
        .entries()
        .filter((e) => canSee(me, e))
        .map((e) => shownTo(me, e));
      const dueOf = dueStateFn(today(), source.rules().calendar);
      const forwardOf = forwardStateFn(today(), source.rules().calendar);
      // Filters, counts and the icon badge follow whichever deadline is more pressing.
      const attention = (e: RegisterEntry) => attentionOf(dueOf(e), forwardOf(e));
      cache = { key, visible, index: createInboxIndex(visible, attention), dueOf, forwardOf, attention };
    }
    return cache;
  };

  /** Counts and filter choices over everything visible: one pass, kept with the state it was made from. */
  const summaryOf = (current: NonNullable<typeof cache>) =>
    (current.summary ??= (() => {
      let overdue = 0;
      let dueSoon = 0;
      let needsReview = 0;
      const institutions = new Set<string>();
      const desks = new Set<string>();
      for (const e of current.visible) {
        const d = current.attention(e);
        if (d === 'overdue') overdue++;
        else if (d === 'due_soon') dueSoon++;
        if (e.needsReview) needsReview++;
        institutions.add(e.institution);
        desks.add(e.deskCode);
      }
      return { counts: { overdue, dueSoon, needsReview }, institutions: [...institutions].sort(), desks: [...desks].sort() };
    })());

  const seen = async (id: string) => {
    const { source, access } = await open();
    const me = viewer();
    const entry = source.entry(id);
    // The same answer for "missing" and "not yours": a renderer learns nothing by guessing ids.
    if (!entry || !canSee(me, entry)) throw forbidden(`No access to entry ${id}`);
    return { source, access, me, entry: shownTo(me, entry) };
  };

  const author = (me: Identity) => me.personId ?? me.account;

  const view = async (id: string): Promise<EntryView> => {
    const { source, access, me, entry } = await seen(id);
    // The clerk of a confidential entry sees its number and status, not how it is being handled.
    const events = registrantSeesOutcomeOnly(me, entry) ? [] : await source.events(id);
    const { dueOf, forwardOf } = await state();
    return {
      entry,
      due: dueOf(entry),
      forward: forwardOf(entry),
      history: historyRows(events, entry.anonymisedAt !== null).map((h) => ({ ...h, desk: source.deskCode(h.desk) ?? h.desk })),
      conflicts: entry.needsReview ? conflictsOf(events) : [],
      ethics: ethicsStep(entry, source.rules().routing?.ethicsStep),
      access: me.roles.includes('head') ? (await access.of(id)).map((a) => ({ ...a, desk: source.deskCode(a.desk) ?? a.desk })) : null,
      canReview: canReview(me, entry),
      extendedLimit: extendedLimit(source, entry),
      names: namesFor(deps.people?.() ?? [], [entry.registeredBy, entry.institution, ...events.map((e) => e.by), ...entry.notes.map((n) => n.by)]),
    };
  };

  const reviewable = async (id: string) => {
    const s = await seen(id);
    if (!canReview(s.me, s.entry)) throw forbidden(`Cannot review entry ${id}`);
    return s;
  };

  /** Who may read an entry's attachments: those who may read the entry in full (not a clerk kept to its outcome). */
  const readable = async (id: string) => {
    const s = await seen(id);
    if (registrantSeesOutcomeOnly(s.me, s.entry)) throw forbidden(`No access to the attachments of entry ${id}`);
    return s;
  };

  return {
    /** The entry, if the person may read its attachments (and add to them); forbidden otherwise. */
    async attachmentsOf(id: string): Promise<RegisterEntry> {
      return (await readable(id)).entry;
    },

    async inbox(filter: InboxFilter, sort: InboxSort, offset: number, limit: number): Promise<InboxPage> {
      const current = await state();
      const { index, dueOf, forwardOf } = current;
      const list = index.query(filter, sort);
      return { total: list.length, offset, rows: list.slice(offset, offset + limit).map((e) => rowOf(e, dueOf(e), forwardOf(e))), ...summaryOf(current) };
    },

    /** Opening an entry is logged before its contents leave main. */
    async entry(id: string): Promise<EntryView> {
      const { access, me } = await seen(id);
      await access.record({ rec: id, by: author(me), name: me.displayName });
      return view(id);
    },

    async act(id: string, action: ReviewAction): Promise<EntryView> {
      const { source, me, entry } = await reviewable(id);
      if (action.action === 'resolve') await onlyConflicting(source, id, action.fields);
      const outcome = fieldsFor(action, entry, { extendedLimit: extendedLimit(source, entry), ethicsStep: source.rules().routing?.ethicsStep });
      if ('problem' in outcome) throw new ContractError('invalid_request', outcome.problem, { field: outcome.problem });
      checkRoute(deps.people?.() ?? [], entry, outcome.fields.routedTo);
      await source.set(id, outcome.fields, author(me));
      return view(id);
    },

    async note(id: string, text: string): Promise<EntryView> {
      const { source, me } = await reviewable(id);
      await source.note(id, text, author(me));
      return view(id);
    },

    /**
     * Fields set directly, as `laipni register set` does: the same reviewers who may act on
     * the entry here; the register still checks the fields and the status flow.
     */
    async setFields(id: string, fields: SetFields): Promise<RegisterEntry> {
      const { source, me, entry } = await reviewable(id);
      checkRoute(deps.people?.() ?? [], entry, fields.routedTo);
      return source.set(id, fields, author(me));
    },

    /** For letters and exports: an entry the viewer may review, with who they are. */
    reviewable,
    /** The entry as shown after a change: not a new opening, so not logged again. */
    view,

    async report(period: Period): Promise<Report> {
      const { source } = await open();
      if (!isReviewer(viewer())) throw forbidden('Reports are for reviewers');
      const { visible } = await state();
      const rows = await Promise.all(
        visible.map(async (entry) => ({ entry, answeredAt: entry.status === 'registered' ? null : await source.answeredAt(entry.id) })),
      );
      return buildReport(rows, period, today());
    },

    /** The report's figures and the entries they count, in the exporter's language. */
    async exportReport(period: Period, format: 'csv' | 'xlsx', language: Language): Promise<ExportFile> {
      const report = await this.report(period);
      const inPeriod = (await state()).visible
        .filter((e) => {
          const day = rigaDate(Date.parse(e.registeredAt));
          return day >= period.from && day <= period.to;
        })
        .sort((a, b) => (a.registeredAt < b.registeredAt ? -1 : a.registeredAt > b.registeredAt ? 1 : 0));
      // Personal data leaving the register is logged per entry, before the file is made.
      await this.logExport(inPeriod, 'export');
      return exportFile(`parskats-${period.from}-${period.to}`, format, reportTables(labelsFor(language), report, inPeriod));
    },

    /** The inbox as filtered and sorted on screen, every page of it: only what the head may see. */
    async exportInbox(filter: InboxFilter, sort: InboxSort, format: 'csv' | 'xlsx', language: Language): Promise<ExportFile> {
      if (!isReviewer(viewer())) throw forbidden('Exports are for reviewers');
      const labels = labelsFor(language);
      const list = (await state()).index.query(filter, sort);
      await this.logExport(list, 'export');
      return exportFile(`ieraksti-${today()}`, format, [entriesTable(labels, labels.t('export.sheet.inbox'), list)]);
    },

    async visibleEntries(): Promise<{ me: Identity; entries: RegisterEntry[]; source: ReviewSource }> {
      const { source } = await open();
      return { me: viewer(), entries: (await state()).visible, source };
    },

    /** Entries leaving in a file (an export, a data-subject export) are logged like openings, before the file is made. */
    async logExport(entries: readonly RegisterEntry[], via: AccessVia): Promise<void> {
      const { access } = await open();
      const me = viewer();
      await access.recordAll(
        entries.map((e) => ({ rec: e.id, by: author(me), name: me.displayName })),
        via,
      );
    },

    async badge(): Promise<Badge> {
      const me = deps.identity.current();
      if (!isReviewer(me)) return { overdue: 0, dueSoon: 0 };
      const page = await this.inbox({}, { by: 'dueDate', dir: 'asc' }, 0, 1);
      return { overdue: page.counts.overdue, dueSoon: page.counts.dueSoon };
    },

    /** A document printed from an entry the viewer has open (the §12 notice to the ethics commission): logged as it leaves. */
    async logPrint(id: string): Promise<void> {
      const { access, me } = await seen(id);
      await access.recordAll([{ rec: id, by: author(me), name: me.displayName }], 'print');
    },

    onChange(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    today,
    now,
  };
}
