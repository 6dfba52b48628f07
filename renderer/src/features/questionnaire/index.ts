export { QuestionnairesScreen } from './QuestionnairesScreen';
