export { TrustScreen } from './TrustScreen';
