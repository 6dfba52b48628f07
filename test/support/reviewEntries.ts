import type { RegisterEvent } from '../../shared/register/event';
import { createFold } from '../../shared/register/fold';
import type { CreateFields, RegisterEntry, SetFields } from '../../shared/register/record';
import { createEvent, createFieldsFor, setEvent } from './registerEvents';

/** A folded entry built from real events: a create and optional later edits. */
export function entryFor(n: number, over: Partial<CreateFields> = {}, edits: SetFields[] = []): RegisterEntry {
  const fold = createFold();
  for (const e of eventsFor(n, over, edits)) fold.apply(e);
  return fold.entries()[0]!;
}

export function eventsFor(n: number, over: Partial<CreateFields> = {}, edits: SetFields[] = []): RegisterEvent[] {
  const rec = `rec-${String(n).padStart(6, '0')}`;
  const ms = Date.parse(over.registeredAt ?? '2026-03-02T08:00:00.000Z');
  const events: RegisterEvent[] = [createEvent({ id: `${rec}-c`, desk: 'd1', seq: 1, ms, rec }, createFieldsFor(n, over))];
  edits.forEach((f, i) => {
    const prev = events[events.length - 1]!;
    events.push(setEvent({ id: `${rec}-s${i}`, desk: 'd1', seq: i + 2, ms: ms + (i + 1) * 3_600_000, rec, saw: prev.hlc }, f));
  });
  return events;
}
