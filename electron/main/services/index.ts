import type { AppInfo } from '../../../shared/app/contract';
import type { EffectiveConfig } from '../../../shared/config/schema';
import { createCatalogService, type CatalogService } from './catalog/catalogService';
import { specialistsFromDirectory } from './catalog/directorySpecialists';
import { createDeskService, type DeskService } from './desk/deskService';
import { createDirectoryAdmin, type DirectoryAdmin } from './directory/directoryAdmin';
import { createDirectoryService, type DirectoryService } from './directory/directoryService';
import { createDisplayService, type DisplayService } from './display/displayService';
import type { EventBus } from './events';
import { createIdentityService, type IdentityService } from './identity/identityService';
import { createReviewServices } from './review';
import type { DataProtection } from './review/dataProtection';
import type { Letters } from './review/letters';
import type { Attachments } from './review/attachments';
import type { SubjectRequests } from './review/subjectRequest';
import type { ReviewService } from './review/reviewService';
import { reviewSource } from './review/registerOpener';
import type { Logger } from './log/logger';
import { createRegisterRuntime, type RegisterRuntime } from './register/registerRuntime';
import type { UserStore } from './settings/userStore';
import { createQuestionnaireService, type QuestionnaireService } from './questionnaire/questionnaireService';
import { createRulesService, type RulesService } from './rules/rulesService';
import { createSurveyService, type SurveyService, type SurveyTimes } from './survey/surveyService';
import { directoryView } from './directory/directoryView';
import type { KeyStore } from './trust/deskKey';
import type { KeyPair } from './trust/keys';
import { trustRootFrom } from './trust/trustRoot';
import { createTrustStatus, type TrustStatusService } from './trust/trustStatus';

export interface ServiceInputs {
  info: AppInfo;
  config: EffectiveConfig;
  store: UserStore;
  bus: EventBus;
  log: Logger;
  /** The OS account of the person at the computer (preview mode may set it). */
  account: string;
  /** Where the desk keeps its signing key: the app uses the OS key store (`safeStorage`); else a 0600 file. */
  deskKeyStore?: KeyStore;
  /** Where the desk's encryption key is kept (the app: `safeStorage`). */
  encryptionKeyStore?: KeyStore;
  /** Preview mode only: its demo admin key, so admin changes made in preview are signed as IT would sign them. */
  adminSigner?: KeyPair;
  /** The desktop app's client display window; absent in preview mode and the CLI. */
  displayWindow?: { open(): void };
  /** The clock every service reads; preview mode's tests choose it, the app uses the real one. */
  now?: () => number;
  /** With `now`: how far that clock moved the world, so the share's file times move with it. */
  shareTimeShiftMs?: number;
  /** How long the client display's survey waits and thanks; tests shorten them. */
  surveyTimes?: SurveyTimes;
}

export interface AppServices extends ServiceInputs {
  display: DisplayService;
  identity: IdentityService;
  directory: DirectoryService;
  directoryAdmin: DirectoryAdmin;
  desk: DeskService;
  catalog: CatalogService;
  register: RegisterRuntime;
  review: ReviewService;
  protection: DataProtection;
  letters: Letters;
  attachments: Attachments;
  subject: SubjectRequests;
  survey: SurveyService;
  rules: RulesService;
  trust: TrustStatusService;
  questionnaires: QuestionnaireService;
}

