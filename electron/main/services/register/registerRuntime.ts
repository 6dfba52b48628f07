import { ContractError } from '../../../../shared/contract/result';
import type { EffectiveConfig } from '../../../../shared/config/schema';
import type { Kind, Subject } from '../../../../shared/register/codes';
import { DEFAULT_DEADLINE_RULES } from '../../../../shared/register/deadlines';
import { LATVIAN_HOLIDAYS } from '../../../../shared/register/holidays';
import type { RegisterEntry } from '../../../../shared/register/record';
import { previewRegistration, type RegistrationPreview } from '../../../../shared/register/registration';
import type { SyncStatus } from '../../../../shared/register/syncStatus';
import { workCalendar } from '../../../../shared/register/workingDays';
import type { EventBus } from '../events';
import type { IdentityService } from '../identity/identityService';
import type { Logger } from '../log/logger';
import { openRegister, type OpenedRegister } from './openRegister';
import type { RegisterService } from './registerService';
import { createSyncLoop, type SyncLoop } from './sync/syncLoop';

/**
 * The register as the app uses it: opened in the background at start, syncing on its own,
 * with the signed-in person as the author of what is saved. Calls made before it has opened
 * wait for it.
 */
export interface RegisterRuntime {
  add(input: unknown): Promise<RegisterEntry>;
  listMine(): Promise<RegisterEntry[]>;
  preview(input: { kind: Kind; subject: Subject }): RegistrationPreview;
  status(): Promise<SyncStatus>;
  syncNow(): Promise<SyncStatus>;
  stop(): Promise<void>;
  /** The opened register itself, for review (issue 6), which reads and edits entries. */
  service(): Promise<RegisterService>;
}

export interface RegisterRuntimeDeps {
  dataDir: string;
  config: EffectiveConfig;
  identity: IdentityService;
  bus: EventBus;
  log: Logger;
  wall?: () => number;
  intervalMs?: number;
}

const rules = () => ({ deadlines: DEFAULT_DEADLINE_RULES, calendar: workCalendar(LATVIAN_HOLIDAYS), routing: {} });

export function createRegisterRuntime(deps: RegisterRuntimeDeps): RegisterRuntime {
  const { institution, desk, shareFolder } = deps.config.values;
  const calendarRules = rules();
  const author = () => {
    const who = deps.identity.current();
    return who.personId ?? who.account;
  };
  const ready: Promise<{ opened: OpenedRegister; sync: SyncLoop } | null> = (async () => {
    if (!institution || !desk) return null;
    const opened = await openRegister({ dataDir: deps.dataDir, institution, deskCode: desk, rules: calendarRules, wall: deps.wall });
    opened.register.onChange(() => deps.bus.emit('register:changed', null));
    const sync = await createSyncLoop({
      opened,
      dataDir: deps.dataDir,
      share: shareFolder,
      institution,
      deskCode: desk,
      intervalMs: deps.intervalMs,
      onStatus: (status) => deps.bus.emit('sync:changed', status),
      onError: (error) => deps.log.error('sync round failed', error),
    });
    sync.start();
    return { opened, sync };
  })();
  ready.catch((error: unknown) => deps.log.error('register could not open', error));

  const need = async () => {
    const r = await ready.catch(() => null);
    if (!r) throw new ContractError('config_invalid', 'institution and desk codes are needed to register entries');
    return r;
  };

  return {
    async add(input) {
      const { opened, sync } = await need();
      const entry = await opened.register.add(input, author());
      void sync.round().catch(() => undefined);
      return entry;
    },
    async listMine() {
      const { opened } = await need();
      return opened.register.byAuthor(author());
    },
    preview: (input) => previewRegistration(input, deps.wall?.() ?? Date.now(), calendarRules),
    async status() {
      return (await need()).sync.status();
    },
    async syncNow() {
      return (await need()).sync.round();
    },
    service: async () => (await need()).opened.register,
    async stop() {
      const r = await ready.catch(() => null);
      if (!r) return;
      await r.sync.stop();
      await r.opened.close();
    },
  };
}
