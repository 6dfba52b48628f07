import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LATVIAN_HOLIDAYS } from '../../../shared/calendar/holidays';
import { workCalendar } from '../../../shared/calendar/workingDays';
import { dueState, dueStateFn } from '../../../shared/review/dueState';
import { createInboxIndex, DEFAULT_SORT } from '../../../shared/review/inbox';
import { entryFor } from '../../support/reviewEntries';

const calendar = workCalendar(LATVIAN_HOLIDAYS);
const today = '2026-03-16';
const dueOf = dueStateFn(today, calendar);

const entries = [
  entryFor(1, { description: 'Garā rinda pie kases', registeredAt: '2026-03-02T08:00:00.000Z', dueDate: '2026-03-13' }),
  entryFor(2, {
    description: 'Ieteikums par iesniegumu veidlapām',
    kind: 'suggestion',
    subject: 'procedure',
    registeredAt: '2026-03-10T09:00:00.000Z',
    dueDate: '2026-03-17',
    client: { anonymous: false, name: 'Jānis Bērziņš', contact: 'janis@example.lv', consent: true, purpose: 'atbildei' },
  }),
  entryFor(
    3,
    { description: 'Nelaipna darbiniece', subject: 'employee_conduct', deskCode: 'K2', registeredAt: '2026-02-27T22:30:00.000Z', dueDate: '2026-03-30' },
    [{ status: 'answered' }],
  ),
];

describe('reviewer inbox', () => {
  it('finds entries by a client name typed without diacritics and by a word in another form', () => {
    const index = createInboxIndex(entries, dueOf);
    expect(index.query({ text: 'berzins' }, DEFAULT_SORT).map((e) => e.number)).toEqual(['RNP-2026/K1-0002']);
    expect(index.query({ text: 'iesniegums' }, DEFAULT_SORT).map((e) => e.number)).toEqual(['RNP-2026/K1-0002']);
    expect(index.query({ text: 'rinda kase' }, DEFAULT_SORT).map((e) => e.number)).toEqual(['RNP-2026/K1-0001']);
  });

  it('narrows to the routes the reviewer holds ("assigned to me")', () => {
    const routed = [...entries, entryFor(4, { description: 'Par vadītāju', subject: 'head_conduct', routedTo: 'executive_director', routeRule: '11.2' })];
    const index = createInboxIndex(routed, dueOf);
    expect(index.query({ routedTo: ['executive_director'] }, DEFAULT_SORT).map((e) => e.number)).toEqual(['RNP-2026/K1-0004']);
    expect(index.query({ routedTo: ['head'] }, DEFAULT_SORT)).toHaveLength(3);
    expect(index.query({ routedTo: ['head', 'executive_director'] }, DEFAULT_SORT)).toHaveLength(4);
  });

  it('filters by status, kind, subject, desk and needs-review together', () => {
    const index = createInboxIndex(entries, dueOf);
    expect(index.query({ status: ['answered'] }, DEFAULT_SORT)).toHaveLength(1);
    expect(index.query({ kind: ['suggestion'], subject: ['procedure'] }, DEFAULT_SORT)).toHaveLength(1);
    expect(index.query({ desk: ['K2'] }, DEFAULT_SORT).map((e) => e.subject)).toEqual(['employee_conduct']);
    expect(index.query({ needsReview: true }, DEFAULT_SORT)).toHaveLength(0);
  });

  it('counts the registration day in Latvian time for the period filter', () => {
    const index = createInboxIndex(entries, dueOf);
    // 22:30 UTC on 27 February is already 28 February in Rīga.
    expect(index.query({ from: '2026-02-28', to: '2026-02-28' }, DEFAULT_SORT).map((e) => e.number)).toEqual(['RNP-2026/K1-0003']);
    expect(index.query({ from: '2026-03-01', to: '2026-03-31' }, DEFAULT_SORT)).toHaveLength(2);
  });

  it('shows overdue and due-soon entries, skipping answered ones', () => {
    const index = createInboxIndex(entries, dueOf);
    expect(index.query({ overdue: true }, DEFAULT_SORT).map((e) => e.number)).toEqual(['RNP-2026/K1-0001']);
    expect(index.query({ dueSoon: true }, DEFAULT_SORT).map((e) => e.number)).toEqual(['RNP-2026/K1-0002']);
  });

  it('sorts both ways by due date, newest registration first by default', () => {
    const index = createInboxIndex(entries, dueOf);
    expect(index.query({}, DEFAULT_SORT).map((e) => e.number.slice(-1))).toEqual(['2', '1', '3']);
    expect(index.query({}, { by: 'dueDate', dir: 'asc' }).map((e) => e.dueDate)).toEqual(['2026-03-13', '2026-03-17', '2026-03-30']);
    expect(index.query({}, { by: 'dueDate', dir: 'desc' }).map((e) => e.dueDate)).toEqual(['2026-03-30', '2026-03-17', '2026-03-13']);
  });

  it('returns exactly the entries the filter accepts, in sorted order, for any filter', () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      entryFor(i, {
        kind: (['complaint', 'idea', 'praise'] as const)[i % 3],
        deskCode: `K${i % 4}`,
        registeredAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
        dueDate: `2026-0${1 + (i % 5)}-10`,
      }),
    );
    const index = createInboxIndex(many, dueOf);
    fc.assert(
      fc.property(
        fc.subarray(['complaint', 'idea', 'praise'] as const),
        fc.subarray(['K0', 'K1', 'K2', 'K3']),
        fc.constantFrom('asc', 'desc' as const),
        (kind, desk, dir) => {
          const got = index.query({ kind, desk }, { by: 'dueDate', dir });
          const want = many.filter((e) => (!kind.length || kind.includes(e.kind as 'idea')) && (!desk.length || desk.includes(e.deskCode)));
          expect(got.length).toBe(want.length);
          for (let i = 1; i < got.length; i++)
            expect(dir === 'asc' ? got[i - 1]!.dueDate <= got[i]!.dueDate : got[i - 1]!.dueDate >= got[i]!.dueDate).toBe(true);
        },
      ),
    );
  });
});

describe('deadline badges', () => {
  it('marks an entry due soon within 2 working days, skipping the weekend', () => {
    // Thursday 2026-03-12: two working days on is Monday 16 March.
    expect(dueState({ status: 'in_review', dueDate: '2026-03-16' }, '2026-03-12', calendar)).toBe('due_soon');
    expect(dueState({ status: 'in_review', dueDate: '2026-03-17' }, '2026-03-12', calendar)).toBe('on_time');
    expect(dueState({ status: 'registered', dueDate: '2026-03-11' }, '2026-03-12', calendar)).toBe('overdue');
  });

  it('counts Latvian public holidays as days off', () => {
    // 4 May 2026 (Monday) is the day off for Restoration of Independence Day.
    expect(dueState({ status: 'registered', dueDate: '2026-05-06' }, '2026-05-01', calendar)).toBe('due_soon');
  });

  it('stops counting once an entry is answered, closed or forwarded', () => {
    for (const status of ['answered', 'closed', 'forwarded', 'void'] as const)
      expect(dueState({ status, dueDate: '2020-01-01' }, today, calendar)).toBe('done');
  });
});
