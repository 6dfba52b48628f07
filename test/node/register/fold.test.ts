import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RegisterEvent } from '../../../shared/register/event';
import { createFold } from '../../../shared/register/fold';
import { formatHlc } from '../../../shared/register/hlc';
import { sha256Stream } from '../../../shared/register/sha256';
import { stateHash } from '../../../shared/register/stateHash';
import { createEvent, createFieldsFor, noteEvent, setEvent, voidEvent } from '../../support/registerEvents';

const foldHash = (events: readonly RegisterEvent[]) => {
  const fold = createFold();
  for (const e of events) fold.apply(e);
  return stateHash(fold, sha256Stream);
};

/** A random history: a few records on a few desks, with creates, edits, notes and voids. */
const historyArb = fc
  .array(
    fc.record({
      op: fc.constantFrom('create', 'set', 'set', 'note', 'void'),
      rec: fc.integer({ min: 0, max: 4 }),
      desk: fc.constantFrom('d1', 'd2', 'd3'),
      ms: fc.integer({ min: 0, max: 50 }),
      sawBack: fc.integer({ min: 0, max: 60 }),
      status: fc.constantFrom('in_review', 'answered', 'closed', 'extended'),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((specs) =>
    specs.map((s, i): RegisterEvent => {
      const base = { id: `ev-${String(i).padStart(4, '0')}`, desk: s.desk, seq: i + 1, ms: 1_770_000_000_000 + s.ms, rec: `rec-${s.rec}0000` };
      const saw = formatHlc({ ms: base.ms - s.sawBack, counter: 0, desk: 'd1' });
      if (s.op === 'create') return createEvent(base, createFieldsFor(s.rec));
      if (s.op === 'note') return noteEvent({ ...base, saw }, `piezīme ${i}`);
      if (s.op === 'void') return voidEvent({ ...base, saw }, 'dublikāts');
      return setEvent({ ...base, saw }, { status: s.status as 'in_review' });
    }),
  );

describe('register fold', () => {
  it('gives the same state hash for any order and any duplication of the same events', () => {
    const replays = historyArb.chain((events) =>
      fc.array(fc.nat({ max: events.length - 1 }), { maxLength: 30 }).chain((dupes) => {
        const replayed = [...events, ...dupes.map((d) => events[d]!)];
        return fc.tuple(fc.constant(events), fc.shuffledSubarray(replayed, { minLength: replayed.length, maxLength: replayed.length }));
      }),
    );
    fc.assert(
      fc.property(replays, ([events, replayed]) => {
        expect(foldHash(replayed)).toBe(foldHash(events));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps an edit that arrives before its create and shows it once the create arrives', () => {
    const fold = createFold();
    fold.apply(
      setEvent(
        { id: 'ev-set-1', desk: 'd2', seq: 1, ms: 2000, rec: 'rec-000001', saw: formatHlc({ ms: 1000, counter: 0, desk: 'd1' }) },
        { status: 'answered' },
      ),
    );
    expect(fold.entry('rec-000001')).toBeNull();
    expect(fold.size).toBe(0);
    fold.apply(createEvent({ id: 'ev-cre-1', desk: 'd1', seq: 1, ms: 1000, rec: 'rec-000001' }, createFieldsFor(1)));
    expect(fold.entry('rec-000001')?.status).toBe('answered');
    expect(fold.entry('rec-000001')?.needsReview).toBe(false);
  });

  it('lets the later edit win and flags the entry for review when two desks edited without seeing each other', () => {
    const created = createEvent({ id: 'ev-cre-1', desk: 'd1', seq: 1, ms: 1000, rec: 'rec-000001' }, createFieldsFor(1));
    const saw = created.hlc;
    const a = setEvent({ id: 'ev-a', desk: 'd1', seq: 2, ms: 5000, rec: 'rec-000001', saw }, { status: 'answered' });
    const b = setEvent({ id: 'ev-b', desk: 'd2', seq: 1, ms: 5000, rec: 'rec-000001', saw }, { status: 'closed' });
    for (const order of [
      [created, a, b],
      [b, a, created],
    ]) {
      const fold = createFold();
      order.forEach((e) => fold.apply(e));
      const entry = fold.entry('rec-000001')!;
      expect(entry.status).toBe('closed');
      expect(entry.needsReview).toBe(true);
    }
  });

  it('does not flag an edit made after seeing the other one', () => {
    const created = createEvent({ id: 'ev-cre-1', desk: 'd1', seq: 1, ms: 1000, rec: 'rec-000001' }, createFieldsFor(1));
    const a = setEvent({ id: 'ev-a', desk: 'd1', seq: 2, ms: 5000, rec: 'rec-000001', saw: created.hlc }, { status: 'in_review' });
    const b = setEvent({ id: 'ev-b', desk: 'd2', seq: 1, ms: 6000, rec: 'rec-000001', saw: a.hlc }, { status: 'answered' });
    const fold = createFold();
    [b, created, a].forEach((e) => fold.apply(e));
    expect(fold.entry('rec-000001')).toMatchObject({ status: 'answered', needsReview: false });
  });

  it('voids an entry without deleting it, whatever edits come later', () => {
    const fold = createFold();
    fold.apply(createEvent({ id: 'ev-cre-1', desk: 'd1', seq: 1, ms: 1000, rec: 'rec-000001' }, createFieldsFor(1)));
    fold.apply(voidEvent({ id: 'ev-void', desk: 'd1', seq: 2, ms: 2000, rec: 'rec-000001' }, 'reģistrēts kļūdaini'));
    fold.apply(setEvent({ id: 'ev-late', desk: 'd2', seq: 1, ms: 3000, rec: 'rec-000001' }, { status: 'answered' }));
    expect(fold.entry('rec-000001')).toMatchObject({ status: 'void', voidReason: 'reģistrēts kļūdaini', description: 'Klients sūdzas par rindu (1)' });
    expect(fold.entries()).toHaveLength(1);
  });

  it('restores the same state from a snapshot', () => {
    const fold = createFold();
    fold.apply(createEvent({ id: 'ev-cre-1', desk: 'd1', seq: 1, ms: 1000, rec: 'rec-000001' }, createFieldsFor(1)));
    fold.apply(noteEvent({ id: 'ev-note', desk: 'd1', seq: 2, ms: 2000, rec: 'rec-000001' }, 'zvanīja klients'));
    const copy = createFold(JSON.parse(JSON.stringify(fold.snapshot())));
    expect(stateHash(copy, sha256Stream)).toBe(stateHash(fold, sha256Stream));
    expect(copy.entry('rec-000001')?.notes.map((n) => n.text)).toEqual(['zvanīja klients']);
  });
});
