import { describe, expect, it } from 'vitest';
import { createFold, ANONYMISED_TEXT } from '../../../shared/register/fold';
import { historyRows } from '../../../shared/review/history';
import { anonymiseFields, DEFAULT_RETENTION, isDueForDestruction, retentionEnds, withDefaults } from '../../../shared/review/retention';
import { noteEvent, setEvent } from '../../support/registerEvents';
import { entryFor, eventsFor } from '../../support/reviewEntries';

const named = { anonymous: false as const, name: 'Anna Kalniņa', contact: '+371 2000 0000', consent: true as const, purpose: 'atbildei' };

describe('retention and anonymisation', () => {
  it('ends retention the configured number of months after registration, per kind', () => {
    const rules = withDefaults({ complaint: 24 });
    expect(retentionEnds(entryFor(1, { kind: 'complaint', registeredAt: '2024-03-02T08:00:00.000Z' }), rules)).toBe('2026-03-02');
    expect(retentionEnds(entryFor(2, { kind: 'praise', registeredAt: '2024-03-02T08:00:00.000Z' }), rules)).toBe('2025-03-02');
    expect(DEFAULT_RETENTION.complaint).toBe(60);
  });

  it('lists only closed entries past retention that are not yet anonymised as due for destruction', () => {
    const rules = withDefaults({ complaint: 12 });
    const old = { kind: 'complaint' as const, registeredAt: '2024-01-10T08:00:00.000Z' };
    expect(isDueForDestruction(entryFor(1, old, [{ status: 'closed' }]), rules, '2026-01-01')).toBe(true);
    expect(isDueForDestruction(entryFor(2, old, [{ status: 'in_review' }]), rules, '2026-01-01')).toBe(false);
    expect(isDueForDestruction(entryFor(3, old, [{ status: 'closed' }, { anonymisedAt: '2025-02-01' }]), rules, '2026-01-01')).toBe(false);
    expect(isDueForDestruction(entryFor(4, { ...old, registeredAt: '2025-06-01T08:00:00.000Z' }, [{ status: 'closed' }]), rules, '2026-01-01')).toBe(false);
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
