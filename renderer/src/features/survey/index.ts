export { SurveyView, ThanksView } from './SurveyView';
export { END_SERVICE_KEY, useEndService } from './useEndService';
export { surveyNavItems } from './surveyNav';
