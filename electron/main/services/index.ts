import type { AppInfo } from '../../../shared/app/contract';
import type { EffectiveConfig } from '../../../shared/config/schema';
import { createDisplayService, type DisplayService } from './display/displayService';
import type { EventBus } from './events';
import { createIdentityService, type IdentityService, type PersonLookup } from './identity/identityService';
import { createReviewServices, type ReviewServices } from './review';
import { reviewSource } from './review/registerOpener';
import type { Logger } from './log/logger';
import { createRegisterRuntime, type RegisterRuntime } from './register/registerRuntime';
import type { UserStore } from './settings/userStore';

export interface AppServices {
  info: AppInfo;
  config: EffectiveConfig;
  store: UserStore;
  display: DisplayService;
  identity: IdentityService;
  register: RegisterRuntime;
  review: ReviewServices;
  bus: EventBus;
  log: Logger;
}

export interface ServiceInputs {
  info: AppInfo;
  config: EffectiveConfig;
  store: UserStore;
  bus: EventBus;
  log: Logger;
  /** The OS account of the person at the computer (preview mode may set it). */
  account: string;
  /** Who is who until the staff directory is published (preview mode's sample people). */
  people?: PersonLookup;
}

/** Builds every node-side service; used by the Electron main process and by preview mode alike. */
export function createAppServices(inputs: ServiceInputs): AppServices {
  const display = createDisplayService({ bus: inputs.bus, institutionName: inputs.config.values.institutionName });
  const identity = createIdentityService({ account: inputs.account, adminAccounts: inputs.config.values.adminAccounts, lookup: () => inputs.people ?? null });
  const register = createRegisterRuntime({ dataDir: inputs.info.dataFolder, config: inputs.config, identity, bus: inputs.bus, log: inputs.log });
  const review = createReviewServices({
    source: () => reviewSource(register, inputs.config.values.shareFolder ?? '', inputs.info.dataFolder),
    identity,
    dataFolder: inputs.info.dataFolder,
    shareFolder: inputs.config.values.shareFolder ?? '',
    institutionName: inputs.config.values.institutionName ?? inputs.config.values.institution ?? '',
  });
  review.review.onChange(() => void review.review.badge().then((b) => inputs.bus.emit('review:changed', b), (e: unknown) => inputs.log.warn(`review badge failed: ${String(e)}`)));
  return { ...inputs, display, identity, register, review };
}
