export { saveFile } from './download';
