import type { Handlers } from '../../../shared/contract';
import type { AppServices } from '../services';
import { createAppHandlers } from './app/appHandlers';
import { createCatalogHandlers } from './catalog/catalogHandlers';
import { createDeskHandlers } from './desk/deskHandlers';
import { createDirectoryHandlers } from './directory/directoryHandlers';
import { createDisplayHandlers } from './display/displayHandlers';
import { createRegisterHandlers } from './register/registerHandlers';
import { createReviewHandlers } from './review/reviewHandlers';
import { createQuestionnaireHandlers } from './questionnaire/questionnaireHandlers';
import { createRulesHandlers } from './rules/rulesHandlers';
import { createSettingsHandlers } from './settings/settingsHandlers';
import { createSurveyHandlers } from './survey/surveyHandlers';
import { createTrustHandlers } from './trust/trustHandlers';

/**
 * The one place that maps every channel of the contract to its feature's handlers. Requests
 * arrive already validated; who may do what is decided by the services, not here.
 */
export function createHandlers(s: AppServices): Handlers {
  return {
    ...createAppHandlers(s),
    ...createSettingsHandlers(s),
    ...createDisplayHandlers(s),
    ...createCatalogHandlers(s),
    ...createDirectoryHandlers(s),
    ...createDeskHandlers(s),
    ...createRegisterHandlers(s),
    ...createReviewHandlers(s),
    ...createSurveyHandlers(s),
    ...createRulesHandlers(s),
    ...createQuestionnaireHandlers(s),
    ...createTrustHandlers(s),
  };
}
