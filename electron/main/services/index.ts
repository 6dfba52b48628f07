import type { AppInfo } from '../../../shared/app/contract';
import type { EffectiveConfig } from '../../../shared/config/schema';
import { createCatalogService, type CatalogService } from './catalog/catalogService';
import { createDisplayService, type DisplayService } from './display/displayService';
import type { EventBus } from './events';
import { createIdentityService, type IdentityService } from './identity/identityService';
import type { Logger } from './log/logger';
import type { UserStore } from './settings/userStore';

export interface ServiceInputs {
  info: AppInfo;
  config: EffectiveConfig;
  store: UserStore;
  bus: EventBus;
  log: Logger;
  /** The OS account of the person at the computer (preview mode may set it). */
  account: string;
  /** The desktop app's client display window; absent in preview mode and the CLI. */
  displayWindow?: { open(): void };
}

export interface AppServices extends ServiceInputs {
  display: DisplayService;
  identity: IdentityService;
  catalog: CatalogService;
}

/** Builds every node-side service; used by the Electron main process and by preview mode alike. */
export function createAppServices(inputs: ServiceInputs): AppServices {
  const display = createDisplayService({ bus: inputs.bus, institutionName: inputs.config.values.institutionName });
  const identity = createIdentityService({ account: inputs.account, adminAccounts: inputs.config.values.adminAccounts, lookup: () => null });
  const catalog = createCatalogService({
    shareFolder: inputs.config.values.shareFolder,
    dataFolder: inputs.info.dataFolder,
    identity,
    display,
    // The staff directory plugs in here: names, positions and "open now" for specialists.
    directory: () => null,
  });
  return { ...inputs, display, identity, catalog };
}
