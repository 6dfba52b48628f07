import { describe, expect, it } from 'vitest';
import { namedReviewers, previewRegistration } from '../../../shared/register/registration';
import { DEFAULT_DEADLINE_TABLE } from '../../../shared/register/deadlines';
import { LATVIAN_HOLIDAYS } from '../../../shared/calendar/holidays';
import { workCalendar } from '../../../shared/calendar/workingDays';
import { person } from '../../support/people';

const rules = { deadlines: DEFAULT_DEADLINE_TABLE, calendar: workCalendar(LATVIAN_HOLIDAYS), routing: {} };
const AT = Date.parse('2026-04-01T09:00:00Z');

const head = person({ id: 'aija.liepina', name: 'Aija', surname: 'Liepiņa', position: 'Dienesta vadītāja', institutionCode: 'RSD', roles: ['head'] });
const otherHead = person({ id: 'ivars.kalns', name: 'Ivars', surname: 'Kalns', position: 'Pārvaldes vadītājs', institutionCode: 'RNP', roles: ['head'] });
const director = person({
  id: 'juris.ozols',
  name: 'Juris',
  surname: 'Ozols',
  position: 'Izpilddirektors',
  institutionCode: 'RNP',
  roles: ['executive_director'],
});
const ethicsA = person({ id: 'kitija.jaunzeme', name: 'Kitija', surname: 'Jaunzeme', position: 'Komisijas priekšsēdētāja', roles: ['ethics_commission'] });
const ethicsB = person({ id: 'ojars.vilks', name: 'Ojārs', surname: 'Vilks', position: 'Komisijas loceklis', roles: ['ethics_commission'] });
const people = [head, otherHead, director, ethicsA, ethicsB, person()];

const named = (subject: 'service_quality' | 'ethics' | 'head_conduct', employee: { personId: string | null; name: string } | null = null) => {
  const preview = previewRegistration({ kind: 'complaint', subject, employee }, AT, rules, people);
  return namedReviewers(preview, { institution: 'RSD', subject, employee, registeredBy: 'ilze.berzina' }, people)?.map(
    (r) => `${r.name} ${r.surname}, ${r.position}`,
  );
};

describe('the routing box names who will review the entry', () => {
  it('names the head of this institution, not a head of another one', () => {
    expect(named('service_quality')).toEqual(['Aija Liepiņa, Dienesta vadītāja']);
  });

  it('names every member of this institution’s ethics commission for an ethics complaint', () => {
    expect(named('ethics')).toEqual(['Kitija Jaunzeme, Komisijas priekšsēdētāja', 'Ojārs Vilks, Komisijas loceklis']);
  });

  it('never names the person the entry is about: a complaint about the head goes to the executive director', () => {
    expect(named('service_quality', { personId: 'aija.liepina', name: 'Aija Liepiņa' })).toEqual(['Juris Ozols, Izpilddirektors']);
  });

  it('says nobody when the directory has no one for the route, and null when there is no directory', () => {
    const preview = previewRegistration({ kind: 'complaint', subject: 'service_quality' }, AT, rules);
    expect(namedReviewers(preview, { institution: 'RSD', subject: 'service_quality', employee: null, registeredBy: 'x' }, [person()])).toEqual([]);
    expect(namedReviewers(preview, { institution: 'RSD', subject: 'service_quality', employee: null, registeredBy: 'x' }, [])).toBeNull();
  });
});
