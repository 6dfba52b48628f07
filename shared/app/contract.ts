import { z } from 'zod';
import { endpoint, event } from '../contract/endpoint';
import type { EffectiveConfig, StaffLanguage } from '../config/schema';
import { STAFF_LANGUAGES } from '../config/schema';
import type { Identity } from '../identity/identity';

export interface AppInfo {
  name: string;
  version: string;
  /** `electron` in the desktop app, `preview` when served to a browser for development. */
  mode: 'electron' | 'preview';
  platform: string;
  versions: { electron: string | null; chrome: string | null; node: string };
  dataFolder: string;
  logFile: string;
}

export interface UserSettings {
  /** The staff member's own choice; null means the machine's default language. */
  language: StaffLanguage | null;
}

export const userSettingsPatch = z
  .object({ language: z.enum(STAFF_LANGUAGES).nullable() })
  .partial()
  .strict();

export const appContract = {
  'app:info': endpoint<AppInfo>()(z.undefined()),
  'config:get': endpoint<EffectiveConfig>()(z.undefined()),
  'identity:get': endpoint<Identity>()(z.undefined()),
  'settings:get': endpoint<UserSettings>()(z.undefined()),
  'settings:set': endpoint<UserSettings>()(userSettingsPatch),
};

export const appEvents = {
  /** Roles come from the directory: a newly published one can change them. */
  'identity:changed': event<Identity>(),
};
