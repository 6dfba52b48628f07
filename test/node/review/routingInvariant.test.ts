import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KINDS, SUBJECTS } from '../../../shared/register/codes';
import type { Role } from '../../../shared/identity/identity';
import type { RegisterInputParsed } from '../../../shared/register/record';
import { createFields } from '../../../shared/register/registration';
import { registrationRulesFrom, DEFAULT_REGISTER_RULES } from '../../../shared/register/rules';
import { DIRECTOR_ROUTES, type RoutingPerson } from '../../../shared/register/routing';
import { canReview, canSee, shownTo, type Viewer } from '../../../shared/review/visibility';

/** A directory person with a desk account, at institution RNP unless told. */
interface Staff extends RoutingPerson {
  institution: string;
}
const staff = (id: string, name: string, surname: string, roles: Role[], institution = 'RNP'): Staff => ({ id, name, surname, roles, institution });
const viewerOf = (p: Staff): Viewer => ({ account: `RNP\\${p.id}`, personId: p.id, institution: p.institution, roles: [...p.roles] });

const CLERK = staff('laura.kalnina', 'Laura', 'Kalniņa', ['desk_staff']);
const HEAD = staff('aija.liepina', 'Aija', 'Liepiņa', ['head']);
const DIRECTOR = staff('juris.ozols', 'Juris', 'Ozols', ['executive_director'], 'RND');
const MEMBER = staff('kitija.jaunzeme', 'Kitija', 'Jaunzeme', ['ethics_commission']);
const MEMBER2 = staff('peteris.sils', 'Pēteris', 'Sils', ['ethics_commission']);
const CHAIR = staff('maris.kalns', 'Māris', 'Kalns', ['council_chair'], 'RND');

/**
 * Role holders as a municipality may have them: the head may sit on the ethics commission, a
 * clerk may be a member too, and a council chair may or may not hold the role in the directory.
 */
const directoryArb = fc.record({ headOnCommission: fc.boolean(), clerkOnCommission: fc.boolean(), chair: fc.boolean() }).map((o) => {
  const add = (p: Staff, on: boolean): Staff => (on ? { ...p, roles: [...p.roles, 'ethics_commission'] } : p);
  const people = [add(CLERK, o.clerkOnCommission), add(HEAD, o.headOnCommission), DIRECTOR, MEMBER, MEMBER2, ...(o.chair ? [CHAIR] : [])];
  return { people, chair: o.chair };
});

/** The employee concerned: none, a clerk, the head, the director, a commission member (picked or typed), or a stranger. */
const employeeArb = fc.constantFrom(
  null,
  { personId: CLERK.id, name: 'Laura Kalniņa' },
  { personId: HEAD.id, name: 'Aija Liepiņa' },
  { personId: null, name: 'aija liepina' },
  { personId: DIRECTOR.id, name: 'Juris Ozols' },
  { personId: null, name: 'OZOLS JURIS' },
  { personId: MEMBER.id, name: 'Kitija Jaunzeme' },
  { personId: null, name: 'Kāds Nezināms' },
);

const rulesFor = (chair: boolean, route: (typeof DIRECTOR_ROUTES)[number] | undefined) =>
  registrationRulesFrom({ ...DEFAULT_REGISTER_RULES, routing: chair && route ? { aboutExecutiveDirector: route } : {} });

