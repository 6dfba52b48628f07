import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorityOf, refusalOf, registerRefusal, type AuthorityPerson } from '../../../shared/register/authorise';
import type { RegisterEvent } from '../../../shared/register/event';
import { createFold } from '../../../shared/register/fold';
import { sha256Stream } from '../../../shared/register/sha256';
import { stateHash } from '../../../shared/register/stateHash';
import { createEvent, createFieldsFor, noteEvent, setEvent, voidEvent } from '../../support/registerEvents';

/** A small institution: a clerk, a head, the executive director, an ethics commission member and IT. */
const PEOPLE: AuthorityPerson[] = [
  { id: 'anna', accounts: ['RNP\\anna'], institution: 'RNP', roles: ['desk_staff'] },
  { id: 'liga', accounts: ['RNP\\liga'], institution: 'RNP', roles: ['desk_staff'] },
  { id: 'peteris', accounts: ['RNP\\peteris'], institution: 'RNP', roles: ['head'] },
  { id: 'juris.ozols', accounts: ['RNP\\juris.ozols'], institution: 'RNP', roles: ['executive_director'] },
  { id: 'eva', accounts: ['RNP\\eva'], institution: 'RNP', roles: ['ethics_commission'] },
  { id: 'it', accounts: ['RNP\\it'], institution: 'RNP', roles: ['admin'] },
];
const authority = authorityOf(PEOPLE);

const T0 = 1_770_000_000_000;
const by = (e: RegisterEvent, author: string): RegisterEvent => ({ ...e, by: author });
const created = (rec: string, subject: 'service_quality' | 'ethics' | 'head_conduct', author = 'anna', ms = T0, desk = 'd1', id = `ev-c-${rec}`) => {
  const routedTo = subject === 'ethics' ? 'ethics_commission' : subject === 'head_conduct' ? 'executive_director' : 'head';
  return by(createEvent({ id, desk, seq: 1, ms, rec }, createFieldsFor(1, { subject, routedTo, registeredBy: author })), author);
};
const edit = (kind: 'set' | 'note' | 'void', rec: string, author: string, n: number, desk = 'd2'): RegisterEvent => {
  const base = { id: `ev-${kind}-${rec}-${n}`, desk, seq: n + 1, ms: T0 + 1000 * n, rec };
  const e =
    kind === 'set'
      ? setEvent(base, { status: 'closed', reply: `atbilde ${n}` })
      : kind === 'note'
        ? noteEvent(base, `piezīme ${n}`)
        : voidEvent(base, 'dzēsts');
  return by(e, author);
};

/** The entry as folded from its create alone, as the rule sees it. */
const entryOf = (create: RegisterEvent) => {
  const fold = createFold();
  fold.apply(create);
  return fold.entry(create.rec)!;
};

describe('who may change the register (authorised events)', () => {
  const ethics = created('rec-ethics1', 'ethics');
  const quality = created('rec-quality', 'service_quality');
  const aboutHead = created('rec-aboutheadx', 'head_conduct');
  const cases: Array<[string, RegisterEvent, RegisterEvent | null, string | null]> = [
    ['a clerk registers an entry', created('rec-new0001', 'service_quality'), null, null],
    ['a head may not register (desk staff do)', created('rec-new0002', 'service_quality', 'peteris'), null, 'not_desk_staff'],
    ['an account the directory does not know registers nothing', created('rec-new0003', 'service_quality', 'RNP\\stranger'), null, 'unknown_author'],
    [
      'a create naming someone else as registrant is refused',
      { ...created('rec-new0004', 'service_quality'), f: createFieldsFor(1, { registeredBy: 'liga' }) } as RegisterEvent,
      null,
      'forged_registrant',
    ],
    [
      'a second create never replaces the first, whatever its clock',
      created('rec-quality', 'service_quality', 'liga', T0 - 60_000, 'd9', 'ev-forged'),
      quality,
      'create_replaced',
    ],
    [
      'a create from another desk never takes an entry whose id names its desk',
      created('d1_abcdefghijkl', 'service_quality', 'liga', T0, 'd-evil'),
      null,
      'not_creator_desk',
    ],
    ['the desk an entry id names creates it', created('d1_abcdefghijkl', 'service_quality', 'anna', T0, 'd1'), null, null],
    ['the ethics commission closes an ethics complaint', edit('set', 'rec-ethics1', 'eva', 1), ethics, null],
    ['the ethics commission, named by account, closes it too', edit('set', 'rec-ethics1', 'RNP\\eva', 1), ethics, null],
    ['a clerk may not close an ethics complaint with a reply', edit('set', 'rec-ethics1', 'liga', 1), ethics, 'not_reviewer'],
    ['the clerk who registered it may not either', edit('set', 'rec-ethics1', 'anna', 1), ethics, 'not_reviewer'],
    ['the head may not touch an ethics complaint', edit('set', 'rec-ethics1', 'peteris', 1), ethics, 'not_reviewer'],
    ['the head reviews a service complaint', edit('set', 'rec-quality', 'peteris', 1), quality, null],
    ['IT (admin) may not review', edit('set', 'rec-quality', 'RNP\\it', 1), quality, 'not_reviewer'],
    ['the executive director reviews complaints about heads', edit('set', 'rec-aboutheadx', 'RNP\\juris.ozols', 1), aboutHead, null],
    ['EVILPC\\juris.ozols is not the executive director', edit('set', 'rec-aboutheadx', 'EVILPC\\juris.ozols', 1), aboutHead, 'unknown_author'],
    ['a bare juris.ozols is not RNP\\juris.ozols', edit('set', 'rec-aboutheadx', 'juris.ozols@evilpc', 1), aboutHead, 'unknown_author'],
    ['a clerk adds a note to her own entry', edit('note', 'rec-quality', 'anna', 1), quality, null],
    ["a clerk may not add notes to another clerk's entry", edit('note', 'rec-quality', 'liga', 1), quality, 'not_registrant'],
    ['the reviewer adds notes', edit('note', 'rec-quality', 'peteris', 1), quality, null],
    ['a clerk may not void an entry', edit('void', 'rec-quality', 'anna', 1), quality, 'not_reviewer'],
    ['the reviewer voids it', edit('void', 'rec-quality', 'peteris', 1), quality, null],
  ];
  it.each(cases)('%s', (_what, event, base, expected) => {
    expect(refusalOf(event, base ? entryOf(base) : null, authority)).toBe(expected);
  });

  it('lets anyone at the desk register before a directory is published, and only desk staff after', () => {
    expect(registerRefusal([], null)).toBeNull();
    expect(registerRefusal(['head'], authority)).toBe('not_desk_staff');
    expect(registerRefusal(['desk_staff'], authority)).toBeNull();
  });
});

