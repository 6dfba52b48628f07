import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, KINDS, REVIEWERS, SUBJECTS } from '../../../shared/register/codes';
import type { Role } from '../../../shared/identity/identity';
import { canReview, canSee, type Viewer } from '../../../shared/review/visibility';
import { entryFor } from '../../support/reviewEntries';

const head: Viewer = { account: 'RNP\\aija.liepina', personId: 'aija.liepina', institution: 'RNP', roles: ['head'] };
const director: Viewer = { account: 'RNP\\juris.ozols', personId: 'juris.ozols', institution: 'RNP', roles: ['executive_director'] };
const ethics: Viewer = { account: 'RNP\\kitija.jaunzeme', personId: 'kitija.jaunzeme', institution: 'RNP', roles: ['ethics_commission'] };
const desk: Viewer = { account: 'RNP\\laura.kalnina', personId: 'laura.kalnina', institution: 'RNP', roles: ['desk_staff'] };
const admin: Viewer = { account: 'RNP\\demo.admin', personId: null, institution: null, roles: ['admin'] };

const entryArb = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    channel: fc.constantFrom(...CHANNELS),
    subject: fc.constantFrom(...SUBJECTS),
    routedTo: fc.constantFrom(...REVIEWERS),
    institution: fc.constantFrom('RNP', 'RSD'),
    employee: fc.constantFrom(null, 'aija.liepina', 'juris.ozols', 'kitija.jaunzeme', 'janis.ozolins'),
    registeredBy: fc.constantFrom('laura.kalnina', 'RNP\\laura.kalnina', 'ilze.berzina'),
  })
  .map((r) => entryFor(1, { ...r, employee: r.employee ? { personId: r.employee, name: r.employee } : null }));

const rolesArb = fc.subarray(['desk_staff', 'head', 'executive_director', 'ethics_commission', 'admin'] as Role[]);

describe('who sees which register entry', () => {
  it('never shows a head an entry about themselves, whatever roles they also hold', () => {
    fc.assert(
      fc.property(entryArb, rolesArb, (e, roles) => {
        if (e.employee?.personId === head.personId) expect(canSee({ ...head, roles }, e)).toBe(false);
      }),
    );
  });

  it('shows ethics entries only to the ethics commission of the same institution', () => {
    fc.assert(
      fc.property(entryArb, (e) => {
        const isEthics = e.subject === 'ethics' || e.routedTo === 'ethics_commission';
        if (isEthics) {
          expect(canSee(head, e)).toBe(false);
          expect(canSee(director, e)).toBe(false);
          expect(canSee(ethics, e)).toBe(e.institution === 'RNP' && e.employee?.personId !== ethics.personId);
        } else expect(canSee(ethics, e)).toBe(false);
      }),
    );
  });

  it('shows a head their institution entries except ethics and complaints about heads', () => {
    fc.assert(
      fc.property(entryArb, (e) => {
        const expected =
          e.institution === 'RNP' &&
          e.subject !== 'ethics' &&
          e.routedTo !== 'ethics_commission' &&
          e.subject !== 'head_conduct' &&
          e.routedTo !== 'executive_director' &&
          e.routedTo !== 'council_chair' &&
          e.employee?.personId !== 'aija.liepina';
        expect(canSee(head, e)).toBe(expected);
      }),
    );
  });

  it('shows the executive director only entries about heads, from every institution', () => {
    fc.assert(
      fc.property(entryArb, (e) => {
        const aboutHeads =
          (e.subject === 'head_conduct' || e.routedTo === 'executive_director') && e.subject !== 'ethics' && e.routedTo !== 'ethics_commission';
        expect(canSee(director, e)).toBe(aboutHeads && e.employee?.personId !== 'juris.ozols');
      }),
    );
  });

  it('shows desk staff only what they registered and never lets them review it', () => {
    fc.assert(
      fc.property(entryArb, (e) => {
        expect(canSee(desk, e)).toBe(e.registeredBy !== 'ilze.berzina');
        expect(canReview(desk, e)).toBe(false);
      }),
    );
  });

  it('shows an admin no record contents at all', () => {
    fc.assert(
      fc.property(entryArb, (e) => {
        expect(canSee(admin, e)).toBe(false);
      }),
    );
  });

  it('gives a person with two roles the union of what each role sees', () => {
    fc.assert(
      fc.property(entryArb, (e) => {
        const both: Viewer = { ...head, roles: ['head', 'desk_staff'] };
        const asDesk: Viewer = { ...desk, personId: head.personId, account: head.account };
        expect(canSee(both, e)).toBe(canSee(head, e) || canSee(asDesk, e));
      }),
    );
  });
});
