import type { RegisterEvent } from '../../shared/register/event';
import { formatHlc } from '../../shared/register/hlc';
import type { CreateFields, SetFields } from '../../shared/register/record';

/** Builders for register events in tests: plausible values, every field overridable. */
export const createFieldsFor = (n: number, over: Partial<CreateFields> = {}): CreateFields => ({
  number: `RNP-2026/K1-${String(n).padStart(4, '0')}`,
  institution: 'RNP',
  deskCode: 'K1',
  kind: 'complaint',
  channel: 'in_person',
  subject: 'service_quality',
  employee: null,
  description: `Klients sūdzas par rindu (${n})`,
  client: { anonymous: true },
  routedTo: 'head',
  routeRule: 'default',
  dueDate: '2026-03-16',
  registeredAt: '2026-03-02T08:00:00.000Z',
  registeredBy: 'RNP\\anna',
  ...over,
});

interface Base {
  id: string;
  desk: string;
  seq: number;
  ms: number;
  counter?: number;
  rec: string;
  saw?: string | null;
}

const envelope = (b: Base) => ({
  v: 1 as const,
  id: b.id,
  desk: b.desk,
  seq: b.seq,
  hlc: formatHlc({ ms: b.ms, counter: b.counter ?? 0, desk: b.desk }),
  at: new Date(b.ms).toISOString(),
  rec: b.rec,
  saw: b.saw ?? null,
  by: 'RNP\\anna',
});

export const createEvent = (b: Base, f: CreateFields): RegisterEvent => ({ ...envelope(b), op: 'create', f });
export const setEvent = (b: Base, f: SetFields): RegisterEvent => ({ ...envelope(b), op: 'set', f });
export const noteEvent = (b: Base, text: string): RegisterEvent => ({ ...envelope(b), op: 'note', f: { text } });
export const voidEvent = (b: Base, reason: string): RegisterEvent => ({ ...envelope(b), op: 'void', f: { reason } });
