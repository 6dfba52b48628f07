import { ContractError } from '../../../../shared/contract/result';
import type { EffectiveConfig } from '../../../../shared/config/schema';
import type { RegisterEntry } from '../../../../shared/register/record';
import {
  namedReviewers,
  previewRegistration,
  type PreviewInput,
  type RegistrationPreview,
  type ReviewerPerson,
} from '../../../../shared/register/registration';
import type { RoutingPerson } from '../../../../shared/register/routing';
import { registerRefusal, type Authority } from '../../../../shared/register/authorise';
import { shownTo } from '../../../../shared/review/visibility';
import type { SyncStatus } from '../../../../shared/register/syncStatus';
import { DEFAULT_REGISTER_RULES, registrationRulesFrom } from '../../../../shared/register/rules';
import { rigaDate } from '../../../../shared/calendar/dates';
import { missingDecisionYear } from '../../../../shared/calendar/holidays';
import type { EventBus } from '../events';
import type { IdentityService } from '../identity/identityService';
import type { Logger } from '../log/logger';
import { openRegister, type OpenedRegister } from './openRegister';
import type { RegisterService } from './registerService';
import { loadRegisterRules } from './registerRules';
import { fileKeyStore, loadDeskKey, type KeyStore } from '../trust/deskKey';
import type { KeyPair } from '../trust/keys';
import { deskKeyFile } from './sync/syncLoop';
import { trustRootFrom, type TrustRoot } from '../trust/trustRoot';
import { encryptionKeyFile, openDeskPrivacy, type DeskPrivacy } from '../privacy';
import { createSyncLoop, type SyncLoop } from './sync/syncLoop';
import { assertMayWrite as assertShareAllowsWrite } from './sync/requiredVersion';

/**
 * The register as the app uses it: opened in the background at start, syncing on its own,
 * with the signed-in person as the author of what is saved. Calls made before it has opened
 * wait for it.
 */
export interface RegisterRuntime {
  add(input: unknown): Promise<RegisterEntry>;
  listMine(): Promise<RegisterEntry[]>;
  preview(input: PreviewInput): Promise<RegistrationPreview>;
  /** For admins: the year whose municipality decision on transferred days is due, else null. */
  calendarNotice(): Promise<{ missingDecisionYear: number | null }>;
  status(): Promise<SyncStatus>;
  syncNow(): Promise<SyncStatus>;
  stop(): Promise<void>;
  /** The opened register itself, for review (issue 6), which reads and edits entries. */
  service(): Promise<RegisterService>;
  /**
   * Throws `outdated_app` when the share requires a newer app than this one: every write to
   * the register (a new entry, a status, a note, a reply, a letter) asks first.
   */
  assertMayWrite(): Promise<void>;
}

export interface RegisterRuntimeDeps {
  dataDir: string;
  config: EffectiveConfig;
  identity: IdentityService;
  bus: EventBus;
  log: Logger;
  wall?: () => number;
  shareTimeShiftMs?: number;
  intervalMs?: number;
  /** The staff directory: who an entry is about decides where it goes (§11). */
  people?: () => readonly (RoutingPerson & Partial<ReviewerPerson>)[];
  /** Where the desk's signing key is kept (default: a 0600 file in the data folder). */
  keyStore?: KeyStore;
  /** Where the desk's encryption key is kept (default: a 0600 file in the data folder). */
  encryptionKeyStore?: KeyStore;
  /** Roles from the staff directory, which events read from the share are judged by. */
  authority?: () => Authority | null;
  /** This app's version: below the share's required version (`laipni share require-version`) it registers nothing. */
  appVersion?: string;
}

