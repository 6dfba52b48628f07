export { RulesReminder } from './RulesReminder';
export { RulesScreen } from './RulesScreen';
