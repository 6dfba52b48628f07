import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/identity/identity';
import { createDisplayService } from '../../../electron/main/services/display/displayService';
import { createEventBus } from '../../../electron/main/services/events';
import { createSurveyService, type SurveyService } from '../../../electron/main/services/survey/surveyService';
import type { SurveyLink } from '../../../shared/survey/answers';
import { nameServices, type Face } from '../../../shared/survey/answers';
import { surveyTables } from '../../../electron/main/services/survey/surveyTables';

// 2026-03-10, 12:00 in Riga: every answer below is dated on that day, whatever today is.
const NOON = Date.parse('2026-03-10T10:00:00Z');
const MARCH = { from: '2026-03-01', to: '2026-03-31' };

async function desk(share: string, code: string, options: { roles?: Role[]; institution?: string; links?: SurveyLink[] } = {}) {
  const data = await mkdtemp(join(tmpdir(), `laipni-survey-${code}-`));
  const bus = createEventBus();
  const events: Array<[string, unknown]> = [];
  bus.subscribe((e, p) => events.push([e, p]));
  const display = createDisplayService({ bus, institutionName: 'Rēzeknes novada pašvaldība' });
  const identity = { account: 'a', personId: 'p-1', displayName: 'Aija', institution: options.institution ?? 'RNP', roles: options.roles ?? ['desk_staff'] };
  const badge = { kind: 'closed' } as const;
  const survey: SurveyService = createSurveyService({
    dataFolder: data,
    shareFolder: share,
    institution: options.institution ?? 'RNP',
    deskCode: code,
    deskId: () => Promise.resolve(`id-${code.toLowerCase()}`),
    links: options.links ?? ['desk', 'service'],
    reasons: ['quick', 'waited_long'],
    identity: {
      current: () => identity,
      require: (...roles: Role[]) => {
        if (!identity.roles.some((r) => roles.includes(r))) throw new Error('forbidden_role');
        return identity;
      },
    },
    display,
    desk: { get: () => ({ person: { id: 'p-7' } }) as never, showBadge: () => (display.show(badge), {}) as never },
    bus,
    now: () => NOON,
    times: { answerMs: 60_000, thanksMs: 60_000 },
  });
  const rate = async (face: Face, reason: 'quick' | 'waited_long' | null = null) => {
    const { invitation } = survey.invite();
    return survey.answer({ invitation, face, reason });
  };
  return { survey, display, events, rate, data, stop: () => survey.stop() };
}

