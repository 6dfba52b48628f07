import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hoursOn, receptionStatus } from '../../../shared/directory/hours';
import { storedDirectorySchema } from '../../../shared/directory/migrate';
import { draftFromReception, draftProblems, planFromSlots, receptionFromDraft, slotsFromPlan, type HoursDraft } from '../../../shared/directory/weekGrid';
import { createI18n } from '../../../shared/i18n';
import { createDirectoryService, STAFF_PATH } from '../../../electron/main/services/directory/directoryService';
import { person } from '../../support/people';

const closed = { open: false, from: '', to: '', breaks: [] };
const emptyWeek = (): HoursDraft => draftFromReception({ weekly: [], absences: [] });

describe('reception hours as a weekly grid with breaks', () => {
  it('reads stored slots as a day with breaks, and writes the same slots back', () => {
    const slots = [
      { from: '13:00', to: '17:00' },
      { from: '08:30', to: '12:00' },
      { from: '12:30', to: '13:00' },
    ];
    const plan = planFromSlots(slots);
    // Shown as an office writes times; typed as 8.30, 08:30 or 8:30.
    expect(plan).toEqual({
      open: true,
      from: '8.30',
      to: '17.00',
      breaks: [{ from: '12.00', to: '12.30' }],
    });
    // 12:30–13:00 and 13:00–17:00 touch: one stretch, no break between them.
    expect(slotsFromPlan(plan)).toEqual([
      { from: '08:30', to: '12:00' },
      { from: '12:30', to: '17:00' },
    ]);
    const draft = draftFromReception(person().reception);
    expect(draft.days.mon).toEqual({ open: true, from: '9.00', to: '17.00', breaks: [{ from: '12.00', to: '13.00' }] });
    expect(draft.days.tue).toEqual(closed);
    expect(receptionFromDraft(draft).weekly).toEqual(person().reception.weekly);
    draft.days.tue = { open: true, from: '8:5', to: '17.00', breaks: [{ from: ' 12 . 00', to: '12:30' }] };
    expect(draftProblems(draft)).toEqual([{ at: 'tue.from', code: 'time' }]);
    draft.days.tue.from = '8.05';
    expect(draftProblems(draft)).toEqual([]);
    expect(receptionFromDraft(draft).weekly.filter((s) => s.day === 'tue')).toEqual([
      { day: 'tue', from: '08:05', to: '12:00' },
      { day: 'tue', from: '12:30', to: '17:00' },
    ]);
  });

  it('names each mistake where it is: from after to, a break outside the hours, overlapping breaks, a bad or repeated date', () => {
    const draft = emptyWeek();
    draft.days.mon = { open: true, from: '17:00', to: '08:00', breaks: [] };
    draft.days.tue = { open: true, from: '08:00', to: '17:00', breaks: [{ from: '07:30', to: '08:30' }] };
    draft.days.wed = {
      open: true,
      from: '08:00',
      to: '17:00',
      breaks: [
        { from: '12:00', to: '13:00' },
        { from: '12:30', to: '12:45' },
      ],
    };
    draft.days.thu = { open: true, from: '', to: '17:00', breaks: [] };
    draft.days.fri = { open: true, from: '08:00', to: '17:00', breaks: [{ from: '13:00', to: '12:00' }] };
    draft.exceptions = [
      { date: '2026-12-23', plan: closed, note: '' },
      { date: '2026-12-23', plan: { open: true, from: '10:00', to: '12:00', breaks: [] }, note: '' },
      { date: '2026-02-30', plan: closed, note: '' },
    ];
    expect(draftProblems(draft)).toEqual([
      { at: 'mon.to', code: 'order' },
      { at: 'tue.break.0', code: 'outside' },
      { at: 'wed.break.1', code: 'overlap' },
      { at: 'thu.from', code: 'time' },
      { at: 'fri.break.0', code: 'order' },
      { at: 'exception.1.date', code: 'duplicate' },
      { at: 'exception.2.date', code: 'date' },
    ]);
    const t = (lng: 'lv' | 'en' | 'ltg') => createI18n(lng).getFixedT(lng, 'directory');
    for (const lng of ['lv', 'en', 'ltg'] as const) {
      for (const code of ['time', 'order', 'outside', 'overlap', 'date', 'duplicate', 'tooMany']) {
        expect(t(lng)(`hoursEditor.problem.${code}`), `${lng} ${code}`).not.toBe(`hoursEditor.problem.${code}`);
      }
    }
    expect(t('lv')('hoursEditor.problem.outside')).toBe('Pārtraukumam jābūt pieņemšanas laika iekšpusē.');
  });

  it('stores exceptions by date, and a day with an exception shows it instead of the weekly plan, note included', () => {
    const draft = draftFromReception(person().reception);
    draft.exceptions = [
      { date: '2026-11-30', plan: { open: true, from: '10:00', to: '14:00', breaks: [] }, note: ' Pieņem 2. kabinetā ' },
      { date: '2026-11-25', plan: closed, note: 'Mācības' },
    ];
    expect(draftProblems(draft)).toEqual([]);
    const stored = receptionFromDraft(draft);
    expect(stored.exceptions).toEqual([
      { date: '2026-11-25', slots: [], note: 'Mācības' },
      { date: '2026-11-30', slots: [{ from: '10:00', to: '14:00' }], note: 'Pieņem 2. kabinetā' },
    ]);
    const reception = { ...stored, absences: [] };
    // Wednesday 2026-11-25 normally 13:00–18:00; Monday 2026-11-30 normally 09:00–12:00, 13:00–17:00.
    expect(hoursOn(reception, '2026-11-25')).toEqual({ date: '2026-11-25', slots: [], reason: 'exception', note: 'Mācības' });
    expect(hoursOn(reception, '2026-11-30')).toEqual({ date: '2026-11-30', slots: [{ from: '10:00', to: '14:00' }], reason: null, note: 'Pieņem 2. kabinetā' });
    expect(hoursOn(reception, '2026-11-23').slots).toHaveLength(2);
    // Tuesday 24 November at 15:00 (UTC+2): the next reception is the Monday exception, Wednesday being closed.
    expect(receptionStatus(reception, new Date('2026-11-24T15:00:00+02:00')).next).toEqual({ date: '2026-11-30', from: '10:00', to: '14:00' });
  });
});

