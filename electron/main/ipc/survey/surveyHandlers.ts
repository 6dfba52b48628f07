import type { Handlers } from '../../../../shared/contract';
import type { SurveyChannel } from '../../../../shared/survey/contract';
import type { AppServices } from '../../services';
import { exportFile } from '../../services/review/exportFiles';
import { surveyTables } from '../../services/survey/surveyTables';

/** Client satisfaction: the desk invites, the display answers (its channel list alone has it), heads read. */
export function createSurveyHandlers(s: Pick<AppServices, 'survey'>): Pick<Handlers, SurveyChannel> {
  return {
    'survey:invite': () => s.survey.invite(),
    'survey:answer': (answer) => s.survey.answer(answer),
    'survey:report': ({ period }) => s.survey.report(period),
    'survey:export': async ({ period, format }) => exportFile(`aptauja-${period.from}-${period.to}`, format, surveyTables(await s.survey.report(period))),
  };
}
