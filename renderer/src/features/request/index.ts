export { WrittenRequest } from './WrittenRequest';
