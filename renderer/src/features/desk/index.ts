export { useDesk } from './useDesk';
