export { ReceptionSummary } from './ReceptionSummary';
export { useDirectory } from './useDirectory';
