export { useClientDisplay } from './useDisplayState';
