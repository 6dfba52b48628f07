import { describe, expect, it } from 'vitest';
import { createFold } from '../../../shared/register/fold';
import { conflictsOf, historyRows } from '../../../shared/review/history';
import { createEvent, createFieldsFor, setEvent } from '../../support/registerEvents';

const ms = Date.parse('2026-03-02T08:00:00.000Z');
const create = createEvent({ id: 'ev-create', desk: 'd1', seq: 1, ms, rec: 'rec-000001' }, createFieldsFor(1));

describe('entry history and concurrent edits', () => {
  it('lists who changed what, when and from which desk, oldest first', () => {
    const a = setEvent({ id: 'ev-a', desk: 'd2', seq: 1, ms: ms + 2000, rec: 'rec-000001', saw: create.hlc }, { status: 'in_review' });
    const rows = historyRows([a, create], false);
    expect(rows.map((r) => [r.op, r.desk])).toEqual([
      ['create', 'd1'],
      ['set', 'd2'],
    ]);
    expect(rows[1]!.changes).toEqual([{ field: 'status', value: 'in_review' }]);
  });

  it('shows both values side by side when two desks changed a field without seeing each other', () => {
    const a = setEvent({ id: 'ev-a', desk: 'd1', seq: 2, ms: ms + 1000, rec: 'rec-000001', saw: create.hlc }, { reply: 'Atbilde A' });
    const b = setEvent({ id: 'ev-b', desk: 'd2', seq: 1, ms: ms + 1000, rec: 'rec-000001', saw: create.hlc }, { reply: 'Atbilde B' });
    const fold = createFold();
    [create, a, b].forEach((e) => fold.apply(e));
    expect(fold.entries()[0]!.needsReview).toBe(true);
    const conflicts = conflictsOf([create, a, b]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.field).toBe('reply');
    expect([conflicts[0]!.winner.value, conflicts[0]!.others[0]!.value].sort()).toEqual(['Atbilde A', 'Atbilde B']);
    expect(conflicts[0]!.winner.value).toBe(fold.entries()[0]!.reply);
  });

  it('clears the conflict once a reviewer saves a choice having seen both', () => {
    const a = setEvent({ id: 'ev-a', desk: 'd1', seq: 2, ms: ms + 1000, rec: 'rec-000001', saw: create.hlc }, { reply: 'Atbilde A' });
    const b = setEvent({ id: 'ev-b', desk: 'd2', seq: 1, ms: ms + 1000, rec: 'rec-000001', saw: create.hlc }, { reply: 'Atbilde B' });
    const fold = createFold();
    [create, a, b].forEach((e) => fold.apply(e));
    const choice = setEvent({ id: 'ev-c', desk: 'd1', seq: 3, ms: ms + 5000, rec: 'rec-000001', saw: fold.latest('rec-000001') }, { reply: 'Atbilde B' });
    fold.apply(choice);
    expect(fold.entries()[0]!.needsReview).toBe(false);
    expect(conflictsOf([create, a, b, choice])).toEqual([]);
  });
});
