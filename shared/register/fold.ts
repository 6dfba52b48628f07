import type { ForwardOutcome } from './codes';
import type { RegisterEvent } from './event';
import type { CreateFields, ExtensionGround, Note, RegisterEntry } from './record';
import { rigaDate } from '../calendar/dates';

/**
 * The register's state as a deterministic fold of events: any order, any duplication of the
 * same events gives the same state. Every step below is a max or a min, so it commutes:
 * - the create with the lowest (clock, event id) is the base (a record has one create);
 * - per field, the edit with the highest (clock, event id) wins; clocks end in the desk id;
 * - an edit that arrives before its create waits in the record, invisible until the create;
 * - a field needs review when some losing edit was not seen by the winner (its clock is past
 *   the winner's `saw`): two desks changed it without knowing of each other;
 * - notes are a set keyed by event id; a void is sticky and never deletes.
 */
interface Win {
  v: unknown;
  /** The edit's clock and event id: the order of edits. */
  h: string;
  id: string;
  saw: string;
  /** The highest clock among the edits this one beat. */
  ru: string;
}

export interface FoldRecord {
  id: string;
  base: CreateFields | null;
  baseKey: string | null;
  baseDesk: string | null;
  edits: Record<string, Win> | null;
  notes: Note[] | null;
  voided: { k: string; reason: string } | null;
  latest: string;
  /** Edits from the share that came before their create: judged once it arrives (absent in older caches). */
  pending?: RegisterEvent[] | null;
}

/** Decides whether an event read from the share may change the register; see authorise.ts. */
export type FoldGuard = (event: RegisterEvent, current: RegisterEntry | null) => string | null;

export interface FoldOptions {
  guard?: FoldGuard;
  /** Hears of every event the guard refused, with its reason: nothing of it was applied. */
  onRefused?: (event: RegisterEvent, reason: string) => void;
}

export type FoldSnapshot = FoldRecord[];

export interface RegisterFold {
  /** `trusted` (this desk's own journal) skips the guard: those events were checked when saved. */
  apply(event: RegisterEvent, trusted?: boolean): void;
  entry(id: string): RegisterEntry | null;
  /** Visible entries (those whose create has arrived), in no particular order. */
  entries(): RegisterEntry[];
  /** Ids of the visible entries. */
  visibleIds(): string[];
  /** Visible entries whose registration matches, without building the others. */
  select(match: (base: CreateFields) => boolean): RegisterEntry[];
  /** The latest clock applied to a record, the `saw` of the next local edit. */
  latest(id: string): string | null;
  readonly size: number;
  snapshot(): FoldSnapshot;
}

/** Orders events by clock, then by event id: -1, 0 or 1. */
const order = (h1: string, id1: string, h2: string, id2: string) => (h1 < h2 ? -1 : h1 > h2 ? 1 : id1 < id2 ? -1 : id1 > id2 ? 1 : 0);
const keyOf = (e: RegisterEvent) => `${e.hlc}|${e.id}`;

