export { ReceptionSummary } from './ReceptionSummary';
export { useDirectory } from './useDirectory';
export { ReferralPanel } from './ReferralPanel';