/** Builds every node-side service; used by the Electron main process and by preview mode alike. */
export function createAppServices(inputs: ServiceInputs): AppServices {
  const clock = inputs.now;
  const date = clock && (() => new Date(clock()));
  const display = createDisplayService({
    bus: inputs.bus,
    institutionName: inputs.config.values.institutionName,
    idleMs: inputs.config.values.displayIdleMinutes * 60_000,
  });
  const trust = trustRootFrom(inputs.config.values.adminPublicKey);
  const signer = inputs.adminSigner ? { signer: inputs.adminSigner } : {};
  const directory = createDirectoryService({ shareFolder: inputs.config.values.shareFolder, dataFolder: inputs.info.dataFolder, now: date, trust, ...signer });
  const identity = createIdentityService({ account: inputs.account, adminAccounts: inputs.config.values.adminAccounts, lookup: () => directory });
  const desk = createDeskService({ account: inputs.account, directory, display, bus: inputs.bus, now: date });
  display.onIdle(() => desk.showBadge());
  directory.onChange(() => {
    inputs.bus.emit('directory:changed', directoryView(directory, identity));
    inputs.bus.emit('identity:changed', identity.current());
    desk.refresh();
  });
  // Reception hours roll on and other admins publish: look again every half minute.
  const tick = setInterval(
    () =>
      void directory.reload().then(
        () => desk.refresh(),
        (e: unknown) => inputs.log.warn(`directory reload failed: ${String(e)}`),
      ),
    30_000,
  );
  tick.unref?.();
  const catalog = createCatalogService({
    shareFolder: inputs.config.values.shareFolder,
    dataFolder: inputs.info.dataFolder,
    identity,
    display,
    directory: () => specialistsFromDirectory(directory),
    now: date,
    trust,
    ...signer,
  });
  const register = createRegisterRuntime({
    dataDir: inputs.info.dataFolder,
    config: inputs.config,
    identity,
    bus: inputs.bus,
    log: inputs.log,
    wall: clock,
    shareTimeShiftMs: inputs.shareTimeShiftMs,
    people: () => directory.current().data.people,
    keyStore: inputs.deskKeyStore,
    encryptionKeyStore: inputs.encryptionKeyStore,
    authority: () => directory.authority(),
    appVersion: inputs.info.version,
  });
  const { review, protection, letters, attachments, subject } = createReviewServices({
    source: () => reviewSource(register, inputs.config.values.shareFolder, inputs.info.dataFolder),
    identity,
    dataFolder: inputs.info.dataFolder,
    shareFolder: inputs.config.values.shareFolder,
    institutionName: inputs.config.values.institutionName ?? inputs.config.values.institution ?? '',
    people: () => directory.current().data.people,
    now: clock,
    trust,
    subjectRequestRoles: inputs.config.values.subjectRequestRoles,
  });
  review.onChange(
    () =>
      void review.badge().then(
        (b) => inputs.bus.emit('review:changed', b),
        (e: unknown) => inputs.log.warn(`review badge failed: ${String(e)}`),
      ),
  );
  const directoryAdmin = createDirectoryAdmin({ directory, identity });
  const survey = createSurveyService({
    dataFolder: inputs.info.dataFolder,
    shareFolder: inputs.config.values.shareFolder,
    institution: inputs.config.values.institution,
    deskCode: inputs.config.values.desk,
    deskId: async () => (await register.service()).deskId(),
    links: inputs.config.values.surveyLinks,
    reasons: inputs.config.values.surveyReasons,
    identity,
    display,
    desk,
    bus: inputs.bus,
    now: clock,
    times: inputs.surveyTimes,
    serviceNames: async () => new Map((await catalog.get()).catalogue.services.map((s) => [s.id, s.name] as const)),
  });
  const rules = createRulesService({
    dataFolder: inputs.info.dataFolder,
    shareFolder: inputs.config.values.shareFolder,
    deskId: async () => (await register.service()).deskId(),
    identity,
    people: () => directory.current().data.people,
    now: clock,
    trust,
    ...signer,
  });
  const questionnaires = createQuestionnaireService({
    dataFolder: inputs.info.dataFolder,
    shareFolder: inputs.config.values.shareFolder,
    deskId: async () => (await register.service()).deskId(),
    identity,
    now: clock,
  });
  const trustStatus = createTrustStatus({ share: inputs.config.values.shareFolder, dataFolder: inputs.info.dataFolder, trust, identity });
  return {
    ...inputs,
    display,
    identity,
    directory,
    directoryAdmin,
    desk,
    catalog,
    register,
    review,
    protection,
    letters,
    attachments,
    subject,
    survey,
    rules,
    questionnaires,
    trust: trustStatus,
  };
}
