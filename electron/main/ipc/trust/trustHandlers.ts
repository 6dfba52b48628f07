import type { Handlers } from '../../../../shared/contract';
import type { TrustChannel } from '../../../../shared/trust/contract';
import type { AppServices } from '../../services';

/** The trust root as IT sees it; the service checks the admin role. */
export function createTrustHandlers(s: Pick<AppServices, 'trust'>): Pick<Handlers, TrustChannel> {
  return {
    'trust:status': () => s.trust.status(),
  };
}