describe('client satisfaction answers', () => {
  it('merge from three desks on one share into one report', async () => {
    const share = await mkdtemp(join(tmpdir(), 'laipni-survey-share-'));
    const k1 = await desk(share, 'K1');
    const k2 = await desk(share, 'K2');
    const k3 = await desk(share, 'K3');
    for (let i = 0; i < 5; i++) await k1.rate('very_good', 'quick');
    for (let i = 0; i < 5; i++) await k2.rate('good');
    for (let i = 0; i < 2; i++) await k3.rate('very_bad', 'waited_long');
    expect((await readdir(join(share, 'surveys'))).sort()).toEqual(['id-k1.jsonl', 'id-k2.jsonl', 'id-k3.jsonl']);

    const head = await desk(share, 'K9', { roles: ['head'] });
    const report = await head.survey.report(MARCH);
    expect(report.total).toMatchObject({ hidden: false, answers: 12, faces: { very_good: 5, good: 5, bad: 0, very_bad: 2 } });
    expect(report.byDesk.map((r) => [r.key, r.answers])).toEqual([
      ['RNP/K1', 5],
      ['RNP/K2', 5],
      // Two answers only: the desk is listed, its figures are not.
      ['RNP/K3', null],
    ]);
    expect(report.byDesk[2]).toMatchObject({ hidden: true, faces: null, average: null });
    // Reasons given fewer than five times are left out too.
    expect(report.total.reasons).toEqual({ quick: 5 });
    expect(report.byMonth).toEqual([expect.objectContaining({ key: '2026-03', answers: 12 })]);
    // Outside the period nothing counts.
    expect((await head.survey.report({ from: '2026-04-01', to: '2026-04-30' })).total).toMatchObject({ hidden: true, answers: null });
    [k1, k2, k3, head].forEach((d) => d.stop());
  });

  it('stores no time of day, no client data and only what the institution links', async () => {
    const share = await mkdtemp(join(tmpdir(), 'laipni-survey-share-'));
    const deskOnly = await desk(share, 'K4', { links: ['desk'] });
    await deskOnly.rate('bad');
    const [line] = (await readFile(join(share, 'surveys', 'id-k4.jsonl'), 'utf8')).trim().split('\n');
    const stored = JSON.parse(line!) as Record<string, unknown>;
    expect(stored).toMatchObject({ day: '2026-03-10', institution: 'RNP', desk: 'K4', service: null, employee: null, face: 'bad', reason: null });
    expect(Object.keys(stored).sort()).toEqual(['day', 'desk', 'employee', 'face', 'id', 'institution', 'reason', 'service', 'v']);
    const withEmployee = await desk(share, 'K5', { links: ['desk', 'service', 'employee'] });
    await withEmployee.rate('good');
    expect(JSON.parse((await readFile(join(share, 'surveys', 'id-k5.jsonl'), 'utf8')).trim())).toMatchObject({ employee: 'p-7' });
    deskOnly.stop();
    withEmployee.stop();
  });

  it('takes one answer per invitation, only while the question is shown, and never puts the face in an event', async () => {
    const share = await mkdtemp(join(tmpdir(), 'laipni-survey-share-'));
    const k1 = await desk(share, 'K1');
    const { invitation } = k1.survey.invite();
    expect(k1.display.get().view).toMatchObject({ kind: 'survey', invitation, reasons: ['quick', 'waited_long'] });
    expect(await k1.survey.answer({ invitation, face: 'very_bad', reason: null })).toEqual({ accepted: true });
    expect(await k1.survey.answer({ invitation, face: 'very_good', reason: null })).toEqual({ accepted: false });
    expect(k1.display.get().view).toEqual({ kind: 'thanks' });
    // A reason the institution does not offer, or an invitation the desk replaced, is refused.
    const second = k1.survey.invite();
    expect(await k1.survey.answer({ invitation: second.invitation, face: 'good', reason: 'premises' as never })).toEqual({ accepted: false });
    k1.display.show({ kind: 'welcome' });
    expect(await k1.survey.answer({ invitation: second.invitation, face: 'good', reason: null })).toEqual({ accepted: false });
    const lines = (await readFile(join(share, 'surveys', 'id-k1.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { face: string }).face)).toEqual(['very_bad']);
    const everything = JSON.stringify(k1.events);
    expect(everything).not.toMatch(/very_bad|"face"/);
    k1.stop();
  });

  it('shows results only to heads, the executive director and admins', async () => {
    const share = await mkdtemp(join(tmpdir(), 'laipni-survey-share-'));
    const staff = await desk(share, 'K1');
    await expect(staff.survey.report(MARCH)).rejects.toThrow('forbidden_role');
    // A head sees their own institution only.
    const other = await desk(share, 'K2', { institution: 'SOC' });
    for (let i = 0; i < 5; i++) await other.rate('good');
    const head = await desk(share, 'K3', { roles: ['head'] });
    expect((await head.survey.report(MARCH)).total.hidden).toBe(true);
    const director = await desk(share, 'K4', { roles: ['executive_director'] });
    expect((await director.survey.report(MARCH)).total.answers).toBe(5);
    [staff, other, head, director].forEach((d) => d.stop());
  });

  it('names services from the catalogue, in each language it gives, and keeps the id of a service it no longer has', () => {
    const row = (key: string) => ({ key, hidden: true, answers: null, faces: null, average: null, reasons: null });
    const report = {
      period: MARCH,
      institution: 'RNP',
      total: row('Kopā'),
      byMonth: [],
      byDesk: [row('RNP/K1')],
      byService: [row('pase'), row('vecs')],
      byEmployee: [],
    };
    const named = nameServices(report, new Map([['pase', { lv: 'Pases izsniegšana', en: 'Issuing a passport' }]]));
    expect(named.byService).toEqual([{ ...row('pase'), name: { lv: 'Pases izsniegšana', en: 'Issuing a passport' } }, row('vecs')]);
    expect(named.byDesk).toEqual(report.byDesk);
    expect(
      surveyTables(named)
        .find((t) => t.name === 'Pa pakalpojumiem')!
        .rows.map((r) => r[0]),
    ).toEqual(['Pases izsniegšana (pase)', 'vecs']);
  });
});