describe('reception hours stored by older versions', () => {
  it('reads free-text hours as the weekly plan when they follow the form, and keeps them word for word when not', () => {
    const old = { ...person(), reception: 'P 8.30-12.00, 12.30-17.00; T 9:00-12:00' };
    const unreadable = { ...person({ id: 'anna.kalnina', accounts: ['RNP\\anna'] }), reception: 'pēc iepriekšēja pieraksta' };
    // Hours and absences as two text fields, before `reception` existed.
    const { reception: _plan, ...base } = person({ id: 'juris.ozols', accounts: ['RNP\\juris'] });
    const oldestShape = { ...base, hours: 'Pk 10:00-12:00', absences: '2026-07-01..2026-07-14' };
    const parsed = storedDirectorySchema.parse({ people: [old, unreadable, oldestShape] });
    expect(parsed.people[0]!.reception).toEqual({
      weekly: [
        { day: 'mon', from: '08:30', to: '12:00' },
        { day: 'mon', from: '12:30', to: '17:00' },
        { day: 'wed', from: '09:00', to: '12:00' },
      ],
      absences: [],
    });
    expect(parsed.people[1]!.reception).toEqual({ weekly: [], absences: [], unparsed: 'pēc iepriekšēja pieraksta' });
    expect(parsed.people[2]!.reception).toEqual({ weekly: [{ day: 'fri', from: '10:00', to: '12:00' }], absences: [{ from: '2026-07-01', to: '2026-07-14' }] });
  });

  it('loads a published directory with old free-text hours instead of refusing the whole file', async () => {
    const root = await mkdtemp(join(tmpdir(), 'laipni-hours-'));
    await mkdir(join(root, 'share', 'catalog'), { recursive: true });
    const data = { people: [{ ...person(), reception: 'otrdienās pēc pieraksta' }] };
    await writeFile(join(root, 'share', STAFF_PATH), JSON.stringify({ publishedAt: '2026-11-20T08:00:00.000Z', data }));
    const service = createDirectoryService({ shareFolder: join(root, 'share'), dataFolder: join(root, 'data'), now: () => new Date('2026-11-23T08:00:00Z') });
    await service.ready();
    await service.reload();
    expect(service.get('ilze.berzina')?.reception).toEqual({ weekly: [], absences: [], unparsed: 'otrdienās pēc pieraksta' });
  });
});
