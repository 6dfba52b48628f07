import type { RegisterEvent } from './event';
import type { CreateFields, Note, RegisterEntry, SetFields } from './record';

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
  /** `hlc|eventId`: the order of edits. */
  k: string;
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
}

export type FoldSnapshot = FoldRecord[];

export interface RegisterFold {
  apply(event: RegisterEvent): void;
  entry(id: string): RegisterEntry | null;
  /** Visible entries (those whose create has arrived), in no particular order. */
  entries(): RegisterEntry[];
  /** Visible entries whose registration matches, without building the others. */
  select(match: (base: CreateFields) => boolean): RegisterEntry[];
  /** The latest clock applied to a record, the `saw` of the next local edit. */
  latest(id: string): string | null;
  readonly size: number;
  snapshot(): FoldSnapshot;
}

const keyOf = (e: RegisterEvent) => `${e.hlc}|${e.id}`;
const hlcOfKey = (k: string) => k.slice(0, k.indexOf('|'));

export function createFold(snapshot?: FoldSnapshot): RegisterFold {
  const records = new Map<string, FoldRecord>();
  let visible = 0;
  for (const r of snapshot ?? []) {
    records.set(r.id, r);
    if (r.base) visible++;
  }

  const recordOf = (id: string): FoldRecord => {
    let r = records.get(id);
    if (!r) records.set(id, (r = { id, base: null, baseKey: null, baseDesk: null, edits: null, notes: null, voided: null, latest: '' }));
    return r;
  };

  const apply = (e: RegisterEvent): void => {
    const r = recordOf(e.rec);
    const k = keyOf(e);
    if (e.hlc > r.latest) r.latest = e.hlc;
    switch (e.op) {
      case 'create':
        if (r.baseKey === null || k < r.baseKey) {
          if (r.base === null) visible++;
          r.base = e.f;
          r.baseKey = k;
          r.baseDesk = e.desk;
        }
        return;
      case 'set': {
        const edits = (r.edits ??= {});
        const saw = e.saw ?? '';
        for (const [field, v] of Object.entries(e.f as SetFields)) {
          const win = edits[field];
          if (!win) edits[field] = { v, k, saw, ru: '' };
          else if (k > win.k) edits[field] = { v, k, saw, ru: maxOf(win.ru, hlcOfKey(win.k)) };
          else if (k < win.k) win.ru = maxOf(win.ru, e.hlc);
        }
        return;
      }
      case 'note': {
        const notes = (r.notes ??= []);
        if (!notes.some((n) => n.id === e.id)) notes.push({ id: e.id, text: e.f.text, by: e.by, at: e.at });
        return;
      }
      case 'void':
        if (r.voided === null || k < r.voided.k) r.voided = { k, reason: e.f.reason };
        return;
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
    registeredAt: b.registeredAt,
    registeredBy: b.registeredBy,
    status: r.voided ? 'void' : val('status', 'registered'),
    statusReason: val('statusReason', null),
    reply: val('reply', null),
    ethicsInformedAt: val('ethicsInformedAt', null),
    voidReason: r.voided?.reason ?? null,
    anonymisedAt,
    notes: anonymisedAt ? notes.map((n) => ({ ...n, text: ANONYMISED_TEXT })) : notes,
    needsReview,
    version: r.latest,
  };
}
