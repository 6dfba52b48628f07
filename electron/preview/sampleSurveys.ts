import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rigaDate } from '../../shared/calendar/dates';
import { FACES, type AnswerLine } from '../../shared/survey/answers';
import { SURVEY_FOLDER } from '../main/services/survey/surveyService';

const DAY = 86_400_000;

/**
 * Sample client ratings from three other desks, written once into their own survey logs, so a
 * head's results screen has something to show. K4 has too few answers for any figure. Each
 * answer's id says it is a sample.
 */
export async function seedSampleSurveys(share: string, now: number): Promise<void> {
  const desks: Array<[string, string, number]> = [
    ['sample-k2', 'K2', 14],
    ['sample-k3', 'K3', 9],
    ['sample-k4', 'K4', 3],
  ];
  await mkdir(join(share, SURVEY_FOLDER), { recursive: true });
  for (const [file, desk, count] of desks) {
    const path = join(share, SURVEY_FOLDER, `${file}.jsonl`);
    if (
      await access(path).then(
        () => true,
        () => false,
      )
    )
      continue;
    const lines: AnswerLine[] = [];
    for (let i = 0; i < count; i++) {
      lines.push({
        v: 1,
        id: `sample-${desk}-${String(i).padStart(3, '0')}`,
        day: rigaDate(now - ((i * 3) % 40) * DAY),
        institution: 'RNP',
        desk,
        service: i % 3 === 0 ? 'dzimsanas-registracija' : null,
        employee: null,
        // Mostly good, some bad: a fixed pattern, so screenshots stay the same.
        face: FACES[[0, 0, 1, 0, 1, 2, 0, 1, 3, 0][i % 10]!]!,
        reason: i % 4 === 0 ? 'quick' : null,
      });
    }
    await writeFile(path, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
  }
}
