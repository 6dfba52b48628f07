import type { RegisterEvent } from '../register/event';
import { ANONYMISED_TEXT } from '../register/fold';
import { PERSONAL_FIELDS } from './retention';

/** One line of an entry's history: who, when, from which desk, what changed. */
export interface HistoryRow {
  id: string;
  at: string;
  by: string;
  desk: string;
  op: RegisterEvent['op'];
  changes: Array<{ field: string; value: unknown }>;
}

const byClock = (a: RegisterEvent, b: RegisterEvent) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.id < b.id ? -1 : 1);
const PERSONAL = new Set<string>(PERSONAL_FIELDS);

/** Oldest first. Once an entry is anonymised, earlier personal values are masked here too. */
export function historyRows(events: readonly RegisterEvent[], anonymised: boolean): HistoryRow[] {
  return [...events].sort(byClock).map((e) => ({
    id: e.id,
    at: e.at,
    by: e.by,
    desk: e.desk,
    op: e.op,
    changes: Object.entries(e.f as Record<string, unknown>).map(([field, value]) => ({
      field,
      value: anonymised && PERSONAL.has(field) ? (field === 'client' ? { anonymous: true } : ANONYMISED_TEXT) : value,
    })),
  }));
}

/** When the entry first became `answered`, from its history (for answer-time reports). */
export function answeredAt(events: readonly RegisterEvent[]): string | null {
  let first: RegisterEvent | null = null;
  for (const e of events) if (e.op === 'set' && e.f.status === 'answered' && (!first || byClock(e, first) < 0)) first = e;
  return first?.at ?? null;
}

export interface ConflictValue {
  value: unknown;
  by: string;
  desk: string;
  at: string;
}

/** A field two desks changed without seeing each other: the value that won and those that lost. */
export interface FieldConflict {
  field: string;
  winner: ConflictValue;
  others: ConflictValue[];
}

/** The same rule as the fold: an edit lost unseen when its clock is past the winner's `saw`. */
export function conflictsOf(events: readonly RegisterEvent[]): FieldConflict[] {
  const sets = events.filter((e): e is Extract<RegisterEvent, { op: 'set' }> => e.op === 'set').sort(byClock);
  const fields = new Set(sets.flatMap((e) => Object.keys(e.f)));
  const out: FieldConflict[] = [];
  const valueOf = (e: Extract<RegisterEvent, { op: 'set' }>, field: string): ConflictValue => ({
    value: (e.f as Record<string, unknown>)[field],
    by: e.by,
    desk: e.desk,
    at: e.at,
  });
  for (const field of fields) {
    const edits = sets.filter((e) => field in e.f);
    const winner = edits[edits.length - 1]!;
    const saw = winner.saw ?? '';
    const unseen = edits.filter((e) => e !== winner && e.hlc > saw);
    if (unseen.length) out.push({ field, winner: valueOf(winner, field), others: unseen.map((e) => valueOf(e, field)) });
  }
  return out;
}