export function createRegisterRuntime(deps: RegisterRuntimeDeps): RegisterRuntime {
  const { institution, desk, shareFolder } = deps.config.values;
  let calendarRules = registrationRulesFrom(DEFAULT_REGISTER_RULES);
  let holidays = DEFAULT_REGISTER_RULES.holidays;
  const author = () => {
    const who = deps.identity.current();
    return who.personId ?? who.account;
  };
  const ready: Promise<{ opened: OpenedRegister; sync: SyncLoop } | null> = (async () => {
    if (!institution || !desk) return null;
    const published = (await loadRegisterRules(shareFolder, deps.dataDir, trustRootFrom(deps.config.values.adminPublicKey))).data;
    calendarRules = registrationRulesFrom(published);
    holidays = published.holidays;
    const trust = trustRootFrom(deps.config.values.adminPublicKey);
    const signer = deps.keyStore ? await deskSigner(deps.keyStore, deps.dataDir, deps.log) : undefined;
    const privacy = await deskPrivacy(deps, shareFolder, trust, signer);
    const opened = await openRegister({
      dataDir: deps.dataDir,
      institution,
      deskCode: desk,
      rules: calendarRules,
      wall: deps.wall,
      authority: deps.authority,
      privacy,
    });
    // A first sync applies files one by one: windows hear of it once per burst, not per file.
    let pending: ReturnType<typeof setTimeout> | null = null;
    opened.register.onChange(() => {
      pending ??= setTimeout(() => {
        pending = null;
        deps.bus.emit('register:changed', null);
      }, 100);
    });
    const sync = await createSyncLoop({
      opened,
      dataDir: deps.dataDir,
      share: shareFolder,
      institution,
      deskCode: desk,
      intervalMs: deps.intervalMs,
      now: deps.wall && (() => new Date(deps.wall!())),
      shareTimeShiftMs: deps.shareTimeShiftMs,
      ...(signer !== undefined ? { signer } : {}),
      trust,
      onStatus: (status) => deps.bus.emit('sync:changed', status),
      onError: (error) => deps.log.error('sync round failed', error),
    });
    sync.start();
    return { opened, sync };
  })();
  ready.catch((error: unknown) => deps.log.error('register could not open', error));

  const need = async () => {
    let r: Awaited<typeof ready>;
    try {
      r = await ready;
    } catch (error) {
      throw new ContractError('io_failed', `the register could not be opened: ${(error as Error).message}`);
    }
    if (!r) throw new ContractError('config_invalid', 'institution and desk codes are needed to register entries');
    return r;
  };

  const assertMayWrite = async () => {
    if (deps.appVersion) await assertShareAllowsWrite(shareFolder, deps.dataDir, trustRootFrom(deps.config.values.adminPublicKey), deps.appVersion);
  };

  return {
    assertMayWrite,
    async add(input) {
      const { opened, sync } = await need();
      if (registerRefusal(deps.identity.current().roles, deps.authority?.() ?? null)) {
        throw new ContractError('forbidden_role', 'Entries are registered by desk staff');
      }
      await assertMayWrite();
      const entry = await opened.register.add(input, author(), { people: deps.people?.() ?? [] });
      void sync.round().catch(() => undefined);
      return entry;
    },
    async listMine() {
      const { opened } = await need();
      // Entries saved before the directory knew this person carry the account instead.
      const who = deps.identity.current();
      return opened.register.byAuthor(who.personId ? [who.personId, who.account] : [who.account]).map((e) => shownTo(who, e));
    },
    async preview(input) {
      await ready.catch(() => null);
      const people = deps.people?.() ?? [];
      const preview = previewRegistration(input, deps.wall?.() ?? Date.now(), calendarRules, people);
      // The routing box names who will get it, not only the role.
      const entry = { institution: institution ?? '', subject: input.subject, employee: input.employee ?? null, registeredBy: author() };
      return { ...preview, reviewers: namedReviewers(preview, entry, people.filter(isReviewerPerson)) };
    },
    /**
     * From October, admins are reminded that next year's municipality decision on transferred
     * working days is not yet published (the Cabinet's transfers apply until it is).
     */
    async calendarNotice() {
      await ready.catch(() => null);
      if (!deps.identity.current().roles.includes('admin')) return { missingDecisionYear: null };
      return { missingDecisionYear: missingDecisionYear(rigaDate(deps.wall?.() ?? Date.now()), holidays) };
    },
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

const isReviewerPerson = (p: RoutingPerson & Partial<ReviewerPerson>): p is ReviewerPerson =>
  Array.isArray(p.accounts) && typeof p.institutionCode === 'string' && typeof p.position === 'string';

/**
 * Field encryption when the machine pins an admin key, its key in the OS key store (else the
 * 0600 file, said in the log). Without it the register runs with plain fields, as before.
 */
async function deskPrivacy(
  deps: RegisterRuntimeDeps,
  share: string | null,
  trust: TrustRoot | null,
  signer: KeyPair | null | undefined,
): Promise<DeskPrivacy | null> {
  const base = { dataDir: deps.dataDir, share, trust, signer, now: deps.wall && (() => new Date(deps.wall!())) };
  try {
    return await openDeskPrivacy({ ...base, keyStore: deps.encryptionKeyStore });
  } catch (error) {
    if (!deps.encryptionKeyStore) throw error;
    deps.log.warn(`desk encryption key: OS key store not usable (${(error as { code?: string }).code ?? 'error'}); using the key file`);
    return openDeskPrivacy({ ...base, keyStore: fileKeyStore(encryptionKeyFile(deps.dataDir)) });
  }
}

/**
 * The desk's key from the OS key store; where that store is not available (a Linux session
 * without a keyring), the 0600 file a headless desk uses, said in the log. Never the register's end.
 */
async function deskSigner(store: KeyStore, dataDir: string, log: Logger): Promise<KeyPair | null> {
  try {
    return await loadDeskKey(store);
  } catch (error) {
    log.warn(`desk key: OS key store not usable (${(error as { code?: string }).code ?? 'error'}); using the desk key file`);
    return loadDeskKey(fileKeyStore(deskKeyFile(dataDir))).catch((fileError: unknown) => {
      log.error('desk key unavailable: this desk cannot sign its entries', fileError);
      return null;
    });
  }
}