describe('routing never loses an entry', () => {
  it('leaves every entry visible to a reviewer who may act on it, and never to the person it is about', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.constantFrom(...SUBJECTS),
        employeeArb,
        directoryArb,
        fc.constantFrom(...DIRECTOR_ROUTES, undefined),
        (kind, subject, employee, { people, chair }, directorRoute) => {
          const input: RegisterInputParsed = { kind, subject, employee, channel: 'in_person', description: 'Apraksts', client: { anonymous: true } };
          const f = createFields(
            input,
            { ms: Date.parse('2026-05-04T08:00:00Z'), number: 'RNP-2026/K1-0001', institution: 'RNP', deskCode: 'K1', author: CLERK.id },
            rulesFor(chair, directorRoute),
            people,
          );
          const entry = { ...f, notes: [], reply: null, statusReason: null, routeReason: null };
          const reviewers = people.filter((p) => canReview(viewerOf(p), entry));
          expect(reviewers.length, `${kind}/${subject}/${employee?.name ?? '-'} → ${f.routedTo} (${f.routeRule})`).toBeGreaterThan(0);
          const about = people.find((p) => p.id === f.employee?.personId);
          if (employee?.name && employee.personId === null && !employee.name.includes('Nezināms'))
            expect(about, 'a typed directory name is resolved').toBeDefined();
          if (about) expect(canSee(viewerOf(about), entry)).toBe(false);
        },
      ),
      { seed: 20260504, numRuns: 2000 },
    );
  });

  it('sends a complaint naming the head to the executive director, whatever subject was chosen', () => {
    const people = [CLERK, HEAD, DIRECTOR, MEMBER, MEMBER2];
    for (const subject of SUBJECTS.filter((s) => s !== 'ethics')) {
      const input: RegisterInputParsed = {
        kind: 'complaint',
        subject,
        employee: { personId: null, name: 'Aija Liepina' },
        channel: 'letter',
        description: 'x',
        client: { anonymous: true },
      };
      const f = createFields(
        input,
        { ms: Date.parse('2026-05-04T08:00:00Z'), number: 'n', institution: 'RNP', deskCode: 'K1', author: CLERK.id },
        rulesFor(false, undefined),
        people,
      );
      expect([f.routedTo, f.routeRule, f.employee?.personId]).toEqual(['executive_director', '11.2', HEAD.id]);
    }
  });

  it('sends a complaint about the executive director where the municipality says, else to the ethics commission', () => {
    const people = [CLERK, HEAD, DIRECTOR, MEMBER, CHAIR];
    const input: RegisterInputParsed = {
      kind: 'complaint',
      subject: 'service_quality',
      employee: { personId: DIRECTOR.id, name: 'Juris Ozols' },
      channel: 'letter',
      description: 'x',
      client: { anonymous: true },
    };
    const at = { ms: Date.parse('2026-05-04T08:00:00Z'), number: 'n', institution: 'RNP', deskCode: 'K1', author: CLERK.id };
    expect(createFields(input, at, rulesFor(true, 'council_chair'), people)).toMatchObject({ routedTo: 'council_chair', routeRule: 'about_director' });
    expect(createFields(input, at, rulesFor(false, undefined), people)).toMatchObject({ routedTo: 'ethics_commission', routeRule: 'about_director' });
  });

  it('keeps the clerk of a confidential entry to its number and status', () => {
    const people = [CLERK, HEAD, DIRECTOR, MEMBER];
    const at = { ms: Date.parse('2026-05-04T08:00:00Z'), number: 'RNP-2026/K1-0007', institution: 'RNP', deskCode: 'K1', author: CLERK.id };
    // Ethics, head conduct, and a complaint that is 11.2 only because it names the head.
    const cases = [
      { subject: 'ethics', employee: null },
      { subject: 'head_conduct', employee: null },
      { subject: 'service_quality', employee: { personId: null, name: 'Liepiņa Aija' } },
    ] as const;
    for (const { subject, employee } of cases) {
      const f = createFields(
        { kind: 'complaint', subject, employee, channel: 'letter', description: 'x', client: { anonymous: true } },
        at,
        rulesFor(false, undefined),
        people,
      );
      const entry = {
        ...f,
        status: 'in_review' as const,
        notes: [{ id: 'n', text: 'iekšēja piezīme', by: MEMBER.id, at: '2026-05-05' }],
        reply: 'atbilde',
        statusReason: 'iemesls',
        routeReason: null,
      };
      const seen = shownTo(viewerOf(CLERK), entry);
      expect(canSee(viewerOf(CLERK), entry)).toBe(true);
      expect([seen.number, seen.status, seen.notes, seen.reply, seen.statusReason]).toEqual(['RNP-2026/K1-0007', 'in_review', [], null, null]);
    }
  });
});
