import type { Handlers } from '../../../../shared/contract';
import type { RulesChannel } from '../../../../shared/rules/rules';
import type { AppServices } from '../../services';

/** Acknowledgement of the rules (§13, §14); the service checks who may do what. */
export function createRulesHandlers(s: Pick<AppServices, 'rules'>): Pick<Handlers, RulesChannel> {
  return {
    'rules:current': () => s.rules.current(),
    'rules:acknowledge': (a) => s.rules.acknowledge(a),
    'rules:status': () => s.rules.status(),
    'rules:publish': (p) => s.rules.publish(p),
    'rules:remind': () => s.rules.remind(),
  };
}
