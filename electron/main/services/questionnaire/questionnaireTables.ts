import { MIN_ANSWERS, type QuestionnaireResults } from '../../../../shared/questionnaire/questionnaire';
import type { Table } from '../review/exportFiles';

/**
 * A questionnaire's results as export tables, headers in Latvian like every export: a summary,
 * then one table per question. Under MIN_ANSWERS answers only the summary, without a count,
 * exactly as on the screen. Free texts keep the shuffled order the results gave them.
 */
export function questionnaireTables(r: QuestionnaireResults): Table[] {
  const q = r.questionnaire;
  const summary: Table = {
    name: 'Kopsavilkums',
    columns: ['Aptauja', 'Kam jautāts', 'Publicēta', 'Pēdējā atbilžu diena', 'Atbildes'],
    rows: [[q.title, q.institution ?? 'visa pašvaldība', q.published, q.closes, r.answers ?? `< ${MIN_ANSWERS}`]],
  };
  if (r.answers === null || !r.questions) return [summary];
  return [
    summary,
    ...r.questions.map((res, i): Table => {
      const question = q.questions.find((x) => x.id === res.id)!;
      const name = `${i + 1}. jautājums`;
      if (res.kind === 'text') return { name, columns: [question.text], rows: res.texts.map((text) => [text]) };
      const labels = res.kind === 'scale' ? ['1', '2', '3', '4', '5'] : question.options;
      const rows: Table['rows'] = labels.map((label, j) => [label, res.counts[j] ?? 0]);
      if (res.kind === 'scale') rows.push(['Vidēji', res.average]);
      return { name, columns: [question.text, 'Skaits'], rows };
    }),
  ];
}
