export { BadgeCard } from './BadgeCard';
export { DeskSign } from './DeskSign';
export { usePrint } from './PrintProvider';
export { ReferralSlip } from './ReferralSlip';
export { WeeklyHours } from './WeeklyHours';