const guardedHash = (events: readonly RegisterEvent[]) => {
  const refused: string[] = [];
  const fold = createFold(undefined, { guard: (e, current) => refusalOf(e, current, authority), onRefused: (e) => refused.push(e.id) });
  for (const e of events) fold.apply(e);
  return { hash: stateHash(fold, sha256Stream), refused: new Set(refused) };
};

/** An authorised history (one create per entry, edits by its reviewers and registrant) and edits by people without the right to make them. */
const historyArb = fc
  .array(
    fc.record({
      subject: fc.constantFrom('service_quality', 'ethics', 'head_conduct'),
      edits: fc.array(fc.record({ kind: fc.constantFrom('set', 'note', 'void'), ok: fc.boolean() }), { maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((entries) => {
    const good: RegisterEvent[] = [];
    const forged: RegisterEvent[] = [];
    entries.forEach((spec, i) => {
      const rec = `rec-${i}00000`;
      good.push(created(rec, spec.subject, 'anna', T0 + i, 'd1', `ev-c-${i}`));
      const reviewer = spec.subject === 'ethics' ? 'eva' : spec.subject === 'head_conduct' ? 'RNP\\juris.ozols' : 'peteris';
      spec.edits.forEach((ed, j) => {
        const n = i * 10 + j + 1;
        if (ed.ok) good.push(edit(ed.kind as 'set', rec, ed.kind === 'note' && j % 2 ? 'anna' : reviewer, n));
        else forged.push(edit(ed.kind as 'set', rec, ed.kind === 'note' ? 'liga' : j % 2 ? 'EVILPC\\juris.ozols' : 'anna', n, 'd-evil'));
      });
    });
    return { good, forged };
  });

describe('the register folded with the authorisation rule', () => {
  it('gives the state of the authorised events alone, in any order, with forged edits anywhere among them', () => {
    const runs = historyArb.chain(({ good, forged }) =>
      fc.tuple(fc.constant({ good, forged }), fc.shuffledSubarray([...good, ...forged, ...good], { minLength: 2 * good.length + forged.length })),
    );
    fc.assert(
      fc.property(runs, ([{ good, forged }, mixed]) => {
        const alone = guardedHash(good);
        const withForged = guardedHash(mixed);
        expect(withForged.hash).toBe(alone.hash);
        expect(alone.refused.size).toBe(0);
        expect(withForged.refused).toEqual(new Set(forged.map((e) => e.id)));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the original entry when a forged create with a lower clock arrives later, and reports it', () => {
    const original = created('rec-quality', 'service_quality');
    const forged = {
      ...created('rec-quality', 'service_quality', 'liga', T0 - 3_600_000, 'd-evil', 'ev-forged'),
      f: createFieldsFor(2, { registeredBy: 'liga' }),
    } as RegisterEvent;
    const refused: string[] = [];
    const fold = createFold(undefined, { guard: (e, current) => refusalOf(e, current, authority), onRefused: (_e, reason) => refused.push(reason) });
    fold.apply(original);
    fold.apply(forged);
    expect(fold.entry('rec-quality')).toMatchObject({ number: original.op === 'create' ? original.f.number : '', registeredBy: 'anna', desk: 'd1' });
    expect(refused).toEqual(['create_replaced']);
  });

  it('judges an edit that came before its create once the create arrives, and keeps waiting ones in a snapshot', () => {
    const create = created('rec-ethics1', 'ethics');
    const forged = edit('set', 'rec-ethics1', 'liga', 1);
    const real = edit('note', 'rec-ethics1', 'eva', 2);
    const refused: string[] = [];
    const options = {
      guard: (e: RegisterEvent, current: Parameters<typeof refusalOf>[1]) => refusalOf(e, current, authority),
      onRefused: (e: RegisterEvent) => refused.push(e.id),
    };
    const first = createFold(undefined, options);
    first.apply(forged);
    first.apply(real);
    const later = createFold(JSON.parse(JSON.stringify(first.snapshot())), options);
    later.apply(create);
    expect(later.entry('rec-ethics1')).toMatchObject({ status: 'registered', reply: null, notes: [{ by: 'eva' }] });
    expect(refused).toEqual([forged.id]);
  });
});
