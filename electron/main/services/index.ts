import type { AppInfo } from '../../../shared/app/contract';
import type { EffectiveConfig } from '../../../shared/config/schema';
import { createDisplayService, type DisplayService } from './display/displayService';
import type { EventBus } from './events';
import type { Logger } from './log/logger';
import type { UserStore } from './settings/userStore';

export interface AppServices {
  info: AppInfo;
  config: EffectiveConfig;
  store: UserStore;
  display: DisplayService;
  bus: EventBus;
  log: Logger;
}

export interface ServiceInputs {
  info: AppInfo;
  config: EffectiveConfig;
  store: UserStore;
  bus: EventBus;
  log: Logger;
}

/** Builds every node-side service; used by the Electron main process and by preview mode alike. */
export function createAppServices(inputs: ServiceInputs): AppServices {
  const display = createDisplayService({ bus: inputs.bus, institutionName: inputs.config.values.institutionName });
  return { ...inputs, display };
}
