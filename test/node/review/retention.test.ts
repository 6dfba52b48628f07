import { describe, expect, it } from 'vitest';
import { createFold, ANONYMISED_TEXT } from '../../../shared/register/fold';
import { historyRows } from '../../../shared/review/history';
import {
  actProblem,
  anonymiseFields,
  dueForDestruction,
  FALLBACK_MONTHS,
  isDueForDestruction,
  parseActDate,
  retentionEnds,
  retentionSchema,
  withDefaults,
} from '../../../shared/review/retention';
import { noteEvent, setEvent } from '../../support/registerEvents';
import { entryFor, eventsFor } from '../../support/reviewEntries';

const named = { anonymous: false as const, name: 'Anna Kalniņa', contact: '+371 2000 0000', consent: true as const, purpose: 'atbildei' };

describe('retention and anonymisation', () => {
  it('ends retention the configured number of months after registration, per kind', () => {
    const rules = withDefaults({ kinds: { complaint: { months: 24, item: '3.4' } } });
    expect(retentionEnds(entryFor(1, { kind: 'complaint', registeredAt: '2024-03-02T08:00:00.000Z' }), rules)).toBe('2026-03-02');
    expect(retentionEnds(entryFor(2, { kind: 'praise', registeredAt: '2024-03-02T08:00:00.000Z' }), rules)).toBe('2025-03-02');
    expect(rules.complaint).toEqual({ months: 24, item: '3.4', published: true });
    // Not from the nomenclature: the fallback is marked as such and names no item.
    expect(rules.praise).toEqual({ months: FALLBACK_MONTHS.praise, item: null, published: false });
  });

  it('lists only closed entries past retention that are not yet anonymised as due for destruction', () => {
    const rules = withDefaults({ kinds: { complaint: { months: 12, item: '3.4' } } });
    const old = { kind: 'complaint' as const, registeredAt: '2024-01-10T08:00:00.000Z' };
    expect(isDueForDestruction(entryFor(1, old, [{ status: 'closed' }]), rules, '2026-01-01')).toBe(true);
    expect(isDueForDestruction(entryFor(2, old, [{ status: 'in_review' }]), rules, '2026-01-01')).toBe(false);
    expect(isDueForDestruction(entryFor(3, old, [{ status: 'closed' }, { anonymisedAt: '2025-02-01' }]), rules, '2026-01-01')).toBe(false);
    expect(isDueForDestruction(entryFor(4, { ...old, registeredAt: '2025-06-01T08:00:00.000Z' }, [{ status: 'closed' }]), rules, '2026-01-01')).toBe(false);
  });

  it('reads the nomenclature only as months and an item number per kind', () => {
    expect(retentionSchema.safeParse({ kinds: { complaint: { months: 60, item: '3.4' } }, destroyRoles: ['head'] }).success).toBe(true);
    expect(retentionSchema.safeParse({ kinds: { complaint: { months: 60 } } }).success).toBe(false);
    expect(retentionSchema.safeParse({ kinds: { complaint: { months: 0, item: '3.4' } } }).success).toBe(false);
    expect(retentionSchema.safeParse({ kinds: { letter: { months: 10, item: '1' } } }).success).toBe(false);
    expect(retentionSchema.safeParse({ complaint: 60 }).success).toBe(false);
    expect(retentionSchema.safeParse({ kinds: {}, destroyRoles: ['desk_staff'] }).success).toBe(false);
  });

  it('lists an entry only when its whole retention bucket can go: one key ends every entry sealed with it', () => {
    const rules = withDefaults({ kinds: { complaint: { months: 12, item: '3.4' } } });
    const march = { kind: 'complaint' as const, registeredAt: '2024-03-02T08:00:00.000Z' };
    const closedA = entryFor(1, march, [{ status: 'closed' }]);
    const stillOpen = entryFor(2, { ...march, registeredAt: '2024-03-20T08:00:00.000Z' }, [{ status: 'in_review' }]);
    const april = entryFor(3, { ...march, registeredAt: '2024-04-02T08:00:00.000Z' }, [{ status: 'closed' }]);
    const all = [closedA, stillOpen, april];
    expect(dueForDestruction(all, () => true, rules, '2026-01-01').map((e) => e.id)).toEqual([april.id]);
    // An entry this person may not destroy (another role's) holds its bucket back too.
    expect(dueForDestruction([april], () => false, rules, '2026-01-01')).toEqual([]);
    const anonymised = entryFor(4, { ...march, registeredAt: '2024-03-21T08:00:00.000Z' }, [{ status: 'closed' }, { anonymisedAt: '2025-06-01' }]);
    expect(dueForDestruction([closedA, anonymised], () => true, rules, '2026-01-01').map((e) => e.id)).toEqual([closedA.id]);
  });

  it('takes the act date as dd.mm.gggg or ISO, never an impossible or future day, and needs an act number', () => {
    expect(parseActDate('02.03.2026')).toBe('2026-03-02');
    expect(parseActDate('2.3.2026')).toBe('2026-03-02');
    expect(parseActDate('2026-03-02')).toBe('2026-03-02');
    expect(parseActDate('29.02.2025')).toBeNull();
    expect(parseActDate('03/02/2026')).toBeNull();
    expect(actProblem({ number: '7', date: '02.03.2026' }, '2026-03-02')).toBeNull();
    expect(actProblem({ number: '7', date: '03.03.2026' }, '2026-03-02')).toBe('act_date_future');
    expect(actProblem({ number: '  ', date: '02.03.2026' }, '2026-03-02')).toBe('act_number');
    expect(actProblem({ number: '7', date: '' }, '2026-03-02')).toBe('act_date');
  });

  it('anonymises the client, texts and notes as an event, keeping the entry and its counts', () => {
    const events = eventsFor(1, { client: named, employee: { personId: 'janis.ozolins', name: 'Jānis Ozoliņš' }, description: 'Anna Kalniņa sūdzas' }, [
      { status: 'answered', reply: 'Cienījamā Anna…' },
      { status: 'closed' },
    ]);
    const last = events[events.length - 1]!;
    events.push(
      noteEvent(
        { id: 'rec-000001-n', desk: 'd1', seq: 9, ms: Date.parse(last.at) + 1000, rec: 'rec-000001', saw: last.hlc },
        'Zvanīju Annai uz +371 2000 0000',
      ),
    );
    const fold = createFold();
    events.forEach((e) => fold.apply(e));
    const before = fold.entries()[0]!;
    events.push(
      setEvent(
        { id: 'rec-000001-anon', desk: 'd1', seq: 10, ms: Date.parse(last.at) + 2000, rec: 'rec-000001', saw: fold.latest('rec-000001') },
        anonymiseFields(before, '2031-04-01'),
      ),
    );
    fold.apply(events[events.length - 1]!);
    const after = fold.entries()[0]!;
    expect(after.client).toEqual({ anonymous: true });
    expect(after.description).toBe(ANONYMISED_TEXT);
    expect(after.employee).toBeNull();
    expect(after.reply).toBe(ANONYMISED_TEXT);
    expect(after.notes.map((n) => n.text)).toEqual([ANONYMISED_TEXT]);
    expect(after).toMatchObject({ number: before.number, kind: 'complaint', status: 'closed', anonymisedAt: '2031-04-01' });
    const shown = JSON.stringify(historyRows(events, true));
    expect(shown).not.toContain('Anna');
    expect(shown).not.toContain('2000 0000');
    expect(
      historyRows(events, true)
        .at(-1)!
        .changes.find((c) => c.field === 'anonymisedAt')!.value,
    ).toBe('2031-04-01');
  });
});
