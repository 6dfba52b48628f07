import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWERED, createQuestionnaireService, QUESTIONNAIRES } from '../../../electron/main/services/questionnaire/questionnaireService';
import type { Role } from '../../../shared/identity/identity';

const NOW = Date.parse('2026-03-10T10:00:00Z');

async function as(share: string, personId: string, roles: Role[] = ['desk_staff'], institution = 'RNP') {
  const data = await mkdtemp(join(tmpdir(), `laipni-q-${personId}-`));
  const identity = { account: personId, personId, displayName: personId, institution, roles };
  return createQuestionnaireService({
    dataFolder: data,
    shareFolder: share,
    deskId: () => Promise.resolve(`desk-${personId}`),
    identity: {
      current: () => identity,
      require: (...want: Role[]) => {
        if (!roles.some((r) => want.includes(r))) throw new Error('forbidden_role');
        return identity;
      },
    },
    now: () => NOW,
    random: () => 0.5,
  });
}

const QUESTIONS = [
  { id: 'load01', kind: 'scale' as const, text: 'Cik noslogots jūtaties?', options: ['maz', 'ļoti'] },
  { id: 'help01', kind: 'single' as const, text: 'Vai saņemat atbalstu?', options: ['jā', 'nē'] },
  { id: 'want01', kind: 'multi' as const, text: 'Kas palīdzētu?', options: ['apmācības', 'rīki', 'laiks'] },
  { id: 'free01', kind: 'text' as const, text: 'Ko vēl vēlaties teikt?', options: [] },
];

describe('staff questionnaires', () => {
  it('show results for 6 answers and none for 4; each person answers once, and no answer names anyone', async () => {
    const share = await mkdtemp(join(tmpdir(), 'laipni-q-share-'));
    const head = await as(share, 'aija', ['head', 'desk_staff']);
    const six = await head.publish({ title: 'Darba slodze 2026', institution: 'RNP', closes: '2026-03-31', questions: QUESTIONS });
    const four = await head.publish({ title: 'Telpas', institution: 'RNP', closes: '2026-03-31', questions: QUESTIONS.slice(0, 1) });
    const staff = await Promise.all(['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((p) => as(share, p)));
    for (const [i, s] of staff.entries()) {
      expect((await s.mine()).map((m) => [m.questionnaire.title, m.answered])).toEqual(
        expect.arrayContaining([
          ['Darba slodze 2026', false],
          ['Telpas', false],
        ]),
      );
      await s.answer({ questionnaire: six.id, answers: { load01: (i % 5) + 1, help01: i % 2, want01: [0, 2], free01: `teksts ${i}` } });
      if (i < 4) await s.answer({ questionnaire: four.id, answers: { load01: 3 } });
    }
    await expect(staff[0]!.answer({ questionnaire: six.id, answers: { load01: 1 } })).rejects.toMatchObject({ code: 'invalid_request' });
    expect((await staff[0]!.mine()).find((m) => m.questionnaire.id === six.id)?.answered).toBe(true);

    const shown = await head.results(six.id);
    expect(shown.answers).toBe(6);
    expect(shown.questions![0]).toEqual({ id: 'load01', kind: 'scale', counts: [2, 1, 1, 1, 1], average: 2.7 });
    expect(shown.questions![1]).toEqual({ id: 'help01', kind: 'single', counts: [3, 3] });
    expect(shown.questions![2]).toEqual({ id: 'want01', kind: 'multi', counts: [6, 0, 6] });
    const texts = shown.questions![3] as { texts: string[] };
    expect([...texts.texts].sort()).toEqual(['teksts 0', 'teksts 1', 'teksts 2', 'teksts 3', 'teksts 4', 'teksts 5']);
    // Four answers: nothing at all is shown.
    expect(await head.results(four.id)).toMatchObject({ answers: null, questions: null });

    // Answers are files of their own, with only the answers, timed at the publication day.
    const dir = join(share, QUESTIONNAIRES, six.id, 'answers');
    const files = await readdir(dir);
    expect(files).toHaveLength(6);
    for (const f of files) {
      const body = JSON.parse(await readFile(join(dir, f), 'utf8')) as object;
      expect(Object.keys(body).sort()).toEqual(['answers', 'questionnaire']);
      expect((await stat(join(dir, f))).mtime.toISOString()).toBe(`${six.published}T00:00:00.000Z`);
    }
    // "Has answered" is kept apart, by day only.
    const answered = (await readFile(join(share, ANSWERED, 'desk-p1.jsonl'), 'utf8')).trim().split('\n');
    expect(answered.map((l) => JSON.parse(l) as object)).toEqual([
      expect.objectContaining({ questionnaire: six.id, person: 'p1', day: '2026-03-10' }),
      expect.objectContaining({ questionnaire: four.id, person: 'p1', day: '2026-03-10' }),
    ]);
    expect(answered.join('\n')).not.toMatch(/load01|teksts/);
  });

  it('lets a head ask only their own institution, and staff of other institutions are not asked', async () => {
    const share = await mkdtemp(join(tmpdir(), 'laipni-q-share-'));
    const head = await as(share, 'aija', ['head']);
    await expect(head.publish({ title: 'Visiem', institution: null, closes: '2026-03-31', questions: QUESTIONS })).rejects.toMatchObject({
      code: 'forbidden_role',
    });
    const q = await head.publish({ title: 'Mūsu iestādei', institution: 'RNP', closes: '2026-03-31', questions: QUESTIONS });
    const other = await as(share, 'x1', ['desk_staff'], 'SOC');
    expect(await other.mine()).toEqual([]);
    await expect(other.answer({ questionnaire: q.id, answers: { load01: 2 } })).rejects.toMatchObject({ code: 'forbidden_role' });
    const mine = await as(share, 'p1');
    await expect(mine.answer({ questionnaire: q.id, answers: { load01: 9 } })).rejects.toMatchObject({
      code: 'invalid_request',
      details: { field: 'answers' },
    });
    await expect(readdir(join(share, QUESTIONNAIRES, q.id, 'answers'))).rejects.toThrow();
  });
});
