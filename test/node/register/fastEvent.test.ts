import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../shared/register/event';
import { surelyValidEvent } from '../../../shared/register/fastEvent';
import { createEvent, createFieldsFor, noteEvent, setEvent, voidEvent } from '../../support/registerEvents';

const base = { id: 'ev-000001', desk: 'd1', seq: 1, ms: 1_770_000_000_000, rec: 'rec-000001' };
const samples = [
  createEvent(base, createFieldsFor(1)),
  createEvent(
    base,
    createFieldsFor(2, {
      employee: { personId: null, name: 'Jānis Bērziņš' },
      client: { anonymous: false, name: 'Anna', contact: '2000', consent: true, purpose: 'atbildei' },
    }),
  ),
  createEvent(base, createFieldsFor(3, { receivedOn: '2026-02-27', forwardDue: '2026-03-10' })),
  setEvent(base, { status: 'answered', reply: 'Atbildēts rakstiski' }),
  setEvent(base, { status: 'extended', dueDate: '2026-04-01', extensionGround: 'large_volume', statusReason: 'daudz dokumentu' }),
  noteEvent(base, 'zvanīja'),
  voidEvent(base, 'dublikāts'),
];

/** Replaces one value somewhere in an object with something else. */
const mutate = (value: unknown, path: number, replacement: unknown): unknown => {
  const json = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  const slots: Array<[Record<string, unknown>, string]> = [];
  const walk = (o: Record<string, unknown>) => {
    for (const k of Object.keys(o)) {
      slots.push([o, k]);
      if (o[k] && typeof o[k] === 'object') walk(o[k] as Record<string, unknown>);
    }
  };
  walk(json);
  const [obj, key] = slots[path % slots.length]!;
  if (replacement === '__delete__') delete obj[key];
  else obj[key] = replacement;
  return json;
};

describe('the fast check of event lines', () => {
  it('accepts the well-formed events the schema accepts', () => {
    for (const e of samples) {
      expect(surelyValidEvent(e, false)).toBe(true);
      expect(surelyValidEvent({ ...e, h: 'x' }, true)).toBe(true);
    }
  });

  it('never accepts what the schema would refuse or change', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...samples),
        fc.nat(),
        fc.oneof(
          fc.anything(),
          fc.constantFrom('__delete__', ' padded ', '', 'complaint', 'void', null, 0, 1.5, '2026-13-45', 'x'.repeat(5000), 'more_information', 'busy'),
        ),
        (event, path, replacement) => {
          const candidate = mutate(event, path, replacement);
          if (!surelyValidEvent(candidate, false)) return;
          const parsed = eventSchema.safeParse(candidate);
          expect(parsed.success).toBe(true);
          expect(parsed.data).toEqual(candidate);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
