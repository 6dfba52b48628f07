import { afterEach, describe, expect, it } from 'vitest';
import { createFold } from '../../../shared/register/fold';
import { decodeLine, encodeEvent } from '../../../shared/register/event';
import { sha256Hex } from '../../../shared/register/sha256';
import { receivedOnProblem } from '../../../shared/register/registration';
import { createEvent, createFieldsFor } from '../../support/registerEvents';
import { openDesk, sampleInput, type TestDesk } from '../../support/registerDesk';

/** Monday 2 March 2026, 10:00 in Riga. */
const MONDAY = Date.parse('2026-03-02T08:00:00Z');
const desks: TestDesk[] = [];
const desk = async (wallMs: number) => {
  const d = await openDesk(null, { wall: () => wallMs });
  desks.push(d);
  return d.opened.register;
};
afterEach(async () => {
  for (const d of desks.splice(0)) await d.close();
});

describe('the day of receipt', () => {
  it('defaults to the day of registration in Riga, and deadlines count from it', async () => {
    const register = await desk(MONDAY);
    const entry = await register.add(sampleInput(1), 'RNP\\anna');
    expect(entry.receivedOn).toBe('2026-03-02');
    // 10 working days after Mon 2 March is Mon 16 March; 5 working days is Mon 9 March.
    expect([entry.dueDate, entry.forwardDue]).toEqual(['2026-03-16', '2026-03-09']);
  });

  it('counts post received on Friday and entered on Monday from Friday, under the rule of that Friday', async () => {
    const register = await desk(MONDAY);
    const entry = await register.add({ ...sampleInput(2), receivedOn: '2026-02-27' }, 'RNP\\anna');
    expect(entry.receivedOn).toBe('2026-02-27');
    // Received before 1 March 2026: one month to answer (27 March), 7 working days to forward (10 March).
    expect([entry.dueDate, entry.forwardDue]).toEqual(['2026-03-27', '2026-03-10']);
    expect(register.preview({ kind: 'complaint', subject: 'service_quality', receivedOn: '2026-02-27' })).toMatchObject({
      receivedOn: '2026-02-27',
      registeredOn: '2026-03-02',
      receivedOnProblem: null,
    });
  });

  it('refuses a day in the future, a year-old day and a day that does not exist, and saves nothing', async () => {
    const register = await desk(MONDAY);
    for (const receivedOn of ['2026-03-03', '2025-02-28', '2026-02-30', '02.03.2026']) {
      await expect(register.add({ ...sampleInput(3), receivedOn }, 'RNP\\anna')).rejects.toMatchObject({
        code: 'invalid_request',
        details: { field: 'receivedOn' },
      });
    }
    expect(register.mine()).toEqual([]);
    expect(receivedOnProblem('2026-03-03', '2026-03-02')).toBe('future');
    expect(receivedOnProblem('2025-02-28', '2026-03-02')).toBe('too_old');
    expect(receivedOnProblem('2025-03-01', '2026-03-02')).toBeNull();
  });

  it('is stored in the create event; older events without it count from the registration day', () => {
    const older = { ...createFieldsFor(1, { registeredAt: '2026-03-01T22:30:00.000Z' }) };
    delete older.receivedOn;
    delete older.forwardDue;
    const line = encodeEvent(createEvent({ id: 'ev-000001', desk: 'd1', seq: 1, ms: MONDAY, rec: 'rec-000001' }, older), sha256Hex);
    const decoded = decodeLine(line.slice(0, -1), sha256Hex);
    expect(decoded.kind).toBe('event');
    const fold = createFold();
    if (decoded.kind === 'event') fold.apply(decoded.event);
    expect(fold.entries()[0]).toMatchObject({ receivedOn: '2026-03-02', forwardDue: null });
  });
});