export function createFold(snapshot?: FoldSnapshot, options: FoldOptions = {}): RegisterFold {
  const { guard, onRefused } = options;
  const records = new Map<string, FoldRecord>();
  let visible = 0;
  for (const r of snapshot ?? []) {
    records.set(r.id, r);
    if (r.base) visible++;
  }

  const recordOf = (id: string): FoldRecord => {
    let r = records.get(id);
    if (!r) records.set(id, (r = { id, base: null, baseKey: null, baseDesk: null, edits: null, notes: null, voided: null, latest: '', pending: null }));
    return r;
  };

  /**
   * With a guard, an event from the share is judged against the entry as it stands: an edit
   * before its create waits until the create arrives, and a create never replaces another one
   * (whatever its clock), so the first create applied stays the entry's base.
   */
  const apply = (e: RegisterEvent, trusted = false): void => {
    if (!guard || trusted) return applyNow(e);
    const r = recordOf(e.rec);
    if (e.op === 'create') {
      if (r.baseKey === keyOf(e)) return;
      const refusal = guard(e, r.base ? toEntry(r) : null);
      if (refusal) return onRefused?.(e, refusal);
      applyNow(e);
      const waiting = r.pending;
      r.pending = null;
      for (const w of waiting ?? []) apply(w);
      return;
    }
    if (!r.base) {
      const pending = (r.pending ??= []);
      if (!pending.some((p) => p.id === e.id)) pending.push(e);
      return;
    }
    const refusal = guard(e, toEntry(r));
    if (refusal) return onRefused?.(e, refusal);
    applyNow(e);
  };

  const applyNow = (e: RegisterEvent): void => {
    const r = recordOf(e.rec);
    if (e.hlc > r.latest) r.latest = e.hlc;
    switch (e.op) {
      case 'create': {
        const k = keyOf(e);
        if (r.baseKey === null || k < r.baseKey) {
          if (r.base === null) visible++;
          r.base = e.f;
          r.baseKey = k;
          r.baseDesk = e.desk;
        }
        return;
      }
      case 'set': {
        const edits = (r.edits ??= {});
        const saw = e.saw ?? '';
        const f = e.f as Record<string, unknown>;
        for (const field in f) {
          const v = f[field];
          const win = edits[field];
          const cmp = win ? order(e.hlc, e.id, win.h, win.id) : 1;
          if (!win) edits[field] = { v, h: e.hlc, id: e.id, saw, ru: '' };
          else if (cmp > 0) {
            win.ru = maxOf(win.ru, win.h);
            win.v = v;
            win.h = e.hlc;
            win.id = e.id;
            win.saw = saw;
          } else if (cmp < 0) win.ru = maxOf(win.ru, e.hlc);
        }
        return;
      }
      case 'note': {
        const notes = (r.notes ??= []);
        if (!notes.some((n) => n.id === e.id)) notes.push({ id: e.id, text: e.f.text, by: e.by, at: e.at, ...(e.f.letter ? { letter: e.f.letter } : {}) });
        return;
      }
      case 'void': {
        const k = keyOf(e);
        if (r.voided === null || k < r.voided.k) r.voided = { k, reason: e.f.reason };
        return;
      }
    }
  };

  return {
    apply,
    entry: (id) => {
      const r = records.get(id);
      return r?.base ? toEntry(r) : null;
    },
    entries: () => {
      const out: RegisterEntry[] = [];
      for (const r of records.values()) if (r.base) out.push(toEntry(r));
      return out;
    },
    visibleIds: () => {
      const out: string[] = [];
      for (const r of records.values()) if (r.base) out.push(r.id);
      return out;
    },
    select: (match) => {
      const out: RegisterEntry[] = [];
      for (const r of records.values()) if (r.base && match(r.base)) out.push(toEntry(r));
      return out;
    },
    latest: (id) => records.get(id)?.latest || null,
    get size() {
      return visible;
    },
    snapshot: () => [...records.values()],
  };
}

/** What replaces personal text once an entry is anonymised; notes are append-only, so the fold masks them. */
export const ANONYMISED_TEXT = '[anonimizēts]';

const maxOf = (a: string, b: string) => (a > b ? a : b);

function toEntry(r: FoldRecord): RegisterEntry {
  const b = r.base!;
  const ed = r.edits ?? {};
  const val = <T>(field: string, fallback: T): T => (field in ed ? (ed[field]!.v as T) : fallback);
  let needsReview = false;
  for (const w of Object.values(ed)) if (w.ru > w.saw) needsReview = true;
  const anonymisedAt = val<string | null>('anonymisedAt', null);
  const destructionAct = val<RegisterEntry['destructionAct'] | null>('destructionAct', null);
  const notes = r.notes ? [...r.notes].sort((a, c) => (a.at < c.at ? -1 : a.at > c.at ? 1 : a.id < c.id ? -1 : 1)) : [];
  return {
    id: r.id,
    number: b.number,
    institution: b.institution,
    desk: r.baseDesk!,
    deskCode: b.deskCode,
    kind: b.kind,
    channel: b.channel,
    subject: b.subject,
    employee: val('employee', b.employee),
    description: val('description', b.description),
    client: val('client', b.client),
    routedTo: val('routedTo', b.routedTo),
    routeRule: b.routeRule,
    routeReason: val('routeReason', null),
    dueDate: val('dueDate', b.dueDate),
    receivedOn: b.receivedOn ?? rigaDate(Date.parse(b.registeredAt)),
    forwardDue: b.forwardDue ?? null,
    registeredAt: b.registeredAt,
    registeredBy: b.registeredBy,
    status: r.voided ? 'void' : val('status', 'registered'),
    extensionGround: val<ExtensionGround | null>('extensionGround', null),
    forwardedTo: val('forwardedTo', null),
    forwardOutcome: val<ForwardOutcome | null>('forwardOutcome', null),
    statusReason: val('statusReason', null),
    reply: val('reply', null),
    ethicsInformedAt: val('ethicsInformedAt', null),
    voidReason: r.voided?.reason ?? null,
    anonymisedAt,
    // Only on destroyed entries, so that every other entry (and the state hash) stays as it was.
    ...(destructionAct ? { destructionAct } : {}),
    notes: anonymisedAt ? notes.map((n) => ({ ...n, text: ANONYMISED_TEXT })) : notes,
    needsReview,
    version: r.latest,
  };
}
