import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_TABLE, deadlinesByTable } from '../../../shared/register/deadlines';
import { LATVIAN_HOLIDAYS } from '../../../shared/calendar/holidays';
import { workCalendar } from '../../../shared/calendar/workingDays';
import { DEFAULT_REGISTER_RULES, deadlineTableOf, registerRulesSchema } from '../../../shared/register/rules';

/**
 * Deadlines counted by hand from the day of receipt (the day itself is not counted).
 * Sources:
 * - Law on Submissions (Iesniegumu likums) as in force until 28 Feb 2026: answer within one
 *   month, extension up to four months from receipt with notice, forwarding within 7 working days;
 * - the same law as in force from 1 March 2026: answer within 10 working days, extension up to
 *   one month, forwarding within 5 working days;
 * - Administrative Procedure Law: a term in months ends on the same date of the month, moved to
 *   the next working day when that is a day off;
 * - law on holidays, remembrance and celebration days (1 and 4 May, 23 and 24 June,
 *   24–26 and 31 December, 1 January);
 * - Cabinet orders on transferred working days in 2026 (Fri 2 Jan → Sat 17 Jan,
 *   Mon 22 Jun → Sat 27 Jun).
 */
const TABLE = [
  {
    receivedOn: '2026-04-30', // Thursday; Fri 1 May and Mon 4 May off
    // 5 Tue 1, 6 W 2, 7 Th 3, 8 F 4, 11 M 5 | 12 6, 13 7, 14 8, 15 9, 18 M 10
    forward: '2026-05-11',
    answer: '2026-05-18',
    // 30 May is a Saturday → Monday 1 June
    extendedLimit: '2026-06-01',
    source: 'Iesniegumu likums, redakcija no 2026. gada 1. marta',
  },
  {
    receivedOn: '2026-06-22', // Monday made a day off by the Cabinet; 23, 24 June off
    // 25 Th 1, 26 F 2, Sat 27 worked 3, 29 M 4, 30 Tu 5 | 1 Jul 6, 2 7, 3 8, 6 9, 7 Tu 10
    forward: '2026-06-30',
    answer: '2026-07-07',
    extendedLimit: '2026-07-22',
    source: 'Iesniegumu likums, redakcija no 2026. gada 1. marta',
  },
  {
    receivedOn: '2026-12-22', // Tuesday; 24, 25, 26, 31 Dec and 1 Jan off
    // 23 W 1, 28 M 2, 29 3, 30 4, 4 Jan M 5 | 5 6, 6 7, 7 8, 8 9, 11 M 10
    forward: '2027-01-04',
    answer: '2027-01-11',
    extendedLimit: '2027-01-22',
    source: 'Iesniegumu likums, redakcija no 2026. gada 1. marta',
  },
  {
    receivedOn: '2026-02-27', // Friday, before 1 March 2026: the older rule
    // 2 Mar M 1, 3 2, 4 3, 5 4, 6 5, 9 M 6, 10 Tu 7
    forward: '2026-03-10',
    // one month: Friday 27 March
    answer: '2026-03-27',
    // four months: 27 June 2026 is the Saturday worked by the Cabinet's transfer
    extendedLimit: '2026-06-27',
    source: 'Iesniegumu likums, redakcija līdz 2026. gada 28. februārim',
  },
];

describe('deadlines as the law counts them, from the day of receipt', () => {
  const calendar = workCalendar(LATVIAN_HOLIDAYS);

  it.each(TABLE)(
    'received $receivedOn: forward by $forward, answer by $answer, extend at most to $extendedLimit',
    ({ receivedOn, forward, answer, extendedLimit, source }) => {
      expect(deadlinesByTable('complaint', receivedOn, DEFAULT_DEADLINE_TABLE, calendar)).toMatchObject({ forward, answer, extendedLimit, source });
    },
  );

  it('keeps the older rule up to 28 February 2026 and the newer from 1 March', () => {
    expect(deadlinesByTable('question', '2026-02-28', DEFAULT_DEADLINE_TABLE, calendar).rule).toEqual({
      answerMonths: 1,
      extensionMonths: 4,
      forwardWorkingDays: 7,
    });
    expect(deadlinesByTable('question', '2026-03-01', DEFAULT_DEADLINE_TABLE, calendar).rule).toEqual({
      answerWorkingDays: 10,
      extensionMonths: 1,
      forwardWorkingDays: 5,
    });
  });

  it('is the table the published rules give, and rules published before the table still load with both periods', () => {
    expect(deadlineTableOf(DEFAULT_REGISTER_RULES)).toEqual(DEFAULT_DEADLINE_TABLE);
    const { deadlinesFrom: _f, deadlinesSource: _s, earlierDeadlines: _e, ...older } = DEFAULT_REGISTER_RULES;
    expect(deadlineTableOf(registerRulesSchema.parse(JSON.parse(JSON.stringify(older))))).toEqual(DEFAULT_DEADLINE_TABLE);
  });

  it('refuses a rule with both or neither answer terms', () => {
    const bad = (rule: object) =>
      registerRulesSchema.safeParse({ ...DEFAULT_REGISTER_RULES, deadlines: { ...DEFAULT_REGISTER_RULES.deadlines, complaint: rule } }).success;
    expect(bad({ answerWorkingDays: 10, answerMonths: 1, extensionMonths: 1, forwardWorkingDays: 5 })).toBe(false);
    expect(bad({ extensionMonths: 1, forwardWorkingDays: 5 })).toBe(false);
    expect(bad({ answerMonths: 1, extensionMonths: 4, forwardWorkingDays: 7 })).toBe(true);
  });
});
