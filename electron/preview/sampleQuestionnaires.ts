import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays, rigaDate } from '../../shared/calendar/dates';
import type { Answer, Questionnaire } from '../../shared/questionnaire/questionnaire';
import { QUESTIONNAIRES } from '../main/services/questionnaire/questionnaireService';

/**
 * Two sample questionnaires for the demo institution, written once: one already has six
 * answers (its results show), the other four (its results do not, until a fifth comes).
 */
export async function seedSampleQuestionnaires(share: string, now: number): Promise<void> {
  const today = rigaDate(now);
  const samples: Array<[Questionnaire, Answer['answers'][]]> = [
    [
      {
        id: 'sample-slodze',
        title: 'Darba slodze (paraugs)',
        institution: 'RNP',
        closes: addDays(today, 30),
        published: today,
        questions: [
          { id: 'load01', kind: 'scale', text: 'Cik noslogots jūtaties darbā? (1 — maz, 5 — ļoti)', options: [] },
          { id: 'help01', kind: 'single', text: 'Vai saņemat pietiekamu atbalstu no vadītāja?', options: ['Jā', 'Daļēji', 'Nē'] },
          { id: 'want01', kind: 'multi', text: 'Kas palīdzētu strādāt labāk?', options: ['Apmācības', 'Labāki rīki', 'Vairāk laika klientiem'] },
          { id: 'free01', kind: 'text', text: 'Ko vēl vēlaties pateikt?', options: [] },
        ],
      },
      [
        { load01: 4, help01: 0, want01: [0], free01: 'Paldies par iespēju izteikties (paraugs).' },
        { load01: 3, help01: 1, want01: [1, 2], free01: '' },
        { load01: 5, help01: 2, want01: [2], free01: 'Vairāk laika pārbaudei (paraugs).' },
        { load01: 2, help01: 0, want01: [0, 1] },
        { load01: 4, help01: 1, want01: [2], free01: 'Jauni datori (paraugs).' },
        { load01: 3, help01: 0, want01: [] },
      ],
    ],
    [
      {
        id: 'sample-telpas',
        title: 'Darba telpas (paraugs)',
        institution: 'RNP',
        closes: addDays(today, 30),
        published: today,
        questions: [{ id: 'room01', kind: 'scale', text: 'Cik ērtas ir jūsu darba telpas? (1 — nemaz, 5 — ļoti)', options: [] }],
      },
      [{ room01: 3 }, { room01: 4 }, { room01: 2 }, { room01: 5 }],
    ],
  ];
  for (const [q, answers] of samples) {
    const dir = join(share, QUESTIONNAIRES, q.id);
    const file = join(dir, 'questionnaire.json');
    if (
      await access(file).then(
        () => true,
        () => false,
      )
    )
      continue;
    await mkdir(join(dir, 'answers'), { recursive: true });
    await writeFile(file, `${JSON.stringify(q, null, 1)}\n`);
    for (const [i, a] of answers.entries()) {
      await writeFile(join(dir, 'answers', `${String(i).padStart(32, '0')}.json`), JSON.stringify({ questionnaire: q.id, answers: a }));
    }
  }
}
