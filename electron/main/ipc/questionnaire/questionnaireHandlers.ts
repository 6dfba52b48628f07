import type { Handlers } from '../../../../shared/contract';
import type { QuestionnaireChannel } from '../../../../shared/questionnaire/contract';
import type { AppServices } from '../../services';
import { questionnaireTables } from '../../services/questionnaire/questionnaireTables';
import { exportFile } from '../../services/review/exportFiles';

/** Staff questionnaires (§8.2); the service decides who may publish, answer and read results. */
export function createQuestionnaireHandlers(s: Pick<AppServices, 'questionnaires'>): Pick<Handlers, QuestionnaireChannel> {
  return {
    'questionnaire:mine': () => s.questionnaires.mine(),
    'questionnaire:answer': async (a) => {
      await s.questionnaires.answer(a);
      return { answered: true };
    },
    'questionnaire:results': ({ id }) => s.questionnaires.results(id),
    'questionnaire:publish': (q) => s.questionnaires.publish(q),
    'questionnaire:export': async ({ id, format }) => exportFile(`darbinieku-aptauja-${id}`, format, questionnaireTables(await s.questionnaires.results(id))),
  };
}
